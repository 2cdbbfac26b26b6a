"""net21: the safety net's suicide and emergency families in the eight net languages.

From WHO 'Preventing suicide', the Samaritans and Befrienders warning signs, NHS 'Help for
suicidal thoughts' and NICE NG225: a height (roof, bridge, railway) said with now and a
farewell or 'not coming down'; thanks to everyone ('thank you for listening all this time')
with 'don't look for me'; pills or poison saved up with 'tonight is the end'; belongings given
away (alone: the same-day self_harm line). Everyday emergencies (bleeding in pregnancy, a fit
that will not stop, not waking, a snakebite with swelling) and the same in Latin letters
(Arabizi with digits, Bengali and Amharic) whatever language the detector names first.
Each family has look-alikes that must stay quiet: a rooftop party, medicine for a trip,
'thank you doctor', old clothes given to a charity.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import net, rules

E, U, R = TriageLevel.EMERGENCY, TriageLevel.URGENT, TriageLevel.ROUTINE

ROWS: tuple[tuple[str, str, TriageLevel], ...] = (
    # Arabic script, Egyptian, Maghrebi
    ("ar", "أنا على السطح دلوقتي ومش هنزل", E),
    ("ar", "شكرا إنكم سمعتوني طول الوقت ده، متدوروش عليا", E),
    ("ar", "مراتي حامل وبتنزف دم كتير", E),
    ("ar", "ابني عنده تشنجات ومش بتقف", E),
    ("ar", "حفلة على السطح الليلة يا جماعة", R),
    ("ar", "شكرا يا دكتور على كل حاجة", R),
    # Arabizi: Egyptian and Darija
    ("ar", "ana fo2 el sat7 delwa2ti w msh nazel", E),
    ("ar", "ana f sta7 daba w ghadi nlo7 rasi", E),
    ("ar", "chokran 3la kolchi, ma t9lbouch 3liya", E),
    ("ar", "shokran enko sme3tooni kol el wa2t da, ma tdawarosh 3alaya", E),
    ("ar", "ana 3ala el kobri delwa2ti, shokran lkolko 3ala kol 7aga", E),
    ("ar", "wazza3t kol 7wayji 3la s7abi", U),
    ("ar", "7afla 3ala el sat7 el leila", R),
    ("ar", "ana 3al sat7 delwa2ti bansharr el ghasil", R),
    # Bengali, script and Latin letters
    ("bn", "এত দিন আমার কথা শোনার জন্য সবাইকে ধন্যবাদ, আমাকে খুঁজো না", E),
    ("bn", "ami ekhon chhade dariye achi, ar parchi na", E),
    ("bn", "ghumer oshudh joma korechi, ajkei shesh", E),
    ("bn", "ami ekhon brijer upor, sobaike dhonnobad, amake khujo na", E),
    ("bn", "baba hush nei, dakle sara dey na", E),
    ("bn", "amar sob jinish bondhuder diye diyechi", U),
    ("bn", "aj rate chhade party ache", R),
    ("bn", "bhromoner jonno oshudh kinechi", R),
    ("bn", "ami chhade bose cha khacchi ekhon", R),
    # Indonesian
    ("id", "makasih udah dengerin aku selama ini, jangan cari aku", E),
    ("id", "obat tidur udah aku kumpulin, malam ini cukup", E),
    ("id", "anak kejang terus nggak berhenti", E),
    ("id", "barang-barangku sudah kubagikan semua", U),
    ("id", "pesta di rooftop malam ini seru banget", R),
    ("id", "beli obat buat perjalanan besok", R),
    ("id", "makasih dok udah dengerin keluhan saya", R),
    ("id", "barang-barang bekas sudah saya sumbangkan ke panti asuhan", R),
    # Hausa
    ("ha", "na gode da kuka saurare ni duk wannan lokaci, kada ku neme ni", E),
    ("ha", "na tara kwayoyi da yawa, yau da dare ne karshe", E),
    ("ha", "baba ya suma, ba ya farkawa", E),
    ("ha", "na raba duk kayana ga abokaina", U),
    ("ha", "za mu yi biki a saman bene yau da dare", R),
    ("ha", "na gode da komai likita", R),
    # Yoruba
    ("yo", "e se ti e gbo mi ni gbogbo igba yii, e ma wa mi", E),
    ("yo", "baba daku ko ji", E),
    ("yo", "omo n gbon giri ko duro", E),
    ("yo", "a fe se party lori oke ile lale yi", R),
    ("yo", "mo ti ko ogun iba jo fun irinajo", R),
    # Zulu
    ("zu", "ngiphezu kwebhuloho manje, ngiyabonga ngakho konke", E),
    ("zu", "ngiyabonga ngokungilalela sonke lesi sikhathi, ningangifuni", E),
    ("zu", "ubaba uqulekile akavuki", E),
    ("zu", "ngiphe abangane bami zonke izinto zami", U),
    ("zu", "sinephathi phezu kophahla namhlanje ebusuku", R),
    ("zu", "ngiyabonga ngokungilalela dokotela", R),
    # Amharic, script and Latin letters
    ("am", "አሁን ድልድዩ ላይ ነኝ፣ ሁላችሁንም አመሰግናለሁ", E),
    ("am", "ስለሰማችሁኝ አመሰግናለሁ፣ አትፈልጉኝ", E),
    ("am", "ahun dildiyu lay negn, hulachihunm amesegnalehu", E),
    ("am", "ahun tariya lay negn, atfelleguign", E),
    ("am", "lije eyanzefezefew new, aykomm", E),
    ("am", "ዛሬ ማታ ጣሪያ ላይ ፓርቲ አለን", R),
    ("am", "amesegnalehu doktor", R),
    ("am", "ahun tariya lay negn, dish eyasetekakel new", R),
    # Tagalog
    ("tl", "nasa bubong ako ngayon, salamat sa lahat", E),
    ("tl", "kinukumbulsyon ang anak ko hindi tumitigil", E),
    ("tl", "ipinamigay ko na lahat ng gamit ko", U),
    ("tl", "may party sa rooftop mamaya", R),
    ("tl", "ipinamigay ko na ang mga lumang damit ko sa charity", R),
    ("tl", "salamat po doc", R),
)


@pytest.mark.parametrize(("code", "text", "level"), ROWS)
def test_the_whole_engine_places_the_family(code: str, text: str, level: TriageLevel) -> None:
    """Read as a message is (the language detected, the nets mixed in): the level wanted."""
    assert rules().assess(text).level is level, text


@pytest.mark.parametrize(("code", "text", "level"), [r for r in ROWS if r[2] is not R])
def test_the_net_of_its_language_makes_the_statement(
    code: str, text: str, level: TriageLevel
) -> None:
    assert net().assess(text, code).level is level, text


@pytest.mark.parametrize(
    "text",
    [
        "We had a party on the rooftop tonight, thanks everyone for coming!",
        "I bought pills for the trip, thank you doctor",
        "Gracias a todos por escucharme, nos vemos mañana en la terraza",
        "Merci à tous, je suis sur le toit pour réparer l'antenne",
    ],
)
def test_other_languages_are_not_raised(text: str) -> None:
    assert rules().assess(text).level is not TriageLevel.EMERGENCY, text

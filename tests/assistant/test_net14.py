"""The safety net in eight languages (net14): the same-day statements some files lacked, and
everyday ways of saying emergencies the files missed, read with the language detected.

- ``tb`` (WHO "Tuberculosis" fact sheet, NICE NG33): a cough of two weeks or more with blood,
  night sweats or weight loss is a TB test today (urgent, its own line); now also in Arabic,
  Yoruba and Amharic, and in every net with night sweats or weight loss. A short cough or a
  cold is not; a lot of blood coughed up stays the bleeding emergency.
- ``self_harm`` (NHS "Self-harm", NHS "Help for suicidal thoughts", NICE NG225): thoughts of
  hurting oneself, a cut done again, thoughts of dying with no plan or wanting to talk to
  someone today are urgent with their own line; now in all eight nets. A plan, the means or
  intent stays the suicide emergency; hyperbole ("this heat is killing me") and a finger cut
  while cooking are neither.
- Emergencies by what is seen (WHO IMCI; NHS): foam at the mouth (Arabizi, Yoruba 'fóòmù',
  Latin-script Amharic), blue lips (Yoruba), a baby that does not suckle (Zulu, Malay),
  Egyptian 'اموت نفسي' and dying given as the purpose ('عشان اموت').
The phrasings are the engineers' own and need the native check the files' reviews ask for.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, U, assert_level

TB, SH = "safety_net:tb", "safety_net:self_harm"

# (message, level, a statement that must have fired or None)
ROWS: list[tuple[str, TriageLevel, str | None]] = [
    # --- Arabic: tb (new), dialect emergencies ---
    ("عندي كحة من اسبوعين وبيطلع دم مع البلغم", U, TB),
    ("بكح من ٣ اسابيع وعرق بالليل ونزل وزني", U, TB),
    ("الكحة معايا من شهر وفيها شوية دم", U, TB),
    ("kohha men 3 asabee3 w fiha dam ma3 el balgham", U, TB),
    ("عندي كحة من يومين ورشح", R, None),
    ("عملت تحليل دم امبارح والكحة خفت", R, None),
    ("بكح دم كتير جدا مش قادر اوقفه", E, None),
    ("هموت نفسي خلاص مش قادر", E, None),
    ("جبت حبوب كتير وهاخدهم كلهم الليلة عشان اموت", E, None),
    ("weldi kayterte3 w kaykhrej rghwa men fommo", E, None),
    ("الحر ده هيموتني", R, None),
    ("بموت نفسي من الضحك على الفيديو ده", R, None),
    ("وقعت وجرحت ايدي جرح صغير", R, None),
    # --- Bengali: self_harm (new), tb widened ---
    ("নিজেকে কষ্ট দেওয়ার চিন্তা আসে", U, SH),
    ("ami abar nijer hat kete felechi", U, SH),
    ("মরার চিন্তা আসে কিন্তু কোনো পরিকল্পনা নেই", U, SH),
    ("রাতে ঘাম হয় আর ওজন কমে যাচ্ছে, দুই সপ্তাহ কাশি", U, TB),
    ("এই গরমে মরে যাচ্ছি", R, None),
    ("রান্না করতে গিয়ে আঙুল একটু কেটে গেছে", R, None),
    ("আমি আজ রাতে ঘুমের ওষুধ খেয়ে আত্মহত্যা করব", E, None),
    # --- Indonesian and Malay ---
    ("saya rasa nak mati je, nak cakap dengan seseorang hari ini", U, SH),
    ("aku nyayat tangan lagi tadi malam", U, SH),
    ("saya selalu rasa nak mencederakan diri", U, SH),
    ("batuk lebih dari dua minggu, keringat malam, berat badan turun", U, TB),
    ("bayi tak nak menyusu langsung, lemah sangat", E, None),
    ("panas banget, mati aku", R, None),
    ("tangan saya luka kena pisau sedikit", R, None),
    ("batuk pilek dua hari, badan pegal", R, None),
    ("saya sudah siapkan tali, malam ini saya mau bunuh diri", E, None),
    # --- Hausa ---
    ("na sake cutar da kaina jiya", U, SH),
    ("ina tunanin mutuwa amma ba ni da shiri, ina son in yi magana da wani", U, SH),
    ("tari mako uku, zufa da dare, na rame", U, TB),
    ("wannan zafi zai kashe ni", R, None),
    ("na yanke yatsana kadan a kicin", R, None),
    ("ina da mura da atishawa", R, None),
    ("zan kashe kaina yau da dare, na sayo guba", E, None),
    # --- Yoruba: tb and self_harm (new), fits and blue lips ---
    ("Mo ti n wu ikọ fun ọsẹ mẹta, ẹjẹ n jade", U, TB),
    ("mo n wukọ fun ose meji, oogun oru ati mo n ru", U, TB),
    ("mo tun se ara mi lese", U, SH),
    ("mo tun ge owo mi lana", U, SH),
    ("omo mi n gbon, foomu n jade lenu, oju re yi pada", E, None),
    ("ete re ti di buluu", E, None),
    ("ooru yi fe pa mi", R, None),
    ("mo ge ika mi die", R, None),
    ("mo ni otutu ati ikọ die lati ana", R, None),
    ("maa pa ara mi lale yi, mo ti ra majele", E, None),
    # --- Zulu ---
    ("ngiphinde ngazilimaza", U, SH),
    ("ngicabanga ukufa kodwa anginalo uhlelo, ngifuna ukukhuluma nomuntu", E, SH),
    ("ngijuluka ebusuku, ngincipha isisindo, ngikhwehlela amasonto amabili", U, TB),
    ("usana alumunyi nhlobo", E, None),
    ("lokhu kushisa kuzongibulala", R, None),
    ("ngizisike kancane emunweni", R, None),
    ("ngizilimaze ngidlala ibhola", R, None),
    ("ngikhwehlela izinsuku ezimbili", R, None),
    # --- Amharic: tb and self_harm (new), 'killing myself' and Latin-script fits ---
    ("ለሶስት ሳምንት ሳል አለኝ ደም ይወጣል", U, TB),
    ("ሳል ከሁለት ሳምንት በላይ፣ ማታ ያልበኛል፣ ክብደቴ ቀንሷል", U, TB),
    ("ራሴን እንደገና ጎዳሁ", U, SH),
    ("ራሴን መጉዳት ያምረኛል", U, SH),
    ("ራሴን መግደል አስባለሁ ግን እቅድ የለኝም", E, None),
    ("lije eyantekettekete new, arefa ke afu", E, None),
    ("ይሄ ሙቀት ሊገድለኝ ነው", R, None),
    ("ጣቴን ትንሽ ቆረጥኩት", R, None),
    ("ጉንፋን ይዞኛል", R, None),
    # --- Tagalog and Taglish ---
    ("naiisip ko na mamatay na lang pero wala akong plano, gusto ko lang may makausap", U, SH),
    ("sinaktan ko ulit sarili ko", U, SH),
    ("dalawang linggo na ubo, pinagpapawisan sa gabi, pumapayat", U, TB),
    ("grabe ang init, mamamatay na ako", R, None),
    ("nahiwa ko daliri ko konti", R, None),
    ("may sipon ako at konting ubo", R, None),
    ("magpapakamatay na ako mamaya, may lubid na ako", E, None),
]


@pytest.mark.parametrize(("text", "level", "statement"), ROWS)
def test_net14_rows(text: str, level: TriageLevel, statement: str | None) -> None:
    found = assert_level(engine(), text, level)
    if statement is not None:
        assert statement in [f.id for f in found.fired], [f.id for f in found.fired]


@pytest.mark.parametrize("code", ["ar", "bn", "id", "ha", "yo", "zu", "am", "tl"])
def test_every_net_has_self_harm_and_tb_with_a_line(code: str) -> None:
    net = engine().kb.safety_net[code]
    for kind in ("self_harm", "tb"):
        assert kind in net.statements, kind
        assert net.levels.get(kind) == "urgent", kind
        assert "{emergency}" in net.lines[kind], kind

"""urgent11: same-day cases that read as routine or self-care (NHS "get seen today / 111"):
a UTI with side pain and shivers (kidney infection), diarrhoea with dehydration signs, a sprain
that takes no weight, spreading red hot swelling (cellulitis), a burst condom (emergency
contraception, Kenya's "P2"), a health worker's pregnancy shorthand with a high reading (NICE
NG133) and a fever with aches where dengue is common (WHO, CDC); near misses
stay where they were."""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel

from .support import Chat, R, S, U, assert_level, joined, rules

DENGUE = frozenset({"dengue"})

ROWS = [
    # kidney infection: burning, side or back pain, shivers (pt-PT)
    (
        "tenho 35 anos, ardor a fazer xixi há uns dias e agora dor "
        "nas costas do lado direito e arrepios",
        "pt",
        U,
    ),
    ("arde-me a urinar, tenho arrepios e dói-me o lado direito", "pt", U),
    ("ardor a fazer xixi desde ontem", "pt", S),
    ("fiquei arrepiada com o filme", "pt", R),
    # dehydration signs with diarrhoea
    (
        "Nimekuwa nikiharisha siku 4, leo naskia kizunguzungu "
        "nikisimama na mkojo ni kidogo na mzito",
        "sw",
        U,
    ),
    ("naharisha tangu juzi na nakojoa kidogo sana", "sw", U),
    ("mtoto wangu anaharisha, mkojo wa njano sana", "sw", U),
    ("naharisha tangu jana", "sw", S),
    ("tengo diarrea hace 3 días y me mareo al pararme, orino muy poquito", "es", U),
    ("tengo diarrea desde ayer", "es", S),
    ("estou com diarreia há 4 dias, tonturas quando me levanto e faço pouco xixi escuro", "pt", U),
    (
        "diarrhée depuis 4 jours, j'ai la tête qui tourne quand je me lève et j'urine très peu",
        "fr",
        U,
    ),
    (
        "4 din se dast ho rahe hain, khade hone par chakkar aata hai aur peshab kam aata hai",
        "hi",
        U,
    ),
    ("gastro depuis 3 jours, j'ai la tête qui tourne quand je me lève", "fr", U),
    ("naharisha siku tatu na kizunguzungu nikisimama", "sw", U),
    # dizzy on standing without diarrhoea or vomiting is not dehydration
    ("mi abuelo se marea cuando se levanta de la silla, toma muchas pastillas", "es", S),
    ("nahisi kizunguzungu nikisimama", "sw", S),
    ("j'ai la tête qui tourne quand je me lève le matin", "fr", S),
    ("khade hone par chakkar aata hai", "hi", S),
    ("tonturas quando me levanto de manhã", "pt", S),
    # a sprain that takes no weight
    (
        "mi hijo de 12 se torció el tobillo jugando al fútbol, no "
        "puede apoyar nada el pie y está re hinchado",
        "es",
        U,
    ),
    ("me torcí el tobillo y no puedo pisar para nada", "es", U),
    ("me torcí el tobillo, está hinchado pero puedo caminar", "es", S),
    ("mtoto ameteguka kifundo cha mguu hawezi kukanyaga kabisa na kimevimba sana", "sw", U),
    ("nimeteguka kifundo cha mguu, kimevimba kidogo", "sw", S),
    ("bete ka takhna mud gaya, pair zameen par nahi rakh pa raha, bahut sujan hai", "hi", U),
    ("मेरा टखना मुड गया, पैर जमीन पर नहीं रख पा रही", "hi", U),
    ("takhna mud gaya, thodi sujan hai", "hi", S),
    ("torci o tornozelo e não consigo pôr o pé no chão, está muito inchado", "pt", U),
    ("torci o tornozelo, está inchado mas consigo andar", "pt", S),
    ("my son twisted his ankle and can't put any weight on it", "en", U),
    ("i sprained my ankle, it's a bit swollen but i can walk on it", "en", S),
    # spreading red, hot, swollen skin
    (
        "a mi papá de 76 se le puso rojo, caliente e hinchado el "
        "tobillo y la mancha va creciendo desde ayer",
        "es",
        U,
    ),
    ("tengo el pie rojo, caliente e hinchado y lo rojo sigue agrandándose", "es", U),
    ("tengo un lunar que va creciendo", "es", R),
    # emergency contraception: a burst condom, P2 (Postinor-2)
    ("condom ilipasuka jana usiku, P2 nipate aje na ni sawa kumeza leo?", "sw", U),
    ("condom ilipasuka jana na sitaki mimba", "sw", U),
    ("P2 inafanya kazi hadi siku ngapi", "sw", U),
    ("nataka kujua kuhusu njia za uzazi wa mpango", "sw", S),
    ("se nos reventó el condón anoche", "es", U),
    ("el condón se reventó, qué hago", "es", U),
    # burning on peeing in Taglish (Philippine English); pregnant: same day (NHS UTIs)
    ("I'm 22 weeks pregnant, ang sakit pag umiihi and i keep going to the CR. no fever", "en", U),
    ("my wife is 30 weeks pregnant and she says mahapdi pag umiihi", "en", U),
    ("masakit umihi since yesterday", "en", S),
    ("sakit ng ulo ko", "en", R),
    # a health worker's pregnancy shorthand with a high reading (NICE NG133: 140/90 -> same day)
    (
        "Nurse at PHC: 34wk primigravida BP 150/100 on 2 readings, no headache or visual symptoms",
        "en",
        U,
    ),
    ("G2P1 at 30 weeks, BP 145/95", "en", U),
    ("primigravida 36 weeks, BP 152/98, feels well", "en", U),
    ("my BP is 150/100 today, no symptoms", "en", R),
]


@pytest.mark.parametrize(("text", "language", "level"), ROWS)
def test_same_day_families(text: str, language: str, level: TriageLevel) -> None:
    assert_level(rules(), text, level, language)


# where dengue is common, a fever with aches, eye pain or a rash is tested today (WHO, CDC)
DENGUE_ROWS = [
    ("Fever for 3 days, around 38.5, body pain. Can I take ibuprofen for it?", "en", U),
    ("fever since yesterday with joint pains and pain behind my eyes", "en", U),
    ("tengo fiebre hace 2 días y me duele todo el cuerpo", "es", U),
    ("my son has a fever and a runny nose", "en", S),
    ("tengo fiebre y mocos desde ayer", "es", S),
]


@pytest.mark.parametrize(("text", "language", "level"), DENGUE_ROWS)
def test_fever_with_aches_where_dengue_is_common(
    text: str, language: str, level: TriageLevel
) -> None:
    assert_level(rules(), text, level, language, DENGUE)


def test_the_same_fever_elsewhere_stays_self_care() -> None:
    assert_level(rules(), "Fever for 3 days, around 38.5, body pain", S, "en")


# isiZulu (safety net): a condom that burst, sex without one, the emergency pill asked for
ZULU = [
    ("ikhondomu iqhekekile izolo ebusuku, ngidinga iphilisi lokuvimbela ukukhulelwa", U),
    ("i-condom ibhobokile, ngenzenjani?", U),
    ("sathandana ngaphandle kwekhondomu izolo", U),
    ("ngidinga iphilisi lokuvimbela ukukhulelwa ngokushesha", U),
    ("ngifuna ukwazi ngamaphilisi okuvimbela ukukhulelwa", R),
    ("ngicela ulwazi nge-khondomu", R),
]


@pytest.mark.parametrize(("text", "level"), ZULU)
def test_zulu_emergency_contraception(text: str, level: TriageLevel) -> None:
    found = assert_level(rules(), text, level)
    fired = [f.id for f in found.fired]
    assert ("safety_net:contraception" in fired) is (level is U), fired


def test_the_zulu_line_is_said() -> None:
    chat = Chat("+27821234567", default_country="27")
    reply = joined(chat.send("ikhondomu iqhekekile izolo ebusuku"))
    assert "iphilisi lokuvimbela ukukhulelwa ngokuphuthumayo" in reply, reply

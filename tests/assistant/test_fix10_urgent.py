"""Urgent families that were read too low (issues 10/11, ninth blind round), in every full
language, with the near-misses beside them: a new rash after starting a medicine, fast
breathing given as a number (WHO IMCI), psychosis signs, cellulitis spreading past its line,
emergency contraception, and passive suicidal wishes in the safety net (Tagalog, Indonesian).
Sentences written for these tests, not taken from any evaluation set."""

from __future__ import annotations

from selfcare.assistant.engine import assess
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U

# (text, language or None, the level it must reach, a red flag that must fire or not fire)
# A level of U means exactly urgent; None for the flag means: only the level is checked.
Case = tuple[str, str | None, TriageLevel | None, str | None]

MEDICINE_RASH: list[Case] = [
    ("day 2 of amoxicillin and she is covered in an itchy red rash", "en", U, "medicine_rash"),
    ("hives came up an hour after his first penicillin tablet", "en", U, "medicine_rash"),
    ("started antibiotics and now a rash with my tongue swelling, cant breathe", "en", E, None),
    (
        "mi hija empezó la amoxicilina y le salieron ronchas en todo el cuerpo",
        "es",
        U,
        "medicine_rash",
    ),
    ("começou a penicilina e ficou com manchas vermelhas que coçam", "pt", U, "medicine_rash"),
    ("depuis l'amoxicilline il a des plaques rouges qui grattent", "fr", U, "medicine_rash"),
    ("tangu aanze amoxicillin ana vipele vinavyowasha mwili mzima", "sw", U, "medicine_rash"),
    ("पेनिसिलिन लेने के बाद शरीर पर चकत्ते और खुजली", "hi", U, "medicine_rash"),
]
MEDICINE_RASH_NOT: list[Case] = [
    ("the rash was there before he started the amoxicillin", "en", S, "medicine_rash"),
    ("she had the spots before taking the antibiotics, they are fading", "en", S, "medicine_rash"),
    ("on penicillin for tonsillitis, no rash at all, just tired", "en", S, "medicine_rash"),
    ("my 9 month old has a mild nappy rash and is on amoxicillin", "en", S, "medicine_rash"),
    ("ya tenía el sarpullido antes de empezar el antibiótico", "es", S, "medicine_rash"),
    ("as manchas já estavam antes de começar o antibiótico", "pt", S, "medicine_rash"),
    ("upele ulikuwepo kabla ya kuanza dawa", "sw", S, "medicine_rash"),
]

FAST_BREATHING: list[Case] = [
    ("my 5 week old is breathing 66 times a minute", "en", E, "vital_signs_red"),
    ("9 month old with a cough, breathing 54 times per minute", "en", U, "vital_signs_amber"),
    ("CHW visit: child 2 years, cough 3 days, resp rate 46/min", "en", U, "vital_signs_amber"),
    ("I counted 44 breaths in a minute, my 3 year old has a cough", "en", U, "vital_signs_amber"),
    ("niña de 7 meses con tos, respira 53 veces por minuto", "es", U, "vital_signs_amber"),
    ("bebê de 5 meses tossindo, respira 57 vezes por minuto", "pt", U, "vital_signs_amber"),
    ("enfant de 2 ans qui tousse, respire 45 fois par minute", "fr", U, "vital_signs_amber"),
    ("mtoto wa miezi 6 anakohoa, anapumua mara 55 kwa dakika", "sw", U, "vital_signs_amber"),
    ("8 mahine ka baccha, khansi, saans 56 per minute", "hi", U, "vital_signs_amber"),
    ("1 साल का बच्चा, खांसी, सांस 48 प्रति मिनट", "hi", U, "vital_signs_amber"),
]
FAST_BREATHING_NOT: list[Case] = [
    ("I am 35, breathing 18 times a minute, just a cold", "en", None, "vital_signs_amber"),
    (
        "my 4 year old is breathing 28 times a minute with a runny nose",
        "en",
        None,
        "vital_signs_amber",
    ),
    ("my 3 year old has a cold, pulse 120 per minute", "en", None, "vital_signs_amber"),
    ("niño de 4 años respira 26 veces por minuto, tiene mocos", "es", None, "vital_signs_amber"),
    ("mtoto wa miaka 4 anapumua mara 28 kwa dakika", "sw", None, "vital_signs_amber"),
]

PSYCHOSIS: list[Case] = [
    ("I see things that other people can't see, at night mostly", "en", U, "psychosis_signs"),
    ("my dad says they planted cameras in his bedroom and they listen", "en", U, "psychosis_signs"),
    ("mi hermano cree que lo están vigilando y le pusieron micrófonos", "es", U, "psychosis_signs"),
    ("meu pai vê pessoas que não existem dentro de casa", "pt", U, "psychosis_signs"),
    ("anaamini majirani wanamfuatilia kila mahali", "sw", U, "psychosis_signs"),
    ("usko lagta hai padosi uska peecha kar rahe hain", "hi", U, "psychosis_signs"),
]
PSYCHOSIS_NOT: list[Case] = [
    ("I lost my voice after the concert, hoarse for two days", "en", None, "psychosis_signs"),
    ("ringing in my ears after the gig", "en", None, "psychosis_signs"),
    ("I installed cameras in my house to watch the dog", "en", None, "psychosis_signs"),
    ("my neighbour is following me on instagram now", "en", None, "psychosis_signs"),
]

CELLULITIS: list[Case] = [
    (
        "the red patch on his shin has gone past the pen line the nurse drew",
        "en",
        U,
        "cellulitis_signs",
    ),
    ("la rojez del brazo ya pasó la raya que marcó el médico", "es", U, "cellulitis_signs"),
    ("o vermelho do pé ultrapassou a linha de caneta", "pt", U, "cellulitis_signs"),
    ("la rougeur de la jambe dépasse le trait de stylo", "fr", U, "cellulitis_signs"),
    ("uwekundu wa mguu umevuka mstari", "sw", U, "cellulitis_signs"),
    ("pair ki laali line se bahar aa gayi", "hi", U, "cellulitis_signs"),
]
CELLULITIS_NOT: list[Case] = [
    ("the redness is fading and it is inside the line now", "en", None, "cellulitis_signs"),
    ("red streaks going up his arm from the cut", "en", U, "numbness_spreading"),
]

CONTRACEPTION: list[Case] = [
    ("the condom came off last night and I'm not on the pill", "en", U, "emergency_contraception"),
    (
        "we had sex without a condom on friday, is it too late for the morning after pill",
        "en",
        U,
        "emergency_contraception",
    ),
    ("forgot 2 of my pills this week and then we had sex", "en", U, "emergency_contraception"),
    ("where can I buy plan b near me", "en", U, "emergency_contraception"),
    (
        "se nos rompió el preservativo, ¿dónde consigo la pastilla del día siguiente?",
        "es",
        U,
        "emergency_contraception",
    ),
    (
        "transei sem camisinha ontem, preciso da pílula do dia seguinte",
        "pt",
        U,
        "emergency_contraception",
    ),
    (
        "le préservatif a glissé, je voudrais la pilule du lendemain",
        "fr",
        U,
        "emergency_contraception",
    ),
    ("kondomu ilichanika jana, nitapata wapi P2", "sw", U, "emergency_contraception"),
    ("कल बिना कंडोम के संबंध बना, आई पिल कब तक ले सकते हैं", "hi", U, "emergency_contraception"),
    ("condom phat gaya tha kal raat", "hi", U, "emergency_contraception"),
]
# a partner who might have HIV after sex: PEP within 72 hours (NHS HIV)
PEP: list[Case] = [
    ("slept with a man last night without a condom, he might have HIV", "en", U, "hiv_exposure"),
    ("estuve con alguien sin condón que quizás tiene vih", "es", U, "hiv_exposure"),
    ("fiquei com uma pessoa que talvez tenha hiv, sem camisinha", "pt", U, "hiv_exposure"),
    ("कल उसके साथ संबंध बना जिसे शायद एचआईवी है", "hi", U, "hiv_exposure"),
]
CONTRACEPTION_NOT: list[Case] = [
    ("we used a condom and it did not split", "en", None, "emergency_contraception"),
    ("which pill is best if I get migraines", "en", None, "emergency_contraception"),
    ("will antibiotics stop my pill working", "en", S, "emergency_contraception"),
    ("usamos condón y no se rompió", "es", None, "emergency_contraception"),
]

NET_PASSIVE: list[Case] = [
    ("parang gusto ko na lang maglaho sa mundo", "tl", E, "safety_net:suicide"),
    ("sana hindi na lang ako ipinanganak", "tl", E, "safety_net:suicide"),
    ("mas mabuti pa kung wala na ako", "tl", E, "safety_net:suicide"),
    ("Lord kunin mo na lang ako", "tl", E, "safety_net:suicide"),
    ("walang iiyak kung mamatay ako", "tl", E, "safety_net:suicide"),
    ("gusto ko matulog tapos hindi na magising", "tl", E, "safety_net:suicide"),
    ("semoga aku tidak bangun lagi", "id", E, "safety_net:suicide"),
    ("andai saya tidak pernah lahir", "id", E, "safety_net:suicide"),
]
NET_PASSIVE_NOT: list[Case] = [
    ("sana mawala na ang ubo ko", "tl", R, "safety_net:suicide"),
    ("ayokong maglaho ang alaala ng lola ko", "tl", None, "safety_net:suicide"),
    ("gusto ko matulog kasi puyat ako", "tl", R, "safety_net:suicide"),
    ("ingin tidur tapi tidak bisa", "id", R, "safety_net:suicide"),
]

REACH = MEDICINE_RASH + FAST_BREATHING + PSYCHOSIS + CELLULITIS + CONTRACEPTION + PEP + NET_PASSIVE
NEAR_MISSES = (
    MEDICINE_RASH_NOT
    + FAST_BREATHING_NOT
    + PSYCHOSIS_NOT
    + CELLULITIS_NOT
    + CONTRACEPTION_NOT
    + NET_PASSIVE_NOT
)


def test_urgent_families_reach_their_level() -> None:
    failures = []
    for text, language, level, flag in REACH:
        a = assess(text, language)
        fired = {f.id for f in a.fired}
        if a.level is not level or (flag is not None and flag not in fired):
            failures.append((text, a.level.value, sorted(fired)))
    assert not failures, failures


def test_near_misses_do_not_fire() -> None:
    """The flag must not fire; where a level is given the message stays at it."""
    failures = []
    for text, language, level, flag in NEAR_MISSES:
        a = assess(text, language)
        fired = {f.id for f in a.fired}
        if flag in fired or (level is not None and a.level is not level):
            failures.append((text, a.level.value, sorted(fired)))
    assert not failures, failures

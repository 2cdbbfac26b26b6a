"""Over-triage families (2026-12-06, issues 10/11), each tested on both sides in several
languages: the everyday message no longer reads one or two levels too high, and the real
danger sign of the same shape still fires. Every message is our own; the rules are tested
without the similarity layer.

- a belief or general claim someone reports ("my mum says teething causes fevers") is not a
  sign the person has;
- heavy periods with breathlessness on effort are anaemia's picture (a GP), not heavy bleeding
  now; soaking pads with feeling faint still is (breathlessness itself still reads urgent by
  its own red flag, which cannot yet tell breathless on the stairs from breathless at rest);
- after the menopause there is no pregnancy; a blood test or anaemia ("खून की कमी") is not
  bleeding;
- a panic attack ("crises" with a racing heart and fear) is not a fit;
- the writer's own "nalala sana" (I sleep a lot) is not drowsiness;
- a discharge from the penis with burning is an STI's sign (a clinic), not a man's UTI;
- nappies becoming drier are fewer wet nappies (urgent), not none (emergency);
- a bruise's colour ("roxo", "violet", purple) is not a limb without blood.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

ENGINE = rules()

NOW_LOWER: list[tuple[str, str, TriageLevel]] = [
    # reported beliefs and general claims
    ("en", "my gran says teething gives them a fever but he hasnt got one, just drooling", S),
    ("es", "mi suegra dice que los dientes dan fiebre, pero el bebe no tiene nada de fiebre", S),
    ("pt", "minha sogra diz que dente dá febre mas ele não tem febre nenhuma", S),
    # after the menopause, a pregnancy check with no complaint
    ("fr", "sage-femme: dame de 60 ans, ménopausée depuis 8 ans, un peu de saignement", R),
    ("en", "midwife here: 58 year old, post menopausal, spotting once last week", R),
    ("hi", "गर्भवती 20 हफ्ते, कोई तकलीफ नहीं, खून की जाँच कब करानी है", R),
    ("sw", "mjamzito wiki 16, sina shida yoyote, kipimo cha damu nifanye lini", R),
    # panic attacks are not fits
    ("fr", "j ai des crises de panique depuis un mois", R),
    ("es", "me dan ataques de pánico en el metro", S),
    ("hi", "मुझे घबराहट का दौरा पड़ता है जब भीड़ होती है", S),
    # the writer sleeping a lot
    ("sw", "wiki mbili sasa nalala sana na sina hamu ya kula", R),
    # a discharge from the penis with burning
    ("en", "stinging when I pee and a yellow discharge from my penis", R),
    ("es", "me arde al orinar y me sale pus del pene", R),
    ("pt", "arde quando faço xixi e sai pus do pinto", R),
    ("fr", "ça brûle en urinant et écoulement du pénis", R),
    ("sw", "naumwa nikikojoa na uume unatoa usaha", R),
    ("hi", "पेशाब में जलन और लिंग से मवाद आ रहा है", R),
    # fewer wet nappies, still feeding: urgent, not emergency
    ("sw", "mtoto wa miezi 10 anaharisha, bado ananyonya lakini nepi zinakuwa kavu", U),
    ("sw", "mtoto wa miezi 9 anatapika na kuharisha, leo amelowesha mara moja tu", U),
    # a bruise's colour after a sprain
    ("en", "twisted my ankle, foot is swollen and purple and I cant walk on it", U),
    ("fr", "je me suis cogné le bras, j ai un bleu énorme", S),
]

STILL_FIRE: list[tuple[str, str, TriageLevel]] = [
    ("en", "my baby is teething and has a fever of 39 and is very sleepy", E),
    ("en", "I'm soaking a pad every hour and feel faint", E),
    ("pt", "to encharcando um absorvente por hora e quase desmaiei", E),
    ("fr", "enceinte de 10 semaines et je saigne", U),
    ("hi", "गर्भवती 14 हफ्ते, खून आ रहा है", U),
    ("fr", "mon fils a fait une crise, il tremblait et ne repondait plus", E),
    ("fr", "il fait des crises depuis ce matin", E),
    ("es", "le dio un ataque y se puso rigido", E),
    ("sw", "mtoto amepata degedege", E),
    ("sw", "mtoto wangu analala sana leo", U),
    ("en", "im a man and it burns when i pee", U),
    ("en", "my baby has diarrhoea, no wet nappy since morning and floppy", E),
    ("sw", "mtoto wa miezi 8 anaharisha na kutapika, nepi kavu tangu asubuhi na amelegea", E),
    ("en", "he fell and broke his arm and now his hand is cold and white", E),
    ("pt", "caiu e o pé dele ficou roxo e gelado", E),
    ("fr", "après la chute son pied est devenu blanc et froid", E),
]


# The red flag (or finding) that used to be read, and must not be now, whatever else the
# message fires (breathlessness itself is still read: see above).
NOT_READ: list[tuple[str, str, str]] = [
    (
        "en",
        "my periods are really heavy and I get out of breath on the stairs",
        "heavy_bleeding_urgent",
    ),
    ("pt", "menstruacao vem forte e fico sem folego pra subir ladeira", "heavy_bleeding_urgent"),
    ("pt", "ando cansada e palida, menstruacao forte, canso na escada", "tired_unwell"),
    (
        "fr",
        "je fais des crises au supermarché, le coeur qui s emballe et peur de mourir",
        "seizure",
    ),
    ("pt", "torci o pé, tá inchado e roxo e dói pra pisar", "limb_ischaemia"),
    ("fr", "je suis tombé, j ai le genou gonflé et la jambe toute violette", "limb_ischaemia"),
    ("sw", "nimeanguka, mguu umevimba na una rangi ya zambarau", "limb_ischaemia"),
    ("fr", "femme ménopausée depuis 5 ans, saignement léger", "pregnancy_bleeding"),
    ("en", "I have pain when I wee and a discharge from my penis", "uti_higher_risk"),
]


@pytest.mark.parametrize(("language", "text", "gone"), NOT_READ)
def test_not_read(language: str, text: str, gone: str) -> None:
    found = ENGINE.assess(text, language)
    fired = {f.id for f in found.fired}
    assert gone not in fired | found.present, (text, sorted(fired), sorted(found.present))


@pytest.mark.parametrize(("language", "text", "want"), NOW_LOWER + STILL_FIRE)
def test_level(language: str, text: str, want: TriageLevel) -> None:
    assert_level(ENGINE, text, want, language)

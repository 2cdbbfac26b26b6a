"""Routine families read as self-care in the ninth round (issues 10/11), in our own words.

Each family is a table of messages that must reach at least ``routine`` (and, where named,
its red flag), and near-misses that must not reach it: negated, past, someone else's, another
complaint that shares a word, or a higher level that must stay higher.
"""

from __future__ import annotations

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U

from .support import rules

RULES = rules()
ORDER = {S: 0, R: 1, U: 2, E: 3}

# red flag -> (its level, [(language, message)]): each message must reach that level by it
REACHES: dict[str, tuple[TriageLevel, list[tuple[str, str]]]] = {
    "genital_sores": (
        U,
        [
            ("en", "got painful little blisters on my private parts since the weekend"),
            ("en", "sores around my intimate area that sting when I wee"),
        ],
    ),
    "thrush_check": (
        R,
        [
            ("fr", "pertes blanches épaisses qui grattent, ça revient tous les deux mois"),
            ("sw", "nina uchafu mweupe mzito ukeni unaowasha, unajirudia mara kwa mara"),
            ("hi", "safed gaadha discharge aur khujli, baar baar hoti hai"),
        ],
    ),
    "falls_repeated": (
        R,
        [
            ("pt", "meu avô anda caindo, já são várias quedas"),
            ("pt", "minha sogra de 80 anos vive caindo dentro de casa"),
            ("fr", "ma grand-mère est tombée 3 fois depuis l'été, elle ne s'est pas blessée"),
            ("sw", "mama yangu mzee huanguka nyumbani, hajaumia"),
            ("sw", "babu yangu anaanguka kila mwezi siku hizi"),
        ],
    ),
    "skin_treatment_not_working": (
        R,
        [
            ("en", "my teenage son's acne is leaving deep pits on his cheeks"),
            ("en", "tried all the creams from the chemist for my acne, it still isn't going"),
            ("es", "los granitos del acné me están dejando marcas en la cara"),
            ("pt", "minha acne tá deixando cicatrizes nas costas"),
            ("fr", "mon acné me laisse des petits trous sur les joues"),
            ("fr", "j'ai essayé tous les produits de la pharmacie pour mon acné, rien ne marche"),
            ("sw", "chunusi zangu zimeniachia makovu usoni"),
            ("hi", "मुंहासों से चेहरे पर गड्ढे रह गए हैं"),
            ("hi", "acne ke nishan chehre pe reh gaye"),
        ],
    ),
    "squint_check": (
        R,
        [
            ("en", "my daughter's left eye drifts outwards when she's tired"),
            ("es", "a mi nena el ojo derecho a veces se le va para afuera"),
            ("pt", "o olho esquerdo da minha filha foge pra fora às vezes"),
            ("fr", "l'œil gauche de ma fille tourne un peu vers l'extérieur"),
            ("sw", "jicho la kushoto la binti yangu linageuka nje akichoka"),
            ("hi", "मेरी बेटी की एक आंख बाहर की तरफ मुड़ जाती है"),
            ("hi", "beti ki ek aankh naak ki taraf mud jaati hai"),
        ],
    ),
    "cough_from_medicine": (
        R,
        [
            (
                "en",
                "dry tickly cough ever since the doctor put me on perindopril for blood pressure",
            ),
            ("es", "tengo una tos seca que no se va, tomo ramipril para la presión"),
            ("pt", "tosse seca chata desde que o médico trocou o remédio da pressão"),
            ("pt", "tô com tosse seca, tomo enalapril faz dois meses"),
            ("fr", "toux sèche depuis que le médecin m'a prescrit du périndopril"),
            ("sw", "kikohozi kikavu tangu daktari aniongezee dawa ya presha"),
            ("hi", "enalapril shuru kiya tab se sukhi khansi ho rahi hai"),
        ],
    ),
    "panic_recurrent": (
        R,
        [
            ("en", "panic attacks keep coming back, twice this week"),
            ("es", "me vuelven los ataques de pánico una y otra vez"),
            ("pt", "as crises de pânico voltaram de novo, toda semana"),
            ("sw", "ninapata mashambulizi ya hofu kila wiki"),
        ],
    ),
    "antenatal_booking": (
        R,
        [
            ("en", "home pregnancy test came back positive, where do I start"),
            ("en", "we just found out my wife is pregnant, how do we book antenatal care"),
            ("es", "me dio positivo el test de embarazo, ¿dónde empiezo el control prenatal?"),
            ("pt", "o beta deu positivo, quero começar o pré-natal"),
            (
                "fr",
                "prise de sang positive, je suis enceinte, comment faire le suivi de grossesse",
            ),
            (
                "sw",
                "kipimo kimeonyesha mistari miwili, niende kliniki ya wajawazito lini",
            ),
            ("hi", "प्रेग्नेंसी किट पर पॉजिटिव आया है, डॉक्टर को कब दिखाएं"),
            ("hi", "upt positive aaya hai, pehla checkup kab karein"),
        ],
    ),
    "varicose_veins_check": (
        R,
        [
            ("en", "the veins behind my knees are bulging and twisted and ache by the evening"),
            ("es", "me salieron várices en las pantorrillas y me pesan las piernas"),
            ("pt", "tenho veias saltadas e roxas nas pernas, doem à noite"),
            ("fr", "mes varices me font mal quand je reste debout"),
            ("sw", "mama ana mishipa iliyojikunja kwenye miguu, inamuuma jioni"),
            ("hi", "मेरी टांगों की नसें उभर आई हैं और दर्द रहता है"),
        ],
    ),
    "varicose_vein_problem": (
        U,
        [
            ("en", "my varicose vein burst in the shower and is bleeding"),
            ("fr", "une de mes varices est devenue rouge et dure"),
        ],
    ),
}

# (language, message, red flag that must not fire, lowest level it must keep)
MISSES: list[tuple[str, str, str, TriageLevel]] = [
    # scope and look-alikes
    ("en", "I had one panic attack last year and none since", "panic_recurrent", S),
    ("en", "no panic attacks, just stressed about exams", "panic_recurrent", S),
    ("en", "my cough started in april", "cough_from_medicine", S),
    ("en", "I tested positive for covid this morning", "antenatal_booking", S),
    ("en", "my pregnancy test was negative and my period came", "antenatal_booking", S),
    ("es", "me salió positiva la prueba de covid", "antenatal_booking", S),
    ("pt", "deu positivo o teste de covid", "antenatal_booking", S),
    ("fr", "je suis positif au test du covid", "antenatal_booking", S),
    ("en", "I have a few spots on my chin", "skin_treatment_not_working", S),
    ("fr", "des pertes blanches épaisses depuis hier, ça gratte un peu", "thrush_check", S),
    ("en", "got some dust in my eye and it went in deeper", "squint_check", S),
    ("hi", "aankh mein kuch andar chala gaya", "squint_check", S),
    ("en", "I fell off my bike yesterday and grazed my knee", "falls_repeated", S),
    ("en", "I have blue veins showing on my arms", "varicose_veins_check", S),
    ("en", "my legs ache after standing all day", "varicose_veins_check", S),
    # a higher level stays higher
    ("en", "my varicose vein is bleeding a lot and won't stop", "", E),
    ("en", "positive pregnancy test and sharp pain low on one side", "", U),
    ("en", "my gran fell and can't get up off the floor", "", E),
    (
        "en",
        "I've had a tickly cough since starting lisinopril for blood pressure",
        "coughing_blood",
        R,
    ),
]


def test_routine_families_reach_routine() -> None:
    failures = []
    for flag, (level, cases) in REACHES.items():
        for code, text in cases:
            a = RULES.assess(text, code)
            fired = {f.id for f in a.fired}
            if a.level is not level or flag not in fired:
                got = f"{a.level.value} {sorted(fired)}"
                failures.append(f"{code}: {text!r} -> {got} (want {level.value} by {flag})")
    assert not failures, "\n".join(failures)


def test_near_misses_do_not() -> None:
    failures = []
    for code, text, flag, floor in MISSES:
        a = RULES.assess(text, code)
        fired = {f.id for f in a.fired}
        if (flag and flag in fired) or ORDER[a.level] < ORDER[floor]:
            got = f"{a.level.value} {sorted(fired)}"
            failures.append(f"{code}: {text!r} -> {got} (not {flag!r}, at least {floor.value})")
    assert not failures, "\n".join(failures)

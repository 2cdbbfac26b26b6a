"""Seven known misreadings (issues 10/11), fixed by their general cause, in our own words.

1. A blood sugar's unit decides how it is read, in every language: mmol/L, mg/dL (also under
   41: "35 mg/dl" is a hypo) and g/L ("1,26 g/l" = 126 mg/dL); in French a bare reading of 1 to
   3.99 with two decimals is g/L too ("glycémie 1,26"), as a meter in mmol/L shows one decimal.
2. "sugar" is diabetes only in its known phrasings ("I have sugar", "sugar patient", "मुझे
   शुगर है"), never sugar the food ("tea with sugar", "sugar cravings", "चाय में शुगर").
3. French "giclé", "jaillit", "coule à flots" are heavy bleeding only with blood or a wound.
4. A heat rash that peels is not a severe skin reaction on its own (a new ``heat_rash``).
5. French verbs of breaking are read by their inflections ("casserole", "de luxe" are not).
6. Spanish "no puedo …" is not fertility; asthma said to be bad or worse ("mi asma está
   fatal") is asthma getting worse (urgent), in es, fr, pt and hi as in English.
7. An ICD's repeated shocks, or one with feeling unwell, are an emergency (ICD shock plans).
The rules are read alone (no similarity model).
"""

from __future__ import annotations

from selfcare.assistant.engine import Assessment
from tests.assistant.support import E, R, S, U

from .support import rules

RULES = rules()

# (language, message, blood sugar read in mmol/L, or None for no reading)
GLUCOSE = [
    ("fr", "glycémie ce matin 1,32, je suis diabétique de type 2", 7.3),
    ("fr", "ma glycémie après manger était de 2,05", 11.4),
    ("fr", "dextro à 0,62 et il transpire", 3.4),
    ("fr", "glycémie à 1,5 g/l", 8.3),
    # one decimal, below 4, no unit: mmol/L as in Quebec (a hypo is not read away)
    ("fr", "glycémie à 2,9 et je tremble", 2.9),
    ("fr", "glycemie 3,45 mmol/l", 3.45),
    ("en", "sugar 36 mg/dl and he is sweaty", 2.0),
    ("en", "my blood glucose was 1.40 g/l at the lab", 7.8),
    ("en", "glucose 48 mmol/l on the meter", 48.0),
    ("en", "blood sugar 6.2 this morning", 6.2),
    ("en", "my sugar is 210", 11.7),
    ("es", "mi glucosa salió en 38 mg/dl", 2.1),
    ("es", "la glucemia en ayunas dio 1,10 g/l", 6.1),
    ("pt", "glicemia de 39 mg/dl, ele está confuso", 2.2),
    ("pt", "a glicose em jejum deu 1,15 g/l", 6.4),
]


def _read(code: str, text: str) -> Assessment:
    return RULES.assess(text, code)


def test_a_blood_sugar_is_read_by_its_unit() -> None:
    def wrong(code: str, text: str, mmol: float) -> bool:
        got = _read(code, text).facts.vitals.glucose_mmol
        return got is None or abs(got - mmol) > 0.1

    assert [case for case in GLUCOSE if wrong(*case)] == []


# (language, message, the level it must reach exactly)
LEVELS = [
    # 1: g/L read as such; a real hypo still a hypo
    ("fr", "ma glycémie à jeun est à 1,18 ce matin", R),
    ("en", "my mum's sugar was 40 mg/dl and she is confused and drowsy", E),
    # 6: asthma said to be bad or worse
    ("es", "mi asma esta fatal estos dias", U),
    ("es", "se me empeoró el asma con el frío", U),
    ("es", "a mi hijo el asma lo tiene fatal desde el lunes", U),
    ("fr", "mon asthme s'aggrave depuis deux jours", U),
    ("pt", "minha asma ta horrivel hoje", U),
    ("hi", "मेरे बेटे का दमा बहुत बिगड़ गया है", U),
    ("hi", "mera asthma kharab ho gaya hai aaj", U),
    ("es", "tengo asma bien controlada, quiero saber sobre la vacuna", S),
    ("fr", "mon asthme va beaucoup mieux", S),
    # 7: repeated ICD shocks, or one with feeling unwell
    ("en", "my defib zapped me twice in ten minutes", E),
    ("en", "i have an icd and it went off 3 times since lunch", E),
    ("en", "my husband's ICD fired and he nearly passed out", E),
    ("en", "my icd shocked me again, second time today", E),
    ("es", "el desfibrilador me ha dado tres descargas en una hora", E),
    ("pt", "o desfibrilador da minha mae disparou duas vezes", E),
    ("fr", "mon défibrillateur s'est déclenché et j'ai mal à la poitrine", E),
    ("sw", "kifaa changu cha moyo kimenipa shoti tena na tena", E),
    ("hi", "papa ke defibrillator ne do baar jhatka diya", E),
    # one shock and feeling fine: the device clinic today, not an ambulance
    ("en", "my icd went off once this afternoon but i feel ok now", U),
    ("fr", "mon défibrillateur s'est déclenché une seule fois et je me sens bien", U),
    ("en", "I've had an ICD for 5 years, it has never gone off", R),
]


def test_levels() -> None:
    assert [(c, t, want) for c, t, want in LEVELS if _read(c, t).level is not want] == []


# (language, message, finding, whether it must be read as present)
FINDINGS = [
    # 2: sugar the food is not diabetes; its known phrasings are
    ("en", "I have sugar cravings every evening", "diabetes", False),
    ("en", "I like my coffee with sugar", "diabetes", False),
    ("en", "I'm trying to cut down my sugar intake", "diabetes", False),
    ("en", "too much sugar is bad for kids' teeth", "diabetes", False),
    ("en", "have a craving for sugar after dinner", "diabetes", False),
    ("en", "my grandma has sugar and her feet are numb", "diabetes", True),
    ("en", "he's a sugar patient for ten years", "diabetes", True),
    ("en", "she takes tablets for sugar", "diabetes", True),
    ("en", "an old man with sugar who is not eating", "diabetes", True),
    ("en", "my sugar has been high all week", "diabetes", True),
    ("hi", "मैं दूध में शुगर नहीं डालता", "diabetes", False),
    ("hi", "bachon ko sugar wali cheezein pasand hain", "diabetes", False),
    ("hi", "मेरी मां को शुगर है", "diabetes", True),
    ("hi", "dadi ko sugar hai aur pair sun hain", "diabetes", True),
    ("hi", "शुगर की दवा खत्म हो गई", "diabetes", True),
    # 3: spurting needs blood or a wound
    ("fr", "le jus a giclé sur ma chemise", "bleed_heavy", False),
    ("fr", "l'eau jaillit du robinet", "bleed_heavy", False),
    ("fr", "il a le nez qui coule à flots", "bleed_heavy", False),
    ("fr", "du sang a giclé partout quand il s'est coupé", "bleed_heavy", True),
    ("fr", "ça gicle de sa blessure au bras", "bleed_heavy", True),
    # 4: heat rash words, in every language
    ("en", "prickly heat on his neck", "heat_rash", True),
    ("es", "salpullido por el calor en la espalda", "heat_rash", True),
    ("pt", "brotoeja no pescoço do bebê", "heat_rash", True),
    ("fr", "des boutons de chaleur sur le dos", "heat_rash", True),
    ("sw", "mtoto ana vipele vya joto", "heat_rash", True),
    ("hi", "बच्चे को घमौरियां हो गई हैं", "heat_rash", True),
    # 5: breaking verbs by their inflections
    ("fr", "je me suis brûlé la main sur une casserole", "fracture", False),
    ("fr", "on a dormi dans un hôtel de luxe et j'ai mal au dos", "joint_deformed", False),
    ("fr", "elle s'est cassé la cheville au ski", "fracture", True),
    ("fr", "son bras est peut-être fêlé", "fracture", True),
    ("fr", "mon épaule s'est luxée", "joint_deformed", True),
    # 6: "no puedo" is not fertility
    ("es", "no puedo respirar bien por el asma", "fertility", False),
    ("es", "no puedo dormir nada", "fertility", False),
    ("es", "no logro quedar embarazada, ya van ocho meses", "fertility", True),
    ("es", "no podemos tener hijos y queremos ayuda", "fertility", True),
    ("es", "llevamos dos años intentando tener un bebe", "fertility", True),
]


def test_findings() -> None:
    assert [case for case in FINDINGS if (case[2] in _read(*case[:2]).present) is not case[3]] == []


# (language, message, topic the message must not be about)
NOT_TOPIC = [
    ("sw", "naweka sukari mbili kwenye chai", "diabetes_blood_sugar"),
    ("hi", "चाय में शुगर डाल दी", "diabetes_blood_sugar"),
    ("hi", "chai mein thodi sugar daalo", "diabetes_blood_sugar"),
    ("hi", "chai mein sugar kam daalo", "diabetes_blood_sugar"),
    ("hi", "खाने में शुगर कम कर दो", "diabetes_blood_sugar"),
    ("es", "no puedo respirar bien, tengo asma", "fertility"),
]


def test_topics() -> None:
    assert [case for case in NOT_TOPIC if _read(*case[:2]).topic == case[2]] == []


SJS = "skin_peeling_blistering"

# (language, message, red flag, whether it fires)
FLAGS = [
    # 4: a heat rash that peels is not a severe skin reaction
    ("hi", "घमौरियां सूख रही हैं और खाल छिल रही है", SJS, False),
    ("hi", "garmi ke dane the, ab chamdi utar rahi hai", SJS, False),
    ("en", "her heat rash is fading and the skin is peeling a bit", SJS, False),
    ("es", "tenía sarpullido por calor y ahora se le pela la piel", SJS, False),
    # peeling with a rash otherwise, or with blisters or mouth sores, still fires
    ("en", "a rash came up and now my skin is peeling off in sheets", SJS, True),
    ("hi", "दवा के बाद दाने हुए और अब खाल उतर रही है", SJS, True),
    ("en", "heat rash with blisters, skin peeling and sores in his mouth", SJS, True),
    # 7: shocks from anything but a heart device are not an ICD's
    ("en", "the electric fence shocked me twice", "device_shocks_repeated", False),
    ("en", "static from the carpet keeps shocking me", "device_shocks_repeated", False),
    # a hypo is still a hypo in Hindi
    ("hi", "papa ki sugar kam ho gayi aur woh behosh jaise hain", "diabetes_emergency", True),
]


def test_flags() -> None:
    def fired(code: str, text: str) -> set[str]:
        return {f.id for f in _read(code, text).fired}

    assert [case for case in FLAGS if (case[2] in fired(*case[:2])) is not case[3]] == []

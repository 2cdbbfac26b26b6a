"""Medicine questions and blood sugar numbers (meds, 2026-12-07).

The family: a side effect put down to a prescribed medicine with a wish to stop, switch or have it
reviewed is the prescriber's, routine (NHS metformin and amlodipine side effects; NICE CKS ACE
inhibitors: the dry cough), unless a red flag is said (lips or tongue swelling on an ACE inhibitor,
vomiting with ketones); a blood thinner with an antibiotic or antifungal started and new bleeding
gums, bruises or a nosebleed is urgent, the INR checked the same day, and routine with no bleeding
(NICE CKS oral anticoagulation, BNF warfarin interactions); an anti-inflammatory painkiller every
day with an ACE inhibitor, an ARB, a diuretic or high blood pressure is routine (NICE CKS NSAIDs,
prescribing issues); a drink with amoxicillin is a pharmacist's question, self-care (NHS
antibiotics); how long to take prescribed iron, or whether to keep the same dose until the
appointment, is the prescriber's, routine (NHS iron deficiency anaemia; NICE NG28 review); blood
sugar numbers in mmol/L, mg/dL and g/L are banded by WHO 2006 and NICE NG28/NG17 cut-offs, and a
time said before the number ("2 hours after lunch") is not the reading.

Traps: a single ibuprofen with ramipril, a normal reading after a meal, a question about normal
sugar and a friend's question stay self-care; a past high reading is never an emergency.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, assert_not_emergency, rules

ROWS: list[tuple[str, TriageLevel]] = [
    # --- side effects, asking to switch or stop: routine (NHS medicines pages) ---
    ("the amlodipine makes my ankles puff up by the evening, can the doctor change it?", R),
    ("ramipril gives me a tickly dry cough all the time, can I switch to something else?", R),
    ("la metformina me da diarrea desde hace 3 semanas, puedo dejar de tomarla?", R),
    ("a metformina me dá diarreia há duas semanas, posso parar de tomar?", R),
    ("la metformine me donne la diarrhée depuis 15 jours, je peux l'arrêter ?", R),
    ("metformin inaniharisha tangu nianze wiki mbili zilizopita, naweza kuacha?", R),
    ("मेटफॉर्मिन खाने से दस्त लगे रहते हैं, क्या दवा बदल सकते हैं", R),
    ("amlodipine se pair sujte hai shaam ko, dawai badal sakte hai kya", R),
    ("dawa ya sukari metformin inanisumbua tumbo, naweza kubadilishiwa?", R),
    (
        "been on metformin two weeks and still have loose "
        "stools, not dehydrated, should I stop it?",
        R,
    ),
    # --- family 1: real red flags stay up ---
    ("on lisinopril and my lips and tongue have suddenly swollen up", E),
    ("tomo enalapril y de repente se me hinchó la lengua y los labios", E),
    ("on metformin and I've been vomiting since this morning", U),
    ("type 2 on metformin, vomiting all night and ketones are high", E),
    # --- blood thinner, antibiotic, bleeding or bruising: urgent (NICE CKS, BNF) ---
    ("I take apixaban and was started on clarithromycin, now my gums keep bleeding", U),
    (
        "tomo warfarina y me recetaron metronidazol, ahora me salen moretones nuevos en los brazos",
        U,
    ),
    ("tomo varfarina e comecei um antibiótico, agora a gengiva sangra quando escovo", U),
    ("je suis sous warfarine et on m'a donné de la clarithromycine, j'ai des bleus partout", U),
    ("natumia warfarin na nimepewa antibiotiki, sasa fizi zinatoka damu", U),
    ("वारफेरिन लेता हूं, एंटीबायोटिक शुरू हुई, अब मसूड़ों से खून आ रहा है", U),
    ("warfarin leta hu aur antibiotic chalu hui, ab masoodo se khoon aa raha hai", U),
    ("on warfarin and vomiting blood this morning", E),
    # --- NSAID every day with an ACE-i, ARB or diuretic: routine (NICE CKS NSAIDs) ---
    ("I take ibuprofen every day for my knees and I'm also on losartan, is that ok?", R),
    ("tomo ibuprofeno todos los días con mi enalapril para la presión, es malo?", R),
    ("je prends de l'ibuprofène tous les jours avec mon ramipril, c'est dangereux ?", R),
    ("tomo ibuprofeno todo dia junto com a losartana, tem problema?", R),
    ("natumia ibuprofen kila siku pamoja na dawa ya presha, ni salama?", R),
    ("roz ibuprofen leta hu ghutno ke liye, saath me bp ki dawa ramipril bhi", R),
    # --- family 2: alcohol with antibiotics -> self-care (NHS antibiotics) ---
    ("is it ok to have a glass of wine while taking amoxicillin", S),
    ("puedo tomarme una cerveza con la amoxicilina?", S),
    ("je peux boire une bière avec l'amoxicilline ?", S),
    ("posso beber uma cerveja tomando amoxicilina?", S),
    ("naweza kunywa bia moja nikiwa natumia amoxicillin?", S),
    ("amoxicillin ke saath ek beer pi sakta hu kya", S),
    ("can I drink alcohol on metronidazole", S),
    # --- how long to take a prescribed medicine -> routine (prescriber decides) ---
    ("the GP put me on ferrous sulphate, how many months do I need to keep taking it", R),
    ("cuánto tiempo tengo que tomar el hierro que me recetó el médico", R),
    ("combien de temps je dois prendre le fer que le médecin m'a prescrit ?", R),
    ("daktari aliniandikia vidonge vya madini ya chuma, nitumie kwa muda gani?", R),
    ("doctor ne iron ki tablet di hai, kab tak khani hai", R),
    # --- family 3: glucose numbers (NICE NG28/NG17, WHO 2006) ---
    ("I don't have diabetes, my sugar was 7.4 an hour after dinner, is that normal?", S),
    ("not diabetic, glucose 130 mg/dl after a meal", S),
    ("never been diagnosed, fasting sugar 6.4 this morning, my dad is diabetic", R),
    ("glucosa en ayunas 118, no soy diabético", R),
    ("glycémie à jeun 1,15 ce matin, je ne suis pas diabétique", R),
    ("glycémie 1,05 deux heures après le repas, pas diabétique", S),
    ("sugar reading 390 mg/dl and I'm so thirsty, not throwing up", U),
    ("शुगर 410 आ रही है, बहुत प्यास लग रही है, उल्टी नहीं", U),
    ("mummy ki sugar 450 hai aur baar baar pyaas lag rahi hai", U),
    ("tengo la glucosa en 380 y mucha sed, sin vómitos", U),
    ("glicemia 400 e muita sede, não vomitei", U),
    ("sukari yangu ni 22 na nina kiu sana, sitapiki", U),
    ("glycémie 4 g/l et très soif, pas de vomissements", U),
    ("sugar 420 and vomiting nonstop", E),
    ("glycémie 3,8 g/l, je vomis et j'ai des cétones", E),
    ("sugar 500 hai aur ulti ho rahi hai, bahut neend aa rahi", E),
    # --- family 4: keep the same dose till the appointment -> routine ---
    (
        "my diabetes nurse is away, should I keep taking the same gliclazide "
        "dose until my review next month? sugars are fine",
        R,
    ),
    ("sigo con la misma dosis de metformina hasta mi cita? la glucosa está bien", R),
    ("je garde la même dose de metformine jusqu'à mon rendez-vous ? glycémie à jeun 1,20", R),
    ("continuo a mesma dose de metformina até a consulta? a glicemia está estável", R),
    ("niendelee na dozi ile ile ya metformin mpaka siku ya kliniki? sukari iko sawa", R),
    ("डॉक्टर से मिलने तक वही डोज चालू रखूं क्या? शुगर ठीक है", R),
    ("appointment tak metformin wahi dose chalu rakhu kya, sugar normal hai", R),
    # --- traps: must NOT go up ---
    ("can I take one ibuprofen for a headache with my ramipril?", S),
    ("what is a normal blood sugar after eating?", S),
    (
        "on warfarin, started metronidazole yesterday, no bleeding "
        "or bruising, anything I should watch for?",
        R,
    ),
    ("no tengo diabetes, la glucosa me dio 105 después de comer", S),
    ("my friend asked if you can drink one beer on amoxicillin", S),
    # --- blood sugar readings with a time said before them: the time is not the reading ---
    ("no diabetes here, blood sugar 2 hours after breakfast was 6.9", S),
    ("glycémie 2 heures après le petit déjeuner, pas diabétique, tout va bien", S),
    ("fasting sugar on the pharmacy machine 6.3, never been diagnosed", R),
    ("शुगर आज 390 आ रही है और बहुत प्यास लगती है", U),
]

# A high reading said of the past is over-triaged today (vital signs are not scoped): never an
# emergency.
NOT_EMERGENCY = (
    "my mum's sugar was 400 last year in hospital, now it is fine on tablets, can she keep the "
    "same dose?",
)


# each row at its level; a row of NOT_EMERGENCY anywhere below an emergency
@pytest.mark.parametrize(("text", "want"), [*ROWS, *((text, None) for text in NOT_EMERGENCY)])
def test_level(text: str, want: TriageLevel | None) -> None:
    if want is None:
        assert_not_emergency(rules(), text)
    else:
        assert_level(rules(), text, want)

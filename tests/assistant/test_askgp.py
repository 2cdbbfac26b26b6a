"""Routine care said in many ways: see a GP or clinic in days or weeks (askgp, 2026-12-07).

The family: a question about a check, a test, a review or a prescription (thyroid blood tests on
levothyroxine, how long blood thinners go on after a stent, the next cholesterol check after a
TIA, the INR on warfarin: NHS levothyroxine, clopidogrel; NICE CKS hypothyroidism, antiplatelet
treatment); a check asked for with nothing wrong, for a family history or a TB contact (NHS Health
Check; NHS high blood pressure, type 2 diabetes; NICE NG33 TB contact tracing); contraception
fitted at a clinic (NHS methods of contraception); a problem lasting past its self-care window or
coming back (an ingrown toenail for weeks, back pain for months, palpitations now and then after
coffee: NHS ingrown toenail, back pain, heart palpitations); varicose veins, pale patches
spreading, scalp ringworm with the hair breaking (NHS varicose veins, vitiligo, ringworm); a
neck swelling growing slowly with heat intolerance and a tremor (NHS overactive thyroid, lumps);
leaking urine since a birth (NICE NG123); questions before trying again after a miscarriage (NHS
miscarriage). Painless blood in the urine at 60 is left at the engine's urgent (NHS blood in
urine words it as an urgent GP appointment; the family note's routine is for a clinician to settle).

Traps both ways: a red flag said on top of a routine story stays above routine (a new stroke after
an old TIA, cauda equina signs with long back pain, a head injury on blood thinners, blood in the
urine with a fever or side pain or on warfarin); the same complaint short and new stays self-care;
a supposition ("if I got chest pain") and a birth dated in the past ("since my son was born 3
years ago I leak") are read as such.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, assert_not_emergency, rules

ROWS: list[tuple[str, TriageLevel]] = [
    # --- askgp family probes (routine: GP/clinic in days-weeks), written 2026-12-07 ---
    ("been on levothyroxine 6 months, how often should i get my thyroid bloods done", R),
    (
        "got a stent last year after a heart attack, feeling good. how long do i stay on "
        "clopidogrel and aspirin",
        R,
    ),
    ("mini stroke 3 yrs ago, no problems since. is my cholesterol test overdue?", R),
    ("my mum and dad both have high blood pressure, i'm 40 and fine, should i get mine checked", R),
    ("dad had diabetes, i feel ok but want a sugar test", R),
    (
        "my flatmate was diagnosed with TB last week. i have no cough, no fever, no sweats. do "
        "i need testing?",
        R,
    ),
    ("thinking of switching from the pill to the coil, which is better for me", R),
    ("want the contraceptive injection, where do i get it", R),
    ("toe nail growing into the skin, been sore on and off for a month", R),
    ("lower back ache 2 months from lifting at work, no numbness, peeing fine", R),
    ("bulging twisted veins on my calves, legs ache by evening", R),
    ("white patches on my hands getting bigger, not itchy", R),
    ("my 6yo has a scaly bald patch on her head, hairs snapping off", R),
    ("every now and then my heart flutters for a few seconds after coffee", R),
    ("sore on my cheek that keeps scabbing and never heals, 4 months now", R),
    (
        "swelling at the front of my neck getting bigger slowly, i'm always too hot and my "
        "hands tremble",
        R,
    ),
    ("since my son was born 3 years ago I leak a bit of wee when I sneeze or laugh", R),
    (
        "lost a pregnancy at 9 weeks last year, physically fine now, we want to try again. "
        "should i have tests first or just start folic acid",
        R,
    ),
    (
        "Nurse note: 58M, asymptomatic, requests cholesterol and BP screening, smoker, father "
        "MI at 52",
        R,
    ),
    (
        "my dad died of a heart attack at 55, I'm 50 and smoke. no chest pain at all but I "
        "want my heart checked",
        R,
    ),
    ("on warfarin for AF, when is my next INR due", R),
    ("tomo eutirox hace un año, cada cuánto me tengo que hacer los análisis de tiroides?", R),
    (
        "me pusieron un stent hace 8 meses, estoy bien. hasta cuándo tengo que tomar el "
        "clopidogrel?",
        R,
    ),
    ("quiero ponerme el implante anticonceptivo, dónde lo hacen?", R),
    ("uña encarnada desde hace semanas, me molesta al caminar", R),
    ("mi mamá tiene diabetes, quiero hacerme un chequeo de azúcar, no tengo síntomas", R),
    ("manchas blancas en la cara que van creciendo, no pican", R),
    ("tive um AVC leve há 2 anos, estou bem. quando devo repetir o exame de colesterol?", R),
    ("quero trocar a pílula pelo DIU, como faço?", R),
    ("dor nas costas há 3 meses, sem formigamento nas pernas, urino normal", R),
    ("varizes nas pernas, pernas cansadas no fim do dia", R),
    (
        "meu irmão está com tuberculose, moramos juntos, eu não tenho tosse nem febre. preciso "
        "fazer exame?",
        R,
    ),
    ("je prends du Levothyrox, tous les combien faire la prise de sang?", R),
    ("je voudrais me faire poser un stérilet, à qui je m'adresse?", R),
    ("ongle incarné depuis un mois, ça fait mal", R),
    ("une plaie sur le nez qui saigne et ne cicatrise pas depuis 3 mois", R),
    ("depuis mon accouchement j'ai des fuites urinaires quand je tousse", R),
    ("mon père a fait un infarctus à 50 ans, je fume, j'aimerais faire un bilan cardiaque", R),
    ("natumia dawa ya tezi ya shingo, nipime damu baada ya muda gani?", R),
    ("nataka kuweka kijiti cha uzazi wa mpango, nipate wapi?", R),
    ("kucha imeingia ndani ya kidole cha mguu wiki tatu sasa, inauma", R),
    ("mgongo unauma kwa miezi mitatu, sina ganzi, mkojo sawa", R),
    ("baba yangu ana kisukari na presha, nataka kupima tu, sijambo", R),
    ("mtoto ana doa la mviringo kichwani lenye magamba, nywele zinakatika", R),
    ("shingo imevimba mbele polepole, najisikia joto kila wakati na mikono inatetemeka", R),
    ("थायरॉइड की गोली लेता हूं, खून की जांच कितने समय में करानी चाहिए?", R),
    ("मुझे कॉपर टी लगवानी है, कहाँ लगेगी?", R),
    ("कमर में दो महीने से दर्द है, पैरों में सुन्नपन नहीं, पेशाब ठीक है", R),
    ("पैरों की नसें फूल कर नीली टेढ़ी हो गई हैं", R),
    ("चेहरे पर सफेद दाग बढ़ रहे हैं, खुजली नहीं", R),
    ("thyroid ki goli leti hoon, blood test kitne time me karana chahiye", R),
    ("mummy ko sugar hai, mujhe koi problem nahi, phir bhi sugar test karwaun kya?", R),
    ("pair ke angoothe ka nakhun andar ghus gaya hai, 3 hafte se dard", R),
    ("2 saal pehle stent pada tha, ab theek hoon, khoon patla karne ki dawa kab tak leni hai", R),
    # --- traps: self-care stays self-care ---
    ("ingrown toenail started 2 days ago, a bit sore, no redness", S),
    ("pulled my back lifting a box yesterday, sore but moving ok", S),
    ("dolor de espalda desde ayer por cargar cajas", S),
    ("kiuno kinauma tangu jana baada ya kubeba mzigo", S),
    ("पीठ में कल से हल्का दर्द है, भारी सामान उठाया था", S),
    # --- traps: red flags on top of a routine story stay above routine ---
    ("had a TIA 2 years ago, now my face is drooping and my speech is slurred since an hour", E),
    ("back pain for 2 months, now I can't feel around my bottom and can't control my pee", E),
    ("on blood thinners after my stent, fell and banged my head, now vomiting", E),
    ("neck swelling getting bigger and now i struggle to breathe", E),
    ("62 years old, blood in my pee with fever and pain in my side", U),
    ("mi hermano tiene tuberculosis y yo estoy tosiendo sangre", U),
    ("dor nas costas há 2 meses e agora perdi o controle da urina e as pernas estão dormentes", E),
    ("uña encarnada con pus, el pie rojo e hinchado y tengo fiebre", U),
    (
        "il y a 2 ans j'ai eu un AIT, et là depuis une heure je n'arrive plus à parler et mon "
        "bras est faible",
        E,
    ),
    ("nilipata kiharusi kidogo miaka 2 iliyopita, sasa mdomo umepinda na siwezi kuongea vizuri", E),
    # --- askgp extension (written after the first fixes; "before" run on main's code) ---
    ("my daughter has a round flaky patch on her scalp and the hair there keeps snapping", R),
    ("mi hijo tiene una mancha redonda en la cabeza y el pelo se le rompe ahí", R),
    ("minha filha tem uma mancha na cabeça e o cabelo está quebrando naquele lugar", R),
    ("mon fils a une plaque sur le cuir chevelu et les cheveux cassent à cet endroit", R),
    ("mtoto ana doa kichwani na nywele zinakatika pale", R),
    ("white patches on my face slowly spreading, they don't itch", R),
    ("tengo manchas blancas en los brazos que se van extendiendo", R),
    ("manchas brancas na pele aumentando, não coçam", R),
    ("des taches blanches sur les mains qui s'étendent depuis des mois", R),
    ("mtoto ana madoa meupe usoni yanaongezeka", R),
    ("त्वचा पर सफेद दाग फैल रहे हैं, खुजली नहीं", R),
    ("mishipa za miguu zimevimba na ni za bluu, miguu inachoka jioni", R),
    (
        "meri behen ko TB hai, hum saath rehte hain, mujhe khansi nahi hai, kya test karwana "
        "chahiye?",
        R,
    ),
    ("mi esposo tiene tuberculosis, yo no toso ni tengo fiebre, ¿me deben hacer la prueba?", R),
    ("kaka yangu ana kifua kikuu, tunaishi pamoja, sina kikohozi, je nipime?", R),
    (
        "ma collègue a la tuberculose, je tousse pas, j'ai pas de fièvre, je dois me faire tester?",
        R,
    ),
    (
        "had a miscarriage 2 years ago, I'm well, we want to try for another baby, should I "
        "take folic acid or get checked first",
        R,
    ),
    (
        "tuve un aborto hace un año, estoy bien y queremos intentar otra vez, ¿qué análisis me "
        "hago?",
        R,
    ),
    (
        "j'ai fait une fausse couche l'an dernier, ça va, on veut un bébé, faut-il faire des "
        "analyses?",
        R,
    ),
    (
        "I have no chest pain at all, but my father had a heart attack at 48 and I smoke, can "
        "I have a heart check",
        R,
    ),
    (
        "if i got chest tightness what should i do? i don't have any, i just want a heart "
        "check because my brother had a stroke at 45",
        R,
    ),
    ("since my first baby I leak urine when I sneeze", R),
    ("depuis mon accouchement je perds quelques gouttes d'urine quand je ris", R),
    ("a veces siento palpitaciones unos segundos después del café", R),
    ("às vezes o coração dispara uns segundos depois do café", R),
    ("mara nyingine moyo unaenda mbio kwa sekunde chache baada ya kahawa", R),
    ("le cou gonfle doucement devant, j'ai toujours chaud et les mains qui tremblent", R),
    ("a sore on my forehead that keeps bleeding and scabbing, not healed in 2 months", R),
    ("une petite plaie sur la joue qui saigne et ne guérit pas depuis 2 mois", R),
    ("when is my next blood test due on warfarin", R),
    ("cada cuánto me hago el INR con el sintrom", R),
    ("combien de temps je dois prendre le Kardegic après mon stent ?", R),
    ("por quanto tempo tenho que tomar o clopidogrel depois do stent?", R),
    ("thyroid ki dawa leti hoon, jaanch kitne mahine me karani chahiye", R),
    ("mgongo unauma miezi mitatu nikibeba mizigo, sina ganzi", R),
    # --- traps ---
    ("blood in my pee with a fever and pain in my side", U),
    ("estoy tomando warfarina y hoy orino con sangre", U),
    ("nakojoa damu na nina homa kali na mgongo unauma", U),
    ("TB patient at home, now I'm coughing up a lot of blood and can't breathe", E),
    ("i have an ingrown toenail since yesterday, slightly sore", S),
    ("my son fell and now his nose is bleeding nonstop for 30 minutes and he is dizzy", E),
    ("une plaie infectée avec du pus et de la fièvre, la rougeur s'étend", U),
    ("the lump on my arm from the vaccine yesterday is a bit swollen", S),
]

# Over-triaged today (known, safe): a short palpitation "this morning" read as lasting hours,
# a friend's miscarriage read as one's own. Never an emergency.
NOT_EMERGENCY = (
    "my friend had a miscarriage last week, how can I support her?",
    "my heart raced for a moment after a big coffee this morning, fine now",
)


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text: str) -> None:
    assert_not_emergency(rules(), text)

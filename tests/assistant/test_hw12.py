"""Health workers' notes in six languages (hw12): readings and abbreviations, both sides.

Community health workers, nurses, midwives, ASHAs and pharmacists write short notes: a blood
pressure after "TA", "PA", "T/A" or "बीपी", in mmHg or in cmHg ("TA 17/11", "PA 8x5"); a
Glasgow score by its letters, its name or its parts; "SatO2"; "RBS", "FBS"; fetal movements
as "RFM", "MAF"; a baby's age as "2/12 old",
"lactante 2 meses", "RN 10 dias", "mtoto wiki 6"; drowsiness in one clinical word. Thresholds
are the ones the vital-sign checks already hold (NEWS2, NICE NG136/NG133/NG143, WHO IMCI).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

LEVELS: list[tuple[str, str, TriageLevel]] = [
    # Blood pressure in a nurse's note, mmHg or cmHg ("TA 17/11" is 170/110, "PA 8x5" is 80/50),
    # after the abbreviation ("TA", "PA", "T/A", "बीपी"): systolic 90 or less is NEWS2 red (RCP
    # 2017), 180/120 or more same-day (NICE NG136), 160/110 in pregnancy severe (NICE NG133); a
    # normal reading, a date ("25/12") or a dose ("1/2") stays low
    ("TA 8/5 pâleur marbrures", "fr", E),
    ("FC 130, PA 80/50", "fr", E),
    ("TA 7/4, pâle, marbré", "fr", E),
    ("TA: 9/5 FC 150 après diarrhée", "fr", E),
    ("pression artérielle 75/40", "fr", E),
    ("TA 18/12 sans symptômes", "fr", U),
    ("TA 190/115 patient asymptomatique", "fr", U),
    ("TA 15/11 enceinte 30 SA", "fr", U),
    ("TA 12/8 RAS", "fr", S),
    ("TA 120/80 FC 70 SpO2 98%", "fr", R),
    ("RDV le 17/11 pour contrôle", "fr", R),
    ("je prends 1/2 comprimé", "fr", R),
    ("la tension est bonne 12/7", "fr", S),
    ("FC 130, TA 80/50", "es", E),
    ("TA 7/4 palidez", "es", E),
    ("tensión 8/5 mareo y sudoración", "es", E),
    ("T/A 80/50 FC 135", "es", E),
    ("presión arterial 70/40", "es", E),
    ("tensión 19/12 sin síntomas", "es", U),
    ("TA 185/120 asintomático", "es", U),
    ("gestante 30 SDG TA 15/11", "es", U),
    ("TA 12/8 sin molestias", "es", R),
    ("tensión 13/8, todo bien", "es", R),
    ("cita pa 25/12", "es", R),
    ("tomo 1/2 pastilla", "es", R),
    ("la cita es el 17/11", "es", R),
    ("PA 8x5, palidez", "pt", E),
    ("PA 7x4 pálido", "pt", E),
    ("PA 8 por 5, sudorese", "pt", E),
    ("PA 19x12 sem sintomas", "pt", U),
    ("PA 12x8 sem queixas", "pt", R),
    ("PA 13x8, FC 80", "pt", R),
    ("consulta dia 25/12", "pt", R),
    ("बीपी 70/40, चक्कर, पसीना", "hi", E),
    ("पल्स 140, बीपी 85/50", "hi", E),
    ("बीपी 185/125, कोई तकलीफ नहीं", "hi", U),
    ("बीपी 120/80 ठीक है", "hi", R),
    ("BP 70/40", "en", E),
    ("BP 182/121 asymptomatic", "en", U),
    ("BP 128/84 HR 72 T 36.8", "en", R),
    ("appt on 2/12", "en", R),
    ("presha 80/50 kizunguzungu jasho", "sw", E),
    ("BP 190/115 hana dalili", "sw", U),
    ("miadi tarehe 25/12", "sw", R),
    # Level of consciousness: a Glasgow score under 15 (its letters, its name, its three
    # parts "E2V2M5", Devanagari "जीसीएस") is NEWS2 red (new confusion or reduced
    # consciousness); 15 is not
    ("Glasgow 10", "es", E),
    ("escala de Glasgow 9", "es", E),
    ("Glasgow 10", "pt", E),
    ("escala de Glasgow 9", "pt", E),
    ("score de Glasgow à 9", "fr", E),
    ("GCS E2V2M5", "en", E),
    ("Glasgow 9", "en", E),
    ("जीसीएस 8", "hi", E),
    ("GCS 8", "sw", E),
    ("GCS E4V5M6, cut finger", "en", S),
    ("Glasgow 15, herida superficial en mano", "es", S),
    ("Glasgow 15, corte superficial", "pt", S),
    ("glasgow 15, plaie superficielle du doigt", "fr", S),
    ("GCS 15 kidonda kidogo mkononi", "sw", S),
    # Oxygen saturation by every abbreviation ("SatO2", "SaO2", "ऑक्सीजन"): 91% or less red,
    # 92-93% amber (NEWS2 scale 1); 94% and above not by itself
    ("SatO2 86% aa", "es", E),
    ("SaO2 86%", "en", E),
    ("ऑक्सीजन 86", "hi", E),
    ("SpO2 à 87% sous air", "fr", E),
    ("sat 93% aire ambiente", "es", U),
    ("SpO2 94% on RA, productive cough", "en", R),
    ("SpO2 98%, gala thoda kharab", "hi", R),
    # A very low blood sugar with drowsiness said the way a nurse writes it ("sonolento",
    # "obnubilado", "obnubilé", "torporoso"): emergency (NHS hypoglycaemia: 999 if drowsy or
    # confused); a low one in someone alert is same day; plain sleepiness after lunch is not
    ("HGT 40 mg/dl, sonolento", "pt", E),
    ("glicemia 35 mg/dl torporoso", "pt", E),
    ("HGT 30 rebaixamento de consciência", "pt", E),
    ("glucometría 40 mg/dl, somnoliento", "es", E),
    ("glucemia 35 mg/dl obnubilado", "es", E),
    ("glycémie 0,5 g/l, obnubilé", "fr", E),
    ("glucemia 3,3 mmol/l consciente", "es", U),
    ("estou sonolento depois do almoço", "pt", R),
    ("não está sonolento, brincando", "pt", R),
    # A baby's age in a note: "2/12 old", "6/52", "10/7" (UK shorthand), "lactante 2 meses",
    # "RN 10 dias", "mtoto wiki 6": a fever of 38 under 3 months and a low temperature in a
    # newborn are emergencies (NICE NG143; WHO IMCI young infant: under 35.5 is a danger sign);
    # an older baby teething, a date, a 3-day history stay low
    ("2/12 baby temp 38.2", "en", E),
    ("2/12 old, T 38.0", "en", E),
    ("10/7 old neonate, temp 35.4 floppy", "en", E),
    ("lactante 2 meses T 38.3", "es", E),
    ("lactante 6 semanas T 38.2", "es", E),
    ("RN 10 dias temp 35.0", "es", E),
    ("RN com temp 35,2", "pt", E),
    ("lactente 6 semanas temp 38,2", "pt", E),
    ("RN de 10 dias temp 35,0", "pt", E),
    ("mtoto wiki 6 homa 38.2", "sw", E),
    ("kichanga siku 10 joto 35.0", "sw", E),
    ("8/12 old teething, T 37.4", "en", S),
    ("3/7 hx of sore throat, afebrile, eating ok", "en", S),
    ("temp 96.8F, 3/52 baby", "en", R),
    ("lactante 4 meses con mocos, afebril", "es", S),
    # A bulging fontanelle in a note or in Hinglish ("fontanela abombada", "taalu ubhra hua"):
    # NICE NG143 red
    ("fontanela abombada, fiebre 38.6, lactante 3 meses", "es", E),
    ("fontanela a tensión, irritable, fiebre", "es", E),
    ("taalu ubhra hua, bukhar 38.6, 3 mahine ka bachcha", "hi", E),
    ("taalu phula hua hai", "hi", E),
    ("taalu normal hai, bukhar nahi", "hi", S),
    # A sudden severe headache as a note says it ("cefalea brusca intensa", "cefaleia abrupta"):
    # thunderclap, 999 (NHS, NICE CKS headache); a mild one stays self-care
    ("TA 21/13 cefalea brusca intensa", "es", E),
    ("cefalea de inicio brusco, muy intensa", "es", E),
    ("cefaleia abrupta muito forte", "pt", E),
    ("cefalea leve desde ayer", "es", S),
    ("cefaleia leve", "pt", S),
    # "koi aur takleef nahi" (no other complaint) denies nothing named: the chest pain or the
    # reading before it still counts; "dard nahi" still denies
    ("seene me dard koi aur takleef nahi", "hi", U),
    ("सीने में दर्द कोई और लक्षण नहीं", "hi", U),
    ("7 mahine ki garbhvati BP 150/105 koi lakshan nahi", "hi", U),
    ("seene me dard nahi hai", "hi", R),
    ("सीने में दर्द नहीं है", "hi", R),
    # Fetal movements in a midwife's note ("RFM", "FM reduced", "no FM", "MAF diminués", "no
    # percibe movimientos fetales"): NHS baby movements, call the maternity unit now; movements
    # said to be present or good stay as they were
    ("FM reduced since yesterday 38/40", "en", E),
    ("RFM 36/40", "en", E),
    ("no FM today 39/40", "en", E),
    ("MAF diminués 36 SA", "fr", E),
    ("MAF absents 38 SA", "fr", E),
    ("no percibe movimientos fetales 38 semanas", "es", E),
    ("FMs present, 36/40", "en", R),
    ("no FM concerns, 34/40", "en", R),
    ("FM concerns nil, 30/40", "en", R),
    ("MAF présents, 32 SA, RAS", "fr", R),
    ("movimientos fetales presentes 34 semanas", "es", R),
    # A blood sugar by the abbreviations of Indian and UK notes (RBS, GRBS, FBS, PPBS, DTX):
    # 20 mmol/L (360 mg/dL) or more is same day, a hypo with drowsiness 999 (NHS, NICE NG28)
    ("RBS 380 mg/dl, polyuria", "en", U),
    ("GRBS 45 drowsy", "en", E),
    ("RBS 45, behosh", "hi", E),
    ("FBS 5.4", "en", S),
    ("fasting sugar 98 normal", "hi", S),
    # "HTA 18/11" (hypertension, then the reading in cmHg) is the reading: 180/110 with no
    # symptoms is same day (NICE NG136); "HTA connue" with a normal reading is not
    ("HTA 18/11 sans signe", "fr", U),
    ("HTA 18/11 sin síntomas", "es", U),
    ("HTA connue, TA 13/8", "fr", S),
    # "métrorragies" is vaginal bleeding: in pregnancy, same day at least (NHS)
    ("métrorragies abondantes 32 SA", "fr", U),
    ("métrorragies minimes, 8 SA", "fr", U),
]


@pytest.mark.parametrize(("text", "language", "want"), LEVELS)
def test_level(text: str, language: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)


# The reading itself, as the checks see it (mmHg, summed Glasgow parts).
READINGS: list[tuple[str, str, str, int]] = [
    ("TA 17/11", "fr", "systolic_bp", 170),
    ("TA 17/11", "fr", "diastolic_bp", 110),
    ("PA 8x5", "pt", "systolic_bp", 80),
    ("tensión 16/10", "es", "systolic_bp", 160),
    ("TA 80/50", "es", "systolic_bp", 80),
    ("GCS E2V2M5", "en", "gcs", 9),
    ("SatO2 86%", "es", "spo2", 86),
]


@pytest.mark.parametrize(("text", "language", "field", "value"), READINGS)
def test_reading(text: str, language: str, field: str, value: int) -> None:
    assert getattr(rules().assess(text, language).facts.vitals, field) == value

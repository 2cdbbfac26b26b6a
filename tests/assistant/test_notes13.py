"""Health workers' notes (notes13): suspected diagnoses, vital signs as notes write them, very
high blood pressure with symptoms, a collapse not come round from, carbon monoxide in a home.

Each family is read in the data (a diagnosis named after a note's marker, paired with the
condition's own words) or in the vital-sign scoring (NEWS2, RCP 2017); the neighbours (the
same diagnosis excluded or asked about, one reading a little off, a faint with a harmless
trigger, a household with colds) stay lower.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

LEVELS: list[tuple[str, TriageLevel]] = [
    # suspected sepsis in a note (NICE NG51); excluded, or asked about, it is not
    ("Pt 67F from care home, off legs, ?sepsis, chest source likely", E),
    ("CHW visit: 30M feverish since yesterday, query septic", E),
    ("impression: likely urosepsis in 81M, will refer", E),
    ("sepsis ruled out at the clinic, viral cold, eating and drinking", S),
    ("they said it needs to be ruled out, is sepsis serious?", U),
    # DKA (NHS diabetic ketoacidosis: A&E)
    ("T1DM 19F vomiting since morning, ?DKA, ketones 4.2", E),
    ("query DKA in known type 1, abdo pain", E),
    ("no evidence of DKA, sugars settling on new regime", R),
    # meningitis (NICE NG240)
    ("4yo fever, irritable, r/o meningitis", E),
    ("no signs of meningitis, just a cold and a runny nose", S),
    # testicular torsion (NHS testicle pain)
    ("14M pain in L testicle since football, ?torsion", E),
    # tension pneumothorax (NHS collapsed lung)
    ("tall thin 22M, chest pain, ?tension pneumothorax, trachea deviated", E),
    # SJS/TEN, necrotising fasciitis (NHS Stevens-Johnson syndrome, necrotising fasciitis)
    ("new rash after carbamazepine, suspected Stevens Johnson, lips crusted", E),
    ("leg wound 2 days old, ?nec fasc, pain out of keeping", E),
    # pulmonary embolism (NICE NG158), aortic dissection, cauda equina, AAA
    ("post-op day 5, SOB on exertion, ?PE", E),
    ("PE excluded on CTPA yesterday, discharged home, mild cough", S),
    ("58M sudden pain to the back, ?aortic dissection", E),
    ("low back pain with leg pain, ?CES, awaiting MRI", E),
    ("72M abdo pain radiating to back, ?ruptured AAA", E),
    # anaphylaxis (NHS anaphylaxis), heart attack and stroke named in a note
    ("child ate cashew at party, ?anaphylaxis, lips swelling", E),
    ("Pt 60M sweaty and grey, ?MI", E),
    ("query CVA, R sided weakness this morning", E),
    # Caribbean "mi" (my, me) after a question mark is no heart attack
    ("belly ache bad today. wah mi can take? mi usually fine", R),
    # vital signs as notes write them (NEWS2, RCP 2017)
    ("Pt 45M c/o fever and rigors, BP 70 systolic", E),
    ("SBP 85 after the vomiting, feels faint", E),
    ("BP 80 palp, cold peripheries", E),
    ("systolic 128, diastolic 80, routine check, fine", R),
    # several readings each a little off add up: 2+2+2+1+1 is 8
    ("66F cough, RR 24, HR 118, temp 39.4, sats 94%, BP 108/70", E),
    ("52M RR 22, HR 104, temp 38.3, sats 95", U),
    ("BP 132/84, HR 78, temp 36.9, sats 98 on air", R),
    # very high blood pressure (NICE NG136; NHS high blood pressure)
    ("BP 205/118, sudden tearing back pain", E),
    ("190/125 with blurred vision and confused", E),
    ("BP 186/121 at the pharmacy, no symptoms at all", U),
    ("BP 182/115 today, back pain for years from lifting", U),
    # a collapse not come round from (NHS fainting)
    ("he collapsed and is still not right", E),
    ("grandad collapsed in the garden and still not himself an hour later", E),
    ("fainted at the sight of the needle, felt fine a minute later", R),
    # carbon monoxide in a home (NHS carbon monoxide poisoning)
    ("the CO alarm is going off and we all have headaches", E),
    ("old boiler, whole family dizzy and sick this morning", E),
    ("gas heater on all night and the whole family woke with headaches", E),
    ("we all have colds in the house, blocked noses", S),
    ("the CO alarm beeped once yesterday, we had it checked, all fine", U),
]


@pytest.mark.parametrize(("text", "want"), LEVELS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, "en")


# The suspected diagnosis is read as that condition's own red flag (its line and first aid).
SAID_AS: list[tuple[str, str]] = [
    ("?sepsis, chest source", "sepsis_signs"),
    ("query DKA", "ketoacidosis_signs"),
    ("r/o meningitis", "meningitis_signs"),
    ("?PE", "pulmonary_embolism_signs"),
    ("?aortic dissection", "aortic_dissection_signs"),
    ("?CES", "cauda_equina_signs"),
    ("?anaphylaxis after peanuts", "anaphylaxis"),
    ("?MI", "named_emergency"),
]


@pytest.mark.parametrize(("text", "flag"), SAID_AS)
def test_suspected_reads_as_its_red_flag(text: str, flag: str) -> None:
    found = rules().assess(text, "en", frozenset())
    assert flag in {f.id for f in found.fired}, [f.id for f in found.fired]


def test_routine_stays_routine() -> None:
    # a pharmacist's review note with normal readings is not escalated
    assert_level(rules(), "Pharm: 70F med review, BP 134/80, HR 70, no falls, well", R)

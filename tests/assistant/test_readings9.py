"""A blood sugar reading said a few words after its name, and a fit "for the first time".

"had the sugar checked at the clinic and it came back 8.2": the reading is the number after a
word that gives a result (each language's joins, or, in Hindi, the verb after the number), a
few words on. A number a few words on that is an age or a count is not a reading, so nobody is
read as having a hypo because their son is 2. Every message is our own.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel

from .support import rules

RULES = rules()
S, R, E = TriageLevel.SELF_CARE, TriageLevel.ROUTINE, TriageLevel.EMERGENCY

GAP_READINGS = [
    ("en", "got my blood sugar tested at work today and it came back 8.2 fasting", 8.2),
    ("en", "mum's glucose after her tea was 260 mg/dl", 14.4),
    ("es", "a mi abuela le midieron la glucosa en la farmacia y le salio 180", 10.0),
    ("pt", "minha glicose depois do almoço hoje deu 210", 11.7),
    ("sw", "sukari ya bibi jana jioni ilikuwa 9.4", 9.4),
    ("hi", "mummy ki sugar aaj subah khali pet 140 aayi", 7.8),
    ("hi", "पापा की शुगर कल रात खाने के बाद 230 आई", 12.8),
]


@pytest.mark.parametrize(("code", "text", "mmol"), GAP_READINGS)
def test_a_reading_a_few_words_after_its_name_is_read(code: str, text: str, mmol: float) -> None:
    a = RULES.assess(text, code)
    assert a.facts.vitals.glucose_mmol == pytest.approx(mmol, abs=0.1), text
    assert a.level.rank <= R.rank, text  # routine or more urgent


@pytest.mark.parametrize(
    "text",
    [
        "my sugar has been up and down and my son is 2",
        "my blood sugar is fine, my mum is 45 and has a cold",
        "sugar levels all ok, the baby is 3 weeks old",
        "my sugars were good so i walked 8000 steps",
        "sugar is fine but i weigh 110 kg now",
    ],
)
def test_an_age_or_count_a_few_words_on_is_not_a_reading(text: str) -> None:
    assert RULES.assess(text, "en").facts.vitals.glucose_mmol is None, text


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my 2 year old fitted for the first time tonight, she is drowsy", E),
        ("he fitted for the second time today", E),
        ("I was fitted for a new hearing aid yesterday", S),
    ],
)
def test_fitted_for_the_first_time_is_a_fit(text: str, level: TriageLevel) -> None:
    a = RULES.assess(text, "en")
    assert ("seizure" in a.present) == (level is E), text

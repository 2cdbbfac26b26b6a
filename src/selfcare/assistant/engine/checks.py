"""What a decision table cannot say, as small named functions rows refer to (``check:``).

Vital-sign scoring: adults by NEWS2 bands (RCP 2017; NICE NG51), children by age band
(NICE NG143 for the under-5s, common paediatric ranges above). Three facts tables have
no condition for: a duration said in the same sentence as one finding only (no fallback to
the message's duration), the person being said to be female (``sex`` tests one value;
"not female" includes not said), and a young child who got at medicines (no age under 10
among everyone mentioned, which an age row's "anyone mentioned" reading cannot say).
"""

from __future__ import annotations

import bisect

from selfcare.assistant.engine.rules import Case, Check
from selfcare.events import TriageLevel

E = TriageLevel.EMERGENCY
U = TriageLevel.URGENT


def _child_band(age: float | None) -> int:
    """0: under 1, 1: 1-5, 2: 5-12, 3: 12 and over (APLS-style bands)."""
    if age is None:
        return 1
    if age < 1:
        return 0
    if age < 5:
        return 1
    if age < 12:
        return 2
    return 3


# (amber = urgent, red = emergency) heart-rate and breathing-rate limits by band; NICE NG143
# gives the under-5 figures (breathing: amber over 50 under 1 year, over 40 from 1 year, red
# over 60 at any age under 5; WHO IMCI: fast breathing alone is pneumonia, treated the same
# day), the older bands follow common paediatric ranges.
_CHILD_HR = ((160, 180), (140, 165), (130, 150), (120, 140))
_CHILD_RR = ((50, 60), (40, 60), (30, 40), (25, 30))


def _bp_very_high(case: Case) -> bool:
    """A reading of 180/120 or more (NICE NG136: same-day assessment; 999 with symptoms)."""
    v = case.facts.vitals
    return (v.systolic_bp or 0) >= 180 or (v.diastolic_bp or 0) >= 120


def _vitals_are_a_childs(case: Case) -> bool:
    """Child limits only when the sentence with the numbers is about the child: a parent may
    write about a child and paste their own (or a relative's) observations."""
    if not case.child or case.over(16):
        return False
    u, at = case.u, case.facts.vitals.at
    if at is None or not u.child_mentions:
        # no child word at all: the child is known from an age ("2yo male, RR 52"), so the
        # numbers are theirs
        return True
    s = bisect.bisect_right(u.sentence_starts, at) - 1
    start = u.sentence_starts[s]
    end = u.sentence_starts[s + 1] if s + 1 < len(u.sentence_starts) else len(u.text)
    named = any(start <= pos < end for pos in u.child_mentions)
    return named or len(u.sentence_starts) == 1


# NEWS2 (RCP 2017) points per parameter, as (upper limit, points) bands in order; a reading
# above every limit scores the last band's points.
_NEWS2_BANDS: dict[str, tuple[tuple[float, int], ...]] = {
    "resp_rate": ((8, 3), (11, 1), (20, 0), (24, 2), (999, 3)),
    "spo2": ((91, 3), (93, 2), (95, 1), (100, 0)),
    "systolic_bp": ((90, 3), (100, 2), (110, 1), (219, 0), (999, 3)),
    "heart_rate": ((40, 3), (50, 1), (90, 0), (110, 1), (130, 2), (999, 3)),
    "temp": ((35.0, 3), (36.0, 1), (38.0, 0), (39.0, 1), (99, 2)),
}


def news2(case: Case) -> tuple[int, int]:
    """An adult's NEWS2 score over the readings given, and how many were given (RCP 2017:
    5 or more is an urgent response, 7 or more an emergency one; NICE NG51 uses it for
    suspected sepsis). A GCS under 15 (not alert) scores 3."""
    v = case.facts.vitals
    readings = {
        "resp_rate": v.resp_rate,
        "spo2": v.spo2,
        "systolic_bp": v.systolic_bp,
        "heart_rate": v.heart_rate,
        "temp": case.temp,
    }
    score = given = 0
    for name, value in readings.items():
        if value is None:
            continue
        given += 1
        score += next(points for limit, points in _NEWS2_BANDS[name] if value <= limit)
    if v.gcs is not None:
        given += 1
        score += 3 if v.gcs < 15 else 0
    return score, given


def vital_signs(case: Case) -> tuple[TriageLevel | None, str]:
    """The most urgent level the pasted vital signs call for, with a plain reason."""
    v = case.facts.vitals
    if not v.any() and case.temp is None:
        return None, ""
    child = _vitals_are_a_childs(case)
    red: list[str] = []
    amber: list[str] = []
    if v.spo2 is not None:
        if v.spo2 <= (92 if child else 91):
            red.append("low oxygen level")
        elif v.spo2 <= (95 if child else 93):
            amber.append("oxygen level lower than normal")
    if v.resp_rate is not None:
        if child:
            amber_rr, red_rr = _CHILD_RR[_child_band(case.age)]
        else:
            amber_rr, red_rr = 21, 25
        if v.resp_rate >= red_rr or v.resp_rate <= 8:
            red.append("very fast or very slow breathing")
        elif v.resp_rate >= amber_rr:
            amber.append("fast breathing")
    if v.heart_rate is not None:
        if child:
            amber_hr, red_hr = _CHILD_HR[_child_band(case.age)]
        else:
            amber_hr, red_hr = 111, 131
        if v.heart_rate >= red_hr or v.heart_rate < 40:
            red.append("very fast or very slow heart rate")
        elif v.heart_rate >= amber_hr:
            amber.append("fast heart rate")
    if v.systolic_bp is not None:
        low = 70 + 2 * int(case.age) if child and case.age is not None else 90
        if v.systolic_bp <= low:
            red.append("low blood pressure")
        elif v.systolic_bp <= 100 and not child:
            amber.append("blood pressure on the low side")
        elif _bp_very_high(case):
            # with the signs of a hypertensive emergency it is the red flag
            # bp_very_high_symptoms (its signs are listed there, once)
            amber.append("very high blood pressure")
    if v.gcs is not None and v.gcs < 15:
        red.append("reduced level of consciousness")
    if v.glucose_mmol is not None:
        if v.glucose_mmol < 3.0 and case.has(
            "drowsy", "confusion", "unresponsive", "seizure", "consciousness_low"
        ):
            red.append("very low blood sugar with drowsiness or confusion")
        elif v.glucose_mmol < 4.0 or v.glucose_mmol >= 20:
            amber.append("blood sugar far out of range")
    if v.cap_refill_s is not None and v.cap_refill_s >= 3:
        amber.append("slow skin colour return after pressing")
    t = case.temp
    if t is not None:
        if t <= 35.0:
            red.append("very low body temperature")
        elif t >= 41.0:
            red.append("very high temperature")
    if not child:
        # several readings each a little off add up (NEWS2 aggregate, adults only)
        score, given = news2(case)
        if given >= 2 and score >= 7:
            red.append("several readings out of range together")
        elif given >= 2 and score >= 5:
            amber.append("several readings out of range together")
    if red:
        return E, ", ".join(red)
    if amber:
        return U, ", ".join(amber)
    return None, ""


def testicle_pain_for_days(case: Case) -> bool:
    """Testicle pain said, in its own sentence, to have lasted 3 days or more."""
    days = case.u.local_duration("testicle_pain")
    return days is not None and days >= 3


def young_child_took_medicines(case: Case) -> bool:
    """A child under 10 got at medicines: poisoning, not an overdose for crisis support. Not
    an age row: a row's age reads "anyone mentioned", and here a parent's age must not count."""
    return case.has("child_ate_meds") and case.under(10)


def _glucose(case: Case) -> float | None:
    return case.facts.vitals.glucose_mmol


def said_like_crisis(case: Case, *, strict: bool) -> bool:
    """The crisis model's judgement, never over the person's own denial ("no thoughts of
    harming myself"): rows the rules alone fire still do whatever is denied, the model's
    guess not."""
    return case.u.negated.isdisjoint(("suicidal_thoughts", "self_harm")) and (
        case.said_like_crisis(E, strict=strict)
    )


def glucose_band(case: Case) -> str | None:
    """A blood sugar reading's band (WHO 2006 and NICE NG28 cut-offs, mmol/L): fasting 6.1-6.9
    or 7.8-11.0 at another time is above normal ("raised": a proper test is due); fasting 7.0
    or more, or 11.1 or more at any time, is in the diabetes range. 20 or more is read by the
    vital signs and the glucose_high finding; under 4 is a hypo (glucose_low)."""
    g = _glucose(case)
    if g is None or g < 4.0 or g >= 20.0:
        return None
    fasting = case.has("glucose_fasting")
    if g >= 11.1 or (fasting and g >= 7.0):
        return "diabetes_range"
    if (fasting and g >= 6.1) or (not fasting and g >= 7.8):
        return "raised"
    return None


CHECKS: dict[str, Check] = {
    # A blood sugar reading (mmol/L; mg/dL readings are converted when read).
    "glucose_very_low": lambda c: (g := _glucose(c)) is not None and g < 3.0,
    "glucose_low": lambda c: (g := _glucose(c)) is not None and g < 4.0,
    "glucose_high": lambda c: (g := _glucose(c)) is not None and g >= 20.0,
    "glucose_raised_range": lambda c: glucose_band(c) == "raised",
    "glucose_diabetes_range": lambda c: glucose_band(c) == "diabetes_range",
    # 11.1 mmol/L or more: with symptoms, high blood sugar that needs a doctor (NICE NG17)
    "glucose_over_11": lambda c: (g := _glucose(c)) is not None and g >= 11.1,
    # Severe hypertension in pregnancy (NICE NG133: 160/110 or more).
    "bp_severe": lambda c: (
        (c.facts.vitals.systolic_bp or 0) >= 160 or (c.facts.vitals.diastolic_bp or 0) >= 110
    ),
    "bp_very_high_reading": _bp_very_high,
    # An INR of 5 or more on warfarin, bleeding or not: the anticoagulation clinic or a doctor
    # the same day (NICE CKS oral anticoagulation, warfarin: withhold, vitamin K over 8)
    "inr_high": lambda c: (c.facts.vitals.inr or 0) >= 5.0,
    "vital_signs_red": lambda c: vital_signs(c)[0] is E,
    "vital_signs_amber": lambda c: vital_signs(c)[0] is U,
    "testicle_pain_for_days": testicle_pain_for_days,
    "female": lambda c: c.facts.sex == "female",
    "young_child_took_medicines": young_child_took_medicines,
    # Said like a suicide crisis by the learned crisis model (knowledge/crisis/): its row
    # needs two warning signs the rules read, and the model judges whether the words around
    # them carry the intent. At the strict threshold for a row that reads ONE sign: the model
    # must be surer where the rules give it less ("got two bottles of weedkiller from the shed,
    # how much would a person need").
    "said_like_crisis": lambda c: said_like_crisis(c, strict=False),
    "said_like_crisis_strict": lambda c: said_like_crisis(c, strict=True),
}

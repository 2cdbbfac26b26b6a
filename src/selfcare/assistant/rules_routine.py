"""Routine: book an ordinary appointment in the coming days or weeks.

Mostly "it has gone on too long" or "it needs looking at, not today": the thresholds come
from the NHS condition pages and NICE NG12 (recognition and referral of suspected cancer).
"""

from __future__ import annotations

from selfcare.assistant.rules import NHS, Case, R, Rule

_NG12 = "https://www.nice.org.uk/guidance/ng12"

# Findings that are symptoms (not context), for "it has gone on for weeks and is not better".
_SYMPTOMS = (
    "cough",
    "sore_throat",
    "headache",
    "abdo_pain",
    "back_pain",
    "joint_pain",
    "rash",
    "earache",
    "diarrhoea",
    "vomiting",
    "nausea",
    "dizzy",
    "tired",
    "insomnia",
    "hives",
    "eczema",
    "heartburn",
    "nasal",
    "hoarse",
    "lump",
    "mouth_ulcer",
    "limb_numb",
    "hand_numb",
    "wheeze",
    "breathless",
    "palpitations",
    "eye_red",
    "hearing_loss",
    "urinary",
    "urinary_frequency",
)


def _weight_loss(c: Case) -> bool:
    if not c.has("weight_loss") or c.said("trying to lose") or c.said("diet"):
        return c.has("weight_loss") and c.has("unexplained")
    return True


def _lump(c: Case) -> bool:
    if c.has("breast_change"):
        return True
    if not c.has("lump"):
        return False
    return c.has("lump_persistent") or c.dur("lump") >= 14 or c.said("testicle")


def _bowel(c: Case) -> bool:
    if not c.has("bowel_change"):
        return False
    return c.over(50) or c.dur("bowel_change") >= 21 or c.has("rectal_blood", "weight_loss")


def _mood(c: Case) -> bool:
    if c.has("low_mood") and (c.dur("low_mood") >= 14 or c.has("chronic_marker", "affects_life")):
        return True
    return c.has("anxiety") and (c.dur("anxiety") >= 14 or c.has("chronic_marker", "affects_life"))


def _persistent(c: Case) -> bool:
    if c.dur() < 21 or not c.has(*_SYMPTOMS):
        return False
    return c.has("not_improving") or c.dur() >= 42


def _prostate(c: Case) -> bool:
    if c.facts.sex == "female":
        return False
    older_man = c.male and c.over(50)
    return c.has("prostate_like") or (
        older_man and c.has("urinary_frequency") and not c.has("thirst")
    )


def _fertility(c: Case) -> bool:
    if not c.has("fertility"):
        return False
    return c.dur("fertility") >= 365 or (c.over(35) and c.dur("fertility") >= 180)


RULES: tuple[Rule, ...] = (
    Rule(
        "persistent_cough",
        R,
        "a cough lasting more than 3 weeks",
        NHS + "cough/",
        lambda c: c.has("cough") and c.dur("cough") >= 21,
        topic="cough",
    ),
    Rule(
        "hoarse_voice_3_weeks",
        R,
        "a hoarse voice for more than 3 weeks",
        _NG12,
        lambda c: c.has("hoarse") and c.dur("hoarse") >= 21,
        topic="hoarse_voice",
    ),
    Rule(
        "changing_mole",
        R,
        "a mole that is changing in size, shape or colour",
        NHS + "moles/",
        lambda c: c.has("mole_change"),
        topic="mole_changes",
    ),
    Rule(
        "unexplained_weight_loss",
        R,
        "weight loss without trying",
        NHS + "unintentional-weight-loss/",
        _weight_loss,
        topic="weight_loss_unexplained",
    ),
    Rule(
        "persistent_lump",
        R,
        "a lump that has lasted 2 weeks or more, or a breast change",
        NHS + "lumps/",
        _lump,
        topic="lumps_swellings",
    ),
    Rule(
        "bowel_habit_change",
        R,
        "a change in bowel habit lasting weeks, or over 50",
        NHS + "bowel-cancer/symptoms/",
        _bowel,
        topic="bowel_changes",
    ),
    Rule(
        "rectal_bleeding",
        R,
        "blood in the poo or from the bottom",
        NHS + "bleeding-from-the-bottom-rectal-bleeding/",
        lambda c: c.has("rectal_blood"),
    ),
    Rule(
        "urinary_symptoms_older_men",
        R,
        "getting up at night to pee, or a weak or stop-start flow",
        NHS + "prostate-enlargement/",
        _prostate,
        topic="urinary_problems_men",
    ),
    Rule(
        "memory_problems",
        R,
        "memory problems that have come on over months",
        NHS + "dementia/symptoms-and-diagnosis/",
        lambda c: c.has("memory"),
        topic="memory_problems",
    ),
    Rule(
        "heavy_periods",
        R,
        "heavy periods",
        NHS + "heavy-periods/",
        lambda c: c.has("heavy_periods"),
        topic="heavy_periods",
    ),
    Rule(
        "abnormal_vaginal_bleeding",
        R,
        "bleeding between periods, after sex or after the menopause",
        _NG12,
        lambda c: c.has("abnormal_bleeding"),
    ),
    Rule(
        "sleep_apnoea_signs",
        R,
        "snoring with pauses in breathing or daytime sleepiness",
        NHS + "sleep-apnoea/",
        lambda c: c.has("apnoea") or (c.has("snoring") and c.has("drowsy", "tired")),
        topic="snoring_sleep_apnoea",
    ),
    Rule(
        "persistent_low_mood_or_anxiety",
        R,
        "low mood or anxiety for 2 weeks or more, or affecting daily life",
        NHS + "mental-health/",
        _mood,
    ),
    Rule(
        "recurrent_headaches",
        R,
        "headaches that keep coming back over weeks or months",
        NHS + "headaches/",
        lambda c: c.has("headache") and (c.dur("headache") >= 28 or c.has("chronic_marker")),
        topic="headache",
    ),
    Rule(
        "carpal_tunnel_pattern",
        R,
        "numbness or tingling in the hand for weeks or at night",
        NHS + "carpal-tunnel-syndrome/",
        lambda c: (
            c.has("hand_numb")
            and not c.has("sudden")
            and (c.dur("hand_numb") >= 7 or c.has("chronic_marker") or c.said("night"))
        ),
        topic="hand_numbness",
    ),
    Rule(
        "fertility_12_months",
        R,
        "not pregnant after a year of trying (6 months if 35 or over)",
        NHS + "infertility/",
        _fertility,
        topic="fertility",
    ),
    Rule(
        "tiredness_weeks",
        R,
        "tiredness for weeks without a clear reason",
        NHS + "tiredness-and-fatigue/",
        lambda c: c.has("tired") and c.dur("tired") >= 21,
        topic="fatigue",
    ),
    Rule(
        "thirst_and_weeing",
        R,
        "being very thirsty and peeing a lot",
        NHS + "type-2-diabetes/symptoms/",
        lambda c: c.all("thirst", "urinary_frequency"),
        topic="thirst_urination",
    ),
    Rule(
        "persistent_joint_pain",
        R,
        "joint pain or stiffness for weeks",
        NHS + "joint-pain/",
        lambda c: c.has("joint_pain") and (c.dur("joint_pain") >= 14 or c.has("chronic_marker")),
        topic="joint_pain",
    ),
    Rule(
        "eczema_not_controlled",
        R,
        "eczema not getting better with treatment from the pharmacy",
        NHS + "atopic-eczema/",
        lambda c: c.has("eczema") and c.has("not_improving", "meds_failing"),
        topic="eczema",
    ),
    Rule(
        "heartburn_3_weeks",
        R,
        "heartburn or indigestion most days for 3 weeks or more",
        NHS + "heartburn-and-acid-reflux/",
        lambda c: (
            c.has("heartburn")
            and (c.dur("heartburn") >= 21 or c.has("chronic_marker", "not_improving"))
        ),
        topic="heartburn",
    ),
    Rule(
        "swallowing_difficulty",
        R,
        "food getting stuck when swallowing",
        _NG12,
        lambda c: c.has("dysphagia"),
    ),
    Rule(
        "mouth_ulcer_3_weeks",
        R,
        "a mouth ulcer lasting more than 3 weeks",
        NHS + "mouth-ulcers/",
        lambda c: c.has("mouth_ulcer") and c.dur("mouth_ulcer") >= 21,
        topic="mouth_ulcers",
    ),
    Rule(
        "sore_throat_week",
        R,
        "a sore throat lasting more than a week",
        NHS + "sore-throat/",
        lambda c: c.has("sore_throat") and c.dur("sore_throat") >= 7,
        topic="sore_throat",
    ),
    Rule(
        "back_pain_weeks",
        R,
        "back pain not improving after several weeks",
        NHS + "back-pain/",
        lambda c: c.has("back_pain") and c.dur("back_pain") >= 28,
        topic="back_pain",
    ),
    Rule(
        "earache_3_days",
        R,
        "earache lasting more than 3 days",
        NHS + "earache/",
        lambda c: c.has("earache") and c.dur("earache") >= 3,
        topic="earache",
    ),
    Rule(
        "palpitations",
        R,
        "a racing or irregular heartbeat that keeps happening",
        NHS + "heart-palpitations/",
        lambda c: c.has("palpitations") and not c.has("anxiety"),
    ),
    Rule(
        "night_sweats",
        R,
        "night sweats for weeks",
        NHS + "night-sweats/",
        lambda c: (
            c.has("night_sweats") and (c.dur("night_sweats") >= 14 or c.has("chronic_marker"))
        ),
    ),
    Rule(
        "shingles",
        R,
        "a painful blistering rash on one side of the body",
        NHS + "shingles/",
        lambda c: c.has("shingles"),
    ),
    Rule(
        "tick_bite_rash",
        R,
        "a rash or flu-like illness after a tick bite",
        NHS + "lyme-disease/",
        lambda c: c.has("tick") and (c.has("rash", "flu_like") or c.fever),
    ),
    Rule(
        "insomnia_months",
        R,
        "sleep problems for months",
        NHS + "insomnia/",
        lambda c: c.has("insomnia") and c.dur("insomnia") >= 90,
        topic="insomnia",
    ),
    Rule(
        "constipation_weeks",
        R,
        "constipation for weeks",
        NHS + "constipation/",
        lambda c: c.said("constipat") and c.dur() >= 21,
        topic="constipation",
    ),
    Rule(
        "breathless_long_term",
        R,
        "breathlessness over weeks",
        NHS + "shortness-of-breath/",
        lambda c: c.has("breathless") and c.chronic,
    ),
    Rule(
        "persistent_symptoms",
        R,
        "symptoms lasting 3 weeks or more without getting better",
        NHS + "",
        _persistent,
    ),
)

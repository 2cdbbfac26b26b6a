"""Urgent: be seen by a doctor, urgent care or an out-of-hours service today (within 24 h)."""

from __future__ import annotations

from selfcare.assistant.rules import NHS, Case, Rule, U, vital_signs

_NG143 = "https://www.nice.org.uk/guidance/ng143"
_FEVER_CHILD = NHS + "fever-in-children/"
_FEVER_ADULT = NHS + "fever-in-adults/"
_SUICIDE = "https://www.nhs.uk/mental-health/feelings-symptoms-behaviours/behaviours/help-for-suicidal-thoughts/"
_SELF_HARM = "https://www.nhs.uk/mental-health/conditions/self-harm/"
_PSYCHOSIS = "https://www.nhs.uk/mental-health/conditions/psychosis/"
_UTI = NHS + "urinary-tract-infections-utis/"
_PREG = "https://www.nhs.uk/pregnancy/related-conditions/common-symptoms/vaginal-bleeding/"
_PREG_PROBLEMS = "https://www.nhs.uk/pregnancy/related-conditions/"


def _dvt(c: Case) -> bool:
    if c.has("leg_swollen") and c.has("leg_hot_painful", "clot_risk", "recent_surgery"):
        return True
    if c.has("leg_hot_painful") and c.has("clot_risk", "recent_surgery"):
        return True
    return c.has("dvt_word") and not c.said("years ago") and c.has("leg_hot_painful", "leg_swollen")


def _child_fever(c: Case) -> bool:
    if not (c.child and c.fever):
        return False
    if c.has("meds_failing", "not_feeding", "dehydration_signs", "nappies_reduced", "inconsolable"):
        return True
    if c.dur("fever") >= 5 or c.has("rash", "drowsy", "breathless", "rigors", "limb_weak"):
        return True
    t = c.temp or 0.0
    return (c.under(0.5) and t >= 39.0) or t >= 40.0 or c.baby


def _adult_fever(c: Case) -> bool:
    if c.child or not c.fever:
        return False
    if c.dur("fever") >= 5 or c.has("meds_failing", "rash", "severe", "confusion"):
        return True
    return c.pregnant or c.facts.postpartum or c.over(75) or (c.temp or 0.0) >= 40.0


def _pyelo(c: Case) -> bool:
    return c.has("urinary") and (c.fever or c.has("flank_pain", "rigors", "vomiting"))


def _uti_risk(c: Case) -> bool:
    if not c.has("urinary"):
        return False
    return c.child or c.pregnant or c.male or c.over(65) or c.has("haematuria")


def _appendicitis(c: Case) -> bool:
    if c.has("appendicitis_word") and c.has("abdo_pain", "rif_pain"):
        return True
    if c.has("rif_pain") and (
        c.has("migrating_pain", "pain_on_moving", "vomiting", "nausea") or c.fever
    ):
        return True
    return c.has("abdo_pain") and c.has("pain_on_moving") and (c.fever or c.has("vomiting"))


def _abdo(c: Case) -> bool:
    if not c.has("abdo_pain"):
        return False
    if c.fever or c.has("vomit_persistent", "severe", "jaundice", "bowel_obstruction"):
        return True
    return c.over(65) and c.has("vomiting")


def _pregnancy(c: Case) -> bool:
    if not c.pregnant:
        return False
    if c.has("vaginal_bleed", "waters_broken", "labour", "pregnancy_itch", "vomit_persistent"):
        return True
    if c.has("bleeding") and not c.has("nosebleed", "wound_deep", "rectal_blood"):
        return True
    if c.has("abdo_pain") and c.has("severe", "sudden", "one_sided", "fever"):
        return True
    late = (c.weeks() or 0) >= 20
    return late and (c.has("sudden_swelling") or (c.has("headache") and c.has("severe")))


def _vomiting(c: Case) -> bool:
    if c.has("vomit_persistent"):
        return True
    if c.has("vomiting") and (c.dur("vomiting") >= 2 or (c.baby and c.has("diarrhoea"))):
        return True
    weeks_long = c.dur("diarrhoea") >= 28 or c.has("bowel_change")  # a change of habit: routine
    if c.has("diarrhoea") and not weeks_long and (c.dur("diarrhoea") >= 7 or c.has("rectal_blood")):
        return True
    return c.has("vomiting", "diarrhoea") and c.has("dehydration_signs", "no_urine")


def _eye(c: Case) -> bool:
    if c.has("eye_injury"):
        return True
    if c.has("eye_pain") and c.has("eye_red", "photophobia", "vision_disturbed", "contact_lens"):
        return True
    if c.has("eye_red") and c.has("photophobia", "vision_disturbed"):
        return True
    return c.has("vision_disturbed") and c.said("flash") and c.has("sudden")


def _hearing(c: Case) -> bool:
    if not c.has("hearing_loss") or c.has("earwax", "cold", "nasal", "earache"):
        return False
    return not c.chronic and (c.has("sudden") or c.dur("hearing_loss") <= 3)


def _chest_pain(c: Case) -> bool:
    return c.has("chest_pain") and not (c.has("heartburn") and c.chronic)


def _breathless(c: Case) -> bool:
    if not c.has("breathless") or c.has("apnoea"):
        return False
    return not (c.chronic and not c.has("not_improving", "sudden"))


def _asthma(c: Case) -> bool:
    if c.has("asthma") and c.has("reliever_more", "reliever_failing", "breathless", "chest_tight"):
        return True
    return c.has("copd") and c.has("breathless", "sputum_coloured", "not_improving")


def _child_breathing(c: Case) -> bool:
    return c.child and c.has("breathless", "wheeze") and not c.has("nasal", "cold")


def _kidney_stone(c: Case) -> bool:
    if c.baby or not c.has("colicky", "haematuria", "severe"):
        return False
    return c.has("flank_pain") or (c.has("colicky") and not c.has("abdo_pain"))


def _shingles_eye(c: Case) -> bool:
    if c.has("shingles") and (c.has("near_eye", "immunosuppressed") or c.pregnant):
        return True
    blistering = c.has("blisters", "severe") or c.said("painful")
    return c.has("rash_face_eye") and blistering and not c.has("chickenpox", "eczema")


def _crisis_thoughts(c: Case) -> bool:
    return c.has("suicidal_thoughts", "self_harm")


def _vitals_amber(c: Case) -> bool:
    return vital_signs(c)[0] is U


def _head_injury(c: Case) -> bool:
    return c.has("head_injury") and (c.baby or c.over(65) or c.has("headache", "dizzy", "nausea"))


def _burn(c: Case) -> bool:
    if not c.has("burn"):
        return False
    return c.has("blisters") and (c.child or c.said("hand") or c.said("face") or c.said("foot"))


RULES: tuple[Rule, ...] = (
    Rule(
        "suicidal_thoughts",
        U,
        "thoughts of suicide or self-harm without a plan to act now",
        _SUICIDE,
        _crisis_thoughts,
        crisis=True,
        topic="low_mood",
    ),
    Rule(
        "harm_to_others",
        U,
        "thoughts of harming someone else",
        _SUICIDE,
        lambda c: c.has("harm_others"),
        crisis=True,
    ),
    Rule(
        "psychosis_signs",
        U,
        "hearing voices, seeing things or feeling watched",
        _PSYCHOSIS,
        lambda c: c.has("psychosis"),
    ),
    Rule("vital_signs_amber", U, "vital signs outside the normal range", _NG143, _vitals_amber),
    Rule("chest_pain", U, "chest pain", NHS + "chest-pain/", _chest_pain),
    Rule(
        "breathlessness",
        U,
        "new or worsening shortness of breath",
        NHS + "shortness-of-breath/",
        _breathless,
    ),
    Rule(
        "asthma_worsening",
        U,
        "asthma or COPD getting worse, needing the reliever more often",
        NHS + "asthma/asthma-attack/",
        _asthma,
    ),
    Rule(
        "child_breathing",
        U,
        "a child who is wheezy or breathing faster than normal",
        _NG143,
        _child_breathing,
    ),
    Rule(
        "chest_infection_signs",
        U,
        "cough and fever with breathlessness or pain on breathing",
        NHS + "chest-infection/",
        lambda c: c.has("cough") and c.fever and c.has("breathless", "pleuritic", "chest_pain"),
    ),
    Rule(
        "coughing_blood",
        U,
        "coughing up blood",
        NHS + "coughing-up-blood/",
        lambda c: c.has("haemoptysis"),
    ),
    Rule(
        "dvt_signs",
        U,
        "a swollen, warm, painful calf or leg",
        NHS + "deep-vein-thrombosis-dvt/",
        _dvt,
    ),
    Rule(
        "collapse_recovered",
        U,
        "fainting or collapsing, now recovered",
        NHS + "fainting/",
        lambda c: c.has("collapse"),
    ),
    Rule(
        "seizure_known_epilepsy",
        U,
        "a seizure in someone with epilepsy who has recovered",
        NHS + "epilepsy/",
        lambda c: c.has("seizure"),
    ),
    Rule(
        "choking_recovered",
        U,
        "a choking episode, now cleared",
        NHS + "choking/",
        lambda c: c.has("choking"),
    ),
    Rule(
        "palpitations_dizzy",
        U,
        "a racing heartbeat with dizziness",
        NHS + "heart-palpitations/",
        lambda c: (
            c.has("palpitations") and c.has("dizzy", "faint_feeling") and not c.has("anxiety")
        ),
    ),
    Rule(
        "cellulitis_signs",
        U,
        "red, hot, swollen skin that is spreading, or an infected wound",
        NHS + "cellulitis/",
        lambda c: c.has("cellulitis", "wound_infected"),
    ),
    Rule(
        "kidney_infection_signs",
        U,
        "pain when peeing with a temperature, shivers or pain in the back under the ribs",
        NHS + "kidney-infection/",
        _pyelo,
        topic="uti_symptoms",
    ),
    Rule(
        "uti_higher_risk",
        U,
        "urine infection symptoms in a child, a man, someone pregnant or "
        "over 65, or with blood in the pee",
        _UTI,
        _uti_risk,
        topic="uti_symptoms",
    ),
    Rule(
        "kidney_stone_signs",
        U,
        "severe pain in the side or back that comes in waves",
        NHS + "kidney-stones/",
        _kidney_stone,
    ),
    Rule(
        "blood_in_urine",
        U,
        "blood in the pee",
        NHS + "blood-in-urine/",
        lambda c: c.has("haematuria"),
    ),
    Rule(
        "appendicitis_pattern",
        U,
        "tummy pain that moved to the lower right side or is worse when moving or coughing",
        NHS + "appendicitis/",
        _appendicitis,
    ),
    Rule(
        "abdominal_pain_red_flags",
        U,
        "tummy pain with a temperature, severe pain or constant vomiting",
        NHS + "stomach-ache/",
        _abdo,
    ),
    Rule(
        "testicle_pain",
        U,
        "pain or swelling in a testicle",
        NHS + "testicle-pain/",
        lambda c: c.has("testicle_pain"),
    ),
    Rule(
        "hernia_painful",
        U,
        "a painful lump in the groin",
        NHS + "inguinal-hernia-repair/",
        lambda c: c.has("hernia") and c.has("hernia_stuck", "severe", "vomiting"),
    ),
    Rule(
        "melaena",
        U,
        "black, tarry poo",
        NHS + "bleeding-from-the-bottom-rectal-bleeding/",
        lambda c: c.has("melaena"),
    ),
    Rule("jaundice", U, "yellow skin or eyes", NHS + "jaundice/", lambda c: c.has("jaundice")),
    Rule(
        "pregnancy_concerns",
        U,
        "pregnancy with bleeding, fluid leaking, itching of the hands "
        "and feet, constant vomiting, or pain",
        _PREG_PROBLEMS,
        _pregnancy,
    ),
    Rule(
        "pregnancy_chickenpox_contact",
        U,
        "pregnant and in contact with chickenpox, with no known immunity",
        NHS + "chickenpox/",
        lambda c: c.pregnant and c.has("chickenpox") and not c.has("pox_immune"),
    ),
    Rule(
        "pregnancy_fever_or_infection",
        U,
        "pregnant with a temperature or urine infection symptoms",
        _PREG,
        lambda c: c.pregnant and (c.fever or c.has("urinary")),
    ),
    Rule(
        "postnatal_concerns",
        U,
        "after giving birth: fever, heavy bleeding or a painful leg",
        NHS + "baby/support-and-services/your-post-pregnancy-body/",
        lambda c: (
            c.facts.postpartum and (c.fever or c.has("bleeding", "leg_hot_painful", "abdo_pain"))
        ),
    ),
    Rule(
        "child_fever_concerns",
        U,
        "a child with a high temperature that will not come down, for "
        "5 days or more, or with poor drinking or a rash",
        _FEVER_CHILD,
        _child_fever,
        topic="fever_child",
    ),
    Rule(
        "adult_fever_concerns",
        U,
        "a high temperature for 5 days or more, or with a rash or severe symptoms",
        _FEVER_ADULT,
        _adult_fever,
        topic="fever_adult",
    ),
    Rule(
        "malaria_risk",
        U,
        "fever or flu-like symptoms after travel to a malaria area",
        NHS + "malaria/",
        lambda c: (
            c.has("travel_malaria")
            and (c.fever or c.has("rigors", "flu_like", "sweating", "night_sweats"))
        ),
    ),
    Rule(
        "child_uti",
        U,
        "a child with symptoms of a urine infection",
        _UTI,
        lambda c: c.child and c.has("urinary"),
        topic="uti_symptoms",
    ),
    Rule(
        "child_thirst_weeing",
        U,
        "a child who is very thirsty and peeing a lot",
        NHS + "type-1-diabetes/",
        lambda c: c.child and c.all("thirst", "urinary_frequency"),
    ),
    Rule(
        "dehydration_baby",
        U,
        "a baby or child with fewer wet nappies or signs of dehydration",
        NHS + "dehydration/",
        lambda c: (c.baby or c.child) and c.has("nappies_reduced", "dehydration_signs", "no_urine"),
    ),
    Rule(
        "baby_not_feeding",
        U,
        "a baby who is not feeding normally",
        NHS + "baby/health/is-your-baby-or-toddler-seriously-ill/",
        lambda c: c.baby and c.has("not_feeding"),
    ),
    Rule(
        "vomiting_diarrhoea_persistent",
        U,
        "vomiting that will not stop, for 2 days or more, or "
        "diarrhoea for 7 days or more or with blood",
        NHS + "diarrhoea-and-vomiting/",
        _vomiting,
    ),
    Rule(
        "scarlet_fever_pattern",
        U,
        "a rough, sandpaper-like rash with sore throat or a strawberry tongue",
        NHS + "scarlet-fever/",
        lambda c: (
            c.has("scarlet") or (c.child and c.has("rash") and c.has("sore_throat") and c.fever)
        ),
    ),
    Rule(
        "dental_abscess_signs",
        U,
        "toothache with a swollen face or a temperature",
        NHS + "dental-abscess/",
        lambda c: c.has("toothache") and (c.has("face_swelling") or c.fever),
        topic="toothache",
    ),
    Rule(
        "earache_child_severe",
        U,
        "a young child with severe ear pain not eased by painkillers, or swelling behind the ear",
        NHS + "earache/",
        lambda c: c.has("mastoid") or (c.has("earache") and c.has("meds_failing") and c.child),
        topic="earache",
    ),
    Rule(
        "object_in_nose_or_ear",
        U,
        "something stuck in the nose or ear",
        NHS + "foreign-body-in-the-ear-or-nose/",
        lambda c: c.has("object_in_orifice"),
    ),
    Rule(
        "shingles_near_eye",
        U,
        "a painful blistering rash near the eye, or in someone with a weak immune system",
        NHS + "shingles/",
        _shingles_eye,
    ),
    Rule("sudden_hearing_loss", U, "sudden loss of hearing", NHS + "hearing-loss/", _hearing),
    Rule(
        "eye_red_painful",
        U,
        "a painful red eye, light sensitivity or a contact lens wearer with a sore eye",
        NHS + "red-eye/",
        _eye,
    ),
    Rule(
        "animal_bite",
        U,
        "an animal or human bite that broke the skin",
        NHS + "animal-and-human-bites/",
        lambda c: c.has("animal_bite") and (c.has("skin_broken") or c.said("bat")),
    ),
    Rule(
        "possible_fracture",
        U,
        "a possible broken bone (very swollen, misshapen or cannot bear weight)",
        NHS + "broken-arm-or-wrist/",
        lambda c: c.has("fracture") or (c.has("fracture_sign") and c.has("injury")),
    ),
    Rule(
        "deep_wound",
        U,
        "a deep or gaping cut that may need stitches",
        NHS + "cuts-and-grazes/",
        lambda c: c.has("wound_deep"),
    ),
    Rule(
        "burn_blistered",
        U,
        "a blistered burn on the hand, face or foot, or on a child",
        NHS + "burns-and-scalds/",
        _burn,
        topic="minor_burns",
    ),
    Rule(
        "head_injury_check",
        U,
        "a head injury in a baby or older person, or with headache or dizziness",
        NHS + "head-injury-and-concussion/",
        _head_injury,
    ),
    Rule(
        "hot_swollen_joint",
        U,
        "a hot, red, swollen joint",
        NHS + "joint-pain/",
        lambda c: c.has("joint_swollen") and c.has("joint_hot") and not c.has("injury"),
    ),
    Rule(
        "child_limp",
        U,
        "a child who is limping or will not walk, without an injury",
        NHS + "limp-in-children/",
        lambda c: c.child and c.has("child_limp") and not c.has("injury", "fall"),
    ),
    Rule(
        "headache_red_flags",
        U,
        "a headache with jaw pain on chewing or a tender scalp, or with a temperature",
        NHS + "headaches/",
        lambda c: c.has("headache") and (c.has("gca") or (c.fever and c.has("vomiting", "severe"))),
    ),
    Rule(
        "unexplained_bruising",
        U,
        "bruising or tiny spots without a known cause",
        "https://www.nice.org.uk/guidance/ng12",
        lambda c: c.has("bruising_unexplained"),
    ),
    Rule(
        "diabetes_unwell",
        U,
        "diabetes with vomiting or blood sugar far out of range",
        NHS + "diabetes/",
        lambda c: c.has("diabetes") and c.has("vomiting", "dka_signs"),
    ),
    Rule(
        "drowsy",
        U,
        "unusual drowsiness",
        NHS + "sepsis/",
        lambda c: c.has("drowsy") and not c.has("snoring", "apnoea", "insomnia", "tired"),
    ),
    Rule(
        "dysphagia_acute",
        U,
        "food getting stuck when swallowing",
        NHS + "swallowing-problems/",
        lambda c: c.has("dysphagia") and c.has("sudden"),
    ),
)

"""Red flags: call the emergency number or go to the emergency department now.

These run on every message, whatever else it says. A reassuring phrase elsewhere ("probably
nothing", "he seems fine") never removes a red flag; only a negation of the finding itself
("no chest pain") does, and that is decided in ``understanding``.
"""

from __future__ import annotations

import re

from selfcare.assistant.rules import NHS, Case, E, Rule, vital_signs

_HEART = "https://www.nhs.uk/conditions/heart-attack/"
_CHEST = NHS + "chest-pain/"
_STROKE = NHS + "stroke/symptoms/"
_BREATH = NHS + "shortness-of-breath/"
_ASTHMA = NHS + "asthma/asthma-attack/"
_ANAPH = NHS + "anaphylaxis/"
_MENING = NHS + "meningitis/"
_SEPSIS = NHS + "sepsis/"
_NG51 = "https://www.nice.org.uk/guidance/ng51"
_HEADINJ = NHS + "head-injury-and-concussion/"
_SAH = NHS + "subarachnoid-haemorrhage/"
_SEIZ = NHS + "epilepsy/what-to-do-if-someone-has-a-seizure-fit/"
_BABY = "https://www.nhs.uk/conditions/baby/health/is-your-baby-or-toddler-seriously-ill/"
_NG143 = "https://www.nice.org.uk/guidance/ng143"
_SUICIDE = "https://www.nhs.uk/mental-health/feelings-symptoms-behaviours/behaviours/help-for-suicidal-thoughts/"
_PARACETAMOL = "https://www.nhs.uk/medicines/paracetamol-for-adults/"
_POISON = NHS + "poisoning/"
_CUTS = NHS + "cuts-and-grazes/"
_BURNS = NHS + "burns-and-scalds/"
_PREG_BLEED = "https://www.nhs.uk/pregnancy/related-conditions/common-symptoms/vaginal-bleeding/"
_PRE_ECL = NHS + "pre-eclampsia/"
_MOVES = "https://www.nhs.uk/pregnancy/keeping-well/your-babys-movements/"
_ECTOPIC = NHS + "ectopic-pregnancy/"
_PE = NHS + "pulmonary-embolism/"
_VOMIT_BLOOD = NHS + "vomiting-blood/"
_TESTIS = NHS + "testicle-pain/"
_HYPO = NHS + "low-blood-sugar-hypoglycaemia/"
_DKA = NHS + "diabetic-ketoacidosis/"
_CAUDA = NHS + "cauda-equina-syndrome/"
_DEHYD = NHS + "dehydration/"
_STOMACH = NHS + "stomach-ache/"
_NOSE = NHS + "nosebleed/"
_EYE = NHS + "red-eye/"
_VISION = NHS + "vision-loss/"
_CHOKING = NHS + "choking/"
_BROKEN = NHS + "broken-leg/"
_FALLS = NHS + "falls/"
_RETENTION = NHS + "urinary-retention/"
_SORE_THROAT = NHS + "sore-throat/"
_DENTAL = NHS + "dental-abscess/"
_PALP = NHS + "heart-palpitations/"
_BATTERY = "https://www.alderhey.nhs.uk/conditions/symptoms-checker/swallowed-something/"
_HEAT = NHS + "heat-exhaustion-heatstroke/"
_ELECTRIC = "https://www.nhs.uk/conditions/first-aid/"
_LIMB = NHS + "peripheral-arterial-disease-pad/"
_AAA = NHS + "abdominal-aortic-aneurysm/"
_HERNIA = NHS + "inguinal-hernia-repair/"


def _cardiac_chest(c: Case) -> bool:
    if not c.has("chest_pain", "chest_tight"):
        return False
    if c.has("pain_radiates", "sweating", "nausea", "vomiting", "collapse", "faint_feeling"):
        return c.has("chest_pain") or not c.has("asthma", "wheeze")
    airway_cause = c.has("asthma", "wheeze", "cough", "cold", "nasal")
    if c.has("breathless") and c.has("chest_pain") and not airway_cause:
        return True
    if c.has("chest_tight") and not airway_cause and not c.chronic_near("chest_tight"):
        return True
    return c.has("chest_pain") and c.has("sudden") and c.has("severe")


def _stroke(c: Case) -> bool:
    def new(concept: str) -> bool:
        return c.has(concept) and (c.has("sudden") or not c.chronic_near(concept))

    if new("face_droop") or new("slurred"):
        return True
    if new("limb_weak") and c.has("one_sided", "sudden", "confusion", "vision_loss"):
        return True
    return new("limb_numb") and c.has("one_sided") and c.has("sudden")


def _anaphylaxis(c: Case) -> bool:
    breathing = c.has("breathless", "breath_severe", "wheeze")
    collapse = c.has("faint_feeling", "collapse", "unresponsive")
    if c.has("airway_swelling"):
        return c.has("allergen", "hives", "rash", "sudden") or breathing or collapse
    if c.has("allergen") and (breathing or collapse):
        return c.has("face_swelling", "hives", "rash", "faint_feeling", "collapse", "sudden")
    return c.has("allergen") and c.has("face_swelling") and (breathing or collapse)


def _meningitis(c: Case) -> bool:
    if c.has("rash_nonblanching"):
        return True
    if c.has("neck_stiff") and not (
        c.u.near("neck_stiff", "injury") or c.u.near("neck_stiff", "fall")
    ):
        return c.fever or c.has("photophobia", "rash", "drowsy", "confusion", "vomiting")
    return c.fever and c.has("headache") and c.has("photophobia") and not c.chronic_near("headache")


def _sepsis(c: Case) -> bool:
    source = c.fever or c.has(
        "rigors", "infection", "sepsis_word", "recent_surgery", "wound_infected"
    )
    low_temp = c.temp is not None and c.temp < 36.0
    if not (source or low_temp):
        return False
    high_risk = c.has(
        "confusion", "mottled", "no_urine", "breath_severe", "unresponsive", "feels_dying"
    )
    if high_risk:
        return True
    if c.has("sepsis_word") and (c.fever or c.has("rigors", "drowsy", "breathless")):
        return True
    if c.fever and c.has("immunosuppressed"):
        return True  # fever during chemotherapy or with a weak immune system
    moderate = c.count("breathless", "drowsy", "tachycardia", "rigors", "faint_feeling")
    return moderate >= 3


def _head_injury(c: Case) -> bool:
    if not c.has("head_injury"):
        return False
    warning = c.has(
        "collapse",
        "unresponsive",
        "vomiting",
        "confusion",
        "drowsy",
        "seizure",
        "amnesia",
        "anticoagulant",
        "skull_signs",
        "vision_loss",
        "vision_disturbed",
        "slurred",
        "limb_weak",
        "bleed_heavy",
    )
    return warning or (c.has("headache") and c.has("severe", "meds_failing"))


def _heavy_bleeding(c: Case) -> bool:
    if not c.has("bleed_heavy"):
        return False
    if c.u.near("bleed_heavy", "heavy_periods") and not (c.pregnant or c.facts.postpartum):
        return c.has("collapse", "faint_feeling", "mottled")
    if c.has("nosebleed"):
        return True
    return True


def _nosebleed(c: Case) -> bool:
    if not c.has("nosebleed"):
        return False
    long = c.dur("nosebleed") >= 0.0104  # 15 minutes
    return long or c.has("bleed_heavy", "head_injury", "vomit_blood", "breathless")


def _infant(c: Case) -> bool:
    if c.under(0.25) and c.fever:
        return True
    if not c.baby:
        return False
    if c.has("weak_cry", "bulging_fontanelle", "green_vomit", "unresponsive", "mottled"):
        return True
    if c.has("not_feeding") and c.under(0.17):  # under 8 weeks and not feeding
        return True
    return c.has("sunken_fontanelle") or (
        c.has("nappies_reduced", "no_urine") and c.has("drowsy", "unresponsive", "mottled")
    )


def _child_red(c: Case) -> bool:
    if not c.child:
        return False
    if c.has("green_vomit", "bulging_fontanelle", "weak_cry"):
        return True
    return c.fever and c.has("mottled", "unresponsive", "neck_stiff", "breath_severe")


def _suicide_plan(c: Case) -> bool:
    if c.has("suicide_plan"):
        return True
    return c.has("suicidal_thoughts", "self_harm") and c.has("suicide_means")


def _overdose(c: Case) -> bool:
    return c.has("overdose") and not (c.has("child_ate_meds") and c.under(10))


def _pregnancy(c: Case) -> bool:
    if not c.pregnant:
        return False
    weeks = c.weeks()
    late = weeks is None or weeks >= 20
    if c.has("bleed_heavy") or (
        c.has("bleeding", "vaginal_bleed") and c.has("abdo_pain") and c.has("severe")
    ):
        return True
    if c.has("abdo_pain") and c.has("severe"):
        return True
    if late and c.has("headache") and c.has("vision_disturbed", "vision_loss", "upper_abdo_pain"):
        return True
    if c.has("reduced_fm"):
        return True
    preterm = weeks is not None and weeks < 37
    return preterm and c.has("waters_broken", "labour")


_EARLY_WEEKS = re.compile(r"\b(?:[4-9]|1[0-3]) ?(?:weeks?|wks?) (?:pregnant|gone)\b")


def _ectopic(c: Case) -> bool:
    # any early pregnancy mentioned counts, even if a later one is mentioned too
    early = c.has("early_pregnancy") or (c.pregnant and (c.weeks() or 99) < 14)
    early = early or bool(_EARLY_WEEKS.search(c.u.text))
    if not early:
        return False
    if c.has("shoulder_tip"):
        return True
    return c.has("abdo_pain") and c.has(
        "one_sided", "severe", "faint_feeling", "dizzy", "collapse", "bleeding", "vaginal_bleed"
    )


def _torsion(c: Case) -> bool:
    days = c.u.local_duration("testicle_pain")
    if not c.has("testicle_pain") or (days is not None and days >= 3):
        return False
    return c.has("sudden", "severe", "vomiting", "nausea") or c.under(25)


def _burns(c: Case) -> bool:
    if not c.has("burn", "electric"):
        return False
    return c.has("burn_serious", "electric") or (c.under(5) and c.has("blisters"))


def _diabetes(c: Case) -> bool:
    if not c.has("diabetes"):
        return False
    if c.has("unresponsive", "seizure", "confusion", "drowsy", "collapse"):
        return True  # reduced consciousness with diabetes: severe hypo or ketoacidosis
    return c.has("dka_signs") and c.has("vomiting", "abdo_pain", "breathless", "drowsy")


def _new_dka(c: Case) -> bool:
    return (
        c.all("thirst", "urinary_frequency")
        and c.has("vomiting")
        and c.has("abdo_pain", "drowsy", "breathless", "dka_signs", "confusion")
    )


def _abdomen(c: Case) -> bool:
    if c.has("peritonism"):
        return True
    if not c.has("abdo_pain", "back_pain", "flank_pain"):
        return False
    if c.has("abdo_pain") and c.has("collapse", "mottled", "vomit_blood", "melaena"):
        return True
    if c.has("abdo_pain") and c.has("sudden") and c.has("severe"):
        return True
    if c.has("aneurysm") or (c.over(60) and c.has("sudden") and c.has("severe")):
        return True
    if c.has("hernia") and c.has("hernia_stuck") and c.has("vomiting", "severe"):
        return True
    return (
        c.has("abdo_pain") and c.has("bowel_obstruction") and c.has("vomiting", "vomit_persistent")
    )


def _crisis_level(c: Case) -> bool:
    return _suicide_plan(c) or (c.has("self_harm") and c.has("bleed_heavy"))


def _asthma_attack(c: Case) -> bool:
    return (
        c.has("asthma")
        and c.has("reliever_failing")
        and c.has("wheeze", "breathless", "chest_tight", "breath_severe")
    )


def _vitals_red(c: Case) -> bool:
    return vital_signs(c)[0] is E


RULES: tuple[Rule, ...] = (
    Rule(
        "asthma_attack_reliever_failing",
        E,
        "an asthma attack where the reliever inhaler is not helping",
        _ASTHMA,
        _asthma_attack,
    ),
    Rule(
        "suicide_plan",
        E,
        "thoughts of suicide with a plan, a means or intent",
        _SUICIDE,
        _crisis_level,
        crisis=True,
        topic="low_mood",
    ),
    Rule(
        "overdose",
        E,
        "an overdose of tablets, even if the person feels well",
        _PARACETAMOL,
        _overdose,
        crisis=True,
    ),
    Rule(
        "unresponsive",
        E,
        "not waking up or not responding normally",
        _BABY,
        lambda c: c.has("unresponsive") and not c.has("recovered"),
    ),
    Rule(
        "breathing_severe",
        E,
        "severe difficulty breathing (cannot speak in sentences, gasping, "
        "blue lips or sucking in under the ribs)",
        _BREATH,
        lambda c: c.has("breath_severe"),
    ),
    Rule(
        "chest_pain_cardiac",
        E,
        "chest pain or tightness with pain spreading to the arm, jaw or "
        "back, sweating, sickness or breathlessness",
        _HEART,
        _cardiac_chest,
    ),
    Rule(
        "stroke_fast",
        E,
        "face drooping, arm or leg weakness, or speech problems that came on suddenly",
        _STROKE,
        _stroke,
    ),
    Rule(
        "named_emergency",
        E,
        "you are worried this is a heart or brain emergency",
        _HEART,
        lambda c: c.has("emergency_named"),
    ),
    Rule(
        "anaphylaxis",
        E,
        "swelling of the lips, tongue or throat, or breathing difficulty, after "
        "a possible allergy trigger",
        _ANAPH,
        _anaphylaxis,
    ),
    Rule(
        "meningitis_signs",
        E,
        "a rash that does not fade under a glass, or a stiff neck with fever",
        _MENING,
        _meningitis,
    ),
    Rule(
        "sepsis_signs",
        E,
        "signs of a serious infection: confusion, mottled or blue skin, no "
        "urine, or severe breathlessness",
        _SEPSIS,
        _sepsis,
    ),
    Rule("vital_signs_red", E, "vital signs in the danger range", _NG51, _vitals_red),
    Rule(
        "thunderclap_headache",
        E,
        "a sudden, severe headache that peaked within seconds or is the worst ever",
        _SAH,
        lambda c: (
            c.has("headache") and (c.has("thunderclap") or (c.has("sudden") and c.has("severe")))
        ),
    ),
    Rule(
        "seizure",
        E,
        "a fit or seizure",
        _SEIZ,
        lambda c: c.has("seizure") and not (c.has("epilepsy") and c.has("recovered")),
    ),
    Rule(
        "head_injury_serious",
        E,
        "a head injury with being knocked out, vomiting, confusion, "
        "drowsiness or on blood thinners",
        _HEADINJ,
        _head_injury,
    ),
    Rule(
        "heavy_bleeding",
        E,
        "heavy bleeding that will not stop with pressure",
        _CUTS,
        _heavy_bleeding,
    ),
    Rule(
        "nosebleed_prolonged",
        E,
        "a nosebleed lasting more than 15 minutes or very heavy",
        _NOSE,
        _nosebleed,
    ),
    Rule("vomiting_blood", E, "vomiting blood", _VOMIT_BLOOD, lambda c: c.has("vomit_blood")),
    Rule(
        "gi_bleed_shock",
        E,
        "black or bloody poo with dizziness, fainting or pale skin",
        _VOMIT_BLOOD,
        lambda c: (
            c.has("melaena", "rectal_blood")
            and (c.has("faint_feeling", "dizzy", "collapse", "mottled", "bleed_heavy"))
        ),
    ),
    Rule(
        "pulmonary_embolism_signs",
        E,
        "sudden breathlessness or pain on breathing with a swollen "
        "leg, recent travel, surgery or pregnancy",
        _PE,
        lambda c: (
            c.has("breathless", "pleuritic", "haemoptysis")
            and c.has("leg_swollen", "leg_hot_painful", "dvt_word", "clot_risk", "recent_surgery")
            and c.has("sudden", "pleuritic", "haemoptysis", "leg_swollen")
        ),
    ),
    Rule(
        "palpitations_red",
        E,
        "a racing or irregular heartbeat with chest pain, breathlessness or fainting",
        _PALP,
        lambda c: (
            c.has("palpitations", "tachycardia")
            and c.has("chest_pain", "breathless", "collapse")
            and not c.has("anxiety")
        ),
    ),
    Rule(
        "infant_red_flags",
        E,
        "a baby with a high temperature under 3 months, or floppy, not "
        "feeding, a weak cry, green vomit or a bulging soft spot",
        _NG143,
        _infant,
        topic="fever_baby",
    ),
    Rule(
        "child_red_flags",
        E,
        "a child with green vomit, a weak high-pitched cry, or fever with blue or mottled skin",
        _NG143,
        _child_red,
    ),
    Rule(
        "pregnancy_red_flags",
        E,
        "pregnancy with heavy bleeding, severe pain, severe headache "
        "with vision changes, fewer baby movements, or waters breaking early",
        _PREG_BLEED,
        _pregnancy,
    ),
    Rule(
        "ectopic_signs",
        E,
        "early pregnancy with one-sided tummy pain, shoulder-tip pain, bleeding or feeling faint",
        _ECTOPIC,
        _ectopic,
    ),
    Rule("testicle_sudden_pain", E, "sudden, severe pain in a testicle", _TESTIS, _torsion),
    Rule(
        "battery_or_magnet",
        E,
        "a swallowed button battery or magnet, or a battery in the nose "
        "or ear, even without symptoms",
        _BATTERY,
        lambda c: c.has("battery_magnet") and c.has("swallowed", "object_in_orifice"),
    ),
    Rule(
        "poisoning",
        E,
        "swallowing a household chemical, poison or someone else's medicines",
        _POISON,
        lambda c: c.has("ingestion") or (c.has("child_ate_meds") and c.child),
    ),
    Rule(
        "serious_burn",
        E,
        "a large or deep burn, white or charred skin, a chemical or electrical "
        "burn, or a blistered burn on a young child",
        _BURNS,
        _burns,
    ),
    Rule(
        "diabetes_emergency",
        E,
        "diabetes with drowsiness, confusion or not waking, or signs of ketoacidosis",
        _HYPO,
        _diabetes,
    ),
    Rule(
        "ketoacidosis_signs",
        E,
        "very thirsty and peeing a lot with vomiting, tummy pain or drowsiness",
        _DKA,
        _new_dka,
    ),
    Rule(
        "cauda_equina_signs",
        E,
        "back pain with numbness around the bottom or genitals, or "
        "loss of bladder or bowel control",
        _CAUDA,
        lambda c: c.has("back_pain") and c.has("cauda_equina", "retention"),
    ),
    Rule(
        "abdominal_emergency",
        E,
        "sudden severe tummy pain, a rigid tummy, or tummy pain with fainting or a blocked bowel",
        _STOMACH,
        _abdomen,
    ),
    Rule(
        "urinary_retention", E, "not able to pee at all", _RETENTION, lambda c: c.has("retention")
    ),
    Rule(
        "severe_dehydration_baby",
        E,
        "a baby with a sunken soft spot or no wet nappies and drowsy",
        _DEHYD,
        lambda c: (
            c.baby
            and (
                c.has("sunken_fontanelle")
                or (c.has("nappies_reduced", "no_urine") and c.has("drowsy", "mottled"))
            )
        ),
    ),
    Rule(
        "eye_emergency",
        E,
        "a chemical in the eye, an object stuck in the eye, or sudden loss of vision",
        _VISION,
        lambda c: (
            c.has("eye_chemical", "vision_loss")
            or (c.has("eye_pain") and c.has("vision_disturbed") and c.has("vomiting", "headache"))
        ),
    ),
    Rule(
        "choking",
        E,
        "choking that has not cleared",
        _CHOKING,
        lambda c: c.has("choking") and not c.has("recovered"),
    ),
    Rule(
        "drowning_or_electric_shock",
        E,
        "a near-drowning or an electric shock",
        _ELECTRIC,
        lambda c: c.has("drowning", "electric"),
    ),
    Rule(
        "heatstroke",
        E,
        "overheating with confusion, collapse or a fit",
        _HEAT,
        lambda c: (
            c.has("heat_stroke") and c.has("confusion", "collapse", "unresponsive", "seizure")
        ),
    ),
    Rule(
        "limb_circulation",
        E,
        "a broken bone showing through the skin, or a limb that is cold, white or blue",
        _BROKEN,
        lambda c: (
            c.has("open_fracture")
            or (c.has("limb_ischaemia") and c.has("fracture", "severe", "limb_numb"))
        ),
    ),
    Rule(
        "leg_deformed",
        E,
        "a leg or hip that looks bent or out of shape after an injury",
        NHS + "broken-leg/",
        lambda c: c.has("leg_deformed") and c.has("fracture", "fall", "injury", "cant_get_up"),
    ),
    Rule(
        "fall_cannot_get_up",
        E,
        "an older person who has fallen and cannot get up or stand",
        _FALLS,
        lambda c: c.has("fall") and c.has("cant_get_up") and c.over(65),
    ),
    Rule(
        "airway_infection",
        E,
        "cannot swallow saliva, drooling or cannot open the mouth with a "
        "sore throat, toothache or fever",
        _SORE_THROAT,
        lambda c: (
            c.has("cant_swallow")
            and not c.has("teething")
            and (c.has("sore_throat", "toothache", "face_swelling") or c.fever)
        ),
    ),
    Rule(
        "facial_swelling_spreading",
        E,
        "swelling spreading to the eye or neck",
        _DENTAL,
        lambda c: c.has("swelling_spreading_face") and c.has("toothache", "face_swelling"),
    ),
    Rule(
        "collapse_with_symptoms",
        E,
        "collapsing or fainting with chest pain, breathlessness, palpitations or confusion",
        _CHEST,
        lambda c: (
            c.has("collapse")
            and c.has("chest_pain", "palpitations", "breathless", "confusion", "seizure", "severe")
        ),
    ),
    Rule(
        "sudden_confusion",
        E,
        "sudden confusion or not knowing where they are",
        _SEPSIS,
        lambda c: c.has("confusion") and not c.has("memory") and not c.chronic_near("confusion"),
    ),
    Rule(
        "harm_to_baby",
        E,
        "thoughts of harming a baby or child",
        _SUICIDE,
        lambda c: c.has("harm_others") and (c.facts.postpartum or c.said("baby") or c.said("kids")),
        crisis=True,
    ),
    Rule(
        "strangulated_hernia",
        E,
        "a hernia that is painful, hard and will not go back in",
        _HERNIA,
        lambda c: c.has("hernia") and c.has("hernia_stuck") and c.has("severe", "vomiting"),
    ),
    Rule(
        "aneurysm_signs",
        E,
        "sudden severe tummy or back pain in an older person",
        _AAA,
        lambda c: c.has("aneurysm") and c.has("abdo_pain", "back_pain", "collapse"),
    ),
)

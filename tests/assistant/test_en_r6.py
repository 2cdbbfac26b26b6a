"""English lay families, sixth round (issue 10): phrasings written for this test, not taken
from any evaluation set. Each family is fixed in the English data, never for one sentence:

- bleeding after a birth said in lay or non-native words ("blood still coming plenty", pads,
  wrappers or cloths changed again and again, bleeding with dizziness): postpartum
  haemorrhage (NHS: 999), while the usual bleeding "like a period" in the first days after a
  birth is not an emergency (it is heavy bleeding in pregnancy, still);
- requests only a GP practice meets (a repeat prescription that ran out, a yearly review or
  check, a referral, something stronger than the pharmacy sells) and problems that keep coming
  back ("my 4th thrush this year"): routine; one-off pharmacy questions stay self-care, and
  urine infections that keep coming back are not "not improving" (urgent);
- a child's head injury with a blackout, repeated vomiting or drowsiness: emergency (NICE
  NG232); a bump with the child back playing is not, and "on the floor" where a head was
  bumped is not "cannot get up";
- shaking: the writer's own uncontrollable shaking with a fever is rigors (urgent), not a
  fit; someone else shaking all over and not responding stays a fit; "teeth chattering" is not
  teething; a child sleeping through the night after melatonin is not a drowsy child;
- a nose or throat spray or nitrofurantoin is not the angina spray (GTN): "nasal spray not
  helping" is not a heart attack, while angina pain not eased by the spray stays 999.
"""

# ruff: noqa: E501  (one message per line)
from __future__ import annotations

import pytest

from tests.assistant.support import E, R, S, U, rules

_ENGINE = rules()

# (message, level it must reach, red flag that must fire or "", red flag that must not fire or "")
CASES = [
    # bleeding after a birth in lay words: postpartum haemorrhage (NHS: 999)
    (
        "my sister delivered at home this morning and blood is still coming plenty",
        E,
        "postpartum_haemorrhage",
        "",
    ),
    (
        "gave birth 2 hours ago, blood keeps flowing too much, the nurse said it will stop",
        E,
        "postpartum_haemorrhage",
        "",
    ),
    (
        "my wife had the baby at home last night, she has changed her cloth 5 times already and is bleeding",
        E,
        "postpartum_haemorrhage",
        "",
    ),
    (
        "had my baby this afternoon, soaked 3 pads in an hour, bleeding wont slow",
        E,
        "postpartum_haemorrhage",
        "",
    ),
    (
        "delivered yesterday at home, still bleeding and now very dizzy when she stands",
        E,
        "postpartum_haemorrhage",
        "",
    ),
    (
        "my daughter gave birth today, plenty of blood on the mat and she looks weak",
        E,
        "postpartum_haemorrhage",
        "",
    ),
    # the usual bleeding of the first days after a birth is "like a period"
    (
        "had my baby 5 days ago, still bleeding like a period, is that normal",
        R,
        "",
        "postpartum_haemorrhage",
    ),
    ("bleeding like a heavy period 4 days after having baby", R, "", "postpartum_haemorrhage"),
    ("gave birth 2 weeks ago, bleeding is brown and lighter now", R, "", "postpartum_haemorrhage"),
    # in pregnancy it is heavy bleeding; in a period, pads changed over a day are not
    ("9 weeks pregnant and bleeding like a period", E, "pregnancy_heavy_bleeding", ""),
    (
        "my period is heavy today, changed my pad 4 times since the morning",
        R,
        "heavy_periods",
        "heavy_bleeding_urgent",
    ),
    # what only a GP practice gives, and problems that keep coming back (NHS: see a GP)
    ("my levothyroxine has run out, need a repeat prescription", R, "gp_request", ""),
    ("ramipril finishing on friday, how do I order my repeat", R, "gp_request", ""),
    ("my inhaler prescription expired last month", R, "gp_request", ""),
    ("my annual diabetes review is overdue, can I book it here", R, "gp_request", ""),
    ("his yearly health check is due, he has autism", R, "gp_request", ""),
    ("I'd like a referral to a physio for my knee", R, "gp_request", ""),
    (
        "tried every antihistamine from the chemist for my hay fever, can the doctor give something stronger",
        R,
        "gp_request",
        "",
    ),
    ("third thrush in 6 months, the cream works but it comes back", R, "thrush_check", ""),
    ("this is my 4th bout of thrush this year", R, "thrush_check", ""),
    (
        "4th urine infection this year, the gp sorts it with antibiotics every time but it keeps coming back. fine right now",
        R,
        "uti_recurrent",
        "uti_not_improving",
    ),
    ("burning when I pee for 5 days, the antibiotics are not working", U, "uti_not_improving", ""),
    # one-off pharmacy questions stay self-care
    ("can I take ibuprofen with my ramipril for a headache", S, "", "gp_request"),
    ("I've got thrush, can I buy the pessary at the pharmacy", S, "", "gp_request"),
    ("how much paracetamol can I give my 4 year old", S, "", "gp_request"),
    # a child's head injury with a blackout, vomiting or drowsiness (NICE NG232)
    (
        "my 6 year old fell off the trampoline and passed out for a sec after, seems ok now",
        E,
        "",
        "",
    ),
    ("my son got hit by a bike and banged his head, he keeps vomiting since", E, "", ""),
    ("my daughter fell off the swing, hit her head and now she is very sleepy", E, "", ""),
    ("my 4yo fell and hit his head, was knocked out for a few seconds", E, "", ""),
    ("grandad is 84, he fell and is still on the floor, can't get up", E, "fall_cannot_get_up", ""),
    # shaking: the writer's own rigors with a fever are not a fit; someone else's can be
    ("I'm shaking all over and my temperature is 39.2", U, "adult_fever_concerns", "seizure"),
    (
        "temp 38.9, I can't stop shaking, teeth chattering under the duvet",
        U,
        "adult_fever_concerns",
        "teething_not_teething",
    ),
    ("my brother is shaking all over and not responding", E, "seizure", ""),
    ("flu, temp 38.1, bit shivery and achy", S, "", "adult_fever_concerns"),
    ("my 3 week old is so sleepy she won't wake for feeds", E, "infant_red_flags", ""),
    # a nose or throat spray or nitrofurantoin is not the angina spray
    (
        "used my steroid nasal spray for a fortnight but it isn't helping, still bunged up",
        R,
        "",
        "chest_pain_cardiac",
    ),
    ("the throat spray isn't helping my sore throat", S, "", "chest_pain_cardiac"),
    (
        "cystitis, on nitrofurantoin for 2 days and not better yet",
        U,
        "uti_not_improving",
        "chest_pain_cardiac",
    ),
    ("chest pain, had 2 puffs of my GTN spray and it's not helping", E, "chest_pain_cardiac", ""),
    (
        "I have angina, used my spray but the pain is still there after 10 minutes",
        E,
        "chest_pain_cardiac",
        "",
    ),
    # said to be slow, or during sleep
    (
        "my nan is 81, her memory has got worse over the past year, nothing sudden, still eating well",
        R,
        "memory_problems",
        "memory_sudden_change",
    ),
    ("my dad is suddenly confused and forgetful since this morning", E, "", ""),
    (
        "husband snores like a train and stops breathing for a few seconds at night, always tired",
        R,
        "sleep_apnoea_signs",
        "tired_with_red_flags",
    ),
]


@pytest.mark.parametrize(("text", "want", "must", "must_not"), CASES)
def test_family(text: str, want: object, must: str, must_not: str) -> None:
    a = _ENGINE.assess(text, "en")
    ids = {f.id for f in a.fired}
    assert a.level is want, (text, a.level, sorted(ids))
    assert not must or must in ids, (text, sorted(ids))
    assert not must_not or must_not not in ids, (text, sorted(ids))


def test_words_that_are_not_the_finding() -> None:
    """Night sweats soaking sheets are not bleeding; a child sleeping through the night after
    melatonin is not a drowsy child; "teeth chattering" is not teething, "back teeth" still is;
    a bump on the floor is not "cannot get up"."""
    present = _ENGINE.assess("night sweats soaking the sheets for a week", "en").present
    assert "heavy_pv_bleed" not in present
    a = _ENGINE.assess("gave my son melatonin, he sleeps and doesn't wake till morning", "en")
    assert "child_lethargic" not in a.present and a.level is not E
    assert "teething" not in _ENGINE.assess("temp 39, teeth chattering", "en").present
    assert (
        _ENGINE.assess("she's getting her back teeth, grumpy and dribbling", "en").topic
        == "teething"
    )
    bump = _ENGINE.assess(
        "my toddler slipped and bumped his head on the floor, cried at once, now back playing and eating",
        "en",
    )
    assert "cant_get_up" not in bump.present and bump.level is not E

"""English scope and over-triage families (brief scope13, 2026-12-06).

Phrasings written for this test (not taken from any evaluation set):

- what is left since a past stroke or brain injury ("weak left arm since my stroke in 2019",
  "slurred a bit ever since the stroke") is history; the same words since this morning, an hour
  ago or a stroke today, or "and now it is getting worse", stay current (NHS stroke);
- a threat or violence from someone else ("my husband said hes going to kill me", "my ex
  threatened to stab me") is urgent safety advice, not the person's own thoughts of harm (NHS
  domestic abuse); idioms of anger ("i could kill my brother", "my feet are killing me") are not;
- suicide as a subject (a film, an essay, a prevention course) is not the person's state (NICE
  NG225); their own thoughts said with it still are;
- soaked by rain, sweat or a pool is not heavy bleeding; soaked with blood or pads still is;
- genital warts are a sexual health clinic's (NHS genital warts), not the urgent sores rule;
  sores, blisters and ulcers still are (NHS genital herpes);
- how long a complaint has lasted ("cough 2 months") is not a baby's age; "my 2 month old" is;
- a toddler's few words are speech delay, not breathlessness; "green stuff" from the penis is
  a discharge, not green vomit.
"""

from __future__ import annotations

import pytest

from tests.assistant.support import E, R, S, U, assert_level, rules

LEVELS = [
    # 1. history since a past stroke
    ("my left arm has been weak since my stroke in 2019", R),
    ("speech still a bit slurred ever since the stroke, can i get therapy", R),
    ("my dad cannot talk properly since his stroke two years ago", R),
    ("her leg is weak after her stroke in 2021, physio finished", R),
    ("my arm went weak since this morning", E),
    ("my speech is slurred since an hour ago", E),
    ("my dads speech is slurred since his stroke two hours ago", E),
    ("face dropped since my stroke in 2019 and now it is getting worse", E),
    ("crushing chest pain since my heart attack 3 years ago", E),
    # 2. threats from another person
    ("my husband said hes going to kill me", U),
    ("my ex keeps threatening to stab me", U),
    ("my partner hits me and I'm scared to go home", U),
    ("my boyfriend told me he will burn me if i leave", U),
    ("i fear for my life, he has threatened me before", U),
    ("I could kill my brother, he ate all my crisps", R),
    ("my feet are killing me after that walk", R),
    ("I'll kill him if he eats my chocolate again", R),
    ("i want to kill my neighbour", U),
    ("I keep having thoughts about hurting someone", U),
    # 3. suicide as a subject
    ("watched a documentary about suicide last night and now i cant sleep", S),
    ("we had a suicide awareness training at school today", R),
    ("writing an essay on suicide for my psychology class", R),
    ("saw a film about suicide and now i feel suicidal", U),
    ("i keep thinking about suicide", U),
    # 4. wet, not bleeding
    ("got soaked through in the rain and now i have a runny nose", S),
    ("night sweats, soaked through my t shirt again", R),
    ("soaked through my pad in an hour with my period", U),
    ("pressed a towel on the cut and its soaked through with blood", E),
    # 5. named benign conditions
    ("I think I have a genital wart", R),
    ("small warts on my penis, not painful", R),
    ("cauliflower like lumps around my anus", R),
    ("painful blisters on my penis", U),
    ("sore ulcer on my vulva", U),
    ("herpes on my lip again", S),
    # 6. durations are not ages
    ("cough 2 months, im 45", R),
    ("rash 3 months not going away", R),
    ("my 2 month old has a fever of 38.5", E),
    ("baby 2 months old, cough and fever", E),
    # neighbours: a toddler's words, green discharge
    ("my son is 2 and only says about 5 words", R),
    ("my daughter is 2 and a half and only has a few words", R),
    ("asthma attack, can only say a few words", E),
    ("my son is wheezing and can only say 2 words at a time", E),
    ("my baby keeps throwing up green stuff", E),
]


@pytest.mark.parametrize(("text", "level"), LEVELS)
def test_level(text: str, level: object) -> None:
    assert_level(rules(), text, level)  # type: ignore[arg-type]


RULES = [
    ("my husband said hes going to kill me", "threatened_or_abused", True),
    ("my husband said hes going to kill me", "harm_to_others", False),
    ("i could kill my husband, he forgot our anniversary", "harm_to_others", False),
    ("i want to kill my husband", "harm_to_others", True),
    ("I think I have a genital wart", "genital_sores", False),
    ("painful blisters on my penis", "genital_sores", True),
    ("green stuff coming out of my penis and it burns to pee", "child_red_flags", False),
    ("weak left arm since my stroke in 2019", "stroke_fast", False),
    ("weak left arm since this morning", "stroke_fast", True),
    ("we did a suicide prevention training at work", "suicidal_thoughts", False),
    ("towel soaked from the pool", "heavy_bleeding_urgent", False),
    ("I was forced last night by someone I know", "sexual_assault", True),
    ("I was forced by my boss to work late", "sexual_assault", False),
]


@pytest.mark.parametrize(("text", "flag", "fires"), RULES)
def test_rule(text: str, flag: str, fires: bool) -> None:
    found = rules().assess(text, None, frozenset())
    fired = [f.id for f in found.fired]
    assert (flag in fired) is fires, f"{text!r}: fired {fired}"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("cough 2 months", None),
        ("had this rash for 2 months", None),
        ("my 2 month old has a cough", 2 / 12),
        ("2 month baby with a cough", 2 / 12),
    ],
)
def test_duration_is_not_an_age(text: str, age: float | None) -> None:
    facts = rules().understand(text, "en").facts
    if age is None:
        assert facts.age_years is None, facts
    else:
        assert facts.age_years == pytest.approx(age), facts

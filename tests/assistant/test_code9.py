"""What a finding tells about a pregnancy, and which topics are one complaint for different
people, are data (issue 10), not lists of ids in the engine.

A finding's ``pregnancy`` attribute says ``implies`` (only a pregnancy has it: the baby moving
less, the waters gone, labour, pre-eclampsia named) or ``rules_out`` (after the menopause). The
schema and ``selfcare kb check`` refuse any other value with a message naming the file, the
record and the field; the reader takes the gate from the records it is given, so changing the
data changes the reading, and nothing in the code names those findings.

A topic's ``family`` ("fever": fever_baby, fever_child, fever_adult) makes the member written
for who the message is about answer for all of them; kb check refuses a family member whose
audience is not baby, child or adult, or two members for the same audience.
"""

from __future__ import annotations

import inspect
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from selfcare.assistant.engine import topics as topics_module
from selfcare.assistant.engine import understand
from selfcare.assistant.engine.patterns import PatternStore
from selfcare.assistant.engine.topics import choose
from selfcare.assistant.engine.understand import Reader
from selfcare.assistant.knowledge.loader import ROOT, cross_references, read
from selfcare.assistant.knowledge.schema import Finding, Topic

from .support import rules

RULES = rules()
EN = RULES.kb.languages["en"]
IMPLIES = {
    "reduced_fm",
    "waters_broken",
    "labour",
    "labour_prolonged",
    "pre_eclampsia_named",
    "pregnancy_new",
}
RULES_OUT = {"postmenopausal"}


# --- the attribute, validated ------------------------------------------------------------------


def test_the_attribute_takes_two_values_or_none() -> None:
    assert Finding(id="x").pregnancy is None
    assert Finding(id="x", pregnancy="implies").pregnancy == "implies"
    assert Finding(id="x", pregnancy="rules_out").pregnancy == "rules_out"
    for bad in ("yes", True, "only", ""):
        with pytest.raises(ValidationError, match="pregnancy"):
            Finding(id="x", pregnancy=bad)


def test_a_bad_value_is_a_clear_kb_check_problem(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    shutil.copytree(ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__", "training"))
    path = root / "findings" / "pregnancy_women.yaml"
    data: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    next(r for r in data if r["id"] == "reduced_fm")["pregnancy"] = "probably"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    _, problems = read(root)
    said = [str(p) for p in problems if "pregnancy" in str(p)]
    assert said, [str(p) for p in problems]
    assert any("pregnancy_women.yaml" in s and "implies" in s and "rules_out" in s for s in said), (
        said
    )


def test_the_built_in_findings_say_it_where_only_a_pregnancy_fits() -> None:
    findings = RULES.kb.findings
    assert {f.id for f in findings.values() if f.pregnancy == "implies"} == IMPLIES
    assert {f.id for f in findings.values() if f.pregnancy == "rules_out"} == RULES_OUT


def test_the_engine_names_none_of_them() -> None:
    source = inspect.getsource(understand)
    for finding in IMPLIES | RULES_OUT:
        assert f'"{finding}"' not in source, finding


# --- the gate, both sides -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "pregnant"),
    [
        # only a pregnancy has these: said without "pregnant", still a pregnancy
        ("en", "the baby has stopped kicking since last night", True),
        ("en", "i think my waters have gone, there is fluid everywhere", True),
        ("es", "el bebe no se mueve nada desde ayer", True),
        ("sw", "mtoto hachezi tumboni tangu jana", True),
        # a baby stopping something else is no pregnancy
        ("en", "my baby has stopped crying since last night", False),
        ("en", "my baby has not been feeding since last night", False),
        # said not to be pregnant: the pregnancy-only finding does not overrule it
        ("en", "not pregnant, had pre-eclampsia with my first, now headaches", False),
        # a pregnancy read without weeks after the menopause is not one
        (
            "en",
            "through the menopause 6 years ago, did a pregnancy test anyway, now spotting",
            False,
        ),
        # without the menopause the same words are a pregnancy
        ("en", "did a pregnancy test, now spotting", True),
    ],
)
def test_the_pregnancy_gate(language: str, text: str, pregnant: bool) -> None:
    facts = RULES.understand(text, language).facts
    assert facts.pregnant is pregnant, (text, facts)


def test_the_baby_not_yet_born_is_the_writer_s_own() -> None:
    facts = RULES.understand("the baby has stopped kicking since last night", "en").facts
    assert facts.subject == "self"
    assert RULES.understand("my baby has stopped crying since last night", "en").facts.subject == (
        "baby"
    )


def _reader(change: dict[str, str | None]) -> Reader:
    findings = {
        fid: f.model_copy(update={"pregnancy": change[fid]}) if fid in change else f
        for fid, f in RULES.kb.findings.items()
    }
    # the patterns as the engine compiled them (compiling them anew takes minutes when loaded)
    return Reader(EN, findings, store=PatternStore.open("en", RULES.kb.digest))


def test_the_reader_takes_the_gate_from_the_data() -> None:
    moving = "the baby has stopped kicking since last night"
    menopause = "through the menopause 6 years ago, did a pregnancy test anyway, now spotting"
    plain = _reader({"reduced_fm": None, "postmenopausal": None})
    assert plain.read(moving).facts.pregnant is False
    assert plain.read(moving).facts.subject == "baby"
    assert plain.read(menopause).facts.pregnant is True
    # and a finding given the attribute gets the gate
    marked = _reader({"fever": "implies"})
    assert marked.read("i have had a fever since yesterday").facts.pregnant is True
    assert RULES.understand("i have had a fever since yesterday").facts.pregnant is False


# --- topic families: one complaint written for a baby, a child and an adult ---------------------


def test_a_family_name_is_an_id_and_its_audiences_are_checked() -> None:
    with pytest.raises(ValidationError, match="family"):
        Topic.model_validate({**RULES.kb.topics["fever_adult"].model_dump(), "family": "Fever!"})
    topics = dict(RULES.kb.topics)
    topics["fever_child"] = topics["fever_child"].model_copy(update={"audience": "adult"})
    topics["cough"] = topics["cough"].model_copy(update={"family": "fever"})
    said = [str(p) for p in cross_references(replace(RULES.kb, topics=topics))]
    assert any("fever_child.yaml" in s and "already its adult's" in s for s in said), said
    assert any("cough.yaml" in s and "baby, child or adult" in s for s in said), said
    assert not cross_references(RULES.kb)


def test_the_engine_names_no_fever_topic() -> None:
    assert '"fever_' not in inspect.getsource(topics_module)


def test_the_built_in_fever_topics_are_one_family() -> None:
    family = {t.audience: t.id for t in RULES.kb.topics.values() if t.family == "fever"}
    assert family == {"baby": "fever_baby", "child": "fever_child", "adult": "fever_adult"}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("my 4 month old feels really hot and has a temperature", "fever_baby"),
        ("my 7 year old has had a temperature since this morning", "fever_child"),
        ("my husband has had a temperature since this morning", "fever_adult"),
        # a topic outside any family is itself whoever it is about
        ("my 7 year old has had a runny nose since this morning", "common_cold"),
    ],
)
def test_the_family_member_fits_who_it_is_about(text: str, topic: str) -> None:
    u = RULES.understand(text)
    for member in ("fever_adult", "fever_child", "fever_baby"):
        if topic.startswith("fever"):
            assert choose(u, {member: 1.0}, RULES.kb.topics) == topic, (text, member)
            assert choose(u, {}, RULES.kb.topics, (member,)) == topic, (text, member)
    if not topic.startswith("fever"):
        assert choose(u, {topic: 1.0}, RULES.kb.topics) == topic


def test_the_family_is_read_from_the_data() -> None:
    u = RULES.understand("my 4 month old feels really hot and has a temperature")
    apart = {
        tid: t.model_copy(update={"family": None}) if t.family else t
        for tid, t in RULES.kb.topics.items()
    }
    assert choose(u, {"fever_adult": 1.0}, apart) == "fever_adult"
    assert choose(u, {"fever_adult": 1.0}, RULES.kb.topics) == "fever_baby"

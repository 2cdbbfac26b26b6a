"""What a finding tells about a pregnancy is data (issue 10), not a list of ids in the engine.

A finding's ``pregnancy`` attribute says ``implies`` (only a pregnancy has it: the baby moving
less, the waters gone, labour, pre-eclampsia named) or ``rules_out`` (after the menopause). The
schema and ``selfcare kb check`` refuse any other value with a message naming the file, the
record and the field; the reader takes the gate from the records it is given, so changing the
data changes the reading, and nothing in the code names those findings.
"""

from __future__ import annotations

import inspect
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from selfcare.assistant.engine import understand
from selfcare.assistant.engine.understand import Reader
from selfcare.assistant.knowledge.loader import ROOT, read
from selfcare.assistant.knowledge.schema import Finding

from .support import rules

RULES = rules()
EN = RULES.kb.languages["en"]
IMPLIES = {"reduced_fm", "waters_broken", "labour", "pre_eclampsia_named"}
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
    return Reader(EN, findings)


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

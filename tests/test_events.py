"""Triage levels are ordered by urgency through ``rank``, never by their spelling."""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel


def test_levels_rank_from_most_urgent() -> None:
    ranked = sorted(TriageLevel, key=lambda level: level.rank)
    assert ranked == [
        TriageLevel.EMERGENCY,
        TriageLevel.URGENT,
        TriageLevel.ROUTINE,
        TriageLevel.SELF_CARE,
    ]


@pytest.mark.parametrize("compare", ["<", "<=", ">", ">="])
def test_comparing_levels_directly_is_refused(compare: str) -> None:
    # As strings "emergency" < "routine" < "self_care" < "urgent": a test or a rule written
    # as `level >= ROUTINE` would silently mean the wrong thing.
    with pytest.raises(TypeError, match="rank"):
        eval(f"a {compare} b", {"a": TriageLevel.EMERGENCY, "b": TriageLevel.ROUTINE})

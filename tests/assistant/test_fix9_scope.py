"""Two families from the ninth round's first run, in our own words (issues 10/11).

French farewell letters written for named family members ("les lettres pour ma mère et mon
frère") with everything prepared for tonight are a suicide plan; one letter for a birthday is
not. In Portuguese a negation ends at "e os/as …" as it does at "e o/a …": "não consigo ficar em
pé e os olhos estão fundos" says the eyes are sunken.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel

from .support import rules

RULES = rules()
E = TriageLevel.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "jai laisse les lettres pour mes parents et mon frere, tout est pret pour cette nuit",
        "j'ai écrit des lettres pour mes enfants, ce soir c'est fini, j'ai tout préparé",
    ],
)
def test_farewell_letters_to_family_with_a_time_are_a_plan(text: str) -> None:
    assert RULES.assess(text, "fr").level is E, text


@pytest.mark.parametrize(
    "text",
    [
        "j'ai écrit une lettre pour ma mère pour son anniversaire",
        "j'ai écrit des lettres pour mes parents qui sont en vacances, ils me manquent",
    ],
)
def test_ordinary_letters_are_not_a_plan(text: str) -> None:
    assert "suicide_plan" not in {f.id for f in RULES.assess(text, "fr").fired}, text


def test_a_negation_ends_at_e_os() -> None:
    a = RULES.assess("nao consigo ficar em pe e os olhos estao fundos", "pt")
    assert "sunken_eyes" in a.present and "sunken_eyes" not in a.negated
    b = RULES.assess("nao tenho os olhos fundos", "pt")
    assert "sunken_eyes" not in b.present

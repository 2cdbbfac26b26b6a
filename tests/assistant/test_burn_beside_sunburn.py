"""A serious scald told beside an unrelated sunburn stays an emergency: a sunburn said in the
same sentence as a burn keeps it from being read as a deep burn, one said in another sentence
does not (found by test_engine's mixing of red flags with benign text). Own phrasings."""

from __future__ import annotations

from selfcare.assistant.engine import engine
from selfcare.assistant.engine.assessment import TriageLevel

SCALDS = [
    (
        "en",
        "hot oil went over my son's whole arm, the skin is white and blistered. "
        "also he got a bit sunburnt at the park yesterday",
    ),
    (
        "en",
        "my sunburn from the weekend is fine now. but i spilt boiling water down my "
        "whole leg and there are big blisters",
    ),
    (
        "sw",
        "mtoto amemwagikiwa maji ya moto kifua kizima, ngozi imetoka. jana aliungua na jua kidogo",
    ),
]


def test_a_scald_beside_a_sunburn_stays_an_emergency() -> None:
    levels = {t: engine().assess(t, lang).level for lang, t in SCALDS}
    assert levels == {t: TriageLevel.EMERGENCY for t in levels}


def test_a_sunburn_said_with_the_burn_is_not_a_deep_burn() -> None:
    fired = {
        f.id for f in engine().assess("sunburnt all over my back, it burns and peels", "en").fired
    }
    assert "serious_burn" not in fired

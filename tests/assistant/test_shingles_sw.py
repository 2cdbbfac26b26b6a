"""Swahili shingles said with spots (vipele) on one side of the body (NHS shingles: see a GP or
pharmacist the same day; antivirals work best started within 3 days). Own phrasings; both sides."""

from __future__ import annotations

from selfcare.assistant.engine import engine

CASES = {
    "babu ana vipele vinavyouma upande mmoja wa kifua tangu juzi": True,
    "nina kipele chenye maji upande mmoja tu wa kiuno, kinaungua": True,
    "mtoto ana vipele mwili mzima vinawasha": False,
    "nina vipele usoni pande zote mbili baada ya jua": False,
}


def test_spots_on_one_side_are_shingles() -> None:
    read = {text: "shingles" in {f.id for f in engine().assess(text, "sw").fired} for text in CASES}
    assert read == CASES

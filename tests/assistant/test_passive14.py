"""The thought that others would be better off if one died, said with dying or being gone, is
a same-day suicidal thought (NHS help for suicidal thoughts; NICE NG225); 'died' for dyed hair
or 'died laughing' is not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import R, U, assert_level, rules

ROWS: list[tuple[str, TriageLevel]] = [
    ("I think it would be better if I died, but I havent planned anything", U),
    ("things would be easier for everyone if i was gone", U),
    ("my family would be better off if i just disappeared", U),
    ("honestly itd be a relief if i died in my sleep", U),
    ("everyone would be happier if i was dead tbh", U),
    ("it would be better if I died my hair red for the party", R),
    ("it would be better if i died laughing than sat through that meeting", R),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)

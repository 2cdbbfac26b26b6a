"""Seventh-round over-triage that came from reading errors, not clinical choices.

Phrasings written for this test (not taken from any evaluation set). Each family was fixed in
the language data, never for one sentence:

- a colour said with swelling or soreness is a bruise ("ficou roxo e inchado", "went purple
  and swollen"), not a breathless person going blue (breathing_severe); a choking baby who
  goes blue still is;
- Swahili: a nosebleed that stopped after pressure, said with the -ka- narrative ("…nilibana
  pua dakika 10 ikakoma"), is a stopped nosebleed; a part that "haina ganzi" (has no
  numbness) denies numbness (haina/hazina/hauna/hayana stop a word gap as sina/hana do);
- Hindi: a joint that "mud gaya" (turned over) is a twisted ankle or wrist (a sprain), not a
  deformed joint; only a bent bone or a crooked joint is.

Both sides of each family are tested.
"""

# ruff: noqa: E501  (one message per line)
from __future__ import annotations

import pytest

from tests.assistant.support import E, U, rules

_ENGINE = rules()


def fired(text: str, lang: str | None = None) -> tuple[object, set[str]]:
    a = _ENGINE.assess(text, lang)
    return a.level, {f.id for f in a.fired}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "dei uma topada com o dedão na cama, ta roxo e inchado mas ando normal"),
        ("pt", "caí de bicicleta e o joelho ficou roxo e dolorido"),
        (
            "en",
            "banged my shin on the coffee table, it went purple and swollen but i can walk fine",
        ),
    ],
)
def test_bruise_colour_is_not_going_blue(lang: str, text: str) -> None:
    level, ids = fired(text, lang)
    assert "breathing_severe" not in ids
    assert level not in (E, U)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "meu bebe se engasgou com a papinha e esta ficando roxo"),
        ("en", "my toddler choked on a grape and went blue"),
        ("pt", "ele ficou roxo e nao consegue respirar"),
    ],
)
def test_going_blue_still_an_emergency(lang: str, text: str) -> None:
    level, _ = fired(text, lang)
    assert level is E


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "binti yangu wa miaka 8 alitoka damu puani jana jioni, nikambana pua kama dakika kumi ikakoma. leo yuko sawa",
            "nosebleed_prolonged",
        ),
        (
            "nimeinua sanduku zito jana, mgongo unauma kidogo. natembea vizuri, miguu haina ganzi",
            "numbness_spreading",
        ),
    ],
)
def test_sw_stopped_or_denied_is_not_raised(text: str, flag: str) -> None:
    level, ids = fired(text, "sw")
    assert flag not in ids
    assert level not in (E, U)


def test_sw_nosebleed_not_stopping_still_an_emergency() -> None:
    level, ids = fired(
        "mwanangu anatoka damu puani, nimembana pua dakika ishirini, bado damu haikomi", "sw"
    )
    assert "nosebleed_prolonged" in ids
    assert level is E


def test_sw_numb_legs_still_read() -> None:
    _, ids = fired("mgongo unauma sana na miguu ina ganzi tangu jana", "sw")
    assert "numbness_spreading" in ids


@pytest.mark.parametrize(
    "text",
    [
        "cricket khelte waqt ankle mud gaya, halka suja hai, chal leta hu aur wazan bhi daal leta hu",
        "सीढ़ी से उतरते हुए टखना मुड़ गया, थोड़ी सूजन है पर चल पा रही हूँ",
    ],
)
def test_hi_twisted_ankle_is_a_sprain(text: str) -> None:
    a = _ENGINE.assess(text, "hi")
    assert "sprain_red_flags" not in {f.id for f in a.fired}
    assert a.topic == "sprains_strains"
    assert a.level not in (E, U)


def test_hi_crooked_joint_still_serious() -> None:
    level, _ = fired("गिरने के बाद कलाई टेढ़ी हो गई है और बहुत दर्द है", "hi")
    assert level in (E, U)

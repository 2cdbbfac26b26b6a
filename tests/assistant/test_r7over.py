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
  deformed joint; only a bent bone or a crooked joint is;
- French "il ne tient pas encore assis / debout" is a baby's milestone, not a carer who cannot
  cope; Portuguese and Spanish "esse calorão", "estos calorones" is hot weather, not a hot
  flush;
- a worried partner of a new mother who is low (low mood and a recent birth both said) is
  postnatal mood, not a worried carer of an unwell baby (a worried carer of a baby still is);
- pauses in breathing while snoring, in an adult or a child over 1, are sleep apnoea (NHS:
  routine GP), not a breathing emergency; a baby's pauses stay an emergency.

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


@pytest.mark.parametrize(
    ("lang", "text", "flag"),
    [
        (
            "fr",
            "ma fille a 10 mois et elle ne tient toujours pas assise seule, je m inquiete un peu",
            "cannot_cope",
        ),
        (
            "pt",
            "minha filha de 8 meses ta com umas bolinhas vermelhas no peito com esse calorão, ta mamando bem e sem febre",
            "menopause_check",
        ),
        (
            "es",
            "mi bebé de 5 meses tiene granitos rojos en el cuello con estos calorones, sin fiebre",
            "menopause_check",
        ),
        (
            "pt",
            "minha mulher teve nenem tem 6 semanas e anda triste, chorando por tudo, sem vontade de nada. to preocupado com ela",
            "infant_red_flags",
        ),
        (
            "pt",
            "minha mulher teve nenem tem 6 semanas e anda triste, chorando por tudo, sem vontade de nada. to preocupado com ela",
            "child_fever_worse",
        ),
    ],
)
def test_reading_errors_not_raised(lang: str, text: str, flag: str) -> None:
    level, ids = fired(text, lang)
    assert flag not in ids
    assert level not in (E, U)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "je tiens plus, le bebe pleure toute la nuit, je suis a bout"),
        ("pt", "minha bebe tem 5 semanas e to muito preocupada, ela nao ta bem"),
        ("en", "my baby is 5 weeks old and I'm really worried about him, he's not himself"),
    ],
)
def test_nearby_still_raised(lang: str, text: str) -> None:
    level, _ = fired(text, lang)
    assert level in (E, U)


def test_hot_flushes_still_read() -> None:
    _, ids = fired("tenho 42 anos e tenho calorões a noite, acho que é menopausa precoce", "pt")
    assert "menopause_check" in ids


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "my husband snores really loudly and sometimes stops breathing then snorts awake, he's exhausted all day",
        ),
        ("en", "my 4 year old snores and i think she stops breathing for a few seconds at night"),
        (
            "pt",
            "o meu filho de 5 anos ressona muito e a noite para de respirar uns segundos, de dia anda cansado",
        ),
    ],
)
def test_snoring_with_pauses_is_sleep_apnoea(lang: str, text: str) -> None:
    a = _ENGINE.assess(text, lang)
    assert "sleep_apnoea_signs" in {f.id for f in a.fired}
    assert a.level not in (E, U)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "my 3 month old baby snores and stops breathing for a few seconds"),
        ("pt", "meu filho de 4 anos parou de respirar e ficou molinho"),
        ("en", "I'm exhausted and can't breathe, lips going blue"),
    ],
)
def test_pauses_without_snoring_or_in_a_baby_stay_emergencies(lang: str, text: str) -> None:
    level, _ = fired(text, lang)
    assert level is E

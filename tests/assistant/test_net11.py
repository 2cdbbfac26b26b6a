"""Arabizi (Arabic in Latin letters with digits) emergencies and crisis read by the safety net
across dialects, short Arabizi messages never self-care, and `selfcare kb check` catching a
broken safety-net pattern."""

from __future__ import annotations

import shutil

import pytest
import yaml

from selfcare.assistant.engine import engine
from selfcare.assistant.kbcheck import check
from selfcare.assistant.knowledge.loader import ROOT
from tests.assistant.support import E, R, S, assert_level

# Egyptian, Levantine, Gulf and Maghrebi, first and third person, WhatsApp spellings.
ARABIZI_EMERGENCY = (
    "mafish nafas",
    "mafeesh nafas 3ando",
    "ma2dar etnaffas",
    "man9derch ntnfs",
    "abouya we2e3 w mesh biyrod",
    "mama wa23a w mesh bet fo2",
    "baba wi2e3 w ma bi7arek",
    "wesh n9der ndir? bba t7 w ma kaynodch",
    "ummi 6a7at w ma t7arrak",
    "sadri byewga3ni awi",
    "sadri bywaja3ni",
    "albi by2lmni",
    "waja3 fi sadri qawi",
    "sadri yoja3ni wayed",
    "jaddi wijho mayel w mesh 2ader yetkallem",
    "tata wejha mayel",
    "jedo wejho mayel fag2a",
    "khali fag2a mesh 2ader yetkallem",
    "a5ti shirbet clorox",
    "bnti shrbat javel",
    "ladaghni ta3ban",
    "ta3ban 3adni",
    "3a2rab 2arasni",
)
ARABIZI_CRISIS = (
    "bedde mout",
    "ana bady 2mot",
    "aby amoot",
    "abi amoot",
    "nheb nmout",
    "ana 7a2tel nafsi",
    "ghadi nqtel rassi",
    "ana abi antahir",
    "ma 3ad bdi 3eesh",
    "ma b9itsh baghi n3ich",
    "ana ta3ban 5ales w 3ayez a5las mn 7ayati",
    "7ayati malhash lazma",
    "3ayez amoot w khalas",
)
# Near misses: no appetite (nafs, not nafas), tired (ta3ban), wanting to live, a phone not
# answering, a fall after which he got up and moves, no more bread.
ARABIZI_NOT_EMERGENCY = (
    "mafish nafs akol",
    "ma3andish nafs a3mel 7aga",
    "ana ta3ban awi",
    "3ayez a3eesh",
    "bady akol",
    "ebni we2e3 bas 2am w bi7arek 3adi",
    "ma biyrodsh 3ala el phone",
    "albi ma3ak",
    "mafish 7aga",
    "mesh 3ayez 3eesh ba2a",  # Egyptian 3eesh: bread
)
# Short Arabizi with English words the full reading understands: never self-care.
ARABIZI_SHORT = ("3andi headache", "3andi sore throat", "3andi cough men yomen", "hay fever 3andi")
# Digits that are not Arabizi (doses, names, days in English, Hindi, Portuguese, French): still
# self-care.
ENGLISH_DIGITS = (
    "sore throat since 2days",
    "headache 2nd day",
    "can I take 2mg of something",
    "is omega3 good for dry eyes",
    "my 7yo has a runny nose",
    "mujhe 2din se zukam hai",
    "3din se khansi hai",
    "estou com tosse ha 3dias",
    "j'ai un rhume depuis 2jours",
)


@pytest.mark.parametrize("text", ARABIZI_EMERGENCY + ARABIZI_CRISIS)
def test_arabizi_emergency_and_crisis_reach_emergency(text: str) -> None:
    found = assert_level(engine(), text, E)
    assert found.language == "ar", found.language


@pytest.mark.parametrize("text", ARABIZI_CRISIS)
def test_arabizi_crisis_is_crisis(text: str) -> None:
    assert any(f.crisis for f in engine().assess(text).fired)


@pytest.mark.parametrize("text", ARABIZI_NOT_EMERGENCY)
def test_arabizi_near_misses_stay_not_understood(text: str) -> None:
    assert_level(engine(), text, R)


@pytest.mark.parametrize("text", ARABIZI_SHORT)
def test_short_arabizi_is_never_self_care(text: str) -> None:
    assert_level(engine(), text, R)


@pytest.mark.parametrize("text", ENGLISH_DIGITS)
def test_other_digits_stay_self_care(text: str) -> None:
    assert_level(engine(), text, S)


# Other net languages: third person, past tense, questions (someone who fell and is not
# answering, stopped breathing, says they do not want to live), and near misses.
OTHER_NET = (
    ("bapak saya jatuh dan tidak menjawab, saya harus bagaimana", "id", E),
    ("nenek jatuh di kamar mandi, tidak menyahut", "id", E),
    ("hp saya jatuh dan tidak menjawab telepon", "id", R),
    ("dia jatuh tapi sudah bangun dan menjawab", "id", R),
    ("baba mi subu ko si dahun mo", "yo", E),
    ("አባቴ ወደቀ እና አይመልስም ምን ላድርግ", "am", E),
    ("ano gagawin ko, nahulog si tatay at hindi sumasagot", "tl", E),
    ("mahaifina ya fadi kuma baya amsawa, me zan yi", "ha", E),
    ("ubaba uwile akaphenduli, ngenzeni", "zu", E),
    ("আমার বাবা পড়ে গেছেন আর সাড়া দিচ্ছেন না, কী করব", "bn", E),
    ("বাবা হঠাৎ পড়ে গেছে, নড়ছে না, এখন কী করব?", "bn", E),
    ("দাদি পড়ে গেছেন আর উঠতে পারছে না", "bn", E),
    ("ছেলে পড়ে গিয়েছিল কিন্তু এখন ঠিক আছে", "bn", R),
    ("মেয়ে বলছে সে আর বাঁচতে চায় না", "bn", E),
    ("ও আর খেতে চায় না", "bn", R),
    ("kakana ya daina numfashi", "ha", E),
    ("ya daina shan taba", "ha", R),
    ("apa yang harus saya lakukan, ayah saya jatuh dan tidak bergerak", "id", E),
    ("teman saya bilang dia mau bunuh diri malam ini", "id", E),
    ("kinagat ng ahas ang kapatid ko", "tl", E),
    ("biglang tumabingi ang mukha ni lola kanina", "tl", E),
    ("baba agba mi ko le soro lojiji, enu re wo", "yo", E),
    ("umama uwe waquleka akavuki", "zu", E),
    ("ወንድሜ ራሴን ማጥፋት እፈልጋለሁ አለ", "am", E),
)


@pytest.mark.parametrize(("text", "language", "level"), OTHER_NET)
def test_other_net_languages_third_person_and_questions(
    text: str, language: str, level: object
) -> None:
    found = assert_level(engine(), text, level)  # type: ignore[arg-type]
    assert found.language == language, found.language


# Hindi: panic attacks that keep coming back (NHS panic disorder: see a GP), no longer left to
# English; a single attack stays self-care.
HINDI_PANIC = (
    ("mujhe har hafte panic attack aata hai", R),
    ("hafte me 2 baar panic attack aata hai", R),
    ("हर हफ्ते घबराहट का दौरा आता है", R),
    ("घबराहट के दौरे बार बार आते हैं", R),
    ("ek baar panic attack aaya tha", S),
)


@pytest.mark.parametrize(("text", "level"), HINDI_PANIC)
def test_hindi_panic_attacks_that_keep_coming_back(text: str, level: object) -> None:
    found = assert_level(engine(), text, level, "hi")  # type: ignore[arg-type]
    if level is R:
        assert "panic_recurrent" in [f.id for f in found.fired]


def test_hindi_says_panic_recurrent_in_both_scripts() -> None:
    languages = engine().kb.languages
    assert "panic_recurrent" not in languages["hi"].spec.fallbacks
    assert "panic_recurrent" not in languages["hi-latn"].spec.fallbacks
    assert "घबराहट" in languages["hi"].red_flags["panic_recurrent"].say
    assert "ghabrahat" in languages["hi-latn"].red_flags["panic_recurrent"].say


# kb check on a copy with broken safety-net patterns: each is named with its file and record.
BROKEN = {
    "not_breathing": "(?:unbalanced",
    "unconscious": "x*",
    "chest_pain": "ok|sadr",
    "bleeding": "dam$kteer",
    "fit": "(?!)sar3",
}


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    root = tmp_path_factory.mktemp("net11") / "kb"
    shutil.copytree(ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__", "training"))
    path = root / "safety_net" / "ar.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for kind, pattern in BROKEN.items():
        data["statements"][kind].append(pattern)
    data["negation"] += "|(?:"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return [str(p) for p in check(root)[1]]


@pytest.mark.parametrize(
    ("record", "what"),
    [
        ("statements: not_breathing", "does not compile"),
        ("statements: unconscious", "matches the empty string"),
        ("statements: chest_pain", "matches an everyday message"),
        ("statements: bleeding", "can never match"),
        ("statements: fit", "can never match"),
        ("negation", "does not compile"),
    ],
)
def test_kb_check_names_a_broken_net_pattern(broken: list[str], record: str, what: str) -> None:
    assert any("ar.yaml" in p and f"{record}" in p and what in p for p in broken), broken

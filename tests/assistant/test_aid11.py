"""First aid said to the right person (aid11).

An emergency's first-aid line was shown as written, whoever the message was about: "my dad
has crushing chest pain" got "sit down and rest; chew one 300 mg aspirin…", and a baby who
will not wake got the adult recovery position. A red flag's words now give the line for
another adult, a child or a baby (``first_aid_for``), from NHS first-aid guidance: the helper
helps them sit and gives the aspirin; no aspirin under 16; a baby is held on their side in
your arms, head lower, and gets baby CPR. Where English has such a line every language has
it, or lists it as a fallback (``selfcare kb check``).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from selfcare.assistant.knowledge.loader import ROOT, read
from selfcare.assistant.render.words import Words
from tests.assistant.support import UK, Chat, E, joined, kb, words

BRAZIL, SPAIN, FRANCE, KENYA, INDIA = (
    "+5511987654321",
    "+34612345678",
    "+33612345678",
    "+254712345678",
    "+919812345678",
)

# "language red-flag whose: message": the reply's language, the red flag deciding it, whose
# line it shows (self, other, child, baby, or "-" for the red flag's own first_aid).
CASES = [
    "en breathing_severe -: my dad cant breathe and his lips are going blue",
    "en anaphylaxis -: my son is allergic to nuts and his throat is swelling",
    "en chest_pain_cardiac other: my dad has crushing chest pain spreading to his arm",
    "en chest_pain_cardiac other: mums got chest pain going into her arm and shes sweating",
    (
        "en chest_pain_cardiac other: my husband has a pressure in"
        " his chest for 30 mins and feels sick"
    ),
    "en chest_pain_cardiac other: grandad chest pain down left arm, clammy",
    "pt chest_pain_cardiac other: meu pai está com uma dor forte no peito que vai pro braço",
    "es chest_pain_cardiac other: mi padre tiene un dolor fuerte en el pecho que le baja al brazo",
    "fr chest_pain_cardiac other: mon père a une douleur dans la poitrine qui descend dans le bras",
    "sw chest_pain_cardiac other: baba yangu ana maumivu makali ya kifua yanayoenda kwenye mkono",
    "hi chest_pain_cardiac other: मेरे पापा के सीने में तेज दर्द है जो बाएं हाथ तक जा रहा है",
    (
        "hi-latn chest_pain_cardiac other: mere papa ke seene me tez"
        " dard hai jo baayein haath tak ja raha hai"
    ),
    (
        "en chest_pain_cardiac child: my 14 year old son has chest"
        " pain going down his arm and is sweating"
    ),
    (
        "pt chest_pain_cardiac child: minha filha de 10 anos está"
        " com dor no peito que vai para o braço e suando"
    ),
    (
        "en thunderclap_headache other: my sister has the worst"
        " headache of her life, came on suddenly like a thunderclap"
    ),
    "en unresponsive baby: my 2 month old baby is floppy and wont wake up",
    "en unresponsive baby: my baby wont wake up, shes 5 months",
    "pt unresponsive baby: meu bebê de 4 meses está mole e quase não acorda",
    "es unresponsive baby: mi bebé de 3 meses no despierta",
    "fr unresponsive baby: mon bébé de 2 mois ne se réveille pas",
    "sw unresponsive baby: mtoto wangu mchanga wa miezi 3 haamki",
    "hi-latn unresponsive baby: mera 3 mahine ka baby uth nahi raha",
    "en not_breathing baby: my baby isn't breathing",
    "en not_breathing child: my son is 6 and he isnt breathing",
    "en choking baby: my baby is choking",
    "en poisoning baby: my 9 month old swallowed some bleach",
    "es not_breathing baby: mi hijo de 8 meses no respira",
    "fr not_breathing baby: mon bébé de 6 mois ne respire plus",
    "en testicle_sudden_pain other: my son is 12 and has sudden severe pain in his testicle",
    "en vomiting_blood other: my brother is vomiting blood",
    "es vomiting_blood other: mi madre está vomitando sangre",
    "fr vomiting_blood other: mon mari vomit du sang",
    "sw vomiting_blood other: mama yangu anatapika damu",
    "hi-latn vomiting_blood other: meri maa khoon ki ulti kar rahi hai",
    (
        "fr asthma_attack_reliever_failing other: ma femme a une"
        " crise d'asthme et sa ventoline ne marche pas"
    ),
    "en preterm_labour_or_waters other: my wife is 32 weeks pregnant and her waters have broken",
]

# Near misses: the writer's own emergency keeps the line written to them; where the line was
# written to a helper ("sit them upright"), the writer now gets one written to them, "self".
OWN = [
    "en sudden_confusion self: im diabetic and having a hypo, shaky and confused",
    "en breathing_severe self: i cant breathe, my lips are going blue",
    "en anaphylaxis self: im allergic to peanuts and my throat is closing up",
    "en overdose self: i took 30 paracetamol by mistake",
    "es breathing_severe self: no puedo respirar y tengo los labios morados",
    "fr anaphylaxis self: je suis allergique aux arachides et ma gorge gonfle",
    "pt overdose self: tomei 30 comprimidos de paracetamol sem querer",
    "sw breathing_severe self: siwezi kupumua na midomo yangu inabadilika kuwa ya bluu",
    "en chest_pain_cardiac -: i have crushing chest pain going down my arm",
    "en chest_pain_cardiac -: chest pain spreading to my jaw and im sweating",
    "en thunderclap_headache -: sudden worst headache of my life came on in seconds",
    "en asthma_attack_reliever_failing -: my asthma pump isnt working and i cant catch my breath",
    "en unresponsive -: my husband collapsed and won't wake up",
    "en preterm_labour_or_waters -: im 32 weeks pregnant and my waters have broken",
    "en vomiting_blood -: i am vomiting blood",
    "es vomiting_blood -: estoy vomitando sangre",
    "pt chest_pain_cardiac -: estou com dor no peito que vai para o braço e suando frio",
    (
        "es chest_pain_cardiac -: tengo un dolor fuerte en el pecho"
        " que me baja al brazo y estoy sudando"
    ),
    (
        "fr chest_pain_cardiac -: j'ai une douleur dans la poitrine"
        " qui descend dans le bras et je transpire"
    ),
    (
        "sw chest_pain_cardiac self: nina maumivu makali ya kifua"
        " yanayoenda kwenye mkono na natoka jasho"
    ),
    ("hi chest_pain_cardiac self: मेरे सीने में तेज दर्द है जो बाएं हाथ तक जा रहा है और पसीना आ रहा है"),
    (
        "hi-latn chest_pain_cardiac self: mere seene me tez dard hai"
        " jo haath tak ja raha hai aur pasina aa raha hai"
    ),
]

# The person's phone, so that the country and the language of the reply are theirs.
PHONE = {"en": UK, "es": SPAIN, "pt": BRAZIL, "fr": FRANCE, "sw": KENYA, "hi": INDIA}
PHONE["hi-latn"] = INDIA


def _line(language: str, flag_id: str, whom: str) -> str:
    said = kb().languages[language].red_flags[flag_id]
    line = said.first_aid if whom == "-" else said.first_aid_for[whom]  # type: ignore[index]
    assert line
    return line


@pytest.mark.parametrize("case", CASES + OWN)
def test_the_first_aid_line_is_for_whom_the_message_is_about(case: str) -> None:
    head, message = case.split(": ", 1)
    language, flag_id, whom = head.split()
    reply = Chat(PHONE[language]).send(message)
    text = reply.texts[0]
    assert reply.triage is E, (message, text)
    assert _line(language, flag_id, whom)[1:] in text, (message, text)
    others = kb().languages[language].red_flags[flag_id]
    shown_elsewhere = [others.first_aid or "", *others.first_aid_for.values()]
    wrong = [line for line in shown_elsewhere if line != _line(language, flag_id, whom)]
    assert not any(line[1:] in text for line in wrong if line), (message, text)


# Phrases that only fit the writer (told to sit down, to bring their own medicines, "if you
# feel faint"), and adult first aid (aspirin to chew, the adult recovery position), never
# shown for someone else.
_WRITER = (
    r"^(?:sit|lie)(?: or lie)?(?: down| up| still| upright| on your)|^(?:keep warm|keep still|rest"
    r"\b|stop exercising)|\b(?:if|unless) you (?:are|feel|have been|cannot)\b|\bin case you"
    r" need\b|\byour (?:medicines|usual|maternity|blood pressure|sickle|bladder)\b|\bdrive"
    r" yourself\b|\bspit out what you\b"
)
_ADULT = r"\bchew\b|\bgive them [^.;]*aspirin"
NOT_FOR = {
    "other": re.compile(_WRITER),
    "child": re.compile(f"{_WRITER}|{_ADULT}"),
    "baby": re.compile(
        f"{_WRITER}|{_ADULT}|\\b(?:lie|put) them on their side\\b|recovery position"
    ),
}


@pytest.mark.parametrize("whom", list(NOT_FOR))
def test_no_emergency_first_aid_in_english_misfits_the_audience(whom: str) -> None:
    """Every emergency that can concern the audience: its line for them never tells the
    writer to sit down and chew an aspirin, never gives a child aspirin, never lies a baby
    down in the adult recovery position."""
    w = words()
    wrong = []
    for flag in kb().red_flags.values():
        if flag.level != "emergency" or flag.id == "labour_danger_signs":
            continue  # labour: "if the baby is coming, lie on your side" is for the mother
        if whom != "other" and not flag.concerns(whom):
            continue
        line = w.first_aid(flag.id, whom)  # type: ignore[arg-type]
        if line and NOT_FOR[whom].search(line.lower()):
            wrong.append((flag.id, line))
    assert not wrong, wrong


FOR_BABY_AND_CHILD = [
    ("chest_pain_cardiac", "child", "aspirin"),
    ("chest_pain_cardiac", "baby", "aspirin"),
    ("neck_pain_chest", "child", "aspirin"),
    ("unresponsive", "baby", "in your arms"),
    ("poisoning", "baby", "in your arms"),
    ("head_injury_serious", "baby", "in your arms"),
    ("not_breathing", "baby", "2 fingers"),
]


@pytest.mark.parametrize(("flag_id", "whom", "word"), FOR_BABY_AND_CHILD)
def test_children_and_babies_get_their_own_first_aid(flag_id: str, whom: str, word: str) -> None:
    line = words().first_aid(flag_id, whom)  # type: ignore[arg-type]
    assert line and word in line, line
    if word == "aspirin":
        assert "do not give aspirin" in line.lower(), line
    # every language says it too: the same record, not the adult's line
    for code, language in kb().languages.items():
        said = language.red_flags.get(flag_id)
        if said is not None:
            assert whom in said.first_aid_for, (code, flag_id, whom)


def test_a_child_with_no_line_of_their_own_gets_the_line_for_someone_else() -> None:
    """A child or a baby is someone else too: with no line of their own, the other adult's
    line is shown, not the writer's."""
    w = words()
    said = kb().reference.red_flags["aortic_dissection_signs"]
    assert "child" not in said.first_aid_for and "baby" not in said.first_aid_for
    assert w.first_aid("aortic_dissection_signs", "child") == said.first_aid_for["other"]
    assert w.first_aid("aortic_dissection_signs", "self") == said.first_aid
    # a red flag without any audience line shows its one line to everyone
    plain = kb().reference.red_flags["seizure"]
    assert not plain.first_aid_for
    for whom in ("self", "other", "child", "baby"):
        assert w.first_aid("seizure", whom) == plain.first_aid  # type: ignore[arg-type]


def test_a_language_lacking_the_audience_line_falls_back_to_english() -> None:
    """Shown English's line for the audience rather than the language's adult one (a listed
    fallback): first aid for the writer is no first aid for their baby."""
    k = kb()
    pt = k.languages["pt"]
    record = pt.red_flags["unresponsive"]
    bare = record.model_copy(update={"first_aid_for": {}})
    language = type(pt)(**{**vars(pt), "red_flags": {**pt.red_flags, "unresponsive": bare}})
    w = Words(language, language, words().where, k.reference)
    english = k.reference.red_flags["unresponsive"].first_aid_for["baby"]
    assert w.first_aid("unresponsive", "baby") == english
    assert w.first_aid("unresponsive", "other") == record.first_aid


def _yaml_without(path: Path, flag_id: str, whom: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    start = lines.index(f"{flag_id}:")
    at = next(i for i in range(start, len(lines)) if lines[i].startswith(f"    {whom}: "))
    del lines[at]
    path.write_text("\n".join(lines), encoding="utf-8")


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    shutil.copytree(ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__", "training"))
    return root


def test_kb_check_lists_a_language_lacking_an_audience_line(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    _yaml_without(
        root / "languages" / "fr" / "red_flags" / "heart_lungs.yaml", "chest_pain_cardiac", "child"
    )
    problems = [str(p) for p in read(root)[1]]
    assert any(
        "fr" in p and "chest_pain_cardiac: first_aid_for missing in fr: child" in p
        for p in problems
    ), problems
    # listed as a fallback: English's line is shown, and it is no problem
    spec = root / "languages" / "fr" / "language.yaml"
    text = spec.read_text(encoding="utf-8")
    spec.write_text(
        text.replace("fallbacks: []", "fallbacks: ['first_aid_for:chest_pain_cardiac']"),
        encoding="utf-8",
    )
    assert not [p for p in map(str, read(root)[1]) if "first_aid_for" in p]


def test_an_unknown_audience_is_refused(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    path = root / "languages" / "en" / "red_flags" / "heart_lungs.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    other: ", "    grandma: ", 1), encoding="utf-8")
    problems = [str(p) for p in read(root)[1]]
    assert any("heart_lungs" in p and "grandma" in p for p in problems), problems


# A broad red flag (any heavy bleeding) gives way to a narrower one at the same level: its
# reason and first aid are the narrower one's. Alone, it decides.
NARROWER = [
    ("my wife is pregnant and bleeding heavily", "pads", "press firmly"),
    ("my mums nose has been bleeding for 40 minutes and wont stop", "pinch", "press firmly"),
    ("cut my hand on glass, blood pouring out wont stop", "press", "pads"),
]


@pytest.mark.parametrize(("text", "shown", "not_shown"), NARROWER)
def test_a_broad_red_flag_gives_way_to_a_narrower_one(
    text: str, shown: str, not_shown: str
) -> None:
    reply = joined(Chat(phone=UK).send(text)).lower()
    assert reply.startswith("call 999")
    assert shown in reply and not_shown not in reply, reply[:400]

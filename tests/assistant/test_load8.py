"""A cold start reads what earlier runs kept (the validated knowledge base, compiled
patterns, the language model's table): each must give exactly what building it anew gives,
and a kept copy that no longer matches its files, or is not what we wrote, is never used."""

from __future__ import annotations

import io
import json
import os
import pickle
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from selfcare.assistant.engine import Engine, detect, patterns, similarity
from selfcare.assistant.engine.patterns import PatternStore
from selfcare.assistant.engine.similarity import Model
from selfcare.assistant.knowledge import loader
from selfcare.assistant.knowledge.loader import CACHE_ENV, ROOT, Knowledge, read
from tests.assistant.support import CRISIS_PHRASES, EMERGENCY_PHRASES, SOFTENING

VIGNETTES = Path(__file__).parents[1] / "data" / "vignettes"

# Our own phrasings, several languages and levels, beside the test vignettes.
OWN = (
    "my throat has been scratchy for two days and swallowing hurts a bit",
    "i think i sprained my ankle playing football, it's puffy but i can walk on it",
    "my 3 month old has a temperature of 38.4",
    "severe headache, worst ever, came on suddenly while lifting",
    "no fever, just a blocked nose and sneezing",
    "i had chest pain last year but now i just have a cough",
    "what if my son gets a rash that doesn't fade",
    "tengo tos y mocos desde hace una semana",
    "mi bebé no respira bien y tiene los labios morados",
    "estou com dor de cabeça e febre há dois dias",
    "mon fils a de la fièvre et vomit depuis ce matin",
    "nina homa na maumivu ya kichwa tangu jana",
    "mujhe do din se bukhar hai aur sar dard bhi",
    "मुझे तीन दिन से खांसी है",
    "hello",
    "asdf qwerty",
)


def messages() -> list[str]:
    texts = [*OWN, *EMERGENCY_PHRASES, *CRISIS_PHRASES, *SOFTENING]
    for path in sorted(VIGNETTES.glob("*.jsonl")):
        if path.name == "blind.jsonl":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(str(json.loads(line)["text"]))
    return texts


def fresh_load(root: Path = ROOT) -> Knowledge:
    """:func:`loader.load` as a new process runs it (the in-process cache bypassed)."""
    return loader.load.__wrapped__(root)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder


def test_the_kept_knowledge_base_is_the_one_read(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made, problems = read(ROOT)
    assert not problems
    first = fresh_load()
    assert len(list(cache.glob("knowledge-*.pickle"))) == 1, "kept after the first read"
    monkeypatch.setattr(loader, "read", lambda root: pytest.fail("read again"))
    kept = fresh_load()
    assert kept == made == first
    assert kept.digest == made.digest
    assert list(kept.findings) == list(made.findings)
    assert list(kept.red_flags) == list(made.red_flags), "the same order: most urgent first"
    assert list(kept.topics) == list(made.topics)
    assert list(kept.languages) == list(made.languages)
    for code, language in made.languages.items():
        assert kept.languages[code] == language, code
    assert kept.safety_net == made.safety_net
    assert kept.countries == made.countries


def test_engines_on_the_kept_and_the_read_knowledge_assess_alike(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh_load()
    kept = fresh_load()
    made, _ = read(ROOT)
    monkeypatch.delenv(CACHE_ENV)  # the engines use the usual pattern cache
    texts = messages()
    assert len(texts) >= 200
    on_kept, on_made = Engine(kept), Engine(made)
    for text in texts:
        assert on_kept.assess(text) == on_made.assess(text), text


def _copy(root: Path) -> Path:
    shutil.copytree(ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__", "training"))
    return root


def test_a_changed_file_reads_the_knowledge_base_again(cache: Path, tmp_path: Path) -> None:
    root = _copy(tmp_path / "kb")
    before = fresh_load(root)
    topic = root / "languages" / "en" / "topics" / "sore_throat.yaml"
    text = topic.read_text(encoding="utf-8")
    assert "title: Sore throat" in text
    topic.write_text(text.replace("title: Sore throat", "title: Throat soreness"), "utf-8")
    after = fresh_load(root)
    assert after.languages["en"].topics["sore_throat"].title == "Throat soreness"
    assert after.digest != before.digest
    assert after == read(root)[0]
    assert len(list(cache.glob("knowledge-*.pickle"))) == 2, "kept anew under the new files"
    # and back: the first copy is the one that matches again
    topic.write_text(text, "utf-8")
    assert fresh_load(root) == before


def test_an_invalid_knowledge_base_is_never_kept(cache: Path, tmp_path: Path) -> None:
    root = _copy(tmp_path / "kb")
    topic = root / "languages" / "en" / "topics" / "sore_throat.yaml"
    topic.write_text(topic.read_text("utf-8").replace("title: Sore throat", "title: S"), "utf-8")
    with pytest.raises(loader.KnowledgeError):
        fresh_load(root)
    assert not list(cache.glob("knowledge-*.pickle"))


class _Evil:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.getenv, ("HOME",))


def test_a_kept_file_that_is_not_ours_is_not_loaded(cache: Path) -> None:
    made = fresh_load()
    (kept,) = cache.glob("knowledge-*.pickle")
    kept.write_bytes(pickle.dumps(_Evil()))  # would call a function on load
    with pytest.raises(pickle.UnpicklingError):
        loader._KnowledgeUnpickler(io.BytesIO(kept.read_bytes())).load()
    assert fresh_load() == made, "read from the files instead"
    kept.write_bytes(b"\x80\x05not a pickle")
    assert fresh_load() == made
    kept.write_bytes(pickle.dumps({"findings": {}}))  # ours to make, but not a knowledge base
    assert fresh_load() == made
    # the near miss: the file as we write it loads
    kept.write_bytes(pickle.dumps(made))
    assert loader._KnowledgeUnpickler(io.BytesIO(kept.read_bytes())).load() == made


def test_a_pattern_kept_with_and_without_ignorecase_keeps_both(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The safety net compiles each statement both ways: kept under one key, each undid the
    other and every start compiled them all again (most of a cold start)."""
    source = r"(?:no (?:puede|consigue) respirar|labios morados)"
    first = PatternStore("patterns-test-flags.marshal")
    either = first.compile(source, re.IGNORECASE)
    exact = first.exact_case(source)
    assert exact is not None
    first.save()
    fail = SimpleNamespace(parse=lambda *a: pytest.fail("compiled again"))
    monkeypatch.setattr(patterns, "_parser", fail)
    kept = PatternStore("patterns-test-flags.marshal")
    assert kept.compile(source, re.IGNORECASE) == either == re.compile(source, re.IGNORECASE)
    assert kept.exact_case(source) == exact == re.compile(source)
    assert kept.compile(source).flags != kept.compile(source, re.IGNORECASE).flags
    assert kept.compile(source, re.IGNORECASE).search("LABIOS MORADOS")
    assert not kept.compile(source).search("LABIOS MORADOS")


def test_the_kept_language_model_ranks_as_the_shipped_one(cache: Path) -> None:
    codes = ("en", "es", "pt", "fr", "sw", "hi", "de", "it")
    shipped = detect._new_model(codes)  # unpacked from the wheel, then kept
    kept = detect._kept_model(codes)
    assert kept is not None
    assert isinstance(kept.tk_nextmove, memoryview), "the table is mapped, not read"
    for text in messages():
        assert kept.rank(text) == shipped.rank(text), text
    # a table cut short (a write that never finished) is not used
    (table,) = cache.glob("langid-*.nextmove")
    table.write_bytes(table.read_bytes()[:1000])
    assert detect._kept_model(codes) is None
    table.unlink()
    assert detect._kept_model(codes) is None


def test_a_kept_similarity_model_is_the_shipped_one(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "en.model.json"
    shutil.copy(ROOT / "training" / "en.model.json", path)
    shipped = Model.load(path)
    assert len(list(cache.glob("similarity-*.marshal"))) == 1
    with monkeypatch.context() as m:
        m.setattr(similarity.json, "loads", lambda *a: pytest.fail("decoded again"))
        kept = Model.load(path)
    assert kept == shipped
    for text in messages():
        assert kept.probabilities(text) == shipped.probabilities(text), text
    # a changed file is decoded again, not taken for the kept one
    data = json.loads(path.read_text("utf-8"))
    data["thresholds"] = {level: 1.0 for level in data["thresholds"]}
    path.write_text(json.dumps(data), "utf-8")
    changed = Model.load(path)
    assert changed != shipped
    assert set(changed.thresholds.values()) == {1.0}

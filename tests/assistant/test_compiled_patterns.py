"""The engine's speed-ups must not change a single match: patterns kept between runs are the
very patterns ``re`` compiles, and trying a finding only where it can begin finds what running
it over the whole text finds."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from selfcare.assistant.engine import Engine, topics
from selfcare.assistant.engine import patterns as patterns_module
from selfcare.assistant.engine.lexicon import Expander, Lexicon
from selfcare.assistant.engine.patterns import PatternStore
from selfcare.assistant.knowledge import load
from selfcare.assistant.knowledge.loader import CACHE_ENV, ROOT, read, read_cache


@pytest.fixture(scope="module")
def engine() -> Engine:
    engine = Engine(similarity=False)
    engine.warm()
    return engine


# Recompiling every pattern of every language takes a minute and more on a loaded 2-core
# machine (93 s seen at load 15): the suite's 120 s timeout guards against hangs, not speed.
@pytest.mark.timeout(600)
def test_kept_patterns_are_what_re_compiles(engine: Engine) -> None:
    """The patterns rebuilt from the code kept on disk are the very ones ``re`` compiles."""
    for code in engine.understands:
        lexicon = engine.reader(code).lexicon
        for compiled in (*lexicon.findings.values(), *lexicon.absent.values()):
            assert compiled.pattern == re.compile(compiled.pattern.pattern)


def test_what_the_engine_keeps_between_runs_is_what_the_code_makes_now(engine: Engine) -> None:
    """The engine's patterns and topic aliases come from the store kept on disk (expanded and
    normalised in an earlier run): they must equal what expanding and normalising give now."""
    for code in {engine.reader(code).code for code in engine.understands}:
        reader = engine.reader(code)
        language = engine.kb.languages[code]
        expander = Expander(language.spec)
        for kept, made in ((reader.lexicon.findings, "words"), (reader.lexicon.absent, "absent")):
            now = {
                name: expander.source(getattr(words, made))
                for name, words in language.findings.items()
                if getattr(words, made)
            }
            assert {name: c.pattern.pattern for name, c in kept.items()} == now, code
        made_index = topics.TopicIndex.build(
            engine.kb.topics,
            language,
            reader.normalise,
            reader.normalise.words,
            variants=engine.kb.variants(code),
        )
        assert engine.index(code) == made_index, code


def test_a_store_written_then_read_gives_the_same_patterns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    source = r"(?<![^\W_])(?:chest (?:pain|tightness)|(?P<x>can ?t) breathe)(?![^\W_])"
    first = PatternStore("patterns-test-a.marshal")
    made = first.finding(source)
    assert first.expansion("key", lambda: "made once") == "made once"
    first.save()
    assert (tmp_path / "patterns-test-a.marshal").is_file()
    kept = PatternStore("patterns-test-a.marshal")
    assert kept.expansion("key", lambda: pytest.fail("made again")) == "made once"
    again = kept.finding(source)
    assert again == made
    assert again[0] == re.compile(source)
    assert again[0].search("i have chest pain").group() == "chest pain"


def test_a_damaged_or_unwritable_store_falls_back_to_compiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    (tmp_path / "patterns-test-b.marshal").write_bytes(b"\x00not marshal at all")
    store = PatternStore("patterns-test-b.marshal")
    assert store.compile("sore throat").search("a sore throat")
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "file-not-dir"))
    (tmp_path / "file-not-dir").write_text("x")
    unwritable = PatternStore("patterns-test-c.marshal")
    assert unwritable.compile("fever").search("a fever")
    unwritable.save()  # silently nothing


def test_a_changed_knowledge_base_starts_from_the_patterns_kept_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After an edit (a new digest) only what changed is compiled: the store starts from the
    newest file kept for its part, and keeps only what the new knowledge base used."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    old = PatternStore.open("xx", "digest-one")
    old.finding("chest pain")
    old.finding("no longer used")
    old.save()
    new = PatternStore.open("xx", "digest-two")
    monkeypatch.setattr(patterns_module._parser, "parse", lambda *a: pytest.fail("compiled"))
    assert new.finding("chest pain")[0].search("i have chest pain")
    monkeypatch.undo()
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    assert new.finding("fever")[0].search("a fever")  # new since: compiled
    new.save()
    kept = {p.name: read_cache(p.name) for p in tmp_path.glob("patterns-xx-*")}
    assert len(kept) == 2
    (newest,) = (v for k, v in kept.items() if k.endswith("digest-two.marshal"))
    assert set(newest) == {"chest pain", "fever"}
    other = PatternStore.open("yy", "digest-two")  # another part starts from nothing
    assert other._entries == {}


def test_a_bad_pattern_still_names_the_finding() -> None:
    kb = load()
    spec = kb.languages["en"].spec
    words = {"broken": kb.languages["en"].findings["fever"].model_copy(update={"words": ("a(",)})}
    with pytest.raises(ValueError, match="broken"):
        Lexicon(spec, words, PatternStore())


def test_parsed_files_are_kept_per_knowledge_folder_and_only_those_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checkouts sharing a machine shared one parsed-files cache, which grew with every
    checkout's files until reading it took seconds at each start (cold load 0.7 s -> 2.9 s)."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    copies = []
    for name in ("a", "b"):
        root = tmp_path / name
        shutil.copytree(
            ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__", "training")
        )
        copies.append(root)
    for root in copies:
        read(root)
    kept = sorted((tmp_path / "cache").glob("files-*"))
    assert len(kept) == 2, "one parsed-files cache per knowledge folder"
    for path in kept:
        entries = read_cache(path.name)
        folders = {Path(p).relative_to(tmp_path).parts[0] for p in entries}
        assert len(folders) == 1, "a folder's cache holds only its own files"
    (copies[0] / "countries" / "gb.yaml").unlink()
    read(copies[0])
    names = {Path(p).name for path in kept for p in read_cache(path.name) if "/a/" in p}
    assert "gb.yaml" not in names, "a file no longer read is dropped from the cache"

"""Reading the knowledge base: every file validated, every cross-reference checked.

:func:`read` never raises: a bad file or record is reported as a :class:`Problem` and left
out, so ``selfcare kb check`` can list every problem at once. :func:`load` is the strict,
cached form the engine uses: any problem is a :class:`KnowledgeError`; a knowledge base it
found valid is kept between runs until a file or the checking code changes.
"""

from __future__ import annotations

import hashlib
import io
import marshal
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import pydantic
import yaml
from pydantic import BaseModel, ValidationError

from selfcare.assistant.knowledge.schema import (
    FAMILY_AUDIENCES,
    Commands,
    Country,
    Finding,
    FindingWords,
    LanguageSpec,
    Medicines,
    MedicineWords,
    RedFlag,
    RedFlagWords,
    SafetyNet,
    Topic,
    TopicText,
)

ROOT = Path(__file__).parent
REFERENCE = "en"  # every record must have words in the reference language
LEVEL_ORDER = ("emergency", "urgent", "routine")

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True, slots=True)
class Problem:
    path: Path
    message: str

    def __str__(self) -> str:
        try:
            where = self.path.relative_to(ROOT)
        except ValueError:
            where = self.path
        return f"{where}: {self.message}"


class KnowledgeError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        head = "; ".join(str(p) for p in problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        super().__init__(f"{head}{more}")


@dataclass(frozen=True)
class Language:
    """One language's files: its spec and its words for the records."""

    spec: LanguageSpec
    findings: Mapping[str, FindingWords]
    red_flags: Mapping[str, RedFlagWords]
    topics: Mapping[str, TopicText]
    medicines: MedicineWords | None = None
    strings: Mapping[str, str | tuple[str, ...]] = field(default_factory=dict)
    commands: Commands | None = None
    # A variant's own short names for findings (``labels.yaml``): it reads with its base's
    # words, but its replies name what the person reported in its own script.
    labels: Mapping[str, str] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return self.spec.code


@dataclass(frozen=True)
class Knowledge:
    findings: Mapping[str, Finding]
    red_flags: Mapping[str, RedFlag]  # most urgent first; file order within a level
    topics: Mapping[str, Topic]
    languages: Mapping[str, Language]
    countries: Mapping[str, Country] = field(default_factory=dict)  # by ISO code
    medicines: Medicines | None = None
    safety_net: Mapping[str, SafetyNet] = field(default_factory=dict)  # by language code
    root: Path = ROOT
    digest: str = ""  # of every file read: what derived data kept between runs is keyed by

    @property
    def reference(self) -> Language:
        return self.languages[REFERENCE]

    def variants(self, code: str) -> tuple[Language, ...]:
        """The languages that read with ``code``'s words (hi-latn for hi)."""
        return tuple(lang for lang in self.languages.values() if lang.spec.base == code)


# --- reading files ----------------------------------------------------------------------------


class _Strict(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The C loader when PyYAML has it (several times faster), refusing a key given twice
    in one mapping: YAML would silently keep the last, and a row would lose a condition."""

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"{key!r} is given twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _yaml_text(text: str) -> Any:
    return yaml.load(text, Loader=_Strict)


# --- derived data kept between runs -----------------------------------------------------------

CACHE_ENV = "SELFCARE_CACHE_DIR"  # where; empty: keep nothing


def cache_dir() -> Path | None:
    """Where derived data (parsed files, compiled patterns) is kept between runs: the
    user's cache directory unless ``SELFCARE_CACHE_DIR`` says otherwise (empty: nowhere)."""
    where = os.environ.get(CACHE_ENV)
    if where is not None:
        return Path(where) if where else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "selfcare"


def read_cache(name: str) -> Any:
    """What :func:`write_cache` kept under ``name``; None when there is none or it is bad.
    ``marshal``, not ``pickle``: loading it cannot run code."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return marshal.loads((folder / name).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def read_newest_cache(prefix: str) -> Any:
    """:func:`read_cache` of the newest file kept whose name starts with ``prefix``."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        newest = max(folder.glob(f"{prefix}*"), key=lambda p: p.stat().st_mtime, default=None)
    except OSError:
        return None
    return None if newest is None else read_cache(newest.name)


KEEP = 8  # files of one kind kept (the newest): several checkouts on one machine share it


def write_cache(name: str, value: Any, kind: str | None = None) -> None:
    """Keep ``value`` (plain data) under ``name``, atomically; silently not when the cache
    directory is unwritable. Older files of the same ``kind`` (the start of their names;
    by default up to the first ``-``) beyond the newest :data:`KEEP` are removed."""
    try:
        data = marshal.dumps(value)
    except ValueError:
        return
    _write_bytes(name, data, kind)


def _write_bytes(name: str, data: bytes, kind: str | None = None) -> None:
    """:func:`write_cache` for bytes already made."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, folder / name)
        kind = kind or name.split("-", 1)[0] + "-"
        older = sorted(folder.glob(f"{kind}*"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in older[KEEP:]:
            stale.unlink(missing_ok=True)
    except (OSError, ValueError):
        return


def _files_cache_name(root: Path) -> str:
    # One file per knowledge folder: checkouts sharing a machine (and its cache) do not
    # fill one file with each other's entries, which made every start read all of them.
    key = f"{sys.version}|{yaml.__version__}|{root.resolve()}"
    return f"files-{hashlib.sha256(key.encode()).hexdigest()[:12]}.marshal"


def _invalid(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


class _Reader:
    def __init__(self, root: Path) -> None:
        self.problems: list[Problem] = []
        self.files: dict[str, Path] = {}  # where each record was read, for messages
        # Parsing YAML is most of reading the knowledge base: each file's data is kept
        # between runs by the hash of its bytes (any edit parses it again).
        self.cache_name = _files_cache_name(root)
        kept = read_cache(self.cache_name)
        self.kept: dict[str, tuple[str, Any]] = kept if isinstance(kept, dict) else {}
        self.parsed: dict[str, tuple[str, Any]] = {}
        self.reused: set[str] = set()  # kept entries read this run
        self.digest = hashlib.sha256()

    def problem(self, path: Path, message: str) -> None:
        self.problems.append(Problem(path, message))

    def data(self, path: Path) -> Any:
        try:
            raw = path.read_bytes()
            sha = hashlib.sha256(raw).hexdigest()
            self.digest.update(f"{path}\0{sha}\0".encode())
            kept = self.kept.get(str(path))
            if kept is not None and kept[0] == sha:
                self.reused.add(str(path))
                return kept[1]
            # as Path.read_text reads it: universal newlines
            text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
            value = _yaml_text(text)
        except (yaml.YAMLError, OSError, UnicodeDecodeError) as exc:
            self.problem(path, str(exc).splitlines()[0])
            return None
        self.parsed[str(path)] = (sha, value)
        return value

    def keep(self) -> None:
        """Keep newly parsed files' data for the next run (those marshal can hold)."""
        if not self.parsed and len(self.reused) == len(self.kept):
            return
        # Only the files read this run: a file deleted or moved does not stay forever.
        kept = {name: self.kept[name] for name in self.reused}
        for name, entry in self.parsed.items():
            try:
                marshal.dumps(entry)
            except ValueError:  # a YAML date or another type marshal does not know
                continue
            kept[name] = entry
        write_cache(self.cache_name, kept)

    def one(self, model: type[M], path: Path, raw: Any, what: str) -> M | None:
        try:
            return model.model_validate(raw)
        except ValidationError as exc:
            self.problem(path, f"{what}: {_invalid(exc)}")
            return None

    def records(self, model: type[M], folder: Path, key: Callable[[M], str]) -> dict[str, M]:
        """Files holding a list of records (``findings/``, ``red_flags/``)."""
        out: dict[str, M] = {}
        for path in sorted(folder.glob("*.yaml")):
            raw = self.data(path)
            if raw is None:
                continue
            if not isinstance(raw, list):
                self.problem(path, "expected a list of records")
                continue
            for i, item in enumerate(raw):
                name = item.get("id", f"#{i + 1}") if isinstance(item, dict) else f"#{i + 1}"
                record = self.one(model, path, item, str(name))
                if record is None:
                    continue
                self._add(out, key(record), record, path)
        return out

    def mapping(self, model: type[M], folder: Path) -> dict[str, M]:
        """Files holding ``id: record`` mappings (a language's words)."""
        out: dict[str, M] = {}
        for path in sorted(folder.glob("*.yaml")):
            raw = self.data(path)
            if raw is None:
                continue
            if not isinstance(raw, dict):
                self.problem(path, "expected a mapping of id: record")
                continue
            for name, item in raw.items():
                record = self.one(model, path, item, str(name))
                if record is not None:
                    self._add(out, str(name), record, path)
        return out

    def per_file(self, model: type[M], folder: Path) -> dict[str, M]:
        """One record per file, named by the file (topics)."""
        out: dict[str, M] = {}
        for path in sorted(folder.glob("*.yaml")):
            raw = self.data(path)
            if raw is None:
                continue
            record = self.one(model, path, raw, path.stem)
            if record is None:
                continue
            if getattr(record, "id", path.stem) != path.stem:
                self.problem(path, "the id does not match the file name")
                continue
            out[path.stem] = record
            self.files.setdefault(f"topic:{path.stem}", path)
        return out

    def _add(self, out: dict[str, M], key: str, record: M, path: Path) -> None:
        if key in out:
            self.problem(path, f"{key}: defined twice (also in {self.files[_k(out, key)].name})")
            return
        out[key] = record
        self.files[_k(out, key)] = path


def _k(out: Mapping[str, Any], key: str) -> str:
    return f"{id(out)}:{key}"


def _language(reader: _Reader, folder: Path) -> Language | None:
    spec_path = folder / "language.yaml"
    if not spec_path.is_file():
        reader.problem(folder, "no language.yaml")
        return None
    spec = reader.one(LanguageSpec, spec_path, reader.data(spec_path), "language")
    if spec is None:
        return None
    if spec.code != folder.name:
        reader.problem(spec_path, f"code {spec.code!r} does not match the folder name")
        return None
    medicines_path = folder / "medicines.yaml"
    medicines = None
    if medicines_path.is_file():
        medicines = reader.one(
            MedicineWords, medicines_path, reader.data(medicines_path), "medicines"
        )
    commands_path = folder / "commands.yaml"
    commands = None
    if commands_path.is_file():
        commands = reader.one(Commands, commands_path, reader.data(commands_path), "commands")
    elif spec.base is None:
        reader.problem(commands_path, "missing: commands and conversation cues")
    return Language(
        spec=spec,
        commands=commands,
        strings=_strings(reader, folder / "strings.yaml"),
        findings=reader.mapping(FindingWords, folder / "findings"),
        red_flags=reader.mapping(RedFlagWords, folder / "red_flags"),
        topics=reader.per_file(TopicText, folder / "topics"),
        medicines=medicines,
        labels=_labels(reader, folder / "labels.yaml"),
    )


def _labels(reader: _Reader, path: Path) -> dict[str, str]:
    """``finding: label`` (a variant's names for findings); none when there is no file."""
    if not path.is_file():
        return {}
    raw = reader.data(path)
    if not isinstance(raw, dict):
        reader.problem(path, "expected a mapping of finding: label")
        return {}
    out: dict[str, str] = {}
    for name, value in raw.items():
        if isinstance(value, str) and 2 <= len(value.strip()) <= 60:
            out[str(name)] = value.strip()
        else:
            reader.problem(path, f"{name}: expected a label of 2 to 60 characters")
    return out


def _strings(reader: _Reader, path: Path) -> dict[str, str | tuple[str, ...]]:
    if not path.is_file():
        reader.problem(path, "missing: the interface strings")
        return {}
    raw = reader.data(path)
    if not isinstance(raw, dict):
        reader.problem(path, "expected a mapping of name: text")
        return {}
    out: dict[str, str | tuple[str, ...]] = {}
    for name, value in raw.items():
        if isinstance(value, str) and value.strip():
            out[str(name)] = value.strip()
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            out[str(name)] = tuple(v.strip() for v in value)
        else:
            reader.problem(path, f"{name}: expected a text or a list of texts")
    return out


def read(root: Path = ROOT) -> tuple[Knowledge, list[Problem]]:
    """Everything that is valid, and a problem for everything that is not. Never raises."""
    reader = _Reader(root)
    findings = reader.records(Finding, root / "findings", lambda f: f.id)
    flags = reader.records(RedFlag, root / "red_flags", lambda r: r.id)
    ordered = sorted(flags.values(), key=lambda r: (LEVEL_ORDER.index(r.level), -r.priority))
    topics = reader.per_file(Topic, root / "topics")
    languages: dict[str, Language] = {}
    for folder in sorted(p for p in (root / "languages").glob("*") if p.is_dir()):
        language = _language(reader, folder)
        if language is not None:
            languages[language.code] = language
    countries = {c.code: c for c in reader.per_file(Country, root / "countries").values()}
    nets = {n.code: n for n in reader.per_file(SafetyNet, root / "safety_net").values()}
    medicines_path = root / "medicines.yaml"
    medicines = None
    if medicines_path.is_file():
        medicines = reader.one(Medicines, medicines_path, reader.data(medicines_path), "medicines")
    knowledge = Knowledge(
        findings=findings,
        red_flags={r.id: r for r in ordered},
        topics=topics,
        languages=languages,
        countries=countries,
        medicines=medicines,
        safety_net=nets,
        root=root,
        digest=reader.digest.hexdigest()[:16],
    )
    reader.keep()
    return knowledge, reader.problems + cross_references(knowledge)


# --- cross-references -----------------------------------------------------------------------


def _unknown(ids: Iterable[str], known: Mapping[str, Any]) -> list[str]:
    return sorted({i for i in ids if i not in known})


def cross_references(k: Knowledge) -> list[Problem]:
    """Every id a record names exists; every language has (or deliberately lacks) each one."""
    out: list[Problem] = []
    red = k.root / "red_flags"
    for flag in k.red_flags.values():
        for row in flag.when:
            for name in _unknown(row.findings(), k.findings):
                out.append(Problem(red, f"{flag.id}: unknown finding {name!r}"))
        for name in _unknown(flag.not_shown_with, k.findings):
            out.append(Problem(red, f"{flag.id}: not_shown_with an unknown finding {name!r}"))
        if flag.topic and flag.topic not in k.topics:
            out.append(Problem(red, f"{flag.id}: unknown topic {flag.topic!r}"))
    if k.medicines is not None:
        for name in _unknown(k.medicines.situation_findings, k.findings):
            out.append(Problem(k.root / "medicines.yaml", f"unknown finding {name!r}"))
    for topic in k.topics.values():
        path = k.root / "topics" / f"{topic.id}.yaml"
        for name in _unknown((*topic.findings, *topic.needs, *topic.own), k.findings):
            out.append(Problem(path, f"unknown finding {name!r}"))
        for name in _unknown(topic.narrows, k.topics):
            out.append(Problem(path, f"narrows an unknown topic {name!r}"))
        if topic.instead is not None and topic.instead not in k.topics:
            out.append(Problem(path, f"instead an unknown topic {topic.instead!r}"))
        for level in LEVEL_ORDER:
            for flag_id in getattr(topic.warnings, level):
                shown = k.red_flags.get(flag_id)
                if shown is None:
                    out.append(Problem(path, f"warnings.{level}: unknown red flag {flag_id!r}"))
                elif shown.level != level:
                    out.append(
                        Problem(path, f"warnings.{level}: {flag_id} is a {shown.level} red flag")
                    )
    out += _family_problems(k)
    out += _country_problems(k)
    if REFERENCE not in k.languages:
        out.append(Problem(k.root / "languages", f"the reference language {REFERENCE} is missing"))
    for language in k.languages.values():
        out += _language_problems(k, language)
    return out


def _family_problems(k: Knowledge) -> list[Problem]:
    """A topic family ("fever") has one member for each of a baby, a child and an adult."""
    out: list[Problem] = []
    members: dict[tuple[str, str], str] = {}
    for topic in k.topics.values():
        if topic.family is None:
            continue
        path = k.root / "topics" / f"{topic.id}.yaml"
        if topic.audience not in FAMILY_AUDIENCES:
            message = f"family {topic.family!r}: audience must be baby, child or adult"
            out.append(Problem(path, message))
        other = members.setdefault((topic.family, topic.audience), topic.id)
        if other != topic.id:
            message = f"family {topic.family!r}: {other!r} is already its {topic.audience}'s"
            out.append(Problem(path, message))
    return out


def _language_problems(k: Knowledge, language: Language) -> list[Problem]:
    out: list[Problem] = []
    folder = k.root / "languages" / language.code
    allowed = set(language.spec.fallbacks) if language.code != REFERENCE else set()
    base = language.spec.base
    if base is not None and base not in k.languages:
        out.append(Problem(folder / "language.yaml", f"base {base!r} is not a language here"))
    parts: tuple[tuple[str, Mapping[str, Any], Mapping[str, Any]], ...] = (
        ("red_flags", k.red_flags, language.red_flags),
        ("topics", k.topics, language.topics),
    )
    if base is None:  # a variant understands with its base's words
        parts = (("findings", k.findings, language.findings), *parts)
    for kind, records, words in parts:
        for name in _unknown(words, records):
            out.append(Problem(folder / kind, f"{name}: no such record"))
        missing = [r for r in records if r not in words and r not in allowed]
        if missing:
            out.append(Problem(folder / kind, f"missing in {language.code}: {_some(missing)}"))
    out += _label_problems(k, language, folder, allowed)
    out += _medicine_problems(k, language, folder)
    out += _string_problems(k, language, folder)
    for flag_id, said in language.red_flags.items():
        flag = k.red_flags.get(flag_id)
        if flag is not None and flag.level == "emergency" and not said.first_aid:
            out.append(Problem(folder / "red_flags", f"{flag_id}: an emergency needs first_aid"))
    out += _first_aid_problems(k, language, folder, allowed)
    return out


def _first_aid_problems(
    k: Knowledge, language: Language, folder: Path, allowed: set[str]
) -> list[Problem]:
    """Where English says first aid differently for an audience (``first_aid_for``: another
    adult, a child, a baby), every language says it too, or lists ``first_aid_for:<flag>``
    among its fallbacks (the English line is shown for that audience)."""
    if language.code == REFERENCE or REFERENCE not in k.languages:
        return []
    out: list[Problem] = []
    for flag_id, said in language.red_flags.items():
        english = k.reference.red_flags.get(flag_id)
        if english is None or f"first_aid_for:{flag_id}" in allowed:
            continue
        lacking = [whom for whom in english.first_aid_for if whom not in said.first_aid_for]
        if lacking:
            message = f"{flag_id}: first_aid_for missing in {language.code}: {', '.join(lacking)}"
            out.append(Problem(folder / "red_flags", message))
    return out


def _label_problems(
    k: Knowledge, language: Language, folder: Path, allowed: set[str]
) -> list[Problem]:
    """A variant names every symptom in its own script (``labels.yaml``): a reason line
    ("because of: ...") shows the symptoms a red flag fired on, and the base's label is in
    another script. Missing ones must be listed fallbacks (they show the English label)."""
    path = folder / "labels.yaml"
    out = [
        Problem(path, f"{name}: no such finding") for name in _unknown(language.labels, k.findings)
    ]
    if language.spec.base is None:
        if language.labels:
            out.append(Problem(path, "only a variant (a language with a base) has labels"))
        return out
    missing = [
        f.id
        for f in k.findings.values()
        if f.kind == "symptom" and f.id not in language.labels and f.id not in allowed
    ]
    if missing:
        out.append(Problem(path, f"labels missing in {language.code}: {_some(missing)}"))
    return out


def _some(names: Sequence[str]) -> str:
    """The first eight names, and how many more."""
    return ", ".join(names[:8]) + (f" (+{len(names) - 8})" if len(names) > 8 else "")


_FIELD = re.compile(r"{(\w+)}")


def _fields(value: str | tuple[str, ...]) -> set[str]:
    texts = (value,) if isinstance(value, str) else value
    return {f for text in texts for f in _FIELD.findall(text)}


def _string_problems(k: Knowledge, language: Language, folder: Path) -> list[Problem]:
    """Every interface string of the reference language exists here, with the same fields."""
    if language.code == REFERENCE or REFERENCE not in k.languages:
        return []
    path = folder / "strings.yaml"
    out: list[Problem] = []
    allowed = "strings" in language.spec.fallbacks
    for name, value in k.reference.strings.items():
        mine = language.strings.get(name)
        if mine is None:
            if not allowed:
                out.append(Problem(path, f"{name}: missing"))
        elif _fields(mine) != _fields(value):
            out.append(Problem(path, f"{name}: fields differ from {REFERENCE}"))
    return out


def _country_problems(k: Knowledge) -> list[Problem]:
    out: list[Problem] = []
    seen: dict[str, str] = {}
    for country in k.countries.values():
        path = k.root / "countries" / f"{country.code.lower()}.yaml"
        needs = {flag.need for flag in k.red_flags.values() if flag.need}
        for code, places in country.places.items():
            for name in _unknown(places.needs, dict.fromkeys(needs)):
                out.append(Problem(path, f"places {code}: no red flag needs {name!r}"))
        if REFERENCE not in country.places:
            out.append(Problem(path, f"places needs {REFERENCE} (the fallback for any language)"))
        for code in country.calling_codes:
            if code in seen:
                out.append(Problem(path, f"calling code {code} is also {seen[code]}'s"))
            seen[code] = country.code
    if k.countries and "XX" not in k.countries:
        out.append(Problem(k.root / "countries", "no xx.yaml: the neutral pack for unknown places"))
    return out


def _medicine_problems(k: Knowledge, language: Language, folder: Path) -> list[Problem]:
    core, words = k.medicines, language.medicines
    path = folder / "medicines.yaml"
    if core is None:
        return []
    if words is None:
        allowed = language.code != REFERENCE and (
            "medicines" in language.spec.fallbacks or language.spec.base is not None
        )
        return [] if allowed else [Problem(path, "missing: the medicines people ask about")]
    out: list[Problem] = []
    wanted: list[tuple[str, Sequence[str], Mapping[str, object]]] = [
        ("advice", [a.key for a in core.advice], words.advice)
    ]
    if language.spec.base is None:
        wanted[:0] = [
            ("medicines", core.medicines, words.medicines),
            ("situations", core.situations, words.situations),
        ]
    elif words.medicines or words.situations:  # never read: the base's words are
        out.append(Problem(path, "a variant reads medicines with its base's words: none here"))
    for part, ids, said in wanted:
        for name in sorted(set(ids) - set(said)):
            out.append(Problem(path, f"{part}: missing {name}"))
        for name in sorted(set(said) - set(ids)):
            out.append(Problem(path, f"{part}: {name} is not in medicines.yaml"))
    return out


# --- the validated knowledge base kept between runs ---------------------------------------------
#
# Reading the files (parsed YAML kept by each file's hash) and validating some 9,000 records
# is about a fifth of a cold start. :func:`load` keeps the valid knowledge base itself, keyed
# by every file's bytes and the code that reads and validates them: a knowledge base that
# passed every check once is not checked again until one byte of a file or of that code
# changes (then it is read, checked and kept anew). ``pickle``, since records are pydantic
# models, read back with an unpickler that can make nothing but the knowledge base's own
# classes (:class:`_KnowledgeUnpickler`): a file that asks for anything else is not loaded.

_KNOWLEDGE_KIND = "knowledge-"


@cache
def _code_tag() -> str:
    """What makes a valid knowledge base of the files: this Python and pydantic, and the
    loader's and the schema's code."""
    here = Path(__file__).parent
    source = b"".join((here / f).read_bytes() for f in ("loader.py", "schema.py"))
    what = f"{sys.version}|{pydantic.VERSION}|{yaml.__version__}".encode() + source
    return hashlib.sha256(what).hexdigest()[:12]


def _files_digest(root: Path) -> str:
    """Every YAML file under ``root``, by name and bytes (more than :func:`read` reads is
    harmless: any change among them only reads the knowledge base again)."""
    digest = hashlib.sha256(str(root).encode())
    for path in sorted(root.rglob("*.yaml")):
        digest.update(f"\0{path.relative_to(root)}\0".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def _knowledge_cache_name(root: Path) -> str | None:
    try:
        return f"{_KNOWLEDGE_KIND}{_code_tag()}-{_files_digest(root)}.pickle"
    except OSError:
        return None


_SCHEMA = "selfcare.assistant.knowledge.schema"
_ALLOWED = {
    (__name__, "Knowledge"),
    (__name__, "Language"),
    ("pathlib", "PosixPath"),
    ("pathlib", "WindowsPath"),
    ("pydantic.networks", "HttpUrl"),
    ("pydantic_core._pydantic_core", "Url"),
}


class _KnowledgeUnpickler(pickle.Unpickler):
    """Makes only the knowledge base's classes: its dataclasses, the schema's models, paths
    and URLs. Anything else (a function to call, another module) refuses the file."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        if module == _SCHEMA:
            found = super().find_class(module, name)
            if isinstance(found, type) and issubclass(found, BaseModel):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of the knowledge base")


def _kept_knowledge(name: str) -> Knowledge | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        data = (folder / name).read_bytes()
        kept = _KnowledgeUnpickler(io.BytesIO(data)).load()
    except Exception:  # missing, damaged, or made of something else: read the files
        return None
    return kept if isinstance(kept, Knowledge) else None


def _keep_knowledge(name: str, knowledge: Knowledge) -> None:
    try:
        data = pickle.dumps(knowledge, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    _write_bytes(name, data, _KNOWLEDGE_KIND)


@cache
def load(root: Path = ROOT) -> Knowledge:
    """The knowledge base, read once per process; raises :class:`KnowledgeError` if invalid.
    A knowledge base found valid is kept between runs (see above) and read back from there
    while its files and the code that checks them are unchanged."""
    name = _knowledge_cache_name(root)
    kept = _kept_knowledge(name) if name else None
    if kept is not None and kept.root == root:
        return kept
    knowledge, problems = read(root)
    if problems:
        raise KnowledgeError(problems)
    if name:
        _keep_knowledge(name, knowledge)
    return knowledge

"""The knowledge base: one YAML file per self-care topic, validated against :class:`Topic`.

Clinicians edit ``topics/<id>.yaml`` without touching code; ``selfcare kb check`` and the
tests validate every file. Loading is cached: the files are read once per process.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationError, field_validator

TOPICS_DIR = Path(__file__).with_name("topics_v1")

Fact = Literal["age", "duration", "temperature", "pregnancy", "severity"]
Audience = Literal["any", "adult", "child", "baby", "pregnancy"]

_GUIDANCE_HOSTS = ("nhs.uk", "cdc.gov", "who.int", "nice.org.uk")


class SeeDoctor(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    urgent: tuple[str, ...] = Field(min_length=1)  # be seen today
    routine: tuple[str, ...] = Field(min_length=1)  # book an appointment


class Topic(BaseModel):
    """One self-care topic. Every text is plain words, our own, no diagnosis."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str = Field(min_length=2, max_length=40)
    summary: str = Field(min_length=20, max_length=300)
    aliases: tuple[str, ...] = Field(min_length=3)  # lay words that point to this topic
    audience: Audience = "any"
    default_level: Literal["self_care", "routine", "urgent"] = "self_care"
    self_care: tuple[str, ...] = Field(min_length=2)
    pharmacist: tuple[str, ...] = ()
    see_doctor: SeeDoctor
    red_flags: tuple[str, ...] = Field(min_length=1)
    duration: str = Field(min_length=5)
    ask_about: tuple[Fact, ...] = ()  # facts that change the triage for this topic
    sources: tuple[HttpUrl, ...] = Field(min_length=1)

    @field_validator("self_care", "pharmacist", "red_flags", "aliases")
    @classmethod
    def _short_items(cls, items: tuple[str, ...]) -> tuple[str, ...]:
        for item in items:
            if not item.strip() or len(item) > 240:
                raise ValueError("each item must be 1-240 characters")
        return items

    @field_validator("sources")
    @classmethod
    def _public_guidance(cls, urls: tuple[HttpUrl, ...]) -> tuple[HttpUrl, ...]:
        for url in urls:
            host = url.host or ""
            if not any(host == h or host.endswith("." + h) for h in _GUIDANCE_HOSTS):
                raise ValueError(f"source {url} is not NHS, CDC, WHO or NICE guidance")
        return urls


@dataclass(frozen=True)
class TopicError:
    path: Path
    message: str


class KnowledgeBaseError(Exception):
    def __init__(self, errors: list[TopicError]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e.path.name}: {e.message}" for e in errors))


def _read(path: Path) -> Topic:
    # The C loader (when PyYAML was built with it) reads the whole base ten times faster.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    if not isinstance(data, dict):
        raise ValueError("the file must hold a YAML mapping")
    topic = Topic.model_validate(data)
    if topic.id != path.stem:
        raise ValueError(f"id {topic.id!r} does not match the file name")
    return topic


def check(directory: Path = TOPICS_DIR) -> tuple[dict[str, Topic], list[TopicError]]:
    """Read every topic file; return the valid topics and one error per invalid file."""
    topics: dict[str, Topic] = {}
    errors: list[TopicError] = []
    for path in sorted(directory.glob("*.yaml")):
        try:
            topic = _read(path)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            errors.append(TopicError(path, f"{where}: {first['msg']}"))
        except (yaml.YAMLError, ValueError, OSError) as exc:
            errors.append(TopicError(path, str(exc).splitlines()[0]))
        else:
            topics[topic.id] = topic
    if not topics and not errors:
        errors.append(TopicError(directory, "no topic files found"))
    return topics, errors


@dataclass(frozen=True)
class KnowledgeBase:
    topics: Mapping[str, Topic]

    def __getitem__(self, topic_id: str) -> Topic:
        return self.topics[topic_id]

    def __iter__(self) -> Iterator[Topic]:
        return iter(self.topics.values())

    def __len__(self) -> int:
        return len(self.topics)

    def get(self, topic_id: str | None) -> Topic | None:
        return self.topics.get(topic_id) if topic_id else None


@cache
def load(directory: Path = TOPICS_DIR) -> KnowledgeBase:
    """The validated knowledge base; raises :class:`KnowledgeBaseError` on any bad file."""
    topics, errors = check(directory)
    if errors:
        raise KnowledgeBaseError(errors)
    return KnowledgeBase(topics)

"""Facts in a message: who it is about, their age, how long, temperature, pregnancy, vitals.

Works on normalised text (see :mod:`.text`). The words are each language's data
(``facts`` in ``languages/<code>/language.yaml``); :class:`FactReader` compiles them once.
When several values are found the safest reading wins (the youngest age of the person the
message is about, the longest duration, the highest temperature). Vital signs are clinical
notation, read the same way in every language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from selfcare.assistant.engine import patterns
from selfcare.assistant.engine.lexicon import may_match
from selfcare.assistant.knowledge.schema import FactsSpec, VitalSign

Subject = Literal["self", "baby", "child", "other_adult"]


@dataclass(frozen=True, slots=True)
class Vitals:
    """Vital signs a relative or nurse may paste. ``None`` means not given."""

    heart_rate: int | None = None
    resp_rate: int | None = None
    spo2: int | None = None
    systolic_bp: int | None = None
    diastolic_bp: int | None = None
    gcs: int | None = None
    glucose_mmol: float | None = None
    cap_refill_s: float | None = None
    inr: float | None = None  # how long blood takes to clot on warfarin (1 untreated)
    at: int | None = None  # where in the normalised text the first vital sign is

    def any(self) -> bool:
        return any(getattr(self, name) is not None for name in self.__slots__ if name != "at")


@dataclass(frozen=True, slots=True)
class Facts:
    """What was extracted from the text. ``None`` means not said."""

    subject: str = "self"  # "self" | "child" | "baby" | "other_adult"
    age_years: float | None = None
    temperature_c: float | None = None
    duration_days: float | None = None
    pregnant: bool = False
    pregnancy_weeks: int | None = None
    sex: str | None = None  # "male" | "female" when the text says so
    postpartum: bool = False
    vitals: Vitals = field(default_factory=Vitals)
    ages: tuple[float, ...] = ()  # every age mentioned (a message may be about two people)


_DIGITS = r"\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?"


@dataclass(frozen=True, slots=True)
class Guarded:
    """A fact pattern with the literal words one of which any match holds (``needs``, read
    off the pattern by :func:`.lexicon.analyse`; None when not known). Ages, durations and
    people are a few dozen patterns scanned over every message, and most messages hold
    none of a given pattern's words: a substring test skips the scan, same matches. The
    pattern is tried only where a match may begin (:func:`.patterns.gated`)."""

    pattern: re.Pattern[str]
    needs: frozenset[str] | None

    @classmethod
    def compile(cls, source: str) -> Guarded:
        _, needs, _ = patterns.analysed(source)
        return cls(patterns.gated(source), needs)

    @property
    def groups(self) -> int:
        return self.pattern.groups

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if may_match(self.needs, text) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if may_match(self.needs, text) else None


class FactReader:
    """One language's fact patterns, compiled (see the module docstring)."""

    def __init__(self, spec: FactsSpec) -> None:
        self.spec = spec
        self.numbers = dict(spec.numbers)
        words = sorted(self.numbers, key=len, reverse=True)
        num = "(" + "|".join([_DIGITS, *(re.escape(w) for w in words)]) + ")"

        # Each pattern tried only where a match may begin (``patterns.gated``: the same
        # matches; ``re`` otherwise tries every alternative at every position of a message).
        def compile_(pattern: str) -> re.Pattern[str]:
            return patterns.gated(pattern.replace("<NUM>", num))

        def guarded(pattern: str) -> Guarded:
            return Guarded.compile(pattern.replace("<NUM>", num))

        self.ages = [(guarded(p), v) for p, v in spec.ages]
        self.age_words = [(guarded(p), v) for p, v in spec.age_words]
        self.decade = (
            compile_(spec.decade_pattern.replace("<DECADE>", "|".join(spec.decades)))
            if spec.decade_pattern and spec.decades
            else None
        )
        self.durations = [(guarded(p), v) for p, v in spec.durations]
        # A duration word is a whole word: a bare "a" must not match the end of "filha".
        self.duration_lead = (
            patterns.gated(rf"(?<![^\W_])(?:{spec.duration_words}) (?:\w+ )?$")
            if spec.duration_words
            else None
        )
        # A duration said as what to expect ("it could last 3 weeks") is not how long the
        # complaint has lasted: a general reading of durations, its words the language's.
        self.duration_expected = (
            patterns.gated(rf"(?<![^\W_])(?:{spec.duration_expected}) $")
            if spec.duration_expected
            else None
        )
        labels, deg = spec.temperature_labels, spec.degree_words
        joins = f"(?:{spec.temperature_joins})?" if spec.temperature_joins else ""
        self.temp_labelled = patterns.gated(
            rf"\b(?:{labels})\b(?: \w+){{0,3}}? {joins}(\d{{2,3}}(?:\.\d+)?) ?(c|f|{deg})?\b"
        )
        self.temp_unit = patterns.gated(
            rf"\b(\d{{2,3}}(?:\.\d+)?) ?(c|f|(?:{deg}) c|(?:{deg}) f|{deg}|celsius|fahrenheit)\b"
        )
        after = f"|{spec.not_temperature_after}" if spec.not_temperature_after else ""
        self.temp_bare = patterns.gated(
            rf"(?<![\d/.])\b(3[5-9]\.\d|4[0-2]\.\d)\b(?! ?(?:%|/|kg|mmol|mg|ml|cm{after}))"
        )
        self.deg = patterns.gated(rf"^(?:{deg})$")
        self.preg_weeks = compile_(spec.pregnancy_weeks)
        self.pregnant = compile_(spec.pregnant)
        self.pregnant_said = compile_(spec.pregnant_said)
        self.weeks_lead = compile_(spec.weeks_lead)
        self.preg_months = compile_(spec.pregnancy_months) if spec.pregnancy_months else None
        self.not_pregnant = compile_(spec.not_pregnant)
        self.trimester = compile_(spec.trimester_pattern) if spec.trimester_pattern else None
        self.postpartum = compile_(spec.postpartum)
        self.subjects = [(guarded(p), subject) for p, subject in spec.subjects]
        self.own_baby = compile_(spec.own_baby)
        self.reporter = compile_(spec.reporter)
        self.male = compile_(spec.male)
        self.female = compile_(spec.female)
        self.writer = compile_(spec.writer)
        self.vitals = vital_patterns(
            spec.vital_labels,
            spec.vital_joins,
            spec.reading_numbers,
            spec.reading_after,
            spec.vital_counts,
            spec.not_temperature_after,
        )
        self.reading_numbers = dict(spec.reading_numbers)
        # The unit said after a blood sugar's number decides how it is read (``units`` in
        # the language's facts: mmol/L, mg/dL, g/L as France and parts of Latin America
        # write it, 1,26 g/L = 126 mg/dL).
        self.glucose_units: GlucoseUnits = tuple(
            (patterns.compile(rf" ?(?:{u.said})"), u.per) for u in spec.units.get("glucose", ())
        )
        # A message is read in its language and in English, each with English facts: when
        # the two normalise it alike, the English ages and durations are of the same text.
        self.ages_in = lru_cache(maxsize=64)(self.ages_in)  # type: ignore[method-assign]
        self.durations_in = lru_cache(maxsize=64)(self.durations_in)  # type: ignore[method-assign]
        self._age_matches = lru_cache(maxsize=64)(self._age_matches)  # type: ignore[method-assign]

    def forget(self) -> None:
        self.ages_in.cache_clear()  # type: ignore[attr-defined]
        self._age_matches.cache_clear()  # type: ignore[attr-defined]
        self.durations_in.cache_clear()  # type: ignore[attr-defined]

    def number(self, token: str) -> float:
        token = token.strip()
        if token in self.numbers:
            return self.numbers[token]
        if "-" in token:  # a range "2-3": take the middle
            low, high = token.split("-", 1)
            return (float(low) + float(high)) / 2
        return float(token)

    # --- age ------------------------------------------------------------------------------

    def ages_in(self, text: str) -> tuple[float, ...]:
        """Every age mentioned, in order of appearance."""
        found: list[tuple[int, float]] = []
        # weeks or months of a pregnancy are not a baby's age ("32 hafte ki pregnancy hai")
        carried = self.pregnancy_spans(text) if self.pregnant.search(text) else []
        carried += self.said_weeks_spans(text)
        for pattern, scale, m in self._age_matches(text):
            # what leads the number, not the whole match: "a nenê tem 12 dias" is an age
            # (Portuguese "a" is "the" there, and "a 3 dias" a duration)
            at = m.start(1) if pattern.groups and m.start(1) >= 0 else m.start()
            if self.duration_lead and self.duration_lead.search(text, 0, at):
                continue  # "for 3 years" is how long, not how old
            if scale < 1.0 and any(lo <= at < hi for lo, hi in carried):
                continue
            try:
                value = self.number(m.group(1))
            except (ValueError, IndexError):
                continue
            if scale == 10.0:  # "in my 50s": the middle of the decade
                found.append((m.start(), value * 10 + 5))
                continue
            years = value * scale
            if scale == 1.0 and not 0 < years <= 110:
                continue
            found.append((m.start(), years))
        if self.decade is not None:
            for m in self.decade.finditer(text):
                found.append((m.start(), self.spec.decades[m.group(1)]))
        if not found:
            for pattern, years in self.age_words:
                word = pattern.search(text)
                if word:
                    found.append((word.start(), years))
        found.sort()
        return tuple(years for _, years in found)

    # --- duration ---------------------------------------------------------------------------

    def _age_matches(self, text: str) -> tuple[tuple[Guarded, float, re.Match[str]], ...]:
        """Every age pattern's matches, pattern by pattern (cached: ages and durations both
        ask)."""
        return tuple((p, scale, m) for p, scale in self.ages for m in p.finditer(text))

    def _age_spans(self, text: str) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for _, _, m in self._age_matches(text)]

    def durations_in(self, text: str) -> tuple[tuple[int, float], ...]:
        """Every duration in the text as (position, days); a number that reads as an age
        ("16 yrs has asthma") is one only after a duration word ("for 16 yrs")."""
        found: list[tuple[int, float]] = []
        ages = self._age_spans(text) if self.duration_lead is not None else []
        for pattern, days in self.durations:
            for m in pattern.finditer(text):
                if any(lo <= m.start() < hi for lo, hi in ages) and not (
                    self.duration_lead and self.duration_lead.search(text, 0, m.start())
                ):
                    continue
                if self.duration_expected and self.duration_expected.search(text, 0, m.start()):
                    continue
                if pattern.groups:
                    try:
                        found.append((m.start(), self.number(m.group(1)) * days))
                    except ValueError:
                        continue
                else:
                    found.append((m.start(), days))
        for m in _CLINICAL_DURATION.finditer(text):
            unit = {"7": 1.0, "52": 7.0, "12": 30.0}[m.group(2)]
            found.append((m.start(), float(m.group(1)) * unit))
        return tuple(sorted(found))

    # --- temperature --------------------------------------------------------------------------

    def temperature(self, text: str) -> float | None:
        values: list[float] = []
        for pattern in (self.temp_labelled, self.temp_unit):
            for m in pattern.finditer(text):
                unit = m.group(2)
                if unit and self.deg.match(unit):
                    unit = None
                if pattern is self.temp_unit and unit == "f" and float(m.group(1)) < _AGE_SEX_BELOW:
                    continue  # "88F" in a note is an 88-year-old woman, not 31 °C
                c = _to_celsius(float(m.group(1)), unit)
                if c is not None:
                    values.append(c)
        values += [float(m.group(1)) for m in self.temp_bare.finditer(text)]
        return max(values) if values else None

    # --- pregnancy ----------------------------------------------------------------------------

    def pregnancy(self, text: str) -> tuple[bool, int | None, bool]:
        """(pregnant, weeks, postpartum)."""
        weeks: int | None = None
        for m in self.preg_weeks.finditer(text):
            raw = next((g for g in m.groups() if g), None)
            if raw and raw.isdigit() and 4 <= int(raw) <= 42:
                weeks = max(weeks or 0, int(raw))
        if weeks is None and self.preg_months is not None:
            months = self.preg_months.search(text)
            # the number may be any group of the pattern's alternatives, as for weeks
            raw = next((g for g in months.groups() if g), None) if months else None
            if raw and raw.isdigit() and 1 <= int(raw) <= 9:
                weeks = round(int(raw) * 4.35)
        if weeks is None and self.pregnant.search(text):
            lead = self.weeks_lead.search(text)
            if lead and 4 <= int(lead.group(1)) <= 42:
                weeks = int(lead.group(1))
        if weeks is None and self.trimester is not None:
            t = self.trimester.search(text)
            if t:
                weeks = self.spec.trimesters.get(t.group(1))
        postpartum = bool(self.postpartum.search(text))
        said = bool(self.pregnant.search(text) and not self.not_pregnant.search(text))
        pregnant = weeks is not None or said
        if postpartum and weeks is None and not self.pregnant_said.search(text):
            pregnant = False
        return pregnant, weeks, postpartum

    def pregnancy_spans(self, text: str) -> list[tuple[int, int]]:
        """Where weeks of a pregnancy are said: not how long a complaint has lasted."""
        patterns = [
            self.preg_weeks,
            self.weeks_lead,
            *([self.preg_months] if self.preg_months else []),
        ]
        return [(m.start(), m.end()) for p in patterns for m in p.finditer(text)]

    def said_weeks_spans(self, text: str) -> list[tuple[int, int]]:
        """Where weeks of a pregnancy are said in so many words ("estou com 36 semanas"), even
        with no pregnancy word: :meth:`pregnancy` reads these as the weeks, so they are not
        also how long a complaint has lasted (36 weeks of back pain)."""
        spans: list[tuple[int, int]] = []
        for m in self.preg_weeks.finditer(text):
            raw = next((g for g in m.groups() if g), None)
            if raw and raw.isdigit() and 4 <= int(raw) <= 42:
                spans.append((m.start(), m.end()))
        return spans

    # --- who ------------------------------------------------------------------------------------

    def subject(self, text: str, age: float | None, pregnant: bool = False) -> Subject:
        hits: list[tuple[int, Subject]] = []
        for pattern, who in self.subjects:
            m = pattern.search(text)
            if m:
                hits.append((m.start(), who))
        subject: Subject = min(hits)[1] if hits else "self"
        if subject == "baby" and pregnant and age is None and not self.own_baby.search(text):
            subject = "self"  # "the baby" of someone pregnant is the one not yet born
        if subject == "other_adult" and self.reporter.search(text):
            subject = "self"  # the partner is the one reporting, the message is about the writer
        if age is not None:
            if subject in ("child", "baby", "other_adult") and age < 1:
                return "baby"
            if subject in ("child", "baby") and age >= 18:
                return "other_adult"
            if subject == "other_adult" and age < 16:
                return "child"  # "he's 6": a pronoun, and the age says a child
            if subject == "baby" and age >= 1:
                return "child"
            if subject == "self" and age < 16:
                return "child" if age >= 1 else "baby"
        return subject

    def sex(self, text: str) -> str | None:
        male = self.male.search(text)
        female = self.female.search(text)
        if male and not female:
            return "male"
        if female and not male:
            return "female"
        if male and female:
            return "male" if male.start() < female.start() else "female"
        return None


# A number with a bare "F" and no temperature word is an age and sex in a note ("88F, on
# warfarin") below this: 96 °F (35.6 °C) is as cold as a reading sent without a label gets.
_AGE_SEX_BELOW = 96
_CLINICAL_DURATION = re.compile(r"\b(\d+) ?/ ?(7|52|12)\b")


def _to_celsius(value: float, unit: str | None) -> float | None:
    fahrenheit = bool(unit) and (unit.startswith("f") or unit.endswith(" f"))  # type: ignore[union-attr]
    if fahrenheit or (unit != "c" and 93 <= value <= 110):
        value = (value - 32) * 5 / 9
    if 30 <= value <= 44:
        return round(value, 1)
    return None


# --- vitals ---------------------------------------------------------------------------------------

# What makes a number after an INR's name something else: a time, a count, an age, a dose
_NOT_INR = (
    r"am\b|pm\b|o ?clock|hours?|hrs?|mins?|minutes?|days?|weeks?|wks?|months?|years?|yrs?|times"
    r"|mg|milligrams?|tablets?|tabs?|pills?|kg|kgs"
)
# The time words after a number that make it a time, not a blood sugar reading
_TIMES = r"(?:hours?|hrs?|mins?|minutes?|weeks?|months?|years?)(?!\w)"
# (" :": the normaliser sets a colon apart, "sats: 91" is read as "sats : 91")
_JOINS = (
    r" of| is| was| at| down to| up to| around| only| just| about| now| reads?| says?|:| :|=| -"
    r"| came back| came out| reading| level| levels| showed| shows"
    # the device read, then its figure ("fasting sugar on my friend's meter 6.5"; meds 2026-12-07)
    r"| meter| glucometer| machine| monitor"
)
_SEP = rf"(?:{_JOINS})* ?"
# What follows a vital sign's name: its reading (the groups), and what it must not run into.
_VALUES = {
    "heart_rate": r"(\d{2,3})\b(?! ?(?:%|/))",
    "resp_rate": r"(\d{1,2})\b",
    "spo2": r"(\d{2,3}) ?%?",
    "bp": r"(\d{2,3}) ?(?:/|over) ?(\d{2,3})\b",
    # a decimal comma too ("6,1", split to "6 , 1" by the normaliser), as Spanish, Portuguese
    # and French write it
    # not a time after it ("sugar 2 hours after lunch, 7.1" is not a hypo of 2): a language's
    # own time words are added by ``vital_patterns``
    "glucose": rf"(\d{{1,3}}(?:(?:\.| ?, ?)\d{{1,2}})?)\b(?! ?(?:%|/|times|days|{_TIMES}))",
    # an INR: 1 untreated, about 2-4 on warfarin, rarely above 20; not a time or a count
    "inr": rf"(\d{{1,2}}(?:(?:\.| ?, ?)\d{{1,2}})?)\b(?! ?(?:%|/|:|{_NOT_INR}))",
    "gcs": r"(\d{1,2})\b",
}
# Up to eight words with no number and no sentence end between a blood sugar's name and its
# reading: a number further away, or in another sentence, is not its reading.
_GAP = r"(?: [^\d\s.!?]+){1,8}?"
# A reading said a few words after its name must look like one: a decimal (7.9, 6,5), a
# mg/dL figure (100-599) or a number with its unit; an age or a count ("my son is 2", "my mum
# is 45") is not taken for a hypo.
_GAP_VALUE = (
    r"(\d{1,2}(?:\.| ?, ?)\d{1,2}|[1-5]\d\d|\d{1,3}(?= ?(?:mmol|mg)))\b"
    r"(?! ?(?:%|/|times|days|years?|yrs?|months?|weeks?|kg|kgs|kilos?|lbs?|pounds|ml\b|calories"
    r"|steps|mg\b(?! ?/? ?dl)))"
)
# An INR said a few words after its name ("my INR at the clinic this morning was 6.8"): a
# decimal or a number under 21 that is not a time, a count or an age.
_INR_GAP_VALUE = rf"(\d{{1,2}}(?:\.| ?, ?)\d{{1,2}}|1\d|20|\d)\b(?! ?(?:%|/|:|\.\d|{_NOT_INR}))"
_GLUCOSE_NAMES = r"bm|cbg|blood (?:sugar|glucose)s?|glucose|sugars?|bg"
_VITAL_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "heart_rate": (
        re.compile(rf"\b(?:hr|heart rate|pulse(?: rate)?|pr|p){_SEP}{_VALUES['heart_rate']}"),
        re.compile(r"\b(\d{2,3}) ?bpm\b"),
    ),
    "resp_rate": (
        re.compile(
            rf"\b(?:rr|resp(?:iratory)? rate|resps|breathing rate"
            rf"|rate of breathing){_SEP}{_VALUES['resp_rate']}"
        ),
        re.compile(r"\b(\d{1,2}) breaths? (?:per|a|/) ?min"),
    ),
    "spo2": (
        re.compile(
            rf"\b(?:spo2|sp02|sp o2|sato2|sat o2|sao2|sats?|o2 sats?"
            rf"|oxygen(?: saturation| sats| levels?)?|saturations?"
            rf"|pulse ox\w*|o2){_SEP}{_VALUES['spo2']}"
        ),
        re.compile(r"\b(\d{2,3}) ?% ?(?:on (?:room )?air|ra\b|sats|oxygen)"),
    ),
    "bp": (
        re.compile(rf"\b(?:bp|blood pressure){_SEP}{_VALUES['bp']}"),
        re.compile(r"\b(\d{2,3}) over (\d{2,3})\b"),
        re.compile(r"\b(\d{2,3}) ?/ ?(\d{2,3}) ?mm ?hg\b"),
        # A bare reading ("200/130", "it was 160/100"): a systolic of 100-259 over a diastolic
        # of 40-169, read last (a bare low one, "90/60", is left to words). A date ("20/11"), a
        # fraction ("1/2 tablet"), a gestation ("38/40") or a dose ("250/125 mg", co-amoxiclav)
        # is not one; a systolic not above the diastolic is dropped.
        re.compile(
            r"(?<![\d/.])(?<!amoxiclav )(?<!augmentin )\b(1\d\d|2[0-5]\d) ?/ ?([4-9]\d|1[0-6]\d)\b"
            r"(?! ?[/.]\d)"
            r"(?! ?(?:mg|mcg|ml|g\b|micrograms?|milligrams?|tablets?|tabs?|puffs?|units?))"
        ),
    ),
    # notes13 2026-12-06: a systolic pressure alone, as notes give it in shock ("BP 70
    # systolic", "SBP 85", "systolic of 80", "BP 80 palp"); a full reading said too wins
    "systolic": (
        re.compile(
            rf"\b(?:sbp|systolic(?: bp| blood pressure| pressure)?){_SEP}(\d{{2,3}})\b"
            r"(?! ?(?:/|over))"
        ),
        re.compile(rf"\b(?:bp|blood pressure){_SEP}(\d{{2,3}}) ?(?:systolic|sys|sbp|palp\w*)\b"),
    ),
    # the Glasgow Coma Scale by its letters or its name, the same in every language we read
    # ("GCS 10", "Glasgow 10/15", "escala de Glasgow de 9", "score de Glasgow a 8")
    "gcs": (
        re.compile(
            rf"\b(?:gcs|glasgow(?: coma (?:scale|score))?)(?: de| a| em| ni)?{_SEP}(\d{{1,2}})\b"
        ),
        # its three parts, eyes 1-4, voice 1-5, movement 1-6 ("GCS E2V2M5" is 9), summed
        re.compile(r"\b(?:gcs|glasgow)(?: :)? ?e ?([1-4]) ?v ?([1-5]) ?m ?([1-6])\b"),
    ),
    "glucose": (
        re.compile(rf"\b(?:{_GLUCOSE_NAMES}){_SEP}{_VALUES['glucose']}"),
        # the name, then what was done ("glucose done at the chemist, it came back 7.9"):
        # a few words without a number, then a word that gives a result, then the reading
        re.compile(rf"\b(?:{_GLUCOSE_NAMES}){_GAP}(?:{_JOINS}) ?{_GAP_VALUE}"),
    ),
    # the INR's name is the same in the languages we read ("INR", "I.N.R."); a language's own
    # name for it is its ``vital_labels``
    "inr": (
        re.compile(rf"\binr{_SEP}{_VALUES['inr']}"),
        re.compile(rf"\binr{_GAP}(?:{_JOINS}) ?{_INR_GAP_VALUE}"),
    ),
    "cap_refill": (
        re.compile(
            rf"\b(?:crt|cap(?:illary)? refill(?: time)?){_SEP}(?:> ?)?(\d(?:\.\d)?) ?(?:s|sec"
            rf"|secs|seconds)?\b"
        ),
    ),
}

VitalPatterns = dict[str, tuple[re.Pattern[str], ...]]
# A blood sugar's units: the words said after its number, and how many of it make a mmol/L.
GlucoseUnits = tuple[tuple[re.Pattern[str], float], ...]


def vital_patterns(
    labels: Mapping[VitalSign, str],
    joins: str,
    words: Mapping[str, float] | None = None,
    after: str = "",
    counts: Mapping[VitalSign, Sequence[str]] | None = None,
    not_after: str = "",
) -> VitalPatterns:
    """The clinical notation, then a language's own names for vital signs (``labels``, by
    vital sign) with the words it puts between a name and its number (``joins``). A blood
    sugar may be said in the language's exact number ``words`` ("sugar is eleven"); a sign
    may be said as a count per minute in everyday words (``counts``: "breathing 64 times a
    minute", each pattern's one group the number). A number followed by one of the
    language's words ``not_after`` (its time units: "2 heures", "2 ghante") is a time, not a
    blood sugar reading."""
    if not labels and not words and not after and not counts and not not_after:
        return _VITAL_PATTERNS
    sep = rf"(?:{_JOINS}| (?:{joins}))* ?" if joins else _SEP
    out = dict(_VITAL_PATTERNS)
    values = dict(_VALUES)
    if not_after:
        values["glucose"] = rf"{_VALUES['glucose']}(?! ?(?:{not_after})(?!\w))"
        out["glucose"] = (
            patterns.compile(rf"\b(?:{_GLUCOSE_NAMES}){_SEP}{values['glucose']}"),
            *out["glucose"][1:],
        )
    for name, label in labels.items():
        own = patterns.compile(rf"\b(?:{label}){sep}{values[name]}")
        out[name] = (*out[name], own)
    glucose = labels.get("glucose")
    if glucose and joins:  # "el azucar despues de cenar le dio 250"
        out["glucose"] = (
            *out["glucose"],
            patterns.compile(rf"\b(?:{glucose}){_GAP}(?: (?:{joins}))+ ?{_GAP_VALUE}"),
        )
    inr = "|".join(("inr", *filter(None, [labels.get("inr")])))
    if joins:  # "el inr de mi padre ayer le salio 6,5"
        out["inr"] = (
            *out["inr"],
            patterns.compile(rf"\b(?:{inr}){_GAP}(?: (?:{joins}))+ ?{_INR_GAP_VALUE}"),
        )
    # "sugar khane ke baad 250 aayi", "inr kal 7.2 aaya": the word after ends the match
    # where a word cannot go on (not \b: a Devanagari word may end in a vowel sign, "आया")
    if after:
        said_as = glucose or _GLUCOSE_NAMES
        out["glucose"] = (
            *out["glucose"],
            patterns.compile(rf"\b(?:{said_as}){_GAP} {_GAP_VALUE} (?:{after})(?!\w)"),
        )
        out["inr"] = (
            *out["inr"],
            patterns.compile(rf"\b(?:{inr})(?:{_GAP})? {_INR_GAP_VALUE} (?:{after})(?!\w)"),
        )
    for name, said_as_count in (counts or {}).items():
        out[name] = (*out[name], *(patterns.compile(p) for p in said_as_count))
    if words:
        said = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        value = rf"({said})\b(?! ?(?:%|/|times|days|point|punto|coma|virgule|ponto|nukta))"
        names = [_GLUCOSE_NAMES]
        if "glucose" in labels:
            names.append(labels["glucose"])
        out["glucose"] = (
            *out["glucose"],
            *(patterns.compile(rf"\b(?:{n}){sep}{value}") for n in names),
        )
    return out


def _mmol(value: float, per: float | None) -> float:
    """A blood sugar in mmol/L, from the number and how many of the unit said after it make
    one mmol/L (``None``: no unit said; a number above 40 is then mg/dL, as a language's own
    bare g/L writing, "glycemie 1,26", is its normaliser's)."""
    if per is None:
        return round(value / 18, 1) if value > 40 else value  # mg/dL above 40
    return value if per == 1 else round(value / per, 1)


def _per(text: str, at: int, units: GlucoseUnits) -> float | None:
    """How many of the unit said at ``at`` (if one is) make one mmol/L."""
    return next((per for unit, per in units if unit.match(text, at)), None)


def extract_vitals(
    text: str,
    vitals: VitalPatterns = _VITAL_PATTERNS,
    words: Mapping[str, float] | None = None,
    units: GlucoseUnits = (),
) -> Vitals:
    """The vital signs a text gives; a reading said in ``words`` takes their value, a blood
    sugar the unit of ``units`` said after its number."""
    values: dict[str, float] = {}
    glucose_per: float | None = None
    first: int | None = None
    for name, options in vitals.items():
        for pattern in options:
            m = pattern.search(text)
            if not m:
                continue
            first = m.start() if first is None else min(first, m.start())
            if name == "bp":
                if float(m.group(1)) <= float(m.group(2)):
                    continue  # not a reading: the top number is always the higher
                values["systolic_bp"] = float(m.group(1))
                values["diastolic_bp"] = float(m.group(2))
            elif name == "systolic":
                values.setdefault("systolic_bp", float(m.group(1)))
            elif name == "gcs" and m.lastindex == 3:
                values[name] = float(sum(int(g) for g in m.groups()))
            elif words and m.group(1) in words:
                values[name] = float(words[m.group(1)])
            else:
                values[name] = float(re.sub(r" ?, ?", ".", m.group(1)))
                if name == "glucose":
                    glucose_per = _per(text, m.end(1), units)
            break
    glucose = values.get("glucose")
    if glucose is not None:
        glucose = _mmol(glucose, glucose_per)

    def ranged(key: str, low: float, high: float) -> int | None:
        v = values.get(key)
        return int(v) if v is not None and low <= v <= high else None

    return Vitals(
        heart_rate=ranged("heart_rate", 20, 260),
        resp_rate=ranged("resp_rate", 4, 90),
        spo2=ranged("spo2", 50, 100),
        systolic_bp=ranged("systolic_bp", 40, 260),
        diastolic_bp=ranged("diastolic_bp", 20, 180),
        gcs=ranged("gcs", 3, 15),
        glucose_mmol=glucose if glucose is not None and 0.5 <= glucose <= 60 else None,
        cap_refill_s=values.get("cap_refill"),
        inr=inr if (inr := values.get("inr")) is not None and 0.5 <= inr <= 20 else None,
        at=first,
    )

"""Reading the answer to a follow-up question: "she's 2", "3 days", "since monday", "39.5".

Each parser turns an answer into words the triage engine reads (appended to the complaint,
e.g. "2 years old") and a short echo for the reply ("2 years old"). ``None`` means the
message does not answer the question (it may be a new complaint instead).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from selfcare.assistant.dialogue.commands import Command, Cues

_NOT_KEPT = re.compile(r"[^\w\s'./°]+")


def normalize(text: str) -> str:
    """Lower case with single spaces, keeping decimal points: "She's 2.5!" -> "she's 2.5"."""
    text = re.sub(r"(\d),(\d)", r"\1.\2", text.lower().replace("’", "'"))
    text = _NOT_KEPT.sub(" ", text)
    text = re.sub(r"(?<!\d)[./]|[./](?!\d)", " ", text)
    return " ".join(text.split())


FACTS = ("age", "duration", "temperature", "pregnancy", "severity")


@dataclass(frozen=True, slots=True)
class Answer:
    fact: str
    words: str  # for the triage engine; "" when the person does not know
    said: str  # for the reply: "2 years old", "not sure"

    @property
    def known(self) -> bool:
        return bool(self.words)


_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "couple of": 2,
    "couple": 2,
    "few": 3,
    "several": 4,
}
_NUM = r"\b(\d+(?:[.,]\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNKNOWN = re.compile(
    r"\b(don'?t know|dont know|do not know|not sure|no idea|unsure|can'?t remember|"
    r"not measured|haven'?t (measured|checked|taken)|no thermometer|idk|dunno)\b"
)


def _number(token: str) -> float:
    token = token.strip().replace(",", ".")
    if token in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[token])
    return float(token)


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _unknown(fact: str, norm: str) -> Answer | None:
    if _UNKNOWN.search(norm):
        return Answer(fact, "", "not sure")
    return None


# --- age -----------------------------------------------------------------------------------

_AGE_UNIT = {
    "y": "years",
    "yo": "years",
    "yr": "years",
    "yrs": "years",
    "year": "years",
    "years": "years",
    "m": "months",
    "mo": "months",
    "mos": "months",
    "mth": "months",
    "mths": "months",
    "month": "months",
    "months": "months",
    "w": "weeks",
    "wk": "weeks",
    "wks": "weeks",
    "week": "weeks",
    "weeks": "weeks",
    "d": "days",
    "day": "days",
    "days": "days",
}
_AGE = re.compile(_NUM + r"\s*(?:and a half\s*)?(" + "|".join(_AGE_UNIT) + r")?\b(?:\s*old)?")
_AGE_LIMITS = {"years": 120.0, "months": 36.0, "weeks": 60.0, "days": 60.0}


_VAGUE = {"a", "an", "few", "couple", "couple of", "several"}


def _attached(norm: str, match: re.Match[str]) -> bool:
    """A number word runs into its unit only with a space between: "an d" is not "and"."""
    number, unit = match.group(1), match.group(2)
    return not (unit and number.isalpha() and norm[match.end(1) : match.start(2)] == "")


def _plausible_age(norm: str, match: re.Match[str]) -> bool:
    """Not "for 3 days" or "a bit": a duration or a vague word is not an age; nor is 39.8
    said without a unit (a temperature)."""
    before = norm[: match.start()].split()[-1:]
    if before and before[0] in ("for", "since", "past", "last", "of", "temp", "temperature"):
        return False
    if not match.group(2) and "." in match.group(1) and _number(match.group(1)) >= 30:
        return False
    return _attached(norm, match) and not (match.group(1) in _VAGUE and not match.group(2))


def parse_age(text: str) -> Answer | None:
    norm = normalize(text)
    if "newborn" in norm or "new born" in norm:
        return Answer("age", "1 week old", "a newborn")
    match = next((m for m in _AGE.finditer(norm) if _plausible_age(norm, m)), None)
    if match is None:
        return _unknown("age", norm)
    value = _number(match.group(1))
    if "and a half" in match.group(0):
        value += 0.5
    unit = _AGE_UNIT.get(match.group(2) or "", "years")
    if not 0 < value <= _AGE_LIMITS[unit]:
        return None
    if unit == "years" and value != int(value) and value < 3:  # "2.5 years" -> 30 months
        value, unit = round(value * 12), "months"
    elif value != int(value):
        value = round(value)
    number = _fmt(value)
    one = unit[:-1] if value == 1 else unit
    return Answer("age", f"{number} {one} old", f"{number} {one} old")


# --- duration ------------------------------------------------------------------------------

_DUR_UNIT = {
    "h": 1 / 24,
    "hr": 1 / 24,
    "hrs": 1 / 24,
    "hour": 1 / 24,
    "hours": 1 / 24,
    "d": 1.0,
    "day": 1.0,
    "days": 1.0,
    "night": 1.0,
    "nights": 1.0,
    "w": 7.0,
    "wk": 7.0,
    "wks": 7.0,
    "week": 7.0,
    "weeks": 7.0,
    "m": 30.0,
    "month": 30.0,
    "months": 30.0,
    "y": 365.0,
    "year": 365.0,
    "years": 365.0,
}
_DURATION = re.compile(_NUM + r"\s*(" + "|".join(sorted(_DUR_UNIT, key=len, reverse=True)) + r")\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE = {
    "just now": 0.1,
    "just started": 0.1,
    "an hour": 1 / 24,
    "this morning": 0.5,
    "this afternoon": 0.3,
    "tonight": 0.2,
    "today": 0.5,
    "last night": 1.0,
    "yesterday": 1.0,
    "a while": 14.0,
    "ages": 30.0,
    "last week": 7.0,
    "last month": 30.0,
}


def _duration_words(days: float) -> tuple[str, str]:
    if days < 1:
        return "started today", "since today"
    if days >= 14 and days % 7 == 0:
        weeks = _fmt(days / 7)
        return f"for {weeks} weeks", f"{weeks} weeks"
    number = _fmt(round(days, 1))
    unit = "day" if days == 1 else "days"
    return f"for {number} {unit}", f"{number} {unit}"


def parse_duration(text: str, today: date | None = None) -> Answer | None:
    norm = normalize(text)
    days: float | None = None
    match = next((m for m in _DURATION.finditer(norm) if _attached(norm, m)), None)
    if match is not None:
        days = _number(match.group(1)) * _DUR_UNIT[match.group(2)]
    else:
        for day_index, name in enumerate(_WEEKDAYS):
            if re.search(rf"\b(since|on|from|last)?\s*{name}\b", norm):
                if today is None:
                    return None
                back = (today.weekday() - day_index) % 7 or 7
                days = float(back)
                break
        else:
            for phrase, value in _RELATIVE.items():
                if re.search(rf"\b{phrase}\b", norm):
                    days = value
                    break
    if days is None:
        return _unknown("duration", norm)
    if not 0 <= days <= 365 * 50:
        return None
    words, said = _duration_words(days)
    return Answer("duration", words, said)


def duration_answer(days: float) -> Answer:
    """The answer a duration button stands for."""
    words, said = _duration_words(days)
    return Answer("duration", words, said)


# --- temperature ---------------------------------------------------------------------------

_TEMP = re.compile(r"(\d{2,3}(?:[.,]\d)?)\s*(?:°|degrees?|deg)?\s*([cf])?\b")


def parse_temperature(text: str) -> Answer | None:
    norm = normalize(text.replace("°", " degrees "))
    match = _TEMP.search(norm)
    if match is None:
        if re.search(r"\b(hot|burning|warm)\b", norm):
            return Answer("temperature", "", "feels hot, not measured")
        return _unknown("temperature", norm)
    value = float(match.group(1).replace(",", "."))
    if match.group(2) == "f" or (match.group(2) is None and 90 <= value <= 110):
        value = (value - 32) * 5 / 9
    if not 30 <= value <= 45:
        return None
    celsius = f"{value:.1f}".removesuffix(".0")
    return Answer("temperature", f"temperature of {celsius} degrees", f"{celsius}°C")


# --- pregnancy -----------------------------------------------------------------------------


def parse_pregnancy(text: str, cues: Cues | None = None) -> Answer | None:
    norm = normalize(text)
    weeks = re.search(r"(\d{1,2})\s*(?:weeks?|wks?)\b", norm)
    cmd = cues.command(text) if cues is not None else None
    if cmd is Command.YES or re.search(r"\b(yes|pregnant|expecting)\b", norm):
        if re.search(r"\b(not|no|isn't|isnt|am not)\b", norm) and cmd is not Command.YES:
            return Answer("pregnancy", "not pregnant", "not pregnant")
        if weeks:
            return Answer(
                "pregnancy",
                f"pregnant {weeks.group(1)} weeks",
                f"{weeks.group(1)} weeks pregnant",
            )
        return Answer("pregnancy", "pregnant", "pregnant")
    if cmd is Command.NO or re.search(r"\b(no|not|nope|can't be|cant be|couldn't)\b", norm):
        return Answer("pregnancy", "not pregnant", "not pregnant")
    if re.search(r"\b(maybe|might|possibly|could be)\b", norm):
        return Answer("pregnancy", "might be pregnant", "might be pregnant")
    return _unknown("pregnancy", norm)


# --- severity ------------------------------------------------------------------------------

_SEVERITY = (
    (
        "severe",
        r"\b(severe|very bad|really bad|terrible|awful|unbearable|worst|agony|excruciating)\b",
    ),
    ("moderate", r"\b(moderate|quite bad|bad|medium|so so|getting worse)\b"),
    ("mild", r"\b(mild|slight|not bad|not too bad|a bit|little|ok|okay|bearable|manageable)\b"),
)


def parse_severity(text: str) -> Answer | None:
    norm = normalize(text)
    score = re.search(r"\b(\d{1,2})\s*(?:out of|/)?\s*(?:10)?\b", norm)
    level: str | None = None
    if score and 0 <= int(score.group(1)) <= 10 and not re.search(r"\d+\s*(day|week|hour)", norm):
        value = int(score.group(1))
        level = "severe" if value >= 7 else "moderate" if value >= 4 else "mild"
    else:
        for name, pattern in _SEVERITY:
            if re.search(pattern, norm):
                level = name
                break
    if level is None:
        return _unknown("severity", norm)
    return Answer("severity", f"it is {level}", level)


def parse(
    fact: str, text: str, today: date | None = None, cues: Cues | None = None
) -> Answer | None:
    """The answer to a question about ``fact``, or ``None`` if the text does not answer it."""
    if fact == "age":
        return parse_age(text)
    if fact == "duration":
        return parse_duration(text, today)
    if fact == "temperature":
        return parse_temperature(text)
    if fact == "pregnancy":
        return parse_pregnancy(text, cues)
    if fact == "severity":
        return parse_severity(text)
    return None


def from_reply_id(reply_id: str) -> Answer | None:
    """The answer a tapped button stands for: ``ans:<fact>:<value>``."""
    parts = reply_id.split(":", 2)
    if len(parts) != 3 or parts[0] != "ans" or parts[1] not in FACTS:
        return None
    fact, value = parts[1], parts[2]
    if value == "unknown":
        return Answer(fact, "", "not sure")
    if fact == "duration":
        try:
            return duration_answer(float(value))
        except ValueError:
            return None
    if fact == "pregnancy":
        return {
            "yes": Answer(fact, "pregnant", "pregnant"),
            "no": Answer(fact, "not pregnant", "not pregnant"),
            "maybe": Answer(fact, "might be pregnant", "might be pregnant"),
        }.get(value)
    if fact == "severity" and value in ("mild", "moderate", "severe"):
        return Answer(fact, f"it is {value}", value)
    return None

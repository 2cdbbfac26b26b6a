"""Facts in a message: who it is about, their age, how long, temperature, pregnancy, vitals.

Works on normalised text (see ``understanding.normalise``). Each extractor is a handful of
precompiled patterns; when several values are found the safest reading wins (the youngest
age of the person the message is about, the longest duration, the highest temperature).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_WORD_NUM = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "eight": 8.0,
    "nine": 9.0,
    "ten": 10.0,
    "eleven": 11.0,
    "twelve": 12.0,
    "fifteen": 15.0,
    "twenty": 20.0,
    "few": 3.0,
    "a few": 3.0,
    "couple": 2.0,
    "a couple": 2.0,
    "couple of": 2.0,
    "a couple of": 2.0,
    "several": 4.0,
    "half a": 0.5,
    "half an": 0.5,
}
_NUM = (
    r"(\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?|a couple of|couple of|a couple|a few|few|several|"
    r"half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
)


def _num(token: str) -> float:
    token = token.strip()
    if token in _WORD_NUM:
        return _WORD_NUM[token]
    if "-" in token:  # a range "2-3": take the middle
        low, high = token.split("-", 1)
        return (float(low) + float(high)) / 2
    return float(token)


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


# --- age -------------------------------------------------------------------------------------

_AGE_UNIT = r"(?:yos?|y ?o|yrs?|years?|yr olds?|year olds?)"
_AGE_PATTERNS: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(p), scale)
    for p, scale in (
        (rf"\b{_NUM} ?(?:month|months|mo|mth|mths|m) olds?\b", 1 / 12),
        (
            rf"\b(?:is|s|aged?) {_NUM} (?:month|months|mo|mth|mths)\b(?! (?:pregnant|gone|ago))",
            1 / 12,
        ),
        (rf"\b{_NUM} ?(?:week|weeks|wk|wks) olds?\b", 1 / 52),
        (
            rf"\b(?:infant|baby|newborn)\b(?: \S+){{0,3}}? {_NUM} ?(?:weeks?|wks?)\b"
            r"(?! ?(?:ago|pregnant))",
            1 / 52,
        ),
        (
            rf"\b(?:infant|baby)\b(?: \S+){{0,3}}? {_NUM} ?(?:months?|mths?)\b"
            r"(?! ?(?:ago|pregnant))",
            1 / 12,
        ),
        (rf"\b{_NUM} ?(?:day|days) olds?\b", 1 / 365),
        (rf"\b(\d{{1,3}}) ?{_AGE_UNIT}(?! ago)\b", 1.0),
        (rf"\b{_NUM} ?(?:year|yr) olds?\b", 1.0),
        (
            r"\b(?:im|i am|age|aged|ages|is|s|turned|hes|shes|theyre) (\d{1,3})\b(?! ?(?:weeks"
            r"|wks|days|months|minutes|mins|hours|hrs|times|kg|mg|ml|%|percent|degrees|c\b|f\b"
            r"|stone|st\b|lbs|x|\.|/))",
            1.0,
        ),
        (r"\b(\d{1,2}) ?[mf]\b(?! ?olds?)", 1.0),
        (
            r"\b(?:son|daughter|dad|mum|boy|girl|kid|child|brother|sister|husband|wife|partner|"
            r"grandad|nan|gran|friend)s (\d{1,3})\b"
            r"(?! ?(?:weeks|days|months|times|hours|minutes|%))",
            1.0,
        ),
        (r"\b(\d{1,3}) ?(?:male|female|man|woman|lady|gentleman|boy|girl|guy|lad)\b", 1.0),
        (r"\( ?(\d{1,3}) ?(?:[mf]|yo|yrs?)? ?\)", 1.0),
        (r"^(\d{1,3}) ?,", 1.0),
        (r"\bin (?:my|his|her|their) (\d)0s\b", 10.0),
    )
)
_AGE_WORDS: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"\bnew ?born\b|\bneonat\w*"), 0.04),
    (re.compile(r"\btoddler\b"), 2.0),
    (re.compile(r"\b(?:teenager|teen)\b"), 15.0),
    (re.compile(r"\b(?:elderly|pensioner|old age pensioner)\b"), 80.0),
)
_DECADE_WORDS = {
    "twenties": 25.0,
    "thirties": 35.0,
    "forties": 45.0,
    "fifties": 55.0,
    "sixties": 65.0,
    "seventies": 75.0,
    "eighties": 85.0,
    "nineties": 92.0,
}
_DECADE = re.compile(
    r"\b(?:in )?(?:my|his|her|their|early|late|mid) (" + "|".join(_DECADE_WORDS) + r")\b"
)


def extract_age(text: str) -> float | None:
    """The age in years of the person the message is about, or ``None``."""
    ages = extract_ages(text)
    return ages[0] if ages else None


def extract_ages(text: str) -> tuple[float, ...]:
    """Every age mentioned, in order of appearance."""
    found: list[tuple[int, float]] = []
    for pattern, scale in _AGE_PATTERNS:
        for m in pattern.finditer(text):
            try:
                value = _num(m.group(1))
            except ValueError:
                continue
            if scale == 10.0:
                value = value * 10 + 5
                scale = 1.0
            years = value * scale
            if scale == 1.0 and not 0 < years <= 110:
                continue
            found.append((m.start(), years))
    for m in _DECADE.finditer(text):
        found.append((m.start(), _DECADE_WORDS[m.group(1)]))
    if not found:
        for pattern, years in _AGE_WORDS:
            word = pattern.search(text)
            if word:
                found.append((word.start(), years))
    found.sort()
    return tuple(years for _, years in found)


# --- duration ----------------------------------------------------------------------------------

_UNIT_DAYS = {
    "sec": 1 / 86400,
    "min": 1 / 1440,
    "hour": 1 / 24,
    "hr": 1 / 24,
    "day": 1.0,
    "night": 1.0,
    "week": 7.0,
    "wk": 7.0,
    "fortnight": 14.0,
    "month": 30.0,
    "mth": 30.0,
    "year": 365.0,
    "yr": 365.0,
}
_DURATION = re.compile(
    rf"\b{_NUM} (?:more )?(sec|min|hour|hr|day|night|week|wk|fortnight|month|mth|year|yr)(?:ute"
    rf"|ond)?s?\b"
    r"(?! ?(?:old|pregnant|gone|postpartum))"
)
_CLINICAL_DURATION = re.compile(r"\b(\d+) ?/ ?(7|52|12)\b")
_DAY_N = re.compile(r"\bday (\d{1,2})\b")
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|wed|thurs|fri|sat|sun"
    r"|the weekend)"
)
_PHRASES: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(p), days)
    for p, days in (
        (r"\bsince (?:yesterday|yday)\b|\byesterday\b", 1.0),
        (r"\b(?:since )?last night\b|\bovernight\b|\ball night\b", 0.5),
        (r"\bthis (?:morning|afternoon|evening)\b|\btoday\b|\ball day\b", 0.3),
        (r"\bjust now\b|\ba (?:few )?moments? ago\b", 0.01),
        (rf"\bsince (?:last )?{_WEEKDAY}\b|\bon {_WEEKDAY}\b", 3.0),
        (r"\bsince last week\b|\blast week\b|\ball week\b|\bthis week\b", 5.0),
        (r"\bsince last month\b|\bfor a month\b|\ball month\b", 30.0),
        (r"\bfor (?:a few |several )?days\b", 4.0),
        (r"\bfor (?:a few |several |many )?weeks\b|\bweeks now\b", 21.0),
        (
            r"\bfor (?:a few |several |many )?months\b|\bmonths now\b|\bover the (?:past "
            r"|last )?months\b",
            90.0,
        ),
        (
            r"\bfor (?:years|ages|a long time)\b|\bsince (?:i was|childhood|christmas|the summer"
            r"|new year)\b",
            180.0,
        ),
        (r"\bfor a while\b", 30.0),
        (r"\b(?:past|last|over the) year\b", 365.0),
    )
)


def extract_durations(text: str) -> list[tuple[int, float]]:
    """Every duration in the text as (position, days)."""
    found: list[tuple[int, float]] = []
    for m in _DURATION.finditer(text):
        try:
            value = _num(m.group(1))
        except ValueError:
            continue
        found.append((m.start(), value * _UNIT_DAYS[m.group(2)]))
    for m in _CLINICAL_DURATION.finditer(text):
        unit = {"7": 1.0, "52": 7.0, "12": 30.0}[m.group(2)]
        found.append((m.start(), float(m.group(1)) * unit))
    for m in _DAY_N.finditer(text):
        found.append((m.start(), float(m.group(1))))
    for pattern, days in _PHRASES:
        for m in pattern.finditer(text):
            found.append((m.start(), days))
    return found


# --- temperature ---------------------------------------------------------------------------------

_TEMP_LABELLED = re.compile(
    r"\b(?:temp|temperature|fever|t|pyrexia|pyrexial|febrile)\b(?: \w+){0,3}? (?:of |is |was "
    r"|at |to |=|: )?"
    r"(\d{2,3}(?:\.\d+)?) ?(c|f|degrees|deg)?\b"
)
_TEMP_UNIT = re.compile(
    r"\b(\d{2,3}(?:\.\d+)?) ?(c|f|degrees c|degrees f|degrees|deg|celsius|fahrenheit)\b"
)
_TEMP_BARE = re.compile(
    r"(?<![\d/.])\b(3[5-9]\.\d|4[0-2]\.\d)\b(?! ?(?:%|/|kg|mmol|weeks|mg|ml|cm|hours|days))"
)


def _to_celsius(value: float, unit: str | None) -> float | None:
    if (unit and unit.startswith(("f", "degrees f"))) or (unit != "c" and 93 <= value <= 110):
        value = (value - 32) * 5 / 9
    if 30 <= value <= 44:
        return round(value, 1)
    return None


def extract_temperature(text: str) -> float | None:
    values: list[float] = []
    for pattern in (_TEMP_LABELLED, _TEMP_UNIT):
        for m in pattern.finditer(text):
            unit = m.group(2)
            if pattern is _TEMP_UNIT and unit in ("degrees", "deg"):
                unit = None
            c = _to_celsius(float(m.group(1)), unit)
            if c is not None:
                values.append(c)
    values += [float(m.group(1)) for m in _TEMP_BARE.finditer(text)]
    return max(values) if values else None


# --- pregnancy -----------------------------------------------------------------------------------

_PREG_WEEKS = re.compile(
    r"\b(\d{1,2}) ?(?:\+ ?\d )?(?:weeks?|wks?|w) ?(?:\+ ?\d )?(?:pregnant|gone|gestation|pg"
    r"|into (?:my |her |the )?pregnancy)\b"
    r"|\bpregnant (?:with \w+ )?(?:at |and )?(\d{1,2}) ?(?:weeks?|wks?)\b"
    r"|\b(\d{1,2}) ?\+ ?\d\b"
)
_PREGNANT = re.compile(
    r"\b(?:pregnant|pregnancy|expecting (?:a baby|twins)|weeks gone|trimester|gestation"
    r"|antenatal|midwife)\b"
    r"|\b(?:felt|feel|feeling) (?:the )?(?:baby|babys) (?:move|moving|kick\w*)|\b(?:baby|babys"
    r"|fetal|foetal) movements?\b"
)
_WEEKS_LEAD = re.compile(r"^(?:im |i am )?(\d{1,2}) ?(?:weeks?|wks?)\b")
_NOT_PREGNANT = re.compile(
    r"\b(?:not|never been|isnt|arent|no chance (?:of being|im)|couldnt be|cant be|trying to get"
    r"|trying for a baby|to get) pregnant\b"
    r"|\bpregnancy test ~?(?:was |is )?negative\b|\bnegative pregnancy\b"
)
_TRIMESTER = {"first": 10, "1st": 10, "second": 20, "2nd": 20, "third": 32, "3rd": 32}
_TRIMESTER_RE = re.compile(r"\b(first|second|third|1st|2nd|3rd) trimester\b")
_POSTPARTUM = re.compile(
    r"\b(?:gave birth|given birth|had (?:my|the|a|her) baby|post ?partum|post ?natal"
    r"|after (?:giving )?birth|"
    r"after (?:my|her) (?:c ?section|caesarean|delivery)|since (?:the )?birth|delivered)\b"
)


def extract_pregnancy(text: str) -> tuple[bool, int | None, bool]:
    """(pregnant, weeks, postpartum)."""
    weeks: int | None = None
    for m in _PREG_WEEKS.finditer(text):
        raw = next(g for g in m.groups() if g)
        if 4 <= int(raw) <= 42:
            weeks = max(weeks or 0, int(raw))
    if weeks is None and _PREGNANT.search(text):
        lead = _WEEKS_LEAD.search(text)
        if lead and 4 <= int(lead.group(1)) <= 42:
            weeks = int(lead.group(1))
    if weeks is None:
        t = _TRIMESTER_RE.search(text)
        if t:
            weeks = _TRIMESTER[t.group(1)]
    postpartum = bool(_POSTPARTUM.search(text))
    pregnant = weeks is not None or bool(_PREGNANT.search(text) and not _NOT_PREGNANT.search(text))
    if postpartum and weeks is None and not re.search(r"\b(?:pregnant|weeks gone)\b", text):
        pregnant = False
    return pregnant, weeks, postpartum


# --- vitals ---------------------------------------------------------------------------------------

_SEP = r"(?: of| is| was| at| down to| up to| around|:|=| -)* ?"
_VITAL_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "heart_rate": (
        re.compile(rf"\b(?:hr|heart rate|pulse(?: rate)?|pr|p){_SEP}(\d{{2,3}})\b(?! ?(?:%|/))"),
        re.compile(r"\b(\d{2,3}) ?bpm\b"),
    ),
    "resp_rate": (
        re.compile(
            rf"\b(?:rr|resp(?:iratory)? rate|resps|breathing rate"
            rf"|rate of breathing){_SEP}(\d{{1,2}})\b"
        ),
        re.compile(r"\b(\d{1,2}) breaths? (?:per|a|/) ?min"),
    ),
    "spo2": (
        re.compile(
            rf"\b(?:spo2|sp02|sats?|o2 sats?|oxygen(?: saturation| sats| levels?)?|saturations?"
            rf"|pulse ox\w*|o2){_SEP}(\d{{2,3}}) ?%?"
        ),
        re.compile(r"\b(\d{2,3}) ?% ?(?:on (?:room )?air|ra\b|sats|oxygen)"),
    ),
    "bp": (
        re.compile(rf"\b(?:bp|blood pressure){_SEP}(\d{{2,3}}) ?/ ?(\d{{2,3}})\b"),
        re.compile(r"\b(\d{2,3}) ?/ ?(\d{2,3}) ?mm ?hg\b"),
    ),
    "gcs": (re.compile(rf"\bgcs{_SEP}(\d{{1,2}})\b"),),
    "glucose": (
        re.compile(
            rf"\b(?:bm|cbg|blood (?:sugar|glucose)s?|glucose|sugars?"
            rf"|bg){_SEP}(\d{{1,3}}(?:\.\d+)?)\b(?! ?(?:%|/|times|days))"
        ),
    ),
    "cap_refill": (
        re.compile(
            rf"\b(?:crt|cap(?:illary)? refill(?: time)?){_SEP}(?:> ?)?(\d(?:\.\d)?) ?(?:s|sec"
            rf"|secs|seconds)?\b"
        ),
    ),
}


def extract_vitals(text: str) -> Vitals:
    values: dict[str, float] = {}
    first: int | None = None
    for name, patterns in _VITAL_PATTERNS.items():
        for pattern in patterns:
            m = pattern.search(text)
            if not m:
                continue
            first = m.start() if first is None else min(first, m.start())
            if name == "bp":
                values["systolic_bp"] = float(m.group(1))
                values["diastolic_bp"] = float(m.group(2))
            else:
                values[name] = float(m.group(1))
            break
    glucose = values.get("glucose")
    if glucose is not None and glucose > 40:  # mg/dL
        glucose = round(glucose / 18, 1)

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
        at=first,
    )


# --- subject -------------------------------------------------------------------------------------

_BABY_WORDS = r"(?:baby|babys|babies|newborn|infant|bub|bubba)"
_CHILD_WORDS = (
    r"(?:son|sons|daughter|daughters|kid|kids|child|childs|children|boy|girl|toddler|little one"
    r"|little boy|little girl|"
    r"stepson|stepdaughter|grandson|granddaughter|grandchild|niece|nephew|lo|dd|ds)"
)
_ADULT_WORDS = (
    r"(?:mum|mums|dad|dads|mother|father|husband|husbands|wife|wifes|partner|partners|boyfriend"
    r"|girlfriend|brother|"
    r"brothers|sister|sisters|friend|friends|grandad|grandads|gran|grans|grandma|grandmas"
    r"|grandpa|nan|nans|aunt|auntie|"
    r"uncle|flatmate|housemate|colleague|neighbour|fiance|fiancee|other half|patient|client"
    r"|relative|"
    r"mother in law|father in law|in laws?|parents?|grandparents?|grandmother|grandfather)"
)
_SUBJECT_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            rf"\b(?:my|our|the|her|his|their) (?:\w+ )?(?:\d+ ?\w* )?(?:old )?{_BABY_WORDS}\b"
        ),
        "baby",
    ),
    (
        re.compile(rf"^{_BABY_WORDS}\b|\b{_BABY_WORDS} (?:is|has|was|keeps|wont|isnt|boy|girl)\b"),
        "baby",
    ),
    (
        re.compile(
            r"\b(?:my|our) (?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten"
            r"|eleven|twelve) ?(?:month|months|mo|mth|week|weeks|day|days|wk) olds?\b"
        ),
        "baby",
    ),
    (re.compile(r"\b(?:my|our) \d+ ?(?:yo|y o|yr|yrs|year|years)(?: olds?)?s?\b"), "child"),
    (re.compile(rf"\b(?:my|our) (?:\w+ )?(?:\d+ ?\w* )?(?:old )?{_CHILD_WORDS}\b"), "child"),
    (re.compile(rf"\b(?:my|our|the) (?:\w+ )?{_ADULT_WORDS}\b"), "other_adult"),
    (
        re.compile(r"^(?:grandad|grandma|nan|gran|mum|dad|mom)\b|\b(?:grandad|grandads)\b"),
        "other_adult",
    ),
    (
        re.compile(
            r"\b(?:a|an|the) (?:\d+ ?(?:yo|year old|y o) )?(?:patient|man|woman|lady|gentleman"
            r"|male|female|pt)\b"
        ),
        "other_adult",
    ),
    (
        re.compile(r"\b\d+ ?(?:yo|year old|y o) (?:man|woman|male|female|lady|gentleman|m|f)\b"),
        "other_adult",
    ),
    (re.compile(r"^(?:he|she|hes|shes) "), "other_adult"),
)
_MALE = re.compile(
    r"\b(?:husband|dad|father|son|boy|grandad|grandpa|brother|boyfriend|uncle|nephew|man|male"
    r"|gentleman|lad|he|hes|him|his|"
    r"testicles?|penis|prostate|\d+ ?m)\b"
)
_FEMALE = re.compile(
    r"\b(?:wife|mum|mother|daughter|girl|grandma|gran|nan|sister|girlfriend|aunt|niece|woman"
    r"|female|lady|she|shes|her|"
    r"period|periods|pregnant|vagina\w*|\d+ ?f)\b"
)


def extract_subject(text: str, age: float | None, pregnant: bool = False) -> str:
    hits: list[tuple[int, str]] = []
    for pattern, subject in _SUBJECT_PATTERNS:
        m = pattern.search(text)
        if m:
            hits.append((m.start(), subject))
    subject = min(hits)[1] if hits else "self"
    if (
        subject == "baby"
        and pregnant
        and age is None
        and not re.search(r"\b(?:my|our) baby\b", text)
    ):
        subject = "self"  # "the baby" of someone pregnant is the one not yet born
    if subject == "other_adult" and re.search(
        r"\b(?:my|our) (?:wife|husband|partner|mum|dad) (?:says|said|thinks|noticed)\b", text
    ):
        subject = "self"  # the partner is the one reporting, the message is about the writer
    if age is not None:
        if subject in ("child", "baby", "other_adult") and age < 1:
            return "baby"
        if subject in ("child", "baby") and age >= 18:
            return "other_adult"
        if subject == "baby" and age >= 1:
            return "child"
        if subject == "self" and age < 16:
            return "child" if age >= 1 else "baby"
    return subject


def extract_sex(text: str, subject: str) -> str | None:
    male = _MALE.search(text)
    female = _FEMALE.search(text)
    if male and not female:
        return "male"
    if female and not male:
        return "female"
    if male and female:
        return "male" if male.start() < female.start() else "female"
    return None

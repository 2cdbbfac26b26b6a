"""The shape of every knowledge-base record, validated with pydantic.

Two halves, so that adding a language is adding files:

* language-independent records — ``findings/<area>.yaml`` (what a finding is),
  ``red_flags/<area>.yaml`` (when it changes the level of care: a small decision table),
  ``topics/<id>.yaml`` (self-care topics: audience, default level, which red flags to show);
* per language, under ``languages/<code>/`` — the words people use for each finding, the line
  we show for each red flag (and its first-aid line), each topic's text, and the language's
  own cues (negation, history, hypotheticals), number words, commands and interface strings.

A red flag's ``say`` line is written once, in the second person ("you have chest pain that
spreads to your arm"); replies render it for whoever the conversation is about, and the
tests render it in the person's own voice ("I have…", "my son has…") and check that the
engine recognises it — so what we tell people to watch for and what we detect cannot drift.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator

Id = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=48)
Level = Literal["emergency", "urgent", "routine"]
TopicLevel = Literal["self_care", "routine", "urgent"]
Audience = Literal["any", "adult", "child", "baby", "pregnancy"]
# Whom a reply is about: the person writing, their child, their baby, or another adult.
Whom = Literal["self", "child", "baby", "other"]
Fact = Literal["age", "duration", "temperature", "pregnancy", "severity"]

FAMILY_AUDIENCES = ("adult", "child", "baby")  # who a topic family is written for

GUIDANCE_HOSTS = ("nhs.uk", "cdc.gov", "who.int", "nice.org.uk", "nhsinform.scot")


def public_guidance(url: HttpUrl) -> HttpUrl:
    host = url.host or ""
    if not any(host == h or host.endswith("." + h) for h in GUIDANCE_HOSTS):
        raise ValueError(f"source {url} is not NHS, NICE, WHO or CDC guidance")
    return url


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- findings -------------------------------------------------------------------------------


class Finding(_Record):
    """Something a person can report: a symptom, a sign, a piece of context, a modifier.

    ``kind`` says how scope applies. A ``symptom`` said to be absent ("no fever"), in the past
    ("had a stroke years ago"), hypothetical ("what if she gets a fever") or about someone
    else's history does not count. ``context`` findings (risk factors, medicines, conditions
    the person lives with: "on blood thinners", "diabetic") count whenever they are said,
    past tense included. ``modifier`` findings (severe, sudden, getting worse) qualify others.

    ``pregnancy`` says what the finding tells about a pregnancy. ``implies``: only a pregnancy
    has it ("the baby has stopped moving", "my waters have gone"), so saying it says pregnant,
    unless the person says they are not, and a "baby" said with it is the one not yet born.
    ``rules_out``: no pregnancy is possible with it (after the menopause), so a pregnancy read
    from the text without its weeks is not one ("pregnancy" named in a history, a test done).

    ``past_is_risk``: said in the past it is still a risk now (a suicide attempt, self-harm:
    NICE NG225), so a time that opens its clause ("last month I…", a ``history_opener``) does
    not put it in the past.
    """

    id: str = Id
    about: str = Field(default="", max_length=200)  # what it means, when the label is not enough
    kind: Literal["symptom", "context", "modifier"] = "symptom"
    pregnancy: Literal["implies", "rules_out"] | None = None
    past_is_risk: bool = False


class FindingWords(_Record):
    """How people say one finding in one language.

    ``words`` are patterns over normalised text: plain words, ``~N`` for a gap of up to N words
    that never crosses punctuation or a conjunction, the language's upper-case word classes
    (``PAIN``, ``POSS``…), and regular-expression alternatives ``(?:a|b)``. ``absent`` lists
    phrases that say the finding is not there ("breathing is fine").
    """

    label: str = Field(min_length=2, max_length=60)  # short, for reason lines: "chest pain"
    words: tuple[str, ...] = Field(min_length=1)
    absent: tuple[str, ...] = ()

    @field_validator("words", "absent")
    @classmethod
    def _compiles(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in patterns:
            if not pattern.strip():
                raise ValueError("empty pattern")
        return patterns


# --- red flags: decision tables ----------------------------------------------------------------


class Range(_Record):
    """``at_least <= value < under``; either end may be left open. ``unknown`` is the answer
    when the value was not said (``true`` where not knowing must count as in range)."""

    at_least: float | None = None
    under: float | None = None
    unknown: bool = False

    @model_validator(mode="after")
    def _one_end(self) -> Range:
        if self.at_least is None and self.under is None:
            raise ValueError("give at_least, under or both")
        return self


class Days(Range):
    of: str | None = None  # the finding whose duration counts (default: anything said)


class AtLeast(_Record):
    n: int = Field(ge=1)
    of: tuple[str, ...] = Field(min_length=2)


class Row(_Record):
    """One row of a decision table: every condition given must hold.

    Findings: ``all`` of them, ``any`` one of them, one of each group in ``one_of``, ``none``
    of them, ``at_least`` n of a list, ``new`` (present and not said to be long-standing,
    or said to be sudden), ``recent`` (present and not said to be long-standing in its own
    sentence; unlike ``new``, "sudden" does not override a long duration), ``near`` (both
    said in one sentence), ``not_near`` (no pair said in one sentence). Facts: ``age`` in
    years (the safer reading when
    several people are mentioned), ``child`` (under 16) and ``baby`` (under 1), pregnancy
    and its ``weeks``, ``postpartum``, ``sex``, ``fever`` (38°C or more, or said),
    ``temperature`` in °C, ``days`` the complaint has lasted, ``local``: a condition common
    where the person is (malaria, dengue, tb: from the country pack). ``check`` names a function for
    what a table cannot say (vital-sign scoring); ``not_check`` must be false.

    A row needs something positive to fire on: a finding (``all``/``any``/``one_of``/
    ``at_least``/``new``/``recent``), a ``check``, or a fever (``fever: true`` or a
    ``temperature`` range; a temperature said without the word "fever" is a finding too).
    """

    all: tuple[str, ...] = ()
    any: tuple[str, ...] = ()
    one_of: tuple[tuple[str, ...], ...] = ()
    none: tuple[str, ...] = ()
    at_least: AtLeast | None = None
    new: tuple[str, ...] = ()
    recent: tuple[str, ...] = ()
    near: tuple[str, str] | None = None
    not_near: tuple[tuple[str, str], ...] = ()
    age: Range | None = None
    child: bool | None = None
    baby: bool | None = None
    pregnant: bool | None = None
    weeks: Range | None = None
    postpartum: bool | None = None
    sex: Literal["male", "female"] | None = None
    fever: bool | None = None
    temperature: Range | None = None
    days: Days | None = None
    chronic: bool | None = None
    local: tuple[str, ...] = ()  # one of these is common where the person is (country pack)
    check: str | None = None
    not_check: str | None = None

    def findings(self) -> set[str]:
        """Every finding id the row names."""
        ids = {*self.all, *self.any, *self.none, *self.new, *self.recent}
        ids.update(f for group in self.one_of for f in group)
        ids.update(f for pair in self.not_near for f in pair)
        if self.at_least:
            ids.update(self.at_least.of)
        if self.near:
            ids.update(self.near)
        if self.days and self.days.of:
            ids.add(self.days.of)
        return ids

    @model_validator(mode="after")
    def _positive(self) -> Row:
        findings = self.all or self.any or self.one_of or self.at_least or self.new or self.recent
        fever = self.fever is True or self.temperature is not None
        if not (findings or self.check or fever):
            raise ValueError(
                "a row needs at least one finding (all/any/one_of/new/recent), a check or a fever"
            )
        return self


class RedFlag(_Record):
    """A finding or combination that sets a level of care, from public guidance."""

    id: str = Id
    level: Level
    when: tuple[Row, ...] = Field(min_length=1)  # fires when any row holds
    source: HttpUrl
    topic: str | None = None  # the self-care topic to advise on when this decides the level
    crisis: bool = False  # suicide, self-harm: answer with crisis support, warmly
    poison: bool = False  # something swallowed or breathed in: add the poison centre
    # A broad red flag (any heavy bleeding): when a narrower one fires at the same level
    # (bleeding in pregnancy, a nosebleed that will not stop), that one decides the reply's
    # reason and first aid
    broad: bool = False
    # Among red flags of one level that fire together, the higher priority is reported first
    # (its reason and first aid are the ones shown); equal ones keep file order.
    priority: int = 0
    # What the person needs, where a country pack names its own place for it (``places.<lang>
    # .needs``): the level's line names that place instead of the level's.
    need: str | None = None
    # Findings that say its warning line is about someone else than whom the reply is for (a
    # man asking about emergency contraception for his partner, ``partner_could_be_pregnant``:
    # "you might be pregnant…" is not his): a topic's warnings leave the line out when one is
    # said. The red flag itself still fires on its rows.
    not_shown_with: tuple[str, ...] = ()

    @field_validator("source")
    @classmethod
    def _public(cls, url: HttpUrl) -> HttpUrl:
        return public_guidance(url)

    def named(self) -> frozenset[str]:
        """The findings its rows say are there (not those they require absent): what a
        person said that made it fire is among these."""
        return frozenset(f for row in self.when for f in row.findings() - set(row.none))

    def concerns(self, audience: str) -> bool:
        """Whether any row could hold for whom a reply is about, so a reply about a baby or
        a child does not list a pregnancy's or an older adult's warning signs. Replies about
        "self" or "other" keep every line: their age is often not said, and the person may
        be a teenager or writing for a child without saying so."""
        if audience not in YOUNG:
            return True
        low, high = YOUNG[audience]
        return any(_could_concern(row, audience, low, high) for row in self.when)


# Ages, in years, of a baby and a child whom a reply is about: [from, under).
YOUNG = {"baby": (0.0, 1.0), "child": (1.0, 16.0)}


def _could_concern(row: Row, audience: str, low: float, high: float) -> bool:
    if row.baby is True and audience != "baby":
        return False
    if (row.baby is False and audience == "baby") or row.child is False:
        return False
    if row.pregnant is True or row.weeks is not None or row.postpartum is True:
        return False
    if row.age is not None:
        top = row.age.under if row.age.under is not None else 200.0
        bottom = row.age.at_least if row.age.at_least is not None else 0.0
        if bottom >= high or top <= low:
            return False
    return True


class RedFlagWords(_Record):
    """What we tell people about one red flag, in one language.

    ``say`` is written to the person ("you have…", "your lips are…"): it is rendered for
    whoever the conversation is about, and said back in the person's voice by the tests.
    ``first_aid`` is one line for while they wait (emergencies), or for an urgent red flag
    what to do now ("call your maternity unit now"), shown after the level line.
    ``first_aid_for`` gives that line for one audience where ``first_aid`` does not fit them
    (written to the person themself, "sit down and rest; chew an aspirin", when the message
    is about their dad; adult first aid when it is about a baby): the reply shows the
    audience's line when there is one (a child's or a baby's, else another adult's), else
    ``first_aid``. Where English has a line for an audience, every language has it too (or
    lists ``first_aid_for:<red flag>`` among its fallbacks: English's is shown).
    ``examples`` are messages, in several voices, that must reach the red flag's level (tests
    run every one).
    """

    say: str = Field(min_length=8, max_length=200)
    first_aid: str | None = Field(default=None, max_length=240)
    first_aid_for: dict[Whom, str] = Field(default_factory=dict)
    examples: tuple[str, ...] = ()

    @field_validator("first_aid_for")
    @classmethod
    def _first_aid_lines(cls, value: dict[Whom, str]) -> dict[Whom, str]:
        for whom, line in value.items():
            if not 8 <= len(line) <= 240:
                raise ValueError(f"{whom}: a first-aid line is 8 to 240 characters")
        return value


# --- topics ---------------------------------------------------------------------------------


class Warnings(_Record):
    """Red flags a topic shows, by level: their ``say`` lines make the reply's safety net."""

    emergency: tuple[str, ...] = Field(min_length=1)
    urgent: tuple[str, ...] = ()
    routine: tuple[str, ...] = ()


class Topic(_Record):
    id: str = Id
    audience: Audience = "any"
    default_level: TopicLevel = "self_care"
    findings: tuple[str, ...] = ()  # findings that point to this topic
    warnings: Warnings
    ask_about: tuple[Fact, ...] = ()  # facts that change the triage for this topic
    sources: tuple[HttpUrl, ...] = Field(min_length=1)
    # a question about something other than a complaint (a medicine, contraception): chosen
    # only when no complaint topic fits, so "lump in my neck, can I take paracetamol" stays a lump
    fallback: bool = False
    # a question asked ahead, nothing wrong now (first aid): when one of its findings is said,
    # another topic's alias said only as a supposition ("if he ever has a fit") is the event
    # asked about, not a complaint, and does not count
    ahead: bool = False
    # broader topics this one is a closer account of: when one of this topic's own findings
    # is said, they give way to it ("cramps in my lower tummy on my period" is period pain,
    # not tummy pain); a red flag that names a broader topic still chooses it
    narrows: tuple[str, ...] = ()
    # findings that must all be said too for the topic to be chosen: a health claim asked
    # about is answered as one only when the writer says they are well
    needs: tuple[str, ...] = ()
    # a topic of older people or of its own complaint (a fall): for someone said to be younger
    # than ``older_from`` (or of no age said, with none of the topic's aliases, which name older
    # people) and with none of its ``own`` findings said, it is only how another complaint came
    # about and gives way to that one ("fell playing football, a bruise": a bruise); where only
    # the joint topics ``instead`` narrows are left, ``instead`` (a sprain) takes its place
    # (fallsctx 2026-12-07; NHS falls, NICE CG161: falls in people 65 and over)
    older_from: int | None = Field(default=None, ge=1, le=120)
    own: tuple[str, ...] = ()
    instead: str | None = None
    # one complaint written for different people ("fever": a baby, a child, an adult): the
    # family's topics share this name, each with its own audience, and the one whose audience
    # fits who the message is about answers for all of them
    family: str | None = Field(default=None, pattern=r"^[a-z][a-z0-9_]*$", max_length=48)

    @field_validator("sources")
    @classmethod
    def _public(cls, urls: tuple[HttpUrl, ...]) -> tuple[HttpUrl, ...]:
        return tuple(public_guidance(u) for u in urls)


class TopicText(_Record):
    """One topic's words in one language. Plain words, our own, never a diagnosis."""

    title: str = Field(min_length=2, max_length=40)
    summary: str = Field(min_length=20, max_length=300)
    aliases: tuple[str, ...] = Field(min_length=3)  # lay words that point to this topic
    self_care: tuple[str, ...] = Field(min_length=2)
    pharmacist: tuple[str, ...] = ()
    duration: str = Field(min_length=5)

    @field_validator("self_care", "pharmacist", "aliases")
    @classmethod
    def _short(cls, items: tuple[str, ...]) -> tuple[str, ...]:
        for item in items:
            if not item.strip() or len(item) > 240:
                raise ValueError("each item must be 1-240 characters")
        return items


# --- facts: age, duration, temperature, pregnancy, who ---------------------------------------

Weighted = tuple[str, float]  # (pattern, value): see FactsSpec


VitalSign = Literal["heart_rate", "resp_rate", "spo2", "bp", "glucose", "inr", "gcs"]


class Unit(_Record):
    """A unit a reading may be said in (``units`` in ``facts``): the words said right after
    its number (a pattern over normalised text, where "g/l" is "g l") and ``per``, how many
    of it make one of the unit the checks use (blood sugar: mmol/L, so mg/dL is 18 and g/L
    0.18)."""

    said: str = Field(min_length=1)
    per: float = Field(gt=0)


class FactsSpec(_Record):
    """``facts`` in ``language.yaml``: how a language says the facts triage needs.

    Patterns run over normalised text; ``<NUM>`` stands for a number (digits, a range such as
    "2-3", or one of ``numbers``) and is the pattern's first group. In ``ages`` and
    ``durations`` a pattern with a group gives the number times its value (years, days); one
    without a group gives its value. Vital signs (HR, RR, SpO2, BP, GCS…) in clinical
    notation are read the same way in every language; ``vital_labels`` adds the language's
    own names for them ("saturacion", "pulso") and ``vital_joins`` the words between a name
    and its number ("esta en", "ni").
    """

    numbers: dict[str, float]
    ages: tuple[Weighted, ...] = Field(min_length=1)
    decades: dict[str, float] = {}
    decade_pattern: str | None = None  # with <DECADE> for one of ``decades``
    age_words: tuple[Weighted, ...] = ()  # only when no number says the age ("toddler")
    durations: tuple[Weighted, ...] = Field(min_length=1)
    # Words before a number that make it a duration even where it reads as an age too:
    # "16 yrs, has asthma" is an age, "for 16 yrs" a duration.
    duration_words: str = ""
    # Words just before a duration that make it what is expected, not how long the complaint
    # has lasted ("the cough could go on for 3 weeks", "puede durar hasta 3 semanas"): such a
    # duration is not read (routine3, 2026-12-07).
    duration_expected: str = ""
    temperature_labels: str  # words that name a temperature ("temp|fever")
    temperature_joins: str = ""  # words between the label and the number ("of |is ")
    degree_words: str = "degrees|deg"
    # units that make 38.5 something else ("weeks|days"), and a blood sugar's number a time
    # ("2 hours after lunch"; meds 2026-12-07)
    not_temperature_after: str = ""
    vital_labels: dict[VitalSign, str] = {}
    vital_joins: str = ""
    # Words said after a blood sugar's number where the language puts the verb last ("sugar
    # khane ke baad 250 aayi"): the name, a few words, the number, one of these.
    reading_after: str = ""
    # A vital sign said as a count in everyday words ("breathing 64 times a minute", "respira 55
    # veces por minuto", "saans 55 per minute"): patterns whose one group is the number.
    vital_counts: dict[VitalSign, tuple[str, ...]] = {}
    # Exact number words a measured reading may be said in ("sugar is eleven"): never a vague
    # one ("a few", "several") nor "a"/"one" as an article.
    reading_numbers: dict[str, float] = {}
    # The units a reading may be said in, by vital sign, tried in order after its number; a
    # blood sugar said with none is mg/dL above 40, else mmol/L (see engine/facts.py).
    units: dict[VitalSign, tuple[Unit, ...]] = {}
    pregnancy_weeks: str  # weeks of pregnancy, the number in the first group that matched
    pregnant: str
    pregnant_said: str  # pregnancy named outright (a birth does not end it then)
    weeks_lead: str  # "24 weeks and…", "I'm 13 weeks": weeks in a message about a pregnancy
    pregnancy_months: str = ""  # "7 months pregnant": months, read as weeks
    not_pregnant: str
    trimesters: dict[str, int] = {}
    trimester_pattern: str | None = None
    postpartum: str
    subjects: tuple[tuple[str, Literal["self", "baby", "child", "other_adult"]], ...]
    own_baby: str  # "my baby": a baby already born even when someone is pregnant
    reporter: str  # "my wife says…": the partner reports, the message is about the writer
    male: str
    female: str
    writer: str  # the writer speaks of themselves ("I", "me"): they may be the one pregnant


# --- a language ----------------------------------------------------------------------------

Substitution = tuple[str, str]  # (regular expression, replacement)


class Normalise(_Record):
    """How this language's text is brought to the form the word patterns are written for.

    Applied in order: ``emoji`` to words; ``case_sensitive`` substitutions (before lower
    case: "SOB" is not "sob"); lower case; ``before`` substitutions; accents folded to ASCII
    when ``fold_ascii``; punctuation split into its own tokens; ``typos`` (one token to its
    standard form) and one-slip matching against ``fuzzy`` words; ``phrases`` substitutions.
    """

    emoji: dict[str, str] = {}
    case_sensitive: tuple[Substitution, ...] = ()
    before: tuple[Substitution, ...] = ()
    fold_ascii: bool = True
    typos: dict[str, str] = {}
    fuzzy: tuple[str, ...] = ()
    phrases: tuple[Substitution, ...] = ()


class Scope(_Record):
    """ConText-style cues (Harkema et al., 2009): what puts a finding out of the present.

    Each list holds patterns over normalised text. ``*_before`` cues govern findings after
    them within ``window`` words; ``*_after`` cues govern findings before them. A clause
    ends at a ``terminator``; ``pseudo`` cues look like cues but are not ("not sure").
    ``and_clause`` starts a new clause after "and"; ``list_or`` keeps a negation running
    through a list ("no cough, fever or rash"). A ``worry`` is a worried question said with
    a negation ("कहीं X तो नहीं", "¿no será X?", "ce n'est pas X au moins ?": could it be
    X?): no negation or hypothetical cue inside it puts its finding out of the present.
    A ``history_when`` clause ("when he was little", "quand il était petit", "when I had covid
    last year") opens right after the clause it dates: it puts that clause's finding in the
    past when a ``past_tense`` word ("had", "teve", "a fait", "tuvo") says it before or in
    the finding, or when the finding is all the clause before it and the "when" clause is
    itself in the past ("chest tightness when I had covid last year").
    A ``history_opener`` ("last month", "en 2019", "quand j'étais petit", "पिछली प्रेगनेंसी
    में") said at the start of a clause, with a ``past_tense`` word in its reach, dates the
    findings of that clause up to a comma, a new clause or a ``present`` word ("now").
    """

    window: int = Field(default=6, ge=1, le=20)
    gap_stops: str = Field(min_length=1)  # words a pattern's ``~N`` gap never crosses
    gap_light: str = ""  # words a ``~N`` gap passes without counting them (articles, "very")
    negation_before: tuple[str, ...] = Field(min_length=1)
    negation_list: tuple[str, ...] = ()  # negate a whole comma list ("denies x, y, z")
    negation_after: tuple[str, ...] = ()
    # the particle that opens a negation wrapped round its verb (French "ne … pas"): a finding
    # that begins with it says its own "not", as one that begins with a negation cue does
    negation_opener: str = ""
    # the word that joins two things said ("and"): "not moving and not answering" lists two
    # signs, each with its own "not" (see ScopedText.negated)
    and_word: str = ""
    pseudo: tuple[str, ...] = ()
    history_before: tuple[str, ...] = ()
    history_after: tuple[str, ...] = ()
    history_when: tuple[str, ...] = ()  # a "when" clause of a past time, said after its finding
    past_tense: tuple[str, ...] = ()  # words of a past or perfect ("had", "teve", "a fait")
    # a time long past that opens a clause ("last month", "in 2019", "when I was a child", "in
    # my last pregnancy"): with a ``past_tense`` word in its reach, it dates every finding
    # from it to the clause's end, a comma, a new clause or a ``present`` word (hist 2026-12-07)
    history_opener: tuple[str, ...] = ()
    # words of now that end a ``history_opener``'s reach ("now", "today", "this time",
    # "since yesterday", "started", "have been"): what follows them is read as said of now
    present: tuple[str, ...] = ()
    # words that say a finding goes on ("still", "keeps", "hasn't gone"): said after what a
    # ``history_opener`` dates, in the same sentence, they keep it current
    ongoing: tuple[str, ...] = ()
    current: tuple[str, ...] = ()  # keep a finding current despite a history cue ("again")
    hypothetical_before: tuple[str, ...] = ()
    # a supposition said after its finding, where the verb comes last (Hindi "X होने पर क्या
    # करें", "X के लक्षण क्या हैं"): governs the finding before it in its clause (hyp 2026-12-07)
    hypothetical_after: tuple[str, ...] = ()
    # a general person and the relative word after it ("someone who", "alguien que", "une
    # personne qui"): the relative clause it opens is in the supposition that governs that
    # person ("how to help someone who is not breathing") (hyp 2026-12-07)
    hypothetical_relative: tuple[str, ...] = ()
    other_before: tuple[str, ...] = ()
    terminators: tuple[str, ...] = Field(min_length=1)
    and_clause: tuple[str, ...] = ()
    list_or: tuple[str, ...] = ()
    worry: tuple[str, ...] = ()


class Person(_Record):
    """The words for someone in a rendered line: "my son" / "my son's" / "his" / "him" /
    "himself" (``whose`` starts a line: "your lips" → "my son's lips"). ``pron`` is the
    subject pronoun a line uses once the person is named ("votre enfant a…, il ne peut
    pas…"); without it ``{pron}`` is ``who`` again."""

    who: str
    whose: str
    poss: str
    obj: str
    self: str
    pron: str = ""


class Voices(_Record):
    """Substitutions that render a ``say`` line for someone.

    ``self`` is the person's own voice. ``third`` renders for one other person, with
    ``{who}``, ``{whose}``, ``{poss}``, ``{obj}`` and ``{self}`` filled from ``persons``:
    ``child`` and ``parent`` are the person's voice about a relative (the tests say every
    line back in them); ``to_child`` and ``to_baby`` address the person about someone they
    look after ("your child has…"). ``to_other`` addresses them about another adult ("they
    have…").
    """

    second_person: str  # a line must say this (it is written to the person) and no voice may
    self: tuple[Substitution, ...] = Field(min_length=1)
    third: tuple[Substitution, ...] = Field(min_length=1)
    persons: dict[Literal["child", "parent", "to_child", "to_baby"], Person]
    to_other: tuple[Substitution, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _all_persons(self) -> Voices:
        missing = {"child", "parent", "to_child", "to_baby"} - set(self.persons)
        if missing:
            raise ValueError(f"persons needs {', '.join(sorted(missing))}")
        return self


class LanguageSpec(_Record):
    """``languages/<code>/language.yaml``: everything about a language that is not a record."""

    code: str = Field(pattern=r"^[a-z]{2}(?:-[a-z]{4})?$")
    name: str  # in the language itself: "Español", "हिन्दी"
    review: str = Field(min_length=10)  # who should review these files, and when they were
    # A variant (``hi-latn``: Hindi in Latin letters) takes its base's understanding — words,
    # scope, facts, commands — and has only its own replies (strings, red-flag lines, topics).
    base: str | None = None
    markers: str = ""  # common words that give the language away (detection)
    names: tuple[str, ...] = ()  # how people ask for it, in any language ("english", "inglés")
    normalise: Normalise = Normalise()
    macros: dict[str, str] = {}
    scope: Scope
    voices: Voices
    facts: FactsSpec
    # Records this language deliberately leaves to English for now (kb check lists them).
    fallbacks: tuple[str, ...] = ()
    # False friends: words of this language (normalised) that the English words read alongside
    # must never take for English ("son" is "his" in French, "até" is "until" in Portuguese):
    # an English finding whose words hold one is not read in this language's messages.
    false_friends: frozenset[str] = frozenset()
    # The language shares its Latin medical words with English ("anginas", "herpes labial"):
    # the English reading, read alongside, does not outrank a topic this language's own reading
    # understood unless it finds a red flag of its own (selftopics, 2026-12-07).
    cognate: bool = False
    # Words that announce a message of several questions ("two things:", "dos cosas",
    # "deux questions"): every complaint in it is weighed, so a part that needs an ordinary
    # appointment is not lost behind another part's self-care (routine3, 2026-12-07).
    parts: str = ""


# --- countries --------------------------------------------------------------------------------

Local = Literal[
    "malaria", "dengue", "tb", "cholera", "yellow_fever", "zika", "chagas", "lassa", "rabies"
]


class Line(_Record):
    """A phone line: a crisis line, a poison centre. ``how`` is per language."""

    name: str
    number: str
    text: str | None = None  # a text/SMS line, where one exists
    how: dict[str, str] = Field(min_length=1)  # "call Samaritans free on 116 123, any time"


class Places(_Record):
    """Where to go for each level of care, in one language ("A&E", "NHS 111", "your GP")."""

    emergency: str  # "A&E", "the nearest emergency department"
    urgent: str  # "NHS 111 (call 111 or go to 111.nhs.uk)", "a UPA 24h"
    routine: str  # "your GP", "a UBS"
    self_care: str  # "a pharmacist", "a chemist"
    # The place for a need a red flag names (``need``) where the level's place is not where
    # people get it: emergency contraception is bought at any farmácia and free at the UBS in
    # Brazil, not at a UPA 24h.
    needs: dict[str, str] = {}


class Country(_Record):
    """``countries/<code>.yaml``: care where the person is, chosen by their calling code."""

    code: str = Field(pattern=r"^(?:[A-Z]{2}|XX)$")  # ISO 3166 alpha-2; XX: unknown country
    name: str
    calling_codes: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("en",)  # languages people there write, most common first
    emergency: str  # the number to call first ("999"); XX: the neutral words per language
    also: tuple[str, ...] = ()  # other emergency numbers ("112 from a mobile")
    ambulance: str | None = None  # where an ambulance has its own number (SAMU 192)
    crisis: Line | None = None
    poison: Line | None = None
    places: dict[str, Places] = Field(min_length=1)  # by language code
    doctor: dict[str, str] = {}  # what people call their family doctor, by language ("GP")
    medicine_names: dict[str, tuple[str, ...]] = {}  # medicine id -> local names ("Calpol")
    local: tuple[Local, ...] = ()  # conditions common here that change advice (red flags use it)
    review: str = Field(min_length=10)  # who should check these numbers before launch
    sources: tuple[HttpUrl, ...] = ()

    @field_validator("sources")
    @classmethod
    def _public(cls, urls: tuple[HttpUrl, ...]) -> tuple[HttpUrl, ...]:
        return tuple(public_guidance(u) for u in urls)


# --- medicines ------------------------------------------------------------------------------


class MedicineAdvice(_Record):
    """What we say about a common medicine, alone or in a situation (another medicine,
    pregnancy, breastfeeding, alcohol, a missed dose), at label level, from public guidance."""

    medicine: str = Id
    situation: str | None = None  # None: general use of the medicine
    ask_pharmacist: bool = True  # the answer ends with "ask your pharmacist" and why
    source: HttpUrl

    @field_validator("source")
    @classmethod
    def _public(cls, url: HttpUrl) -> HttpUrl:
        return public_guidance(url)

    @property
    def key(self) -> str:
        return f"{self.medicine}+{self.situation}" if self.situation else self.medicine


class Medicines(_Record):
    """``medicines.yaml``: the medicines and situations people ask about, and the advice."""

    medicines: tuple[str, ...] = Field(min_length=1)
    situations: tuple[str, ...] = ()
    # Findings that say who a medicine is for in a way that changes the answer (a pregnancy, a
    # child, a blood thinner): in a language without situation words of its own, a question
    # with one of these gets the pharmacist's reply, never the answer for a healthy adult.
    situation_findings: tuple[str, ...] = ()
    advice: tuple[MedicineAdvice, ...] = Field(min_length=1)


class Named(_Record):
    """A medicine or situation in one language: how it is written, and its name in replies."""

    name: str
    words: tuple[str, ...] = Field(min_length=1)  # patterns, as for findings


class MedicineWords(_Record):
    """``languages/<code>/medicines.yaml``. A variant (hi-latn) reads questions with its
    base's words, so its file holds only the answers: no ``medicines`` or ``situations``."""

    medicines: dict[str, Named] = {}
    situations: dict[str, Named] = {}
    advice: dict[str, str]  # advice key ("ibuprofen+blood_pressure_tablets") -> what we say
    why_pharmacist: str  # the reason to ask a pharmacist, said after the advice


# --- commands and conversation cues -----------------------------------------------------------


class Commands(_Record):
    """``languages/<code>/commands.yaml``: what a whole short message means, and cues.

    Whole-message phrases (``stop`` … ``ack``, ``greeting`` with an optional tail) are
    compared after lower case, punctuation and emoji are removed, so "help, my baby isn't
    breathing" is never the HELP command. ``softening``, ``acted`` and ``acted_not`` are
    searched for as substrings; ``asks_medicine`` holds patterns.
    """

    stop: tuple[str, ...] = Field(min_length=1)
    start: tuple[str, ...] = Field(min_length=1)
    delete: tuple[str, ...] = Field(min_length=1)
    yes: tuple[str, ...] = Field(min_length=1)
    no: tuple[str, ...] = Field(min_length=1)
    help: tuple[str, ...] = Field(min_length=1)
    thanks: tuple[str, ...] = ()
    ack: tuple[str, ...] = ()
    greeting: tuple[str, ...] = ()
    greeting_tails: tuple[str, ...] = ()
    language: tuple[str, ...] = ()  # asks for the language menu
    softening: tuple[str, ...] = ()
    acted: tuple[str, ...] = ()
    acted_not: tuple[str, ...] = ()
    asks_medicine: tuple[str, ...] = ()
    human: tuple[str, ...] = ()  # asks for a person: "agent", "real person"
    asks_human: tuple[str, ...] = ()  # patterns: "can I talk to a nurse" inside a message


# --- the safety net: languages we do not fully support ------------------------------------------

Statement = Literal[
    "not_breathing",
    "unconscious",
    "chest_pain",
    "bleeding",
    "fit",
    "stroke",
    "poisoning",
    "suicide",
    # Added 2026-12-05: danger signs beyond the commonest statements (each answered with the
    # emergency line, like the ones above).
    "allergy",  # face, lips or tongue swelling or wheeze after food, a sting or a medicine
    "dengue",  # dengue warning signs or shock (WHO): bleeding, vomiting, cold hands after fever
    "danger_signs",  # a child's general danger signs (WHO IMCI) and meningitis signs
    "injury",  # drowning, a severe burn, a broken hip after a fall (added 2026-12-06)
    # Added 2026-12-06: pre-eclampsia signs (NHS): pregnant, a severe headache, vision problems.
    "pregnancy",
    # Added 2026-12-05: same-day (urgent) statements, each answered with its own line
    # (``SafetyNet.levels`` and ``lines``).
    "fever",  # a fever (with chills) where malaria or dengue is common: a test today (WHO)
    "bite",  # an animal bite that broke the skin: rabies risk, wound care and vaccine today (WHO)
    # Added 2026-12-06: two more same-day statements, each with its own line.
    "urine",  # burning urine with a fever, shivers, back pain, or pregnant (NHS kidney infection)
    "wound",  # a deep or dirty wound, a rusty nail: wound care, tetanus cover today (NHS tetanus)
    # Added 2026-12-06 (urgent11): a condom that burst or sex without one, the morning-after
    # pill asked for: emergency contraception today (NHS emergency contraception)
    "contraception",
    # Added 2026-12-06 (crisis11b): thoughts of hurting oneself with no plan, a cut done again:
    # support today (NHS self-harm, NICE NG225). Only in the nets that list it (``levels``):
    # wanting to die or a plan is ``suicide``, an emergency.
    "self_harm",
    # Added 2026-12-06 (r13net): a cough for weeks with blood, night sweats or weight loss, where TB
    # is common: a TB test today (WHO TB fact sheet, NICE NG33). Only in the nets that list it.
    "tb",
    # Added 2026-12-06 (r14net): a baby under 3 months with a temperature of 38 C or more (NHS
    # "Fever in children", NICE NG143), or diarrhoea or vomiting with dehydration signs (no pee
    # all day, sunken eyes, a dry mouth; NHS "Dehydration", WHO IMCI "some dehydration"): seen
    # today. Only in the nets that list it; the general danger signs stay ``danger_signs``.
    "child",
    # Added 2026-12-07 (netroman): a fever with a place where malaria is common named (back from
    # a stay there), in any country (NHS "Malaria": urgent advice the same day). Only in the nets
    # that list it.
    "travel",
]


class SafetyNet(_Record):
    """``safety_net/<code>.yaml``: the commonest emergency and crisis statements in a language
    we cannot yet help in fully, and short pre-written answers in it. ``{emergency}`` is the
    local number, ``{languages}`` the languages we can help in."""

    code: str = Field(pattern=r"^[a-z]{2}$")
    name: str  # in the language itself
    review: str = Field(min_length=10)
    markers: str = ""  # common words, for detection when the detection library lacks it
    statements: dict[Statement, tuple[str, ...]]  # patterns over lower-case text
    emergency: str  # "This could be an emergency. Call {emergency} now."
    crisis: str  # warm, short: "You are not alone. Call {emergency} now…"
    other: str  # "I can only help in {languages}. If it is serious, call {emergency}."
    # The level of a statement below an emergency (any statement not listed is an emergency),
    # and the short line it is answered with: "fever": "A fever needs a malaria test today…".
    levels: dict[Statement, Level] = {}
    lines: dict[Statement, str] = {}
    # A statement that counts only where one of these conditions is common (the country
    # pack's ``local``): "fever": [malaria, dengue].
    where: dict[Statement, tuple[Local, ...]] = {}
    # Negation cues ("there is no", "without"): a statement matched right after one (within
    # a few words, in the same clause) is not made.
    negation: str = ""
    # Cues that negate what comes just before them, in languages that put "there is none"
    # after the noun (Bengali "জ্বর নেই", Amharic "ትኩሳት የለውም").
    negation_after: str = ""
    # Cues that a statement is over and in the past ("last year", "when he was little"): a
    # statement a few words from one, in the same clause, is not made, except suicidal intent
    # and self-harm (a past attempt is itself a risk: NICE NG225).
    history: str = ""
    # Combining marks a writer may or may not type (Yoruba tone marks, acute, grave and macron;
    # not the underdot, which makes a letter): each statement is also matched with them removed.
    optional_marks: str = ""

    @model_validator(mode="after")
    def _lines_for_levels(self) -> SafetyNet:
        for kind, level in self.levels.items():
            if level != "emergency" and kind not in self.lines:
                raise ValueError(f"{kind}: a {level} statement needs its line in lines")
        return self

"""Self-care questions that used to be "not understood" (routine) although a topic fits: a
reading that only guessed a topic from a look-alike word no longer outranks the message's own
language; soreness after sport said activity first; period cramps said
period first; hard or unpassed stools; sneezing with itchy eyes; small burns and insect bites
in the first person; peeling between the toes; herpes on the lip; a dose asked before the
medicine; nerves before a presentation. Each family is checked in several languages, beside
the nearby messages that must still be raised or must not be read this way."""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import Assessment, assess, engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U


def check(text: str, level: TriageLevel, topic: str | None = None) -> Assessment:
    a = assess(text)
    assert a.level is level, (text, a.level, a.topic, [f.id for f in a.fired])
    if topic is not None:
        assert a.topic == topic, (text, a.topic)
    return a


def raised(text: str) -> None:
    a = assess(text)
    assert a.level in (U, E), (text, a.level, a.topic)


# --- a guessed English topic gives way to the message's own reading --------------------------

OWN_LANGUAGE_OVER_A_GUESS = [
    # the English reading only guesses "warts" from a look-alike word; the language written
    # understood the words, so its reading is the one chosen
    ("mi hija tiene verrugas en la rodilla hace meses, no le duelen", "es"),
    ("j'ai des verrues sur les doigts depuis l'été, rien d'autre", "fr"),
    ("minha filha tem verrugas no joelho ha meses, nao doem", "pt"),
]


@pytest.mark.parametrize(("text", "language"), OWN_LANGUAGE_OVER_A_GUESS)
def test_the_language_written_wins_over_an_english_guess(text: str, language: str) -> None:
    a = check(text, S, "warts_verrucas")
    assert a.language == language and not a.guessed


def test_a_guess_alone_is_still_never_self_care() -> None:
    a = assess("i think i am overreacting")
    assert a.level is not S
    found, _ = engine()._reading("i think i am overreacting", "en", frozenset())
    assert found.guessed


# --- self-care questions now understood, each with its topic ---------------------------------

NOW_SELF_CARE = [
    # soreness after sport or the gym, the activity said first
    ("did my first spin class on monday and now my thighs are really sore", "muscle_aches"),
    ("went hiking all weekend and today my calves are killing me", "muscle_aches"),
    ("depois da academia ontem estou com dor nas coxas e nos braços", "muscle_aches"),
    ("despues del gimnasio me duelen mucho las piernas, es normal?", "muscle_aches"),
    ("après la muscu d'hier j'ai mal aux cuisses et aux bras", "muscle_aches"),
    ("jana nilicheza mpira, leo mapaja yanauma sana", "muscle_aches"),
    ("kal se gym shuru kiya, aaj pair aur haath bahut dard kar rahe", "muscle_aches"),
    ("कल पहली बार दौड़ लगाई, आज टांगों में बहुत दर्द है", "muscle_aches"),
    ("nimeumia msuli wa mguu nikicheza mpira", "sprains_strains"),  # a strained muscle
    # hard or unpassed stools
    ("teen din se potty bahut tight ho rahi hai", "constipation"),
    ("do din se tatti saaf nahi ho rahi", "constipation"),
    ("wiki moja sijaenda choo kikubwa vizuri", "constipation"),
    ("tangu jana choo kimekuwa kigumu", "constipation"),
    # small burns and insect bites in the first person
    ("encostei a mão na panela quente, ficou vermelho, sem bolha", "minor_burns"),
    ("nimejiunguza kidole na chai, ni nyekundu tu", "minor_burns"),
    ("pure din dhoop me khet me kaam kiya, peeth laal hai aur jal rahi hai", "sunburn"),
    ("mbu wameniuma mikononi usiku, vinawasha tu", "insect_bites_stings"),
    ("levei picada de maruim na praia, coça muito", "insect_bites_stings"),
    # peeling between the toes
    ("between my toes is itchy and cracked since the summer", "athletes_foot"),
    ("tengo la piel pelada entre los dedos del pie y me pica", "athletes_foot"),
    ("katikati ya vidole vya miguu kunawasha na ngozi inachubuka", "athletes_foot"),
    # stopping smoking in other words
    ("trying to kick the habit, 10 cigs a day", "stop_smoking"),
    ("want to pack up smoking this year", "stop_smoking"),
    # herpes on the lip is a cold sore
    ("me salió un herpes en el labio, ¿qué crema compro?", "cold_sores"),
    ("herpes no lábio de novo, que pomada uso?", "cold_sores"),
    ("got herpes on my lip again after the sun", "cold_sores"),
    # the dose asked before the medicine is named
    ("what is the correct dose of calpol for a 3 year old who weighs 14 kg", "medicine_questions"),
    ("qual a dose certa de dipirona para o meu filho de 4 anos", "medicine_questions"),
    ("quelle est la bonne dose de doliprane pour ma fille de 5 ans", "medicine_questions"),
    # nerves before a presentation, an exam or an interview; a gloomy mood
    ("my hands go all shaky before job interviews, any advice", "stress_anxiety"),
    ("me pongo muy nerviosa antes de cada examen oral", "stress_anxiety"),
    ("fico com frio na barriga antes de apresentações no trabalho", "stress_anxiety"),
    ("j'ai un trac terrible avant chaque entretien", "stress_anxiety"),
    ("nina hofu sana kabla ya mtihani wa kuzungumza", "stress_anxiety"),
    ("interview se pehle bahut nervous ho jata hu, haath kaanpte hain", "stress_anxiety"),
    ("l'hiver me rend morose, des idées pour garder le moral ?", "low_mood"),
]


@pytest.mark.parametrize(("text", "topic"), NOW_SELF_CARE)
def test_a_self_care_question_is_understood(text: str, topic: str) -> None:
    check(text, S, topic)


# findings read, whatever topic the rest of the message picks
NOW_READ = [
    # period cramps: the topic may still be a tummy ache (its alias outweighs the finding)
    ("पीरियड के दूसरे दिन पेट में मरोड़ बहुत होती है", "period_pain"),
    ("mahwari ke dauran pet me marod hoti hai", "period_pain"),
    ("first day of my period and cramps in my lower tummy", "period_pain"),
    ("me bajó la regla hoy y tengo un dolor de ovarios tremendo", "period_pain"),
    ("पीरियड शुरू होते ही पेट में ऐंठन होने लगती है", "period_pain"),
    ("periods aate hi pet me marod shuru ho jati hai", "period_pain"),
    ("menstruei ontem e estou com colica no pe da barriga", "period_pain"),
    ("mes règles sont arrivées et j'ai mal au bas du ventre", "period_pain"),
    ("nikiwa kwenye siku zangu tumbo la chini linauma", "period_pain"),
    ("sneezing every morning with itchy watery eyes since the pollen came", "hayfever"),
    ("j'éternue toute la journée avec le nez qui coule et les yeux qui grattent", "hayfever"),
    ("to espirrando muito e com os olhos cocando, todo ano e assim", "hayfever"),
    ("estornudo todo el día y los ojos llorosos, cada primavera", "hayfever"),
    ("napiga chafya kila asubuhi na macho yanawasha", "hayfever"),
    ("subah se chheenke aa rahi hain aur aankh me khujli hai", "hayfever"),
]


@pytest.mark.parametrize(("text", "finding"), NOW_READ)
def test_the_finding_is_read(text: str, finding: str) -> None:
    a = assess(text)
    assert finding in a.present, (text, sorted(a.present))
    assert a.understood, (text, a.level)


# --- nearby messages: still raised ----------------------------------------------------------

STILL_RAISED = [
    "went running and now my calf is swollen, red and hot",
    "my period is 3 weeks late and I have bad pain low on one side and feel faint",
    "4 din se potty nahi hui, pet phool gaya hai aur ulti ho rahi hai",
    "sneezing and itchy eyes after the cat, now my lips are swelling and i am wheezing",
    "nimejiunguza mwili mzima na maji ya moto, ngozi imetoka",
    "i am diabetic and between my toes is cracked and now the foot is red, hot and swollen",
    "I think I have herpes down there, painful blisters",
    "herpes outbreak on my penis",
]


@pytest.mark.parametrize("text", STILL_RAISED)
def test_the_dangerous_neighbour_is_still_raised(text: str) -> None:
    raised(text)


@pytest.mark.parametrize(
    "text",
    [
        "did a crossfit session and my arms are so sore and my pee is dark brown",
        "nyuki wameniuma na sasa siwezi kupumua, midomo inavimba",
        "what dose of calpol for my 2 year old, she is floppy and won't wake up",
        "shaky and sweaty before my presentation and now crushing chest pain down my arm",
    ],
)
def test_the_emergency_neighbour_is_still_an_emergency(text: str) -> None:
    check(text, E)


# --- nearby messages: not read this way ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("went to the gym yesterday and my legs are not sore at all", "muscle_pain"),
        ("depois da academia minhas pernas nao doem nada", "muscle_pain"),
        ("my period is late and i have cramps", "period_pain"),
        ("my hands shake all the time even at rest", "anxiety"),
    ],
)
def test_not_read_as_the_finding(text: str, finding: str) -> None:
    assert finding not in assess(text).present


def test_a_tummy_ache_alone_is_still_a_tummy_ache() -> None:
    a = assess("pet me marod ho rahi hai subah se")
    assert a.topic == "tummy_pain" and a.level is R


def test_herpes_alone_is_still_a_sexual_health_question() -> None:
    a = assess("i have herpes, what should i do")
    assert "sti_worry" in a.present and a.level is not S


def test_pour_is_not_a_louse() -> None:
    """French shorthand "pou" is normalised to "pour", so it cannot name head lice."""
    assert assess("je voudrais un conseil pour mon fils de 6 ans qui tousse").topic != "head_lice"

"""The crisis model's gate words in English (hintsen, 2026-12-07): the hint_* findings.

NHS help for suicidal thoughts, Samaritans warning signs and NICE NG225: two warning signs
together (sorry or love said to the family, talk of it all being over or of not being around,
affairs put in order, possessions or care handed on). The hint_* words are read only by
suicide_plan's last row, with a second sign and the crisis model's judgement; ordinary messages
with the same words (sorry for being late, a bike for a brother, a travel insurance question,
exams over by friday) keep their level, and a hint is not read from another sign's words.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, assert_level, rules

# Levels with the crisis model (the whole engine): crisis in new shapes, then ordinary messages.
ROWS: list[tuple[str, TriageLevel]] = [
    (
        "i've sorted the passwords for my wife and the car goes to my brother. "
        "it'll all be over soon",
        E,
    ),
    (
        "please forgive me mum. the dog is with my neighbour now and i won't be coming back",
        E,
    ),
    ("told my son the pin for my bank. dont look for me tomorrow", E),
    ("the guitar to Sam, my watch to dad. i love you all so much. sorry", E),
    (
        "my debts are all paid and the flat is nearly empty. after tonight "
        "nobody has to worry about me",
        E,
    ),
    (
        "cancelled my gym and phone contract. won't be needing them. it wasn't "
        "your fault, any of it",
        E,
    ),
    (
        "i've written down who gets what. please take care of Mia. i won't be here next week",
        E,
    ),
    ("I don't need my prescription renewed. I won't be around by christmas", E),
    ("she posted all her clothes for free on facebook and texted her mum im so sorry", E),
    ("deleted all my socials and paid off my loans. then that's it", E),
    (
        "My dad put my name on his account and told me where the deeds are "
        "kept. He says he won't be a burden any more",
        E,
    ),
    # A known miss since the crisis corpora's part 2: two signs, said like a crisis at 0.81,
    # below the usual threshold (0.83), which the ordinary-purpose messages raised from 0.76
    pytest.param(
        "feed my cat for me, she goes to my sister after. dont blame yourself",
        E,
        marks=pytest.mark.xfail(strict=True, reason="below the recalibrated threshold"),
    ),
    ("ive left the door unlocked for the police. tell Gran I'm sorry", E),
    ("no need to cook for me tomorrow. I'll be at peace by then. love you mum", E),
    (
        "she keeps saying it will all be over soon and she asked me to look "
        "after her kids. shes been crying all week",
        E,
    ),
    (
        "the kids are staying with my mum. its quiet finally. i just wanted to hear your voice",
        E,
    ),
    (
        "my husband gave his brother all his tools and said you won't have to "
        "deal with me much longer",
        E,
    ),
    (
        "if i dont answer tomorrow dont come looking. the cat's things are packed for my neighbour",
        E,
    ),
    ("sorry mum I'm late, the bus broke down", R),
    ("my brother gets my old bike when I get the new one for christmas", R),
    ("quick insurance question, does my travel insurance cover a lost phone", R),
    ("it will be over by friday, the exams I mean, then I can relax", R),
    ("I love you mum, see you at dinner", R),
    ("can you feed my cat while I'm away this weekend", R),
    ("the kids are with my mum this weekend so I finally get a lie in", R),
    ("cancelled my netflix subscription to save money", R),
    ("I deleted my instagram because it made me anxious before exams", S),
    ("paid off my student loan today, feeling great", R),
    ("told my wife the wifi password so she can log in", R),
    ("my flat is nearly empty because we move house on friday", R),
    ("the car goes to the garage on monday for its MOT", R),
    ("please take care of yourself, you've been working too hard", R),
    ("don't cook for me tomorrow, I'm eating at my mate's", R),
    ("I won't be here next week, I'm on holiday in Spain", R),
    ("I'm not coming home for dinner, working late", R),
    ("two more days then the holidays start!", R),
    ("it wasn't your fault the match was lost, you played well", R),
    ("forgive me for the late reply, I was at work", R),
    ("I'm so sorry", R),
    ("dont call me, text me instead, I'm in a meeting", R),
    ("left the back door open for the plumber so he can get in", R),
    ("the next one is in 10 minutes, the bus is always late", R),
    ("I want my daughter to have my old wedding dress when she marries", R),
    ("no one will find me at the library, it's quiet there", R),
    ("once I'm gone to uni my mum will be lonely", R),
    ("he's been giving away his old clothes to charity since he lost weight", R),
    ("I've accepted it, the job isn't mine. onto the next application", R),
    ("thanks for trying doctor, the cream helped a little", R),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(engine(), text, want)


@pytest.mark.parametrize(
    ("text", "sign", "hint"),
    [
        ("Friday is the day, finally getting my braces off", "resolved", "hint_over"),
        ("this is my last message from this number", "farewell", "hint_over"),
        ("giving my old phone to my little cousin since I upgraded", "giving_away", "hint_gift"),
        ("I won't be here next week, I'm on holiday in Spain", "resolved", "hint_over"),
        ("tell my mum I'm sorry", "farewell", "hint_sorry"),
    ],
)
def test_hint_not_read_from_a_signs_words(text: str, sign: str, hint: str) -> None:
    """A hint is a second sign only in words no other sign reads."""
    present = rules().understand(text, "en").present
    assert sign in present
    assert hint not in present


@pytest.mark.parametrize(
    ("text", "hints"),
    [
        ("the car to Ryan, the savings to mum", {"hint_gift"}),
        ("told her the PIN. paid off all my debts", {"hint_affairs"}),
        ("I won't be coming back. forgive me", {"hint_over", "hint_sorry"}),
        (
            "no need to top up my phone. won't be using it after tonight",
            {"hint_affairs", "hint_over"},
        ),
    ],
)
def test_hints_read(text: str, hints: set[str]) -> None:
    assert hints <= rules().understand(text, "en").present

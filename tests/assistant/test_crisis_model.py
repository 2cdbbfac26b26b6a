"""The crisis models: shipped and up to date, asked only with a warning sign the rules read (at
the strict threshold with one sign, at the usual one with two), never over the person's own
denial, and never instead of the overdose records.

The messages are our own (not from any corpus or evaluation set); each one that reaches an
emergency through the model is checked to stay below it with the models switched off, so
the row tested is the model's.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from selfcare.assistant.engine import Engine, engine
from selfcare.assistant.engine.similarity import corpus, digest
from selfcare.assistant.knowledge.loader import ROOT
from tests.assistant.support import E

CRISIS = ROOT / "crisis"
CODES = sorted(p.name for p in CRISIS.iterdir() if p.is_dir())


@pytest.mark.parametrize("code", CODES)
def test_each_language_with_a_crisis_corpus_ships_a_model_trained_on_it(code: str) -> None:
    model = engine().crisis.get(code)
    assert model is not None, f"no crisis model for {code}: run `make model`"
    assert model.trained_on == digest(corpus(CRISIS / code)), (
        f"knowledge/crisis/{code} changed: run `make model` to retrain the crisis model"
    )
    assert model.thresholds[E] <= 1.0, f"{code}: the crisis model may never raise"
    assert model.strict[E] <= 1.0, f"{code}: no strict threshold: one sign never asks"


@pytest.fixture(scope="module")
def rules_only() -> Engine:
    return Engine(engine().kb, similarity=False)


# Indirect statements of intent, one warning sign and the rest in words no record is meant to
# hold: the crisis model reaches them, the rules alone do not.
REACHED = [
    "gave my watch to my nephew and my dog to the lady next door. wednesday will be"
    " quiet. sorry mum",
    "sent my wife the passwords for everything and the insurance papers. it will all"
    " be done by the weekend",
    "ya le di mi moto a mi hermano y la guitarra a mi primo. el viernes todo termina, perdon",
    "já dei minhas roupas pro meu irmão e o celular pra minha prima. domingo acaba"
    " tudo, desculpa mãe",
    # crisisB 2026-12-07: fr, sw and hi now read "given to a named person" by the rules
    # (giving_away); the things said to be with someone stay the model's
    "ma console est chez mon cousin et mon chien chez la voisine. samedi tout sera"
    " fini, pardon maman",
    "pikipiki yangu iko kwa kaka sasa na simu kwa dada. jumamosi kila kitu kitaisha, samahani mama",
    "meri bike ab bhai ke paas hai aur phone behen ke paas. shanivar ko sab khatam, maaf karna maa",
]


# ONE warning sign with an intent the words around it carry: the means bought or saved up
# with a question about how much or how long. Reached at the strict threshold.
REACHED_WITH_ONE_SIGN = [
    "compré veneno para ratas esta tarde. cuánto tiempo tarda en hacer efecto en una persona",
    "comprei chumbinho hoje na feira. quanto tempo demora pra fazer efeito numa pessoa",
    "tô guardando os comprimidos da minha vó faz um mês. quantos seriam suficientes",
    "nimenunua sumu ya panya leo. inachukua muda gani kumuua mtu",
]


@pytest.mark.parametrize("text", REACHED + REACHED_WITH_ONE_SIGN)
def test_an_indirect_statement_of_intent_is_a_crisis_emergency(
    text: str, rules_only: Engine
) -> None:
    found = engine().assess(text)
    assert found.level is E, text
    assert found.crisis and found.fired[0].id == "suicide_plan"
    assert found.topic == "suicidal_feelings"
    assert rules_only.assess(text).level is not E, "the rules alone reach it: not the model's row"


# The same words in ordinary lives: no crisis.
NOT_A_CRISIS = [
    "gave my old clothes to the charity shop, feeling a bit low this week. any tips for sleep?",
    "we made our wills with a lawyer this week, just being sensible now we have"
    " kids. any tips for tiredness?",
    "my daughter's party is on saturday, everything is planned, just worried about her cold",
    "comprei corda pra amarrar as cabras e veneno pra formiga na roça, o que uso pra"
    " picada de formiga?",
    "sold my car to my brother, the garage said the clutch was going. my back aches"
    " from the bus now",
    "sorry mum I forgot to call, my throat is so sore since sunday",
    # a goodbye on changing number or leaving a group chat
    "this is my last message from this number, switching to my UK sim tomorrow",
    "saindo do grupo, número novo amanhã. tchau gente",
    "je quitte ce groupe, nouveau numéro demain. adieu à tous",
    "natoka kwenye group, namba mpya kesho. kwaheri wote",
    "group chhod raha hu, kal se naya number. alvida sabko",
]


# The same sign for an ordinary purpose the person says: no crisis.
ONE_SIGN_ORDINARY = [
    "bought weedkiller for the allotment, how long before the dog can go on the grass",
    "I counted my tablets for the trip abroad, how many paracetamol a day is safe",
    "compré veneno para ratas para la bodega, es peligroso si el perro lo huele",
    "juntei os remédios vencidos da minha vó pra devolver na farmácia",
    "j'ai acheté de la mort-aux-rats pour la cave, c'est dangereux pour mon chat?",
    "nimenunua sumu ya panya kwa stoo, ni hatari kwa mbwa wangu?",
    "dadi ki purani goliyan ikatthi ki hain chemist ko wapas dene ke liye",
    # a letter written for an ordinary purpose named
    "मैंने दफ्तर के लिए चिट्ठी लिख दी है, कल जमा करनी है",
    "office ke liye letter likh diya, kal jama karna hai",
]


@pytest.mark.parametrize("text", NOT_A_CRISIS + ONE_SIGN_ORDINARY)
def test_the_same_words_in_ordinary_lives_are_not_a_crisis(text: str) -> None:
    found = engine().assess(text)
    assert not found.crisis, (text, [f.id for f in found.fired])


def _eager(*, strict: bool) -> Engine:
    """An engine whose English crisis model finds every message said like a crisis: at its
    usual threshold, and at its strict one too if ``strict``."""
    built = Engine(engine().kb)
    model = built.crisis["en"]
    every = dict.fromkeys(model.classes, 0.0)
    built.crisis["en"] = replace(model, thresholds=every, strict=every if strict else model.strict)
    return built


@pytest.fixture(scope="module")
def eager() -> Engine:
    return _eager(strict=True)


@pytest.mark.parametrize(
    "text",
    [
        "I have had a mild headache since this morning",
        "my son has a runny nose and a cough, he is eating fine",
        "can I take ibuprofen with my blood pressure tablets?",
        # a hint word alone asks neither row: not a sign of the one-sign row, and one is not two
        "sorry mum I forgot to call, my throat is so sore",
    ],
)
def test_the_model_is_never_asked_without_a_warning_sign(text: str, eager: Engine) -> None:
    assert eager.assess(text).level is not E


def test_one_sign_asks_the_model_only_at_its_strict_threshold(eager: Engine) -> None:
    # one sign (the means), said for an ordinary purpose: below the strict threshold
    text = "bought weedkiller for the allotment, how long before the dog can go on the grass"
    assert eager.assess(text).level is E
    assert _eager(strict=False).assess(text).level is not E
    assert engine().assess(text).level is not E


def test_two_signs_with_the_model_saying_crisis_fire_and_without_it_do_not(
    eager: Engine, rules_only: Engine
) -> None:
    text = "sorry mum, please look after the cat for me"  # sorry to family, a pet in care
    assert eager.assess(text).level is E
    assert rules_only.assess(text).level is not E


def test_the_model_is_not_asked_over_the_persons_own_denial(eager: Engine) -> None:
    text = "sorry mum, no thoughts of hurting myself, just need to talk to someone"
    assert eager.assess(text).level is not E


def test_an_overdose_taken_keeps_its_own_answer(eager: Engine) -> None:
    text = "i took the whole strip of my sleeping tablets an hour ago. sorry mum"
    found = eager.assess(text)
    assert found.level is E
    assert found.fired[0].id != "suicide_plan"
    assert found.topic == "overdose_medicines"

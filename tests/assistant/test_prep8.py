"""Questions asked ahead, with nothing wrong now (brief prep8, 2026-12-06).

Phrasings written for this test (not taken from any evaluation set). Each family is data:

- first aid asked ahead ("what to do if my child ever swallows tablets / chokes / has a fit")
  is the ``first_aid_ahead`` finding and the ``first_aid_ready`` topic (self-care, its warnings
  the real events' red flags); the imagined event is framed by each language's hypothetical
  cues ("what to do if", "if … ever", "que hacer si", "como agir se", "comment réagir si",
  "kama … aki-", "कभी … तो क्या करें") and fires nothing;
- preventing malaria and dengue (nets, repellent, standing water, tablets before travel; the
  illness named first, then "how do I avoid it") is ``mosquito_prevention``, self-care;
- a real event in the same message ("she is having a fit right now", "he just swallowed")
  and a fever after travel still fire their red flags.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import Engine
from selfcare.events import TriageLevel
from tests.assistant.support import Chat, E, S, U, joined

_ENGINE = Engine(similarity=False)


def reading(text: str, lang: str) -> tuple[TriageLevel, str | None, set[str]]:
    a = _ENGINE.assess(text, lang)
    return a.level, a.topic, {f.id for f in a.fired}


# --- 1. first aid asked ahead: self-care, the first-aid topic, nothing fired ------------------

FIRST_AID_AHEAD = [
    ("en", "what should we do if our toddler ever swallows some of grandma's pills?"),
    ("en", "what to do if my son gets a fit? he has never had one, just want to be ready"),
    ("en", "how to help someone who is choking, asking ahead for my new job at a nursery"),
    ("en", "if my little girl ever gets scalded by the kettle what are the first steps"),
    ("en", "what do I do if my baby falls off the bed and bumps his head"),
    ("es", "¿qué hacer si mi bebé se atraganta con comida? quiero saberlo antes"),
    ("es", "si mi hijo alguna vez se traga la lejía, ¿qué hago primero?"),
    ("es", "¿cómo actuar si a mi abuelo le da una convulsión?"),
    ("pt", "como agir se meu filho engasgar com uma bala? só quero estar preparada"),
    ("pt", "o que fazer se minha filha algum dia se queimar com óleo quente?"),
    ("fr", "si jamais ma fille s'ébouillante avec la casserole, que faut-il faire ?"),
    ("fr", "comment réagir si mon fils fait une crise de convulsions ?"),
    ("sw", "ikiwa mtoto wangu akimeza sumu ya panya, tufanye nini kwanza?"),
    ("sw", "kama mwanangu akiungua na uji wa moto nifanye nini? hakuna kilichotokea"),
    ("hi", "अगर बच्चा कभी गरम दूध से जल जाए तो क्या करना चाहिए?"),
    ("hi", "agar kabhi beti ko daura pade to kya karein? abhi sab theek hai"),
]


@pytest.mark.parametrize(("lang", "text"), FIRST_AID_AHEAD)
def test_first_aid_asked_ahead_is_self_care(lang: str, text: str) -> None:
    level, topic, fired = reading(text, lang)
    assert (level, topic, fired) == (S, "first_aid_ready", set()), (text, level, topic, fired)


# the same events happening now: the red flag fires, whatever the question around it
FIRST_AID_NOW = [
    ("en", "my toddler just swallowed some of grandma's pills, what do I do"),
    ("en", "what should I do if she has a fit? she is having a fit right now"),
    ("en", "he is choking on a grape and can't breathe"),
    ("es", "mi bebé se acaba de tragar pastillas de su abuela, ¿qué hago?"),
    ("pt", "meu filho engoliu água sanitária agora"),
    ("fr", "mon fils a avalé les cachets de sa grand-mère"),
    ("sw", "mtoto amemeza sumu ya panya sasa hivi"),
    ("hi", "बच्चे ने अभी दवा की गोलियाँ निगल लीं"),
]


@pytest.mark.parametrize(("lang", "text"), FIRST_AID_NOW)
def test_the_event_happening_now_still_fires(lang: str, text: str) -> None:
    level, _, fired = reading(text, lang)
    assert level is E and fired, (text, level, fired)


# what to do if something other than a first-aid event happens: not the first-aid topic
NOT_FIRST_AID = [
    ("en", "what should I do if my fever goes above 39"),
    ("en", "I have a headache, what should I do if it gets worse"),
    ("en", "what should I do if my cough keeps me awake"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_FIRST_AID)
def test_other_what_ifs_keep_their_own_topic(lang: str, text: str) -> None:
    _, topic, _ = reading(text, lang)
    assert topic != "first_aid_ready", (text, topic)


# --- 2. preventing malaria and dengue: self-care, the prevention topic -----------------------

PREVENTION = [
    ("en", "going to Mozambique for a month, how do I avoid malaria there? are bed nets enough"),
    ("en", "we had dengue in the family last year, how can we stop getting it again"),
    ("en", "which insect repellent is safe for a 2 year old"),
    ("es", "me voy de viaje a la Amazonía, ¿cómo prevenir la malaria?"),
    ("es", "tuve dengue hace dos años y estoy bien, ¿cómo lo evito ahora que llueve?"),
    ("pt", "vou para uma área de malária, preciso de mosquiteiro e repelente?"),
    ("pt", "como me proteger da dengue nesse verão? tem muita água parada aqui"),
    ("fr", "comment se protéger du paludisme pendant un séjour au Mali ?"),
    ("fr", "j'ai eu la dengue il y a deux ans, comment éviter qu'elle revienne ?"),
    ("sw", "tunahamia Kisumu, tujikinge vipi na malaria? vyandarua vinasaidia?"),
    ("sw", "niliugua dengue mwaka jana, sasa nipo sawa. nifanye nini kujikinga?"),
    ("hi", "बारिश आ रही है, डेंगू से बचाव के लिए क्या करें?"),
    ("hi", "pichle saal malaria hua tha, ab theek hoon, machhardani kaunsi achhi hai"),
]


@pytest.mark.parametrize(("lang", "text"), PREVENTION)
def test_prevention_question_is_self_care(lang: str, text: str) -> None:
    level, topic, fired = reading(text, lang)
    assert (level, topic, fired) == (S, "mosquito_prevention", set()), (text, level, topic, fired)


# a fever during or after time in a malaria area is a test today, prevention words or not
FEVER_AFTER_TRAVEL = [
    ("en", "back from Ghana 10 days ago, slept under a net every night, now fever and chills"),
    ("es", "volví de Mozambique hace una semana, usé repelente, y ahora tengo fiebre alta"),
    ("pt", "voltei de Angola, usei mosquiteiro, mas estou com febre e calafrios"),
    ("fr", "rentré du Mali, j'avais une moustiquaire, mais j'ai de la fièvre depuis hier"),
    ("sw", "nimerudi kutoka Uganda wiki iliyopita, nililala kwenye chandarua, sasa nina homa"),
    ("hi", "मलेरिया वाले इलाके से लौटा हूँ, मच्छरदानी थी, पर अब तेज़ बुखार है"),
]


@pytest.mark.parametrize(("lang", "text"), FEVER_AFTER_TRAVEL)
def test_fever_after_travel_is_not_prevention(lang: str, text: str) -> None:
    level, _, fired = reading(text, lang)
    assert level in (U, E) and fired, (text, level, fired)


# --- 3. the reply: first-aid steps, and when to call the emergency number ---------------------


def test_first_aid_reply_gives_steps_and_the_number() -> None:
    chat = Chat()
    reply = joined(chat.send("what to do if my toddler ever swallows bleach? nothing has happened"))
    assert "cool running water" in reply or "do not make them sick" in reply, reply
    assert "999" in reply, reply


def test_prevention_reply_names_nets_and_a_same_day_test() -> None:
    chat = Chat()
    reply = joined(chat.send("how do I prevent malaria on my trip to Uganda? nets or tablets?"))
    assert "net" in reply and "same day" in reply, reply

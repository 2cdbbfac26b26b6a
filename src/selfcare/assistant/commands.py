"""Keywords and short replies: what a whole message means when it is not a health complaint.

Only whole (short) messages match, so "help, my baby isn't breathing" is never the HELP
command; triage always runs before any of this.
"""

from __future__ import annotations

import re
from enum import StrEnum

_STRIP = re.compile(r"[^\w\s']+", re.UNICODE)
_SPACES = re.compile(r"\s+")


class Command(StrEnum):
    STOP = "stop"
    START = "start"
    DELETE = "delete"
    YES = "yes"
    NO = "no"
    HELP = "help"
    GREETING = "greeting"
    THANKS = "thanks"
    ACK = "ack"  # "ok", "??", an emoji: nothing to act on


def normalize(text: str) -> str:
    """Lower case, no punctuation or emoji, single spaces: "  STOP!! " -> "stop"."""
    text = text.lower().replace("’", "'")
    return _SPACES.sub(" ", _STRIP.sub(" ", text)).strip()


# WhatsApp / Twilio opt-out and opt-in keywords.
_STOP = {"stop", "stop all", "stopall", "unsubscribe", "cancel all", "end", "quit", "opt out"}
_START = {"start", "unstop", "resume", "subscribe", "opt in", "start again"}
_DELETE = {
    "delete my data",
    "delete data",
    "delete my information",
    "delete my info",
    "delete my details",
    "delete my messages",
    "delete everything",
    "erase my data",
    "remove my data",
    "forget me",
    "forget my data",
    "delete me",
}
_YES = {
    "yes",
    "y",
    "yeah",
    "yep",
    "yup",
    "yes please",
    "sure",
    "confirm",
    "ok yes",
    "yes delete",
    "delete",
    "i'm sure",
    "im sure",
    "correct",
    "definitely",
}
_NO = {"no", "n", "nope", "nah", "no thanks", "no thank you", "cancel", "keep", "don't", "dont"}
_HELP = {
    "help",
    "menu",
    "options",
    "topics",
    "main menu",
    "what can you do",
    "what do you do",
    "info",
    "how does this work",
}
_GREETING_WORDS = {
    "hi",
    "hello",
    "hey",
    "hiya",
    "heya",
    "yo",
    "hola",
    "howdy",
    "greetings",
    "morning",
    "afternoon",
    "evening",
    "good morning",
    "good afternoon",
    "good evening",
    "hi there",
    "hello there",
    "hey there",
    "sup",
    "namaste",
    "salut",
    "bonjour",
    "hallo",
    "ola",
    "olá",
    "sawubona",
    "jambo",
    "habari",
}
_GREETING_TAILS = {"", "there", "again", "bot", "doc", "doctor", "how are you", "hows it going"}
_THANKS = {
    "thanks",
    "thank you",
    "thankyou",
    "thx",
    "ty",
    "cheers",
    "ta",
    "many thanks",
    "thanks a lot",
    "thank you so much",
    "thanks so much",
    "ok thanks",
    "ok thank you",
    "okay thanks",
    "great thanks",
    "brilliant thanks",
    "that helps",
    "that's helpful",
    "thats helpful",
    "helpful",
    "perfect",
    "great",
    "brilliant",
    "lovely",
    "awesome",
}
_ACK = {
    "ok",
    "okay",
    "k",
    "kk",
    "alright",
    "all right",
    "fine",
    "cool",
    "right",
    "hmm",
    "hm",
    "oh",
    "ah",
    "lol",
    "noted",
    "got it",
    "i see",
    "what",
    "huh",
    "test",
}


def command(text: str) -> Command | None:
    """The command a whole message is, if any."""
    norm = normalize(text)
    if not norm:
        return Command.ACK  # only punctuation or emoji: "??", "👍"
    if norm in _DELETE:
        return Command.DELETE
    if norm in _STOP:
        return Command.STOP
    if norm in _START:
        return Command.START
    if norm in _YES:
        return Command.YES
    if norm in _NO:
        return Command.NO
    if norm in _HELP:
        return Command.HELP
    if norm in _THANKS:
        return Command.THANKS
    if _is_greeting(norm):
        return Command.GREETING
    if norm in _ACK:
        return Command.ACK
    return None


def _is_greeting(norm: str) -> bool:
    for greeting in _GREETING_WORDS:
        if norm == greeting or norm.startswith(greeting + " "):
            tail = norm[len(greeting) :].strip()
            if tail in _GREETING_TAILS:
                return True
    return False


# --- While emergency advice stands ----------------------------------------------------------

_SOFTENING = (
    "probably nothing",
    "it's nothing",
    "its nothing",
    "nothing serious",
    "not serious",
    "not that bad",
    "not so bad",
    "not too bad",
    "i'm fine",
    "im fine",
    "i am fine",
    "she's fine",
    "he's fine",
    "they're fine",
    "feel fine",
    "feels fine",
    "feel better",
    "feeling better",
    "feels better",
    "getting better",
    "it's gone",
    "its gone",
    "gone now",
    "passed",
    "eased",
    "settled",
    "don't want",
    "dont want",
    "do not want",
    "rather not",
    "not going",
    "won't go",
    "wont go",
    "can't go",
    "cant go",
    "can't i",
    "cant i",
    "can i just",
    "could i just",
    "just wait",
    "wait and see",
    "wait till",
    "wait until",
    "in the morning",
    "tomorrow",
    "later",
    "no need",
    "overreact",
    "over react",
    "exaggerat",
    "are you sure",
    "is it really",
    "really necessary",
    "do i have to",
    "do i really",
    "just heartburn",
    "just indigestion",
    "just anxiety",
    "just stress",
    "just a panic",
    "just tired",
    "hate hospitals",
    "don't like hospitals",
    "too busy",
    "waste their time",
    "wasting their time",
    "anything else",
    "instead",
    "self care",
    "at home",
    "home remedy",
)

_ACTED = (
    "called",
    "calling",
    "rang",
    "ringing",
    "phoned",
    "on their way",
    "on the way",
    "on its way",
    "ambulance is",
    "ambulance coming",
    "at the hospital",
    "in hospital",
    "at hospital",
    "at a&e",
    "in a&e",
    "at the er",
    "in the er",
    "going now",
    "we're going",
    "were going",
    "i'm going",
    "im going",
    "will go",
    "will call",
    "taking her",
    "taking him",
    "taking them",
)


def is_softening(text: str) -> bool:
    """Playing down earlier emergency advice: "it's probably nothing", "can't I just wait"."""
    low = text.lower().replace("’", "'")
    return any(phrase in low for phrase in _SOFTENING)


def has_acted(text: str) -> bool:
    """The person says help is on its way: "I've called 999", "we're at A&E"."""
    low = text.lower().replace("’", "'")
    if any(neg in low for neg in ("not ", "n't ", "dont ", "won't", "wont ")):
        return False
    return any(phrase in low for phrase in _ACTED)


_PHARMACY = re.compile(
    r"\b(what can i (take|give|use)|pharmac\w*|chemist|medicine|medication|tablets?|pills?|"
    r"cream|painkillers?|over the counter|otc|paracetamol|ibuprofen|calpol|nurofen|"
    r"antihistamine|what should i (take|buy|use))\b",
    re.IGNORECASE,
)


def asks_about_medicine(text: str) -> bool:
    """A question about what to take or buy: answered with the topic's pharmacist options."""
    return bool(_PHARMACY.search(text))

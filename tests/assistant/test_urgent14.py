"""Same-day (urgent) and routine problems said mildly, and the ordinary messages of the same
shape that stay low (sweep urgent14, 2026-12-06). NHS diarrhoea and vomiting (cannot keep
fluid down), NHS high blood sugar (readings that stay high), NHS your baby's movements, NHS
cellulitis (redness past a drawn line), NHS confusion, NHS UTIs, NHS appendicitis, NHS red
eye. Sentences written for these tests, in the person's voice, not taken from any set."""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, local_of, rules

# (message, language or None, country or None, the level it must reach)
Row = tuple[str, str | None, str | None, TriageLevel]

ROWS: list[Row] = [
    # vomiting and not able to drink anything: same day, in every language touched
    ("vomiting whole day, not able to drink anything even water", None, "IN", U),
    ("been throwing up since last night and cant drink anything", None, "GB", U),
    ("estou vomitando desde ontem e não consigo beber nada", "pt", "BR", U),
    ("vomito desde anoche y no puedo beber nada", "es", "MX", U),
    ("natapika tangu jana na siwezi kunywa maji", "sw", "KE", U),
    ("natapika na siwezi kunywa hata maji", "sw", "KE", U),
    ("sick for 24 hours can't even keep sips of water down", None, "GB", U),
    # high sugars that will not come down
    ("im diabetic and my blood sugar wont come down, feel sick and thirsty", None, "GB", U),
    ("type 2, sugars not coming down even with my tablets, feel awful", None, "GB", U),
    # the baby moving less than usual (maternity unit now: emergency here)
    ("baby's movements feel less than normal, 32 weeks", None, "GB", E),
    ("34 weeks, the kicks are lighter than usual today", None, "GB", E),
    # cellulitis spreading past the drawn line
    ("drew around the red area on my arm and its gone past the line", None, "GB", U),
    ("the GP marked my leg with pen yesterday and thats spread past the line now", None, "GB", U),
    # new confusion (sudden confusion reads as emergency in this knowledge base)
    ("my mother is old and she is talking confusing things since yesterday", None, "IN", E),
    ("grandpa talking all mixed up since this morning", None, "GB", E),
    # painful red eye
    ("eye is paining too much and red, cannot see light", None, "IN", U),
    ("my eye is red and painful and light hurts it", None, "GB", U),
    # a man's urine infection, said the Indian and African English way
    ("my husband is urinating with pain and frequent, what to do", None, "IN", U),
    ("I am a man and I am passing urine with burning since 2 days", None, "NG", U),
    # appendicitis said without "lower"
    ("my son has tummy pain on the right side, off his food and a bit warm", None, "GB", U),
    ("tummy pain on the right side since this morning, feel sick", None, "GB", U),
    # routine: weeks, lumps, weight
    ("productive cough 3/52 hx, no blood", None, "GB", R),
    ("cough for about 4 weeks now, no blood, feel fine otherwise", None, "GB", R),
    ("found a small lump in my breast last week, doesnt hurt", None, "GB", R),
    ("i've lost about a stone without trying", None, "GB", R),
    ("my periods have been really heavy for months, flooding", None, "GB", R),
    # must stay low: same shape, ordinary
    ("upset tummy since this morning, had a dodgy kebab", None, "GB", S),
    ("i think i have food poisoning, been sick twice and loose poo", None, "GB", S),
    ("stomach upset since last night, drinking fine", None, "GB", S),
    ("had diarrhoea today, no blood, drinking ok", None, "GB", S),
    ("got a cold, runny nose and sneezing", None, "GB", S),
    ("twisted my ankle playing football, bit swollen, can walk on it", None, "GB", S),
    ("my eye is a bit red and itchy but not painful, vision fine", None, "GB", S),
    ("tickly cough for 2 days", None, "GB", S),
    ("sore throat since yesterday, can swallow fine", None, "GB", S),
    ("i have a cough and cold for 4 days", None, "GB", S),
    ("tenho um resfriado com nariz escorrendo", "pt", "BR", S),
    ("tengo diarrea desde hoy, bebo bien", "es", "MX", S),
    ("nina mafua na kamasi", "sw", "KE", S),
    ("torci o tornozelo de leve", "pt", "BR", S),
    # not the same as the families above
    ("bowel movements less than usual this week", None, "GB", R),
    ("siwezi kunywa pombe", "sw", "KE", R),
    ("seen pt on 3/7 for review", None, "GB", R),
    ("kids kicking less than usual at football", None, "GB", R),
    ("tummy ache on the right side after eating fatty food", None, "GB", R),
    ("stomach pain in the right side of my ribs", None, "GB", R),
    ("my weight wont come down no matter what i do", None, "GB", R),
    # a paranoid belief of being poisoned is still psychosis (urgent)
    ("he is convinced the neighbours are poisoning him", None, "GB", U),
    ("i think i have blood poisoning, red line going up my arm and shivery", None, "GB", E),
]


@pytest.mark.parametrize(("text", "language", "country", "want"), ROWS)
def test_level(text: str, language: str | None, country: str | None, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language, local_of(country))

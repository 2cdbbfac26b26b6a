"""A time long past that opens a clause dates that clause (issue 10; brief history, 2026-12-07).

"last month my son had diarrhoea and sunken eyes, he was treated, now he is fine", "en 2019
tuve un derrame, ahora…", "quand j'étais petit je faisais des convulsions", "पिछली प्रेगनेंसी
में…": each language's ``history_opener`` (``languages/<code>/language.yaml``), with a past
tense in its reach, dates the findings of its clause up to a comma, a new clause or a
``present`` word ("now", "ahora", "maintenant", "sasa", "अब"). What is said after that is read
as said of now; an ``ongoing`` word in the sentence ("still", "todavía", "ainda", "bado",
"abhi bhi") keeps what it dated current; a suicide attempt or suicidal thoughts are a risk
whenever they were (NICE NG225: the finding's ``past_is_risk``); a time running up to now
("since last month", "desde el mes pasado", "pichle mahine se") dates nothing (NHS and NICE
CKS history taking: a past event resolved is asked about, not triaged as today's complaint;
NHS stroke and heart attack: new signs are 999).

Phrasings written for this test (not taken from any evaluation set).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

LEVELS: list[tuple[str, TriageLevel]] = [
    # English: a past event, asked about now
    ("last month my son had diarrhoea and sunken eyes, he was treated, now he is fine", S),
    ("last pregnancy I had cholestasis, am I at risk again?", R),
    ("in my last pregnancy I had pre-eclampsia, what are the chances it happens again?", R),
    ("in 2019 I had a stroke, now I want to know about aspirin", R),
    ("when I was a child I had fits, can I drive", R),
    ("the last time I was pregnant I bled heavily, will it happen this time too?", R),
    ("a few months ago my daughter had a febrile convulsion, should she have a check up?", R),
    # English: what is said of now after it still counts
    ("last year I had a stroke and now my arm is weak again", E),
    ("last month I had a heart attack and now I have crushing chest pain", E),
    ("in 2019 I had a stroke, now my face is drooping", E),
    ("last week he had a fit and now he is fitting again", E),
    ("last year I had a heart attack and I have crushing chest pain now", E),
    ("when I was a child I had asthma and now I cant breathe and my lips are blue", E),
    ("2 months ago I had a baby and now I am soaking a pad every hour", E),
    ("last year, I had a stroke. Today my face is drooping and my speech is slurred", E),
    # English: a time running up to now, or an onset, dates nothing
    ("since last month I have had chest pain and today it is crushing and going down my arm", E),
    ("last month I started having chest pain when I walk up the stairs", U),
    ("my son has diarrhoea and sunken eyes and is not drinking", E),
    # Spanish
    ("el mes pasado mi hijo tuvo diarrea y ojos hundidos, lo trataron, ahora está bien", S),
    ("en mi último embarazo tuve colestasis, ¿tengo riesgo otra vez?", R),
    ("en 2019 tuve un derrame cerebral, ahora quiero saber sobre la aspirina", R),
    ("cuando era niño tenía convulsiones, ¿puedo conducir?", R),
    ("el año pasado tuve un derrame y ahora tengo el brazo débil otra vez", E),
    ("el mes pasado tuve un infarto y ahora tengo dolor fuerte en el pecho", E),
    ("desde el mes pasado tengo dolor de pecho y hoy es muy fuerte y no puedo respirar", E),
    # Portuguese
    ("no mês passado meu filho teve diarreia e olhos fundos, foi tratado, agora está bem", S),
    ("na última gravidez tive colestase, corro risco de novo?", R),
    ("em 2019 tive um AVC, agora quero saber sobre aspirina", R),
    ("quando eu era criança tinha convulsões, posso dirigir?", R),
    ("no ano passado tive um AVC e agora estou com o braço fraco de novo", E),
    ("no ano passado tive um infarto e agora estou com uma dor forte no peito", E),
    # French
    ("lors de ma dernière grossesse j'ai eu une cholestase, suis-je à risque à nouveau ?", R),
    ("en 2019 j'ai fait un AVC, maintenant je voudrais savoir pour l'aspirine", R),
    ("quand j'étais enfant je faisais des convulsions, est-ce que je peux conduire ?", R),
    ("l'année dernière j'ai fait un AVC et maintenant mon bras est faible à nouveau", E),
    (
        "le mois dernier j'ai fait un infarctus et maintenant j'ai une douleur forte à la poitrine",
        E,
    ),
    # Swahili
    ("mimba iliyopita nilikuwa na cholestasis, je niko hatarini tena?", R),
    ("mwaka 2019 nilipata kiharusi, sasa nataka kujua kuhusu aspirini", R),
    ("nilipokuwa mtoto nilikuwa na degedege, naweza kuendesha gari?", R),
    ("mwaka jana nilipata kiharusi na sasa mkono wangu ni dhaifu tena", E),
    ("mwezi uliopita nilipata mshtuko wa moyo na sasa nina maumivu makali ya kifua", E),
    # Hindi, and Hindi in Latin letters
    ("पिछले महीने मेरे बेटे को दस्त और धंसी हुई आँखें थीं, इलाज हुआ, अब ठीक है", S),
    ("2019 में मुझे लकवा हुआ था, अब मैं एस्पिरिन के बारे में जानना चाहता हूँ", R),
    ("जब मैं बच्चा था तब मुझे दौरे पड़ते थे, क्या मैं गाड़ी चला सकता हूँ?", R),
    ("pichle mahine mere bete ko dast aur dhansi hui aankhen thi, ilaj hua, ab theek hai", S),
    ("pichli pregnancy mein mujhe cholestasis tha, kya phir se khatra hai?", R),
    ("2019 mein mujhe lakwa hua tha, ab main aspirin ke baare mein janna chahta hoon", R),
    ("jab main bachcha tha tab mujhe daure padte the, kya main gaadi chala sakta hoon?", R),
    ("pichle mahine mujhe heart attack aaya tha aur ab seene me tez dard ho raha hai", E),
]


@pytest.mark.parametrize(("text", "want"), LEVELS)
def test_a_past_time_said_first_dates_its_clause(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


# (text, language, finding, past?): the finding's mention, read in the language, is dated or not
MENTIONS = [
    ("in 2019 i had a stroke , now i want aspirin", "en", "emergency_named", True),
    ("last month my son had diarrhoea and sunken eyes", "en", "sunken_eyes", True),
    ("last month i had diarrhoea and today i have blood in my stool", "en", "diarrhoea", True),
    ("since last month i have had diarrhoea", "en", "diarrhoea", False),
    ("in the last month i have had diarrhoea", "en", "diarrhoea", False),
    ("last month i started having diarrhoea", "en", "diarrhoea", False),
    ("last year , i had a stroke and my arm is weak", "en", "limb_weak", False),
    ("3 months ago i had a knee replacement my calf is swollen", "en", "leg_swollen", False),
    ("el mes pasado mi hijo tuvo diarrea y ojos hundidos", "es", "sunken_eyes", True),
    ("hace 2 meses que tengo diarrea", "es", "diarrhoea", False),
    ("no mes passado meu filho teve diarreia", "pt", "diarrhoea", True),
    ("desde o mes passado tenho diarreia", "pt", "diarrhoea", False),
    ("le mois dernier mon fils a eu une diarrhee", "fr", "diarrhoea", True),
    ("depuis le mois dernier j ai la diarrhee", "fr", "diarrhoea", False),
    ("mwezi uliopita mwanangu alikuwa na kuhara", "sw", "diarrhoea", True),
    ("tangu mwezi uliopita nina kuhara", "sw", "diarrhoea", False),
    ("पिछले महीने मेरे बेटे को दस्त थे", "hi", "diarrhoea", True),
    ("पिछले महीने से मुझे दस्त हैं", "hi", "diarrhoea", False),
    ("pichle mahine mere bete ko dast the", "hi", "diarrhoea", True),
    ("pichle mahine se mujhe dast hai", "hi", "diarrhoea", False),
    ("jab wo chhota tha tab se use daure padte hai", "hi", "seizure", False),
    ("el mes pasado tuve diarrea y todavia la tengo", "es", "diarrhoea", False),
    ("no mes passado tive diarreia e ainda tenho", "pt", "diarrhoea", False),
    ("le mois dernier j ai eu la diarrhee et elle continue", "fr", "diarrhoea", False),
    ("mwezi uliopita nilikuwa na kuhara na bado inaendelea", "sw", "diarrhoea", False),
    ("pichle mahine mujhe dast hue the aur abhi bhi hai", "hi", "diarrhoea", False),
    ("जब वो छोटा था तब से उसे दौरे पड़ते हैं", "hi", "seizure", False),
]


@pytest.mark.parametrize(("text", "language", "finding", "past"), MENTIONS)
def test_what_an_opener_dates(text: str, language: str, finding: str, past: bool) -> None:
    u = rules().understand(text, language)
    said = [m for m in u.mentions if m.finding == finding]
    assert said, (text, [m.finding for m in u.mentions])
    assert any(m.past for m in said) is past, (text, said)

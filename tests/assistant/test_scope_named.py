"""Someone else's, read-about and past named emergencies; listed reassurance; the chest wall
(scope, 2026-12-07).

A stroke, heart attack or meningitis that someone else had (a neighbour who died of one, a
grandmother recovering from one weeks ago), or that the writer read or saw online ("j'ai lu
que la méningite commence par…", "vi en tiktok que…", "nimesoma mtandaoni kwamba…"), is not
the writer's emergency: their own complaint, said after it, decides (NHS stroke, heart attack
and meningitis pages: the signs, not the name, call for help). One happening now, hours or
minutes ago, or with its signs said, still does. Reassuring features listed ("no fever, no
rash") are negated findings. Chest pain that hurts where the spot is pressed, after lifting,
in someone under 50 is a strained chest muscle, self-care (NHS chest pain, NHS sprains and
strains); from 50 a GP's (NICE CKS chest pain).
"""

# ruff: noqa: E501  (one message per line)

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

OWN_COMPLAINT_DECIDES: list[tuple[str, TriageLevel]] = [
    (
        "my uncle passed away from a stroke in march, now i have a runny nose and sneezing, what can i take",
        S,
    ),
    (
        "grandad had a heart attack last month and he is doing well now. me, i just have a blocked nose",
        S,
    ),
    (
        "my neighbour had a stroke two weeks ago and is recovering at home, i have a sore throat since yesterday",
        S,
    ),
    (
        "i read online that a headache can be a sign of a stroke and got scared, mine is mild from staring at screens all day",
        S,
    ),
    (
        "saw on facebook that tiredness means heart attack lol, i am just tired after night shifts, sleeping badly",
        S,
    ),
    ("mi tio fallecio de un derrame el ano pasado, yo tengo gripe con mocos y estornudos", S),
    (
        "lei en internet que el dolor de cabeza puede ser un derrame, a mi me duele poco porque dormi mal",
        S,
    ),
    (
        "mi abuela tuvo un derrame hace dos semanas y ya esta en casa mejorando, yo tengo la garganta irritada",
        S,
    ),
    ("meu avo morreu de infarto faz tempo, agora estou com coriza e espirrando, o que tomo", S),
    (
        "vi no instagram que dor de cabeca pode ser avc, a minha e fraquinha porque fiquei no celular ate tarde",
        S,
    ),
    (
        "minha tia teve um avc semana passada e ja esta se recuperando, eu estou so com dor de garganta",
        S,
    ),
    ("mon voisin est mort d'une crise cardiaque, moi j'ai juste le nez qui coule depuis hier", S),
    (
        "j'ai vu sur internet que le mal de tete peut etre un avc, moi j'ai un petit mal de tete car j'ai mal dormi",
        S,
    ),
    ("ma grand-mere a fait un avc le mois dernier et elle va mieux, moi j'ai mal a la gorge", S),
    ("babu alifariki kwa kiharusi mwaka jana, mimi nina mafua na chafya tu", S),
    (
        "nimesoma mtandaoni kwamba maumivu ya kichwa ni dalili ya kiharusi, mimi kichwa kinauma kidogo sikulala vizuri",
        S,
    ),
    (
        "shangazi alipata kiharusi mwezi uliopita na sasa anaendelea vizuri, mimi nina kikohozi kidogo",
        S,
    ),
    ("मेरे चाचा को पिछले साल हार्ट अटैक आया था, अब वो ठीक हैं, मुझे बस जुकाम है", S),
    ("मैंने इंटरनेट पर पढा कि सिर दर्द स्ट्रोक हो सकता है, मेरा सिर हल्का दर्द है क्योंकि नींद कम हुई", S),
    (
        "my cousin's friend had meningitis and it began with a headache. i have a slight headache after drinking last night, no fever no rash",
        S,
    ),
    (
        "j'ai lu que la meningite donne de la fievre et une raideur de la nuque; moi j'ai 37,5 et le nez bouche, pas de raideur",
        S,
    ),
    (
        "lei que la meningitis empieza con fiebre y dolor de cabeza, yo solo tengo 37,4 y dolor de garganta, sin manchas ni cuello rigido",
        S,
    ),
    ("li que caroco no pescoco pode ser cancer, mas o meu e uma espinha no rosto desde ontem", S),
    ("i read that a lump can be cancer but mine is just a pimple on my cheek since yesterday", S),
    ("my son is 8, headache and fever 39 today", S),
    ("had a stroke 3 years ago, can i fly next month", R),
    (
        "la hermana de mi amiga tuvo meningitis, yo tengo un poco de dolor de cabeza por no dormir, sin fiebre",
        S,
    ),
    ("a irma da minha colega teve meningite, eu estou com uma dor de cabeca leve, sem febre", S),
    ("la soeur de mon amie a eu une meningite, moi j'ai un leger mal de tete, pas de fievre", S),
    ("mi hijo de 10 anos tiene meningitis? le duele mucho la cabeza", U),
    ("im 58, my chest hurts when i press on that spot, moved boxes yesterday", R),
    # a cue that only reaches across its clause word when it ends with it
    ("mi hermano dice que a veces le dan ganas de hacerse daño", U),
    ("mi hijo de 10 anos tiene meningitis? le duele mucho la cabeza", U),
]

STILL_AN_EMERGENCY: list[str] = [
    "my mum is having a stroke her face has dropped",
    "i think i am having a heart attack, crushing pain in my chest and sweating",
    "could this be meningitis? my son has a fever and a rash that does not fade under a glass",
    "creo que mi padre esta teniendo un infarto ahora mismo, dolor fuerte en el pecho",
    "acho que estou tendo um infarto agora, dor no peito forte e suor frio",
    "je crois que mon pere fait un avc, sa bouche est tordue",
    "baba anapata kiharusi sasa hivi, mdomo umepinda upande mmoja",
    "मेरी मां को अभी स्ट्रोक आ रहा है, चेहरा टेढा हो गया",
    "papa ko abhi heart attack aa raha hai, seene me tez dard aur paseena",
    "i read that a rash that does not fade is meningitis and my baby has a rash that does not fade with the glass and a fever",
    "my dad had a heart attack 20 minutes ago and he is still in pain and sweating, what do i do",
    "im 55 and have crushing chest pain going to my left arm, sweating",
    "my dad had a heart attack 20 minutes ago and he is still in pain and sweating, what do i do",
    "im 60, chest pain when i press on it, sweating and feel sick, pain going to my arm",
    "my neighbour had a stroke an hour ago and her arm is weak, she cant talk properly",
    "lei que el derrame da la cara torcida y mi papa tiene la cara torcida y no puede hablar",
    # the signs read about, then said of someone ("has all of that"): theirs
    "i read online that a stiff neck with fever and a rash is meningitis and my daughter has all of that",
    "vi en tiktok que rigidez de cuello con fiebre y manchas es meningitis y mi hija tiene todo eso",
    "j ai lu que la nuque raide avec fievre et taches c est la meningite, ma fille a tout ca",
    "li que pescoco duro com febre e manchas e meningite e minha filha esta assim",
    "nimesoma mtandaoni kwamba shingo ngumu na homa na vipele ni homa ya uti wa mgongo, binti yangu ana hivyo vyote",
    "mi hija tiene rigidez de cuello con fiebre y manchas que no se quitan al apretar",
]

LISTED_AND_CHEST_WALL: list[tuple[str, TriageLevel]] = [
    ("dor de cabeca leve sem febre e sem rigidez no pescoco", S),
    (
        "im 26, pain in one spot on my chest wall that hurts when i press it, after lifting weights at the gym, breathing ok, no sweating",
        S,
    ),
    (
        "tengo 28 anos, me duele un punto del pecho solo cuando lo aprieto, ayer cargue muebles, respiro bien",
        S,
    ),
    (
        "tenho 25 anos, dor num ponto da costela quando aperto, carreguei caixas ontem, respiro normal",
        S,
    ),
    (
        "j'ai 29 ans, douleur a un endroit de la poitrine quand j'appuie dessus, j'ai porte des meubles hier",
        S,
    ),
    (
        "nina miaka 27, kifua kinauma sehemu moja ninapobonyeza, jana nilibeba makabati, napumua vizuri",
        S,
    ),
    (
        "main 25 saal ka hu, seene me ek jagah dabane par dard hai, kal furniture uthaya tha, saans theek hai",
        S,
    ),
    ("मैं 24 साल का हूं, छाती में एक जगह दबाने पर दर्द होता है, कल भारी सामान उठाया था", S),
    ("mild headache since this morning, no fever, no rash, no stiff neck, no vomiting", S),
    ("dolor de cabeza leve, sin fiebre, sin vomitos, sin rigidez de cuello", S),
    ("dor de cabeca leve, sem febre, sem manchas, sem rigidez na nuca", S),
    ("petit mal de tete, pas de fievre, pas de vomissements, pas de raideur de nuque", S),
]

NOT_RAISED: list[str] = [
    "dada ya rafiki yangu alipata homa ya uti wa mgongo, mimi nina maumivu kidogo ya kichwa bila homa",
    "maine youtube pe dekha ki sir dard stroke ka sign ho sakta hai, mera halka sa sir dard hai neend kam hui",
    "mere dada ko do saal pehle stroke aaya tha, ab theek hain, mujhe bas halka zukam hai",
    "meri saheli ki behen ko meningitis hua tha, mujhe halka sir dard hai, bukhar nahi",
]


# one table: the writer's own complaint, a current one still an emergency, listed reassurance
# and the chest wall
ROWS = [*OWN_COMPLAINT_DECIDES, *((text, E) for text in STILL_AN_EMERGENCY), *LISTED_AND_CHEST_WALL]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_each_message_reaches_its_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


@pytest.mark.parametrize("text", NOT_RAISED)
def test_someone_elses_named_illness_is_not_raised(text: str) -> None:
    # the topic may still be the named illness's (routine), never its red flag
    found = rules().assess(text)
    assert found.level in (R, S), (text, [f.id for f in found.fired])

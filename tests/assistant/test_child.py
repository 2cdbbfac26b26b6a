"""Children's danger signs, round 2 (child, 2026-12-07): prostration, fits in lay words, a child
who cannot say what is wrong, chest indrawing in Bengali, malaria getting worse on treatment.

- Too weak to sit up or stand (WHO Guidelines for malaria, severe malaria: prostration; WHO
  IMCI): an emergency in a child of 1 or more, and at any age with malaria named or treated, or
  with a fever where malaria is common (``prostration_severe_malaria``). Not a milestone ("can't
  sit on his own yet"), posture or a sore leg.
- Malaria diagnosed or being treated (Coartem…) with a danger sign (vomits everything, a fit,
  drowsy, confused, too weak to sit): severe malaria, hospital now, whatever the tablets.
- A fit told in lay words ("shook all over", "se puso a temblar todo y se quedó tieso") in a
  child (WHO IMCI convulsions; NHS febrile seizures: a first fit is a 999 call). Shivering with a
  fever stays below an emergency (NICE NG143 amber: rigors).
- A child with a fever who cannot say what is wrong (non-verbal, a learning disability,
  autism) and shows pain or distress by behaviour: urgent (NICE NG143, NHS fever in children);
  a child with a fever off food is ill, not the adult ``self_neglect`` (low mood).
- Not able to drink or breastfeed said as "neither the breast nor anything" (WHO IMCI).
- Chest indrawing and fast breathing in a baby of 1–2 months in Bengali script and Banglish
  (the safety net; WHO IMCI young infant).

Rows are the helper's own probe messages (en, es, pt, fr, sw, hi in both scripts, bn), not
the development seeds; a country code reads that pack's local diseases (malaria).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, assert_not_emergency, local_of, rules

ROWS: list[tuple[str, TriageLevel, str | None]] = [
    ("my daughter is 4, fever since yesterday and now she is too weak to sit up", E, None),
    ("my son has malaria and today he can't even sit or stand on his own", E, "NG"),
    ("fever 4 days, malaria test positive, now im so weak i cannot sit up or walk", E, "NG"),
    ("my 2 year old has a high temperature and can't hold his head up", E, None),
    ("mi hijo de 3 años tiene fiebre y ya no puede ni sentarse, está muy débil", E, None),
    ("tengo paludismo y estoy tan débil que no me puedo sentar ni caminar", E, None),
    ("minha filha de 5 anos com febre não consegue ficar sentada, está muito fraca", E, None),
    ("meu filho com malária não consegue mais ficar de pé nem sentar", E, "MZ"),
    (
        "mon fils de 4 ans a de la fièvre et il n'arrive plus à s'asseoir, il est trop faible",
        E,
        None,
    ),
    ("j'ai le palu depuis 3 jours et je suis trop faible pour marcher ou m'asseoir", E, "CI"),
    ("mtoto wangu wa miaka 3 ana homa na hawezi kukaa wala kusimama", E, "KE"),
    ("mtoto ana malaria, amedhoofika sana hawezi kuketi", E, "TZ"),
    ("मेरे 3 साल के बेटे को बुखार है और वह बैठ भी नहीं पा रहा, बहुत कमजोर है", E, "IN"),
    ("beti ko malaria hai aur wo itni kamzor hai ki baith bhi nahi pa rahi", E, "IN"),
    ("my 5 month old can't sit on his own yet, is that normal?", R, None),
    ("bebé de 4 meses todavía no se sienta solo, ¿es normal?", R, None),
    ("my back is stiff after gardening, hard to sit up straight", R, None),
    ("my 2yo has a fever and his whole body shook for about a minute, now sleepy", E, None),
    (
        "my daughter 3 with high temp, her body jerked and her eyes rolled back and she went stiff",
        E,
        None,
    ),
    (
        "mi niña de 2 años con fiebre tembló todo el cuerpo y se le fueron los ojos para atrás",
        E,
        None,
    ),
    ("meu filho de 1 ano com febre tremeu todo e ficou duro por uns segundos", E, None),
    ("ma fille de 18 mois a de la fièvre, elle a tremblé de partout pendant une minute", E, None),
    ("mtoto wangu ana homa kali, alitetemeka mwili mzima kwa dakika moja", E, "KE"),
    ("बच्चे को तेज बुखार है और उसका पूरा शरीर कांपने लगा, आंखें ऊपर चढ गईं", E, None),
    ("beta 2 saal ka hai, bukhar me use jhatke aaye aur pura sharir kaanpne laga", E, "IN"),
    ("my son has a fever and is shivering, teeth chattering, under the blanket", U, None),
    ("il a de la fièvre et il tremblait de froid cette nuit", S, None),
    ("mtoto ana homa na anatetemeka kwa baridi", U, None),
    ("mi hijo tiene fiebre y tiembla de frío", U, None),
    ("bukhar ke saath thand lag rahi hai aur kaanp raha hai", S, None),
    ("what should I do if my baby shakes all over with a fever?", U, None),
    (
        "my daughter is autistic and non-verbal, temp 38.5, she keeps "
        "pulling her ear and crying, barely eaten for 2 days",
        U,
        None,
    ),
    (
        "mi hijo tiene autismo y no habla, tiene fiebre y se jala la "
        "oreja llorando, casi no come desde hace 2 días",
        U,
        None,
    ),
    (
        "meu filho tem deficiência intelectual e não fala, está com febre, "
        "puxando a orelha e chorando, não come há dois dias",
        U,
        None,
    ),
    (
        "mon fils autiste non verbal a 38,6 de fièvre, il se tire l'oreille "
        "et pleure, il ne mange presque plus depuis 2 jours",
        U,
        None,
    ),
    (
        "mwanangu ana usonji hazungumzi, ana homa, anavuta "
        "sikio na kulia, hajala vizuri siku mbili",
        U,
        "KE",
    ),
    (
        "मेरा बेटा बोल नहीं पाता, उसे बुखार है, कान खींच रहा है और रो रहा है, दो दिन से ठीक से खाना नहीं खाया",
        U,
        None,
    ),
    ("my 4 year old has had a fever for 3 days and hasn't eaten anything for 2 days", U, None),
    ("my 3yo with fever is not drinking anything at all since this morning", E, None),
    ("mi bebé de 8 meses con fiebre no quiere tomar el pecho ni nada", E, None),
    ("my 5 year old has a cold and is a bit off her food today", S, None),
    ("my autistic son has a runny nose and a mild cold, eating and playing fine", S, None),
    (
        "my 5 week old's chest is sucking in under the ribs with every breath and he's grunting",
        E,
        None,
    ),
    ("mi bebé de 1 mes respira muy rápido y se le hunde el pecho", E, None),
    ("minha bebê de 40 dias está com a respiração rápida e gemendo a cada respiração", E, None),
    ("mon bébé de 6 semaines respire très vite et ça se creuse sous les côtes", E, None),
    ("mtoto wa wiki 3 anapumua haraka sana na kifua kinaingia ndani", E, "TZ"),
    ("मेरा 1 महीने का बच्चा बहुत तेज सांस ले रहा है और छाती अंदर धंस रही है", E, None),
    ("baby 1 mahine ka hai, saans tez chal rahi hai aur chhati andar dhans rahi hai", E, "IN"),
    ("amar baccha 1 mash, khub taratari nishash nicche, buk bhetore dhuke jacche", E, "BD"),
    (
        "my son had chest indrawing with bronchiolitis last year as a baby, he is 3 now and well",
        R,
        None,
    ),
    ("my 5yo started coartem 2 days ago for malaria and now vomits everything we give", E, "UG"),
    ("mon fils est sous traitement contre le palu et maintenant il ne tient plus assis", E, "CI"),
    ("mtoto anatumia dawa za malaria lakini sasa hawezi kukaa na anatapika kila kitu", E, "TZ"),
    ("minha filha está tomando remédio para malária e piorou, não consegue sentar", E, "MZ"),
    ("bete ko malaria ki dawai de rahe hain par ab wo baith nahi pa raha", E, "IN"),
    ("my son is on malaria tablets and feeling better, still a bit tired", S, "UG"),
    ("১ মাসের বাচ্চা খুব দ্রুত শ্বাস নিচ্ছে, বুক ভেতরে ঢুকে যাচ্ছে", E, "BD"),
    (
        "my 3 year old has a temperature and he shook all over for a minute then went sleepy",
        E,
        None,
    ),
    ("fever since last night, my daughter 2 went stiff and her eyes rolled back", E, None),
    ("my son 4 with a high fever, his body jerked a few times and he didnt answer us", E, None),
    ("mi hijo de 2 años con calentura se puso a temblar todo y se quedó tieso", E, None),
    ("ma fille a de la fièvre, son corps s'est raidi et elle a tremblé de partout", E, None),
    ("mtoto ana homa, mwili wake ulikakamaa na kutetemeka mwili mzima", E, "KE"),
    ("बच्ची को बुखार था और उसे झटके आए, आंखें ऊपर चढ गईं", E, "IN"),
    ("im shaking all over with a fever and chills", U, None),
    ("mi hijo tiene 38 y tiembla porque tiene frío, ya lo tapé", R, None),
    ("my 6 year old with fever is too weak to stand and just lies there", E, "NG"),
    ("my 7 year old twisted his ankle and can't stand on it", U, None),
    ("i can't stand the smell of food since the flu, otherwise fine", S, None),
    ("mi hija de 3 años con fiebre ya no se puede poner de pie ni sentarse", E, None),
    ("meu filho de 6 anos está com febre e tão fraco que não consegue ficar de pé", E, None),
    ("আমার ৩ বছরের ছেলের জ্বর আর কাশি, শ্বাস একটু দ্রুত, তবে বুক ভেতরে ঢুকে যাচ্ছে না, খাচ্ছে", U, "BD"),
    ("amar meye 2 bochor, jor ar kashi, buk dhuke jacche na, khacche", U, "BD"),
]

# Neighbours left alone here but never an emergency from these records.
NOT_EMERGENCY = [
    "my 18 month old can't stand on her own yet, should I worry?",
    "my baby is 7 months and can't sit up on his own yet",
    "mtoto wa miezi 6 bado hawezi kukaa mwenyewe",
    "मेरा 6 महीने का बेटा अभी बैठ नहीं पाता",
    "i can't sit up straight at my desk, back ache, no fever",
    "took coartem last year for malaria, now i have a mild cough",
]


@pytest.mark.parametrize(("text", "want", "country"), ROWS)
def test_level(text: str, want: TriageLevel, country: str | None) -> None:
    assert_level(rules(), text, want, local=local_of(country))


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text: str) -> None:
    assert_not_emergency(rules(), text)

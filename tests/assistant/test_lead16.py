"""Long-standing complaints, a GP's tasks, a weak limb, a statin's muscle signs and an extra
dose, six languages (lead16, 2026-12-07).

"Hace años" / "há anos" after a present-tense verb of having or hurting is how long a
complaint has lasted (NHS back pain, knee pain: see a GP), not when it happened; a regular
medicine running out or a review asked for is the GP's (NHS repeat prescriptions, NICE NG5); an
arm or leg gone weak with no time and nothing to explain it is seen the same day (NHS stroke:
sudden is 999, which the stroke rows read); muscle weakness, or bad or unexplained muscle pain,
on a statin is seen the same day (NHS simvastatin and atorvastatin side effects); a regular
medicine taken twice by mistake is checked with a doctor or 111 (NHS medicine pages), a question
about doubling it oneself is the prescriber's. A denial of self-harm said with a future verb
("nahi karunga") denies it. Rows are our own phrasings.
"""

from __future__ import annotations

import pytest

from tests.assistant.support import row_level, row_not_emergency, table

ROWS = table(
    """
    # a complaint of years, said with a present tense and hace / há
    R es | me duele el hombro hace 2 años y no puedo dormir de lado
    R es | tengo dolor en la cadera hace años, ya tengo 72
    R es | mi papá tiene dolor de espalda hace meses
    R pt | tenho dor na lombar há 2 anos
    R pt | minha mãe sente dor no joelho faz anos
    S es | tuve dolor de espalda hace años, ahora solo quiero saber qué crema usar para una picadura
    # an old or chronic pain (NHS joint pain, back pain: pain that has lasted is the GP's)
    R en | chronic pain in my left hip, worse in the mornings
    R auto | purani kamar dard phir se pareshan kar rahi hai
    R hi | कंधे में पुराना दर्द है
    S auto | purane zamane ki baat hai, abhi bas halka zukam hai
    # a regular medicine running out, a review asked for
    R en | can I have my diabetes tablets reviewed, they make me feel sick
    R en | my preventer inhaler is nearly empty
    R en | want my thyroid medication looked at again
    R es | quiero que me renueven el inhalador
    R fr | mon insuline est bientôt finie, il me faut une ordonnance
    R fr | je voudrais renouveler ma pilule
    # an arm or leg gone weak with nothing to explain it; not after a workout or with a tremor
    U en | my leg feels weak
    U en | my mum says her arm feels weak
    U es | tengo la pierna débil y no sé por qué
    U pt | meu braço está fraco
    U fr | ma jambe est faible
    U sw | mguu wangu ni dhaifu
    U auto | mera pair kamzor ho gaya hai
    S en | my arms feel weak after doing pull ups at the gym yesterday
    E auto | nana ka ek side kaam nahi kar raha subah se
    E hi | दादा का आधा शरीर अचानक सुन्न पड गया
    R en | my dad's hand shakes at rest and his arm feels weak, he's 74
    # a statin and the muscles
    U en | been on rosuvastatin a month and now my thighs are so weak I can't get up from a chair
    U en | on simvastatin and got erythromycin last week, now my muscles ache badly
    U es | tomo atorvastatina y tengo un dolor muscular muy fuerte
    U pt | tomo sinvastatina e comecei claritromicina, agora tenho dor muscular forte
    U fr | sous atorvastatine, j'ai une forte douleur dans les muscles des cuisses
    U sw | natumia simvastatin na misuli ya miguu inauma sana
    U auto | rosuvastatin shuru ki aur ab maanspeshiyon me kamzori hai
    R en | my statin gives me mild leg aches, can the GP change it?
    # a reliever run out: a prescription; with breathing trouble, an attack
    R en | my blue inhaler ran out, how do I get another
    E en | having an asthma attack and my inhaler is empty
    E en | his pump ran out and he's wheezing and can't get his breath
    # the reliever four times a day or more (NHS asthma attack: every 4 hours or more is urgent)
    U fr | depuis hier j'ai besoin de ma ventoline 5 fois par jour
    U auto | kal se inhaler din me 6 baar lena pad raha hai
    R fr | ma ventoline 2 fois par semaine, je voudrais un contrôle
    # a regular medicine taken twice, a question about doubling it
    U en | i took my amlodipine twice this morning by mistake
    U en | gave grandad his warfarin two times today
    R en | can I double my gliclazide? my sugars are still high
    S en | I had a headache twice this week, mild
    U en | my partner gave our son 5ml calpol, then my mum gave him another 5ml half an hour later
    # a denial of self-harm said with a future verb
    R auto | khud ko kuch nahi karungi, bas mann udaas rehta hai 3 hafte se
    R hi | मैं खुद को चोट नहीं पहुंचाऊंगी, बस कई हफ्तों से मन उदास है
    """,
)


@pytest.mark.parametrize(("want", "language", "text"), ROWS)
def test_level(want: str, language: str, text: str) -> None:
    row_level(want, language, text)


# indirect suicidal intent said with its signs (NICE NG225, Samaritans and NHS warning signs:
# the means gathered, a time, a goodbye, things given away, no longer a trouble to anyone), a
# baby neither feeding nor opening the eyes (WHO IMCI danger signs), a child no longer breathing
# with the Yoruba negation typed without k; the last message of the day, a pill box and school
# books given to a sibling are not
CRISIS_AND_DANGER = table(
    """
    E fr | j'ai planqué tous les cachets de mamie, ce soir quand je vais être seule ça sera fini
    E sw | nimepeana saa na laptop yangu kwa ndugu, hii ni meseji yangu ya mwisho
    E hi | किसी बात का मतलब नहीं, फोन दोस्त के नाम कर दिया, आज के बाद आपको मुझसे तकलीफ नहीं होगी
    E auto | bacchi 3 mahine ki hai, na doodh le rahi na aankh khol rahi
    E yo | ẹ gbà mí, ọmọ mi ò mí mọ́
    E en | nurse: 70F swallowed ~25 of her sleeping tablets, now very sleepy
    E sw | mwanangu anadegedege na hajibu
    E auto | bacchi jhatke le rahi hai, aankhen upar
    E yo | ẹ ràn mí lọ́wọ́, ìyá àgbà mi ò mí mọ́
    E id | ade sy kejang2 dr tadi, udh 7 menit
    S sw | huu ni ujumbe wangu wa mwisho leo, nalala sasa hivi
    S fr | j'ai rangé tous les médicaments de papi dans son pilulier
    """,
)


@pytest.mark.parametrize(("want", "language", "text"), CRISIS_AND_DANGER)
def test_crisis_and_danger(want: str, language: str, text: str) -> None:
    if want == "E":
        row_level(want, language, text)
    else:
        row_not_emergency(language, text)

"""Emergencies and same-day problems said in everyday Swahili and Hindi (both scripts)
(emergOTH, 2026-12-07).

Testicle pain with how long it has hurt said between (NHS testicle pain: sudden severe pain is
A&E now); an arm that cannot be lifted with the "not" before the verb, and words coming out
muddled (NHS stroke); not talking sensibly and no pee since yesterday (NHS sepsis, NICE NG51);
pain low down on one side said before the belly with a late period (NHS ectopic pregnancy); a
fall on the hand or from the stairs with a swollen wrist (NHS broken arm or wrist: same day);
a hand burnt with a big blister (NHS burns and scalds); an inhaler of the ki- class that does
not help (NHS asthma attack); a whole box of tablets at hand or a night already planned, with
hopelessness (NHS help for suicidal thoughts, NICE NG225). Rows are our own phrasings.
"""

from __future__ import annotations

import pytest

from tests.assistant.support import row_level, row_not_emergency, table

ROWS = table(
    """
    # testicle pain, how long said between
    E hi | बेटे के अंडकोष में दो घंटे से बहुत ज्यादा दर्द हो रहा है, उसे उल्टी भी हुई
    E auto | bhai ke testicle me 3 ghante se bahut zyada dard hai aur ulti bhi hui
    # an arm that will not lift; muddled words
    E hi | पापा का बायां हाथ बिल्कुल नहीं उठ रहा और शब्द उलझ रहे हैं
    E auto | nani ka left haath nahi utha pa rahi aur boli gadbad ho gayi hai
    E hi | दादा जी का दायां हाथ अचानक नहीं उठा पा रहे
    # not talking sensibly, no pee, cold hands
    E hi | दादी के हाथ पैर ठंडे हैं, सुबह से पेशाब नहीं, होश में बात नहीं कर रही
    E auto | nanaji ke haath thande hain, subah se peshab nahi, hosh me baat nahi kar rahe
    # a late period, one-sided pain low down, bleeding
    E hi | माहवारी नहीं आई, नीचे दाईं तरफ बहुत तेज दर्द है और खून के धब्बे आ रहे हैं
    E auto | period 10 din late hai, neeche left side bahut tez dard aur halki bleeding
    # better off without me, a night planned; a whole box at hand
    E hi | सब मेरे बिना बेहतर से रहेंगे, आज रात का सब तय कर लिया है
    E sw | nina chupa nzima ya panadol chumbani na nimechoka na kila kitu.
    E sw | watoto wangu watakuwa bora bila mimi, nimeshaamua kesho.
    # a fall on the hand or from the stairs, wrist swollen and very painful: same day
    U hi | बाथरूम में हाथ के बल गिर गई, कलाई बहुत सूज गई है और बहुत दर्द है
    U auto | cycle se gira, kalai bahut sooj gayi aur tez dard ho raha hai
    U hi | बाएं हाथ के बल गिरा, कलाई सूजी हुई है और दर्द बहुत ज्यादा है
    # a hand burnt with a big blister: hospital (NHS: blisters on the hands or arms)
    E hi | गरम तवे से हथेली जली, बड़ा सा छाला पड़ गया
    E auto | pressure cooker ki bhaap se hatheli jali, bada chhala hai
    # the inhaler does not help (NHS asthma attack: 999)
    E sw | nina pumu na kipulizi hakisaidii hata kidogo, nabanwa kifua
    # weight lost with a long cough and night sweats
    U auto | ek mahine se khansi, raat ko paseena aata hai, vazan ghat gaya
    # everything feels meaningless, no plan: seen soon
    U sw | siku hizi kila kitu hakina maana kwangu, sina mpango wa kujidhuru
    """,
)

# neighbours: a phone that fell, a cup that broke, a quarrel's words, a planned errand, a film
NOT_EMERGENCY = table(
    """
    hi | मोबाइल गिरकर टूट गया, बहुत गुस्सा आ रहा है
    auto | glass gir ke toot gaya, ungli pe chhota sa cut hai
    hi | उसकी बातों का कोई मतलब नहीं होता, वो बस बहस करता है
    hi | पेट में गडबड है, खाना ठीक से नहीं पचा
    sw | nimepanga kesho kwenda shambani, nina kikohozi kidogo
    sw | kila kitu hakina maana kwenye kipindi hiki cha TV, nimechoka tu
    auto | kal ke exam ka sab soch liya hai, bas thoda tension hai
    sw | nina boksi zima la vidonge vya vitamini, je ni salama kwa mtoto?
    """,
)


@pytest.mark.parametrize(("want", "language", "text"), ROWS)
def test_level(want: str, language: str, text: str) -> None:
    row_level(want, language, text)


@pytest.mark.parametrize(("language", "text"), NOT_EMERGENCY)
def test_not_emergency(language: str, text: str) -> None:
    row_not_emergency(language, text)

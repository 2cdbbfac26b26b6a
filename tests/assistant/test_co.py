"""Carbon monoxide, fits that do not stop and burns for hospital, six languages (co, 2026-12-07).

Carbon monoxide (NHS carbon monoxide poisoning; NICE CKS): people who live together, or a pet,
ill at once with a headache, dizziness or sickness, often taken for "a bug going round", better
out of the house: checked the same day; with a heater, boiler, furnace, brazier or generator
named, or someone drowsy or confused, an emergency. A cold, flu, a tummy bug or a hangover that
a household shares is not. A fit that lasts, or fits one after another without waking (NHS
epilepsy: 999), is an emergency; a known epilepsy fit with a full recovery is checked the same
day. Burns (NHS burns and scalds: A&E): bigger than the hand, white, hard or leathery skin, the
face or genitals, strong acids and alkalis; a sunburnt face, mouth burnt on hot food and the
acid of reflux are not. Rows are our own phrasings.
"""

from __future__ import annotations

import pytest

from tests.assistant.support import LEVELS, assert_level, assert_not_emergency, rules, table

ROWS = table(
    """
    # carbon monoxide: a household ill together, no source named (same day)
    U en | we all have headaches and dizziness and the dog is sleepy too
    U en | we all keep getting headaches and feeling sick at home, is there a bug going round?
    U es | nos duele la cabeza a todos y estamos mareados, creíamos que era un virus
    U es | todos en casa tenemos dolor de cabeza y náuseas, fuera de casa se nos pasa
    U pt | eu e minha esposa com dor de cabeça e tontura, achamos que era virose
    U fr | mon mari et moi avons des maux de tête et des vertiges, on pensait à un virus
    U sw | sote nyumbani tunaumwa kichwa na kichefuchefu, tukitoka nje tunapata nafuu
    U sw | sote nyumbani tuna kichwa na kizunguzungu, tulidhani ni homa inayozunguka
    U auto | ghar me sabko sar dard aur chakkar aa rahe hain, sochha virus hai
    U hi | घर में सब को सिरदर्द और चक्कर आ रहे हैं
    # a heater or brazier named with one person ill: same day; with the household: emergency
    U en | the furnace has been acting up and I have had headaches all week
    U auto | heater chalane ke baad se sar dard aur chakkar aa rahe hain
    E en | whole family has headaches and is dizzy, the dog is lying there, furnace acting up
    E en | my partner and I both have headaches since we started using the paraffin heater
    E es | mi esposo y yo tenemos dolor de cabeza y mareo desde que usamos el calentador de gas
    E pt | eu e meu marido com dor de cabeça e tontura desde que acendemos o braseiro
    E fr | mon mari et moi avons mal à la tête depuis qu'on utilise le poêle à pétrole
    E fr | tout le monde a mal à la tête depuis qu'on a allumé le chauffage, mon fils est somnolent
    E sw | Tuliwasha jiko la mkaa chumbani usiku, sote tuna kichwa, mtoto hataki kuamka
    E auto | hum dono ko heater chalane ke baad se sar dard aur chakkar aa rahe hain
    # a shared cold, tummy bug or hangover is not carbon monoxide
    S en | we all have colds with headaches and a runny nose
    S en | the whole family has a cold, headaches and sore throats
    S en | me and my husband have a hangover headache and feel dizzy
    # fits that go on, or come one after another
    E en | my daughter is epileptic, she's been shaking for ages and it won't stop
    E en | another one started before he woke up from the first, he has epilepsy
    E en | she had three fits in a row without coming round
    E en | he won't stop fitting, it's been going on for ages
    E es | Mi hijo tiene epilepsia y las convulsiones no paran, una tras otra
    E pt | teve uma convulsão atrás da outra e não acordou
    E fr | il n'arrête pas de convulser, il est épileptique
    E sw | amepata degedege mara tatu mfululizo bila kuzinduka
    E auto | daura rukne ka naam nahi le raha, mirgi hai usko
    E hi | दौरे रुकने का नाम नहीं ले रहे, उसे मिर्गी है
    U en | he had two seizures today but woke up fine after each one, he has epilepsy
    U en | my son has epilepsy and had a short seizure this morning, he is back to normal now
    # burns for hospital
    E en | got battery acid on my arm, it's burning
    E en | spilled drain cleaner on my hand and it's burning
    E es | la abuela se quemó la cara con aceite hirviendo
    E pt | O bebê se queimou no rosto com café quente
    E fr | il s'est brûlé le visage avec de l'eau bouillante
    E sw | Mtoto ameungua kwa maji ya moto kifuani, eneo ni kubwa kuliko kiganja chake
    E auto | haath jal gaya, chamdi safed aur sakht ho gayi, dard nahi ho raha
    E auto | bacche ke upar garam paani gir gaya, haath se badi jagah jal gayi
    E hi | हाथ जल गया, चमडी सफेद और सख्त हो गई
    """,
)

# not an emergency: a sunburnt face, a mouth burnt on food, reflux, a boiler service, a fit long ago
NOT_EMERGENCY = table(
    """
    en | burnt my mouth on hot pizza
    en | acid reflux, my chest is burning after dinner
    es | tengo reflujo ácido, me quema el pecho
    es | me quemé la cara con el sol, me arde
    pt | queimei o rosto no sol da praia, está ardendo
    fr | j'ai le visage brûlé par le soleil
    en | the gas man is coming to service our boiler tomorrow, is there anything I should check?
    en | he had a fit years ago as a child, none since
    en | we all have headaches and dizziness
    """,
)


@pytest.mark.parametrize(("want", "language", "text"), ROWS)
def test_level(want: str, language: str, text: str) -> None:
    assert_level(rules(), text, LEVELS[want], None if language == "auto" else language)


@pytest.mark.parametrize(("language", "text"), NOT_EMERGENCY)
def test_not_emergency(language: str, text: str) -> None:
    assert_not_emergency(rules(), text, None if language == "auto" else language)

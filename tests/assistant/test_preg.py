"""Pregnancy and same-day conditions in lay words, every language (preg, 2026-12-07).

Four families, rows from our own probe messages (en, es, pt, fr, sw, hi in Devanagari and Latin
letters; Zulu for the safety net):

- a baby moving less in pregnancy ("se mueve mucho menos", "bouge beaucoup moins", "hachezi kama
  siku zote", "pehle jaisa hil nahi raha", "halchal bahut kam"): NHS your baby's movements; the
  knowledge base keeps reduced_movements at emergency. With a pregnancy said, "baby hil nahi
  raha" is the baby in the womb, not a person who does not respond (unresponsive does not fire);
- giant cell arteritis: 50 or over, a new headache at the temple with pain on chewing (the jaw
  not named) or a scalp sore to comb: same day; with loss of sight an emergency (NICE CKS giant
  cell arteritis). A tooth, gum or mouth sore named stays the dental topic;
- a fever after coming back from a malaria area, wherever the person is now, a malaria test the
  same day (NHS malaria, UKHSA malaria guidelines for travellers), in the Zulu safety net too
  (the ``travel`` statement); a journey ahead, or no fever, is not this;
- other pregnancy warning signs: bleeding, fluid leaking (before 37 weeks an emergency), a
  severe headache with blurred vision (pre-eclampsia, NHS), itching of the palms and soles
  (NHS obstetric cholestasis), the face suddenly swollen.
Traps: movements not felt yet at 18 weeks, a very active baby, a wobbly milk tooth, a molar that
hurts on chewing, malaria tablets asked before a trip, a knee that will not move.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, local_of, rules

ROWS: list[tuple[str, TriageLevel, str | None]] = [
    ("im 31 weeks and my baby is kicking way less than she normally does", E, None),
    ("33 weeks, bubs has gone really quiet since this morning, barely any wriggles", E, None),
    ("35 semanas, el bebé se está moviendo bastante menos que otros días", E, None),
    (
        "embarazada de 7 meses, desde anoche siento que mi bebé se mueve mucho menos de "
        "lo habitual",
        E,
        None,
    ),
    ("grávida de 32 semanas, o bebê tá mexendo bem menos que o normal desde ontem", E, None),
    ("enceinte de 33 semaines, mon bébé bouge beaucoup moins que d'habitude depuis hier", E, None),
    ("je suis à 8 mois de grossesse et je sens moins le bébé bouger aujourd'hui", E, None),
    ("nina mimba ya miezi minane na mtoto hachezi kama siku zote tangu asubuhi", E, None),
    ("मैं 7 महीने की प्रेग्नेंट हूं, कल से बच्चा पहले जैसा हिल नहीं रहा", E, None),
    ("8 महीने का गर्भ है, आज बच्चे की हलचल बहुत कम है", E, None),
    ("7 mahine ki pregnant hu aur aaj subah se bachha pet me pehle jitna hil nahi raha", E, None),
    ("pregnancy ka 9va mahina hai, baby ki halchal kal se bahut kam ho gayi hai", E, None),
    (
        "meri wife 8 mahine pregnant hai, baby kal raat se utna nahi hil raha jitna pehle"
        " hilta tha",
        E,
        None,
    ),
    ("18 weeks pregnant and havent felt the baby move yet, is that normal?", R, None),
    ("34 weeks and the baby is kicking loads today, she is so active", R, None),
    ("30 semanas y el bebé se mueve muchísimo, sobre todo de noche", R, None),
    ("mera beta 3 saal ka hai, uska daant hil raha hai", R, None),
    ("मेरे बेटे का दूध का दांत हिल रहा है", R, None),
    ("1 saal ka baby hai, abhi tak khud se chal nahi raha", R, None),
    (
        "im 74 and for 3 days ive had a new pain in my right temple, it hurts to chew and"
        " my scalp is sore when i brush my hair",
        U,
        None,
    ),
    (
        "my mum is 68, new headache on the side of her head and her jaw aches when she "
        "eats, goes away when she stops",
        U,
        None,
    ),
    (
        "tengo 72 años, me duele la sien desde hace unos días y la mandíbula me duele al comer",
        U,
        None,
    ),
    (
        "mi padre de 80 años tiene dolor en la sien y le duele el cuero cabelludo al "
        "tocarse el pelo",
        U,
        None,
    ),
    ("tenho 69 anos, dor de cabeça nova na têmpora e dor no maxilar quando mastigo", U, None),
    ("minha avó de 77 anos tá com dor na têmpora e o couro cabeludo dói ao pentear", U, None),
    (
        "j'ai 71 ans, mal à la tempe depuis trois jours et la mâchoire me fait mal quand je mâche",
        U,
        None,
    ),
    (
        "ma mère, 75 ans, a mal à la tempe et le cuir chevelu douloureux quand elle se coiffe",
        U,
        None,
    ),
    (
        "nina miaka 70, kichwa kinauma upande wa paji la uso tangu juzi na taya inauma nikitafuna",
        U,
        None,
    ),
    ("मेरी उम्र 72 साल है, कनपटी में नया दर्द है और चबाते समय जबड़े में दर्द होता है", U, None),
    ("meri umar 70 saal hai, kanpati me dard hai aur chabane par jabda dukhta hai", U, None),
    (
        "im 76, headache at my temple and jaw pain when chewing, and this morning i cant "
        "see out of my left eye",
        E,
        None,
    ),
    ("tengo 73 años, dolor en la sien, me duele masticar y hoy perdí la vista de un ojo", E, None),
    ("im 28 and my back tooth hurts when i chew, since last week", R, None),
    ("im 30 and i get tension headaches at my temples after long days at work", S, None),
    ("tengo 25 años y me duele la mandíbula al masticar chicle mucho rato", R, None),
    ("got back from Nigeria 10 days ago and now I have a high fever and shivers", U, "GB"),
    (
        "just returned from a safari in Tanzania, feverish and aching all over since yesterday",
        U,
        "US",
    ),
    ("acabo de volver de Guinea Ecuatorial y tengo fiebre y escalofríos", U, "ES"),
    ("hace una semana regresé de Mozambique y desde ayer tengo fiebre", U, "MX"),
    ("cheguei de Moçambique há 5 dias e estou com febre alta", U, "PT"),
    ("je reviens du Cameroun depuis une semaine et j'ai de la fièvre avec des frissons", U, "FR"),
    ("rentré de Côte d'Ivoire il y a 10 jours, fièvre depuis hier soir", U, "BE"),
    ("nimetoka Uganda wiki iliyopita na sasa nina homa na kutetemeka", U, "KE"),
    ("मैं दो हफ्ते पहले नाइजीरिया से लौटा हूं और अब तेज बुखार है", U, "IN"),
    ("abhi Ghana se aaya hu, 2 din se bukhar aur thand lag rahi hai", U, "IN"),
    ("ngisanda kubuya eNigeria, nginomkhuhlane namakhaza", U, "ZA"),
    ("going to Kenya next month, what malaria tablets should i take?", S, "GB"),
    ("came back from Ghana last month and I feel totally fine, do I need a check?", R, "GB"),
    ("got back from Spain yesterday and have a bit of a cold", S, "GB"),
    ("28 weeks pregnant and a little bit of spotting this morning", U, None),
    ("estoy embarazada de 20 semanas y manché un poco de sangre", U, None),
    ("nina mimba ya miezi sita na natoka damu kidogo", U, None),
    ("6 mahine ki pregnancy hai aur thoda khoon aaya hai", U, None),
    ("32 weeks pregnant and clear water keeps trickling out of me", E, None),
    ("embarazada de 33 semanas y se me está saliendo agua por abajo", E, None),
    ("enceinte de 30 semaines, je perds du liquide", E, None),
    ("mimba ya wiki 32 na maji yanatoka ukeni", E, None),
    ("39 weeks and water is leaking down my legs", U, None),
    ("34 weeks pregnant, terrible headache and my vision is blurry", E, None),
    ("embarazada de 34 semanas, dolor de cabeza fuerte y veo borroso", E, None),
    ("grávida de 35 semanas, dor de cabeça forte e vista embaçada", E, None),
    ("enceinte de 36 semaines, gros mal de tête et je vois flou", E, None),
    ("mimba ya wiki 33, kichwa kinauma sana na naona ukungu", E, None),
    ("8 महीने की प्रेग्नेंट हूं, सिर में तेज दर्द और धुंधला दिख रहा है", E, None),
    ("8 mahine pregnant hu, sar me bahut tez dard hai aur dhundhla dikh raha hai", E, None),
    ("34 weeks and my palms and the soles of my feet are so itchy, no rash", U, None),
    (
        "embarazada de 35 semanas, me pican muchísimo las palmas de las manos y las "
        "plantas de los pies",
        U,
        None,
    ),
    ("grávida de 33 semanas, muita coceira na palma da mão e na sola do pé", U, None),
    ("enceinte de 34 semaines, ça me gratte énormément aux paumes et sous les pieds", U, None),
    ("mimba ya wiki 35, viganja na nyayo zinawasha sana", U, None),
    ("8 महीने की गर्भवती हूं, हथेलियों और तलवों में बहुत खुजली है", U, None),
    ("8 mahine pregnant hu, hatheli aur talwo me bahut khujli ho rahi hai", U, None),
    ("33 weeks pregnant and my face has suddenly puffed up", U, None),
    ("grávida de 34 semanas, meu rosto inchou de repente", U, None),
    ("mimba ya wiki 34, uso umevimba ghafla", U, None),
    ("8 mahine pregnant hu, achanak chehra sooj gaya hai", U, None),
    ("if my waters break at 38 weeks what should i do", R, None),
    ("36 weeks pregnant, my ankles swell a bit in the evening when i've been standing", R, None),
    (
        "i'm 66, a headache by my ear that is new for me, it hurts when i chew and my "
        "scalp is tender combing it",
        U,
        None,
    ),
    (
        "tengo 68 años, dolor nuevo en la sien izquierda, me duele al masticar y al "
        "peinarme me duele la cabeza",
        U,
        None,
    ),
    (
        "tenho 71 anos, dor na têmpora há 2 dias, dói para mastigar e o couro cabeludo "
        "dói quando penteio o cabelo",
        U,
        None,
    ),
    (
        "j'ai 74 ans, depuis deux jours mal à la tempe, j'ai mal en mâchant et le cuir "
        "chevelu sensible quand je me peigne",
        U,
        None,
    ),
    (
        "nina miaka 73, kichwa kinauma kwenye panja, inauma nikitafuna na ngozi ya kichwa"
        " inauma nikichana nywele",
        U,
        None,
    ),
    (
        "मैं 75 साल का हूं, दो दिन से कनपटी में दर्द, चबाने में दर्द और बाल कंघी करने पर सिर की खाल दुखती है",
        U,
        None,
    ),
    (
        "meri maa 78 saal ki hai, kanpati me naya dard hai, khana chabane me dard aur "
        "baal sawarne par sir ki tvacha dukhti hai",
        U,
        None,
    ),
    ("9 महीने की गर्भवती हूं, बच्चा कल से पेट में हिल नहीं रहा", E, None),
    ("mimba ya miezi 8, tangu jana mtoto hasogei kama kawaida", E, None),
    ("grávida de 8 meses, o neném não tá mexendo como antes", E, None),
    ("enceinte de 8 mois, le bébé ne bouge plus comme avant depuis ce matin", E, None),
    ("papa hil nahi rahe aur jawab nahi de rahe", E, None),
    # a knee that won't move properly after an injury: a possible fracture, same day (NHS knee
    # pain: urgent treatment centre if you cannot move the knee after an injury) — not unresponsive
    ("mera ghutna theek se hil nahi raha chot ke baad se", U, None),
    ("चोट के बाद से घुटना ठीक से हिल नहीं रहा", U, None),
    ("दादी हिल नहीं रही, सांस धीमी है", E, None),
    ("30 weeks pregnant and my knickers keep getting wet with watery fluid", E, None),
    ("9 mahine ki pregnancy hai, hath pair ke talwo me raat ko bahut khujli", U, None),
    ("im 58, my dentures rub and it hurts when i chew, also a bit of a headache", R, None),
    ("tengo 62 años, me duele la muela del fondo al masticar y me dio dolor de cabeza", R, None),
    ("tenho 40 anos, dor de cabeça e dói ao mastigar por causa da afta", R, None),
    ("im 55 and my stomach hurts when i eat, plus a headache from not sleeping", R, None),
    ("main 6 mahine pregnant hu, mera 3 saal ka beta khana nahi kha raha", R, None),
    ("ngisanda kubuya eMalawi, nginemfiva kusukela izolo", U, "ZA"),
    ("im 71 with a new headache over my temple for 4 days and it hurts when i chew", U, None),
    ("tengo 75 años, dolor de cabeza nuevo en la sien y me duele al masticar", U, None),
    ("tenho 72 anos, dor de cabeça nova na têmpora e dói ao mastigar", U, None),
    ("j'ai 73 ans, mal de tête nouveau à la tempe et j'ai mal quand je mâche", U, None),
    ("nina miaka 74, kichwa kinauma upande wa kushoto tangu juzi na inauma nikitafuna", U, None),
    ("मैं 76 साल की हूं, कनपटी के पास नया सिरदर्द और चबाने में दर्द", U, None),
    ("meri umar 73 hai, naya sir dard kanpati pe aur chabane me dard hota hai", U, None),
    ("tengo 65 años, me duele una muela al masticar y tengo dolor de cabeza", R, None),
    ("im 60, my molar hurts when i chew and ive got a headache from it", R, None),
    ("nimetoka Msumbiji juzi, nina homa kali na baridi", U, "KE"),
    ("पापा मोजाम्बिक से आए हैं, 3 दिन से बुखार है", U, "IN"),
    ("volví de Nigeria hace 10 días y tengo fiebre alta con escalofríos", U, "AR"),
    ("planning a trip to Mozambique, do i need malaria tablets", S, "AU"),
    ("je pars au Cameroun le mois prochain, faut-il un traitement contre le paludisme ?", R, "FR"),
    (
        "tengo 70 años, la dentadura postiza me lastima al masticar y me duele un poco la cabeza",
        S,
        None,
    ),
    ("j'ai 72 ans, mon dentier me fait mal en mâchant et j'ai un peu mal à la tête", S, None),
    ("mimba ya wiki 20, nimesikia mtoto akicheza leo kwa mara ya kwanza", R, None),
]


@pytest.mark.parametrize(("text", "want", "country"), ROWS)
def test_level(text: str, want: TriageLevel, country: str | None) -> None:
    assert_level(rules(), text, want, local=local_of(country))


@pytest.mark.parametrize(
    "text",
    [
        "7 mahine ki pregnant hu aur aaj subah se bachha pet me pehle jitna hil nahi raha",
        "मैं 7 महीने की प्रेग्नेंट हूं, कल से बच्चा पहले जैसा हिल नहीं रहा",
    ],
)
def test_baby_in_the_womb_is_not_an_unresponsive_person(text: str) -> None:
    found = rules().assess(text, None, frozenset())
    assert [f.id for f in found.fired] == ["reduced_movements"], [f.id for f in found.fired]


def test_travel_fever_is_the_nets_own_statement() -> None:
    found = rules().assess(
        "ngisanda kubuya eMalawi, nginemfiva kusukela izolo", None, local_of("ZA")
    )
    assert [f.id for f in found.fired] == ["safety_net:travel"]

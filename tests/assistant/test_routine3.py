"""Problems that need an ordinary appointment, and their milder look-alikes (routine3, 2026-12-07).

In en, es, pt, fr, sw and hi (both scripts): self-care tried and failed (a shampoo, cream or nail
paint from the pharmacy "doesn't work": NHS acne, dandruff, fungal nail infection, atopic eczema,
head lice), long-standing problems that affect life (period pain for years that makes her miss
school or work, NICE NG73 endometriosis; loud snoring with sleepiness in the day or at the wheel,
NICE NG202 obstructive sleep apnoea), a service asked for (starting contraception, WHO family
planning and NHS methods of contraception; cervical screening due, NHS cervical screening; a
missed vaccine, NHS vaccinations; a health check), and messages announced as several questions
("two things:"), where a part that needs an appointment is not lost behind another's self-care.
Traps that stay self-care: a cough after a virus that "could last 3 weeks" (NHS cough: the time
expected is not the time it has lasted), lice caught again, sea-sickness all the time in the first
week at sea (NHS motion sickness), a normal blood pressure reading asked about (NHS high blood
pressure, NICE NG136), constipation for 4 days, questions about the pill.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import R, S, assert_level, rules

ROWS: list[tuple[str, TriageLevel]] = [
    ("my acne has left marks and scars, nothing from the chemist has helped", R),
    ("spots all over my face for months, tried every cream from the pharmacy, no change", R),
    ("tengo granos en la cara que me dejan cicatrices y las cremas de la farmacia no sirven", R),
    ("tenho espinhas que deixam cicatriz, os cremes da farmácia não resolvem nada", R),
    ("mon acné laisse des cicatrices et les crèmes de la pharmacie ne marchent pas", R),
    ("nimetumia dawa za famasia kwa chunusi lakini hazifanyi kazi, sasa nina makovu", R),
    ("मुंहासों से चेहरे पर निशान पड़ गए हैं, दुकान की क्रीम से कोई फायदा नहीं", R),
    ("muhase ke liye medical store ki saari cream try kar li, kuch fayda nahi, daag reh gaye", R),
    ("dandruff shampoo isn't working, still flaky and itchy after a month", R),
    ("el champú anticaspa no me funciona, sigo con caspa", R),
    ("já usei vários xampus anticaspa e a caspa não sai", R),
    ("j'ai des pellicules et le shampoing antipelliculaire ne change rien", R),
    ("nina mba kichwani na shampoo ya dawa haisaidii", R),
    ("rusi ke liye anti dandruff shampoo lagaya par koi fark nahi pada", R),
    ("रूसी के लिए शैम्पू लगाया पर कोई फर्क नहीं पड़ा", R),
    ("fungal nail on my big toe, the pharmacy nail paint hasn't worked after months", R),
    ("tengo hongos en las uñas de los pies y el esmalte de la farmacia no funcionó", R),
    ("micose na unha do pé há meses, o esmalte da farmácia não adiantou", R),
    ("mycose de l'ongle depuis des mois, le vernis de la pharmacie n'a rien fait", R),
    ("kucha ya mguu ina fangasi kwa miezi, dawa ya duka haisaidii", R),
    ("pair ke nakhoon me fungus hai, medical wali dawai se theek nahi hua", R),
    ("eczema creams from the pharmacy aren't helping, it's all over my arms", R),
    ("l'eczéma de mon fils ne s'améliore pas avec les crèmes de la pharmacie", R),
    ("tried the lice treatment three times and they keep coming back", R),
    ("ya usé tres veces el tratamiento para piojos y no se van", R),
    ("my son has nits again, which shampoo should I use", S),
    ("mi hija tiene piojos otra vez, qué le pongo", S),
    ("minha filha pegou piolho de novo na escola", S),
    ("what if the acne cream doesn't work?", S),
    ("a bit of dandruff, which shampoo is best?", S),
    ("my periods have been really painful for years, I miss work every month", R),
    ("tengo la regla muy dolorosa desde hace años y falto a clases cada mes", R),
    ("minha menstruação dói muito há anos, perco aula todo mês", R),
    ("depuis des années mes règles sont si douloureuses que je manque le travail", R),
    ("hedhi zangu zinauma sana kwa miaka mingi, nakosa shule kila mwezi", R),
    ("हर महीने पीरियड में इतना दर्द होता है कि कॉलेज नहीं जा पाती, कई साल से", R),
    ("har mahine periods me itna dard hota hai ki school chhut jata hai, saalon se", R),
    ("I snore loudly and get very sleepy when I'm driving in the afternoon", R),
    ("ronco muy fuerte y me da mucho sueño cuando manejo", R),
    ("ronco alto e fico com muito sono dirigindo à tarde", R),
    ("je ronfle fort et je suis somnolent au volant l'après-midi", R),
    ("je ronfle fort pis je cogne des clous au bureau", R),
    ("ninakoroma kwa sauti kubwa na nasikia usingizi sana nikiendesha gari", R),
    ("main zor se kharrate leta hoon aur gaadi chalate waqt neend aati hai", R),
    ("I snore a bit when I have a cold", S),
    ("mild period pain today, ibuprofen helped", S),
    ("dolor de regla normal, ¿qué tomo?", S),
    ("I'd like to start the contraceptive pill, who do I see?", R),
    ("quiero empezar a tomar la píldora anticonceptiva", R),
    ("quero colocar o DIU, onde faço isso?", R),
    ("je voudrais me faire poser un implant contraceptif", R),
    ("nataka kuanza njia ya kupanga uzazi", R),
    ("mama anaomba njia ya uzazi wa mpango", R),
    ("मुझे परिवार नियोजन का कोई तरीका चाहिए", R),
    ("family planning ke liye koi tarika chahiye, kahan jaun", R),
    ("my smear test is overdue, the last one was 5 years ago", R),
    ("¿me toca hacerme la citología? la última fue hace 4 años", R),
    ("preciso fazer o preventivo, o último foi há 4 anos", R),
    ("je n'ai pas fait de frottis depuis 5 ans", R),
    ("my baby missed his 12 month jabs, when can he catch up?", R),
    ("I'm 50 and want a general health check", R),
    ("two things: my dandruff shampoo is useless, and I want to quit smoking", R),
    ("dos cosas: me duele la garganta un poco, y quiero la píldora", R),
    ("deux questions: j'ai le nez qui coule, et mon frottis date de 5 ans", R),
    ("duas coisas: estou resfriada e quero colocar o DIU", R),
    (
        "the GP said it's a virus and the cough could go on for 3 weeks, "
        "this is week two and it's easing",
        S,
    ),
    ("cough from a cold, might last up to three weeks they said, day 10, getting better", S),
    ("is a blood pressure of 128/82 ok?", S),
    ("haven't pooed for 4 days, a bit bloated", S),
    ("first week on a cruise ship and seasick all the time", S),
    ("primeira semana no navio e enjoada o tempo todo", S),
    ("I want to stop smoking, are patches or gum better?", S),
    ("quiero saber si la pastilla anticonceptiva corta el efecto del antibiótico", S),
    ("quero saber se o anticoncepcional corta efeito com antibiótico", S),
    ("I missed my pill yesterday, what should I do?", S),
    (
        "two things: I've got a bit of a cold, and there's a lump in my neck "
        "that's been there a while",
        R,
    ),
    ("dos cosas: tengo un resfriado, y además un lunar que cambió de forma", R),
    ("deux questions : j'ai un rhume, et aussi une boule au sein", R),
    ("duas coisas: estou resfriado e também tenho um caroço no pescoço", R),
    ("do baatein: mujhe zukam hai, aur gardan me ek gaanth hai", R),
    ("two things: a bit of a cold, and what can I take for a mild sore throat?", S),
    ("deux questions : j'ai un rhume et des brûlures d'estomac après les repas épicés", S),
    ("my dad had a stroke years ago and is fine, now I just have a cold", S),
    ("les poux reviennent sans arrêt malgré les traitements", R),
    ("we treat the nits every week with the lotion but they keep coming back", R),
    ("meu filho pegou piolho pela terceira vez este ano", S),
    ("el médico dijo que la tos puede durar hasta 3 semanas, llevo 10 días y voy mejorando", S),
    ("a médica falou que a tosse pode durar até 3 semanas, estou no décimo dia e melhorando", S),
    (
        "le médecin a dit que la toux peut durer jusqu'à 3 semaines, "
        "ça fait 10 jours et ça va mieux",
        S,
    ),
    ("daktari alisema kikohozi kinaweza kudumu hadi wiki 3, leo ni siku ya 10 na nina nafuu", S),
    ("I have had this cough for 4 weeks now, not going away", R),
    ("I get car sick every time we drive anywhere, even short trips", R),
    ("ma tension 125/80 c est normal ?", S),
    ("presha yangu ni 125/82, iko sawa?", S),
    ("mera bp 126/84 hai, theek hai?", S),
    ("bp 150/95 this morning", R),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


@pytest.mark.parametrize(
    "text",
    [
        "the cough could go on for 3 weeks, this is week two",
        "la tos puede durar hasta 3 semanas",
        "la toux peut durer jusqu'à 3 semaines",
    ],
)
def test_expected_duration_is_not_how_long(text: str) -> None:
    """What is expected ("could last 3 weeks") is not how long the complaint has lasted."""
    assert rules().assess(text).facts.duration_days is None


def test_parts_weigh_every_complaint() -> None:
    """Announced as two questions, the lump's appointment is kept; the reply is still about one
    topic, and a complaint said in the same words as the first (heartburn's "brûlures
    d'estomac" as tummy pain) is not a second one."""
    found = rules().assess("two things: a bit of a cold, and a lump in my neck")
    assert found.level is R
    found = rules().assess("deux questions : j'ai un rhume et des brûlures d'estomac après manger")
    assert found.level is S

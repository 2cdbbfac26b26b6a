"""Spanish, Portuguese and French: a second gap pass on phrasings still missed (2026-12-04).

Every message is our own, another phrasing of a class fixed in ``knowledge/languages/{es,pt,fr}/``
or in a red-flag row (each marked with its class), in several regional voices; levels are what
the NHS A-Z pages, NICE CKS and WHO guidance give. The rules are tested without the similarity
layer.
"""

from __future__ import annotations

import pytest

from tests.assistant.support import E, R, S, U, rules

ENGINE = rules()

EMERGENCIES = [
    # es: confusion in the feminine, "no se tiene en pie", with fumes from a heater
    ("es", "el brasero estuvo prendido toda la noche y mi abuela amanecio confusa"),
    ("es", "tiene diarrea como agua desde ayer, los ojos hundidos y no se tiene en pie"),
    # es: a button battery told by its shape
    ("es", "mi nena se metio a la boca una pilita chata redondita del reloj y se la trago"),
    # es: the worst pain ever, tearing
    ("es", "senti como un desgarro entre los hombros, nunca en mi vida me habia dolido algo asi"),
    # es: dark spots, still seen through the glass
    ("es", "mi hijo tiene fiebre y unas manchitas moradas en la barriga"),
    ("es", "le sale un sarpullido con fiebre, apreté con el vaso y siguen viéndose"),
    # es: a rate read off a watch, with faintness
    ("es", "el reloj marca 170 y siento que me voy a desmayar"),
    # pt: severe dehydration, WHO (sunken eyes and cannot drink, or too weak to stand)
    ("pt", "o meu avô tem diarreia desde a noite, os olhos fundos e não consegue beber nada"),
    ("pt", "diarreia o dia todo, olhos encovados e ta tao fraco que nao consegue se levantar"),
    # pt: throat tight after a sting; "custa-lhe respirar"
    ("pt", "uma abelha picou a minha irmã e ela diz que tem a garganta apertada"),
    ("pt", "comeu amendoim e agora custa-lhe respirar e tem os lábios inchados"),
    # pt: a rigid abdomen
    ("pt", "dor na barriga desde cedo e agora a barriga ta dura que nem pedra"),
    # pt: a scald from boiling water, skin coming off
    ("pt", "o meu filho de 3 anos entornou o chá a ferver no braço e a pele saiu"),
    # pt: a fit described (fell, jerking), minutes said after
    ("pt", "minha vó caiu no chão se debatendo e tremendo toda"),
    ("pt", "ele ta tremendo e se debatendo, ja faz uns 7 minutos"),
    # pt: the heart beating oddly before fainting; a watch reading
    ("pt", "meu filho desmaiou no futebol e disse que o coração tava batendo estranho"),
    ("pt", "o smartwatch mostra 180 e eu tô tonta e quase desmaiando"),
    # fr: a farewell said indirectly, affairs put in order with a time
    ("fr", "j'ai tout réglé, le notaire est prévenu, ce soir c'est fini"),
    ("fr", "vous n'entendrez plus jamais parler de moi après ce soir"),
    # fr: Quebec stroke and anaphylaxis words
    ("fr", "mon père a la face toute croche depuis tantôt"),
    ("fr", "ma blonde parle tout croche pis son bras gauche est mou"),
    ("fr", "il a mangé des crevettes pis il enfle du visage, il a de la misère à respirer"),
    # fr: gripping chest pain, sweating
    ("fr", "ça m'étreint la poitrine et je sue à grosses gouttes"),
    # fr: lamp fuel and wild mushrooms swallowed
    ("fr", "mon fils de 2 ans a bu du kérosène et il tousse"),
    ("fr", "on a mangé des champignons ramassés dans les bois, on vomit depuis ce matin"),
    # fr: severe dehydration (WHO)
    ("fr", "diarrhée toute la journée, les yeux creux et trop faible pour se lever"),
]

URGENT = [
    # passive wishes not to be here (NHS: thoughts of not being around count as suicidal thoughts)
    ("es", "a veces siento que seria mejor no despertar, pero no haria nada"),
    ("es", "ultimamente creo que seria mejor no estar, no tengo ningun plan"),
    ("pt", "às vezes acho que seria melhor sumir, mas não vou fazer nada"),
    ("pt", "queria dormir e não acordar mais, só isso"),
    ("fr", "parfois si je me réveillais plus, ce serait pas plus mal"),
    # cutting as a habit
    ("es", "descubri que mi hijo se esta cortando las piernas"),
    # a reliever that lasts only hours (NHS: needed more than every 4 hours)
    ("es", "tengo asma y el ventolin me dura una hora y ya"),
    ("pt", "sou asmática e a bombinha tá durando muito pouco desde ontem"),
    ("fr", "je suis asthmatique et ma ventoline tient 2 heures à peine"),
    # shingles told with diminutives; near the eye
    ("es", "me salieron unas vejiguitas en fila de un solo lado del pecho y arden"),
    ("es", "a mi abuelo le salieron granitos con ampollitas en la frente, junto al ojo"),
    # recurring hypos, counted after the reading
    ("es", "tuve una bajada de azucar a 55 esta mañana, ya van 4 veces esta semana"),
    ("pt", "hipoglicemia de 50 de novo hoje cedo, comi bala, é a quarta vez nesta semana"),
    # optic neuritis: pain moving the eye, colours washed out
    ("es", "me duele el ojo derecho al moverlo y veo los colores destenidos"),
    ("pt", "o olho dói quando viro pro lado e as cores estão desbotadas"),
    ("fr", "j'ai mal à l'oeil quand je le bouge et les couleurs sont ternes"),
    # itching late in pregnancy said as "voy por la semana"
    ("es", "voy por la semana 34 y me pica muchisimo la palma de las manos"),
    # a tooth abscess with the cheek swelling
    ("es", "se me infecto el diente y tengo el cachete hinchado con calentura"),
    ("pt", "meu siso inflamou e o rosto tá inchado com febre"),
    # a fall with swelling or a bent limb; cannot bear weight
    ("es", "me cai de la moto y el tobillo se me hincho al tiro"),
    ("pt", "torci o pé na escada e não consigo pisar"),
    ("fr", "elle est tombée du vélo, le coude gonfle vite et elle peut pas le plier"),
    # spreading redness
    ("es", "tengo el brazo rojo y caliente alrededor de un rasguño y cada vez sube mas"),
    ("fr", "une rougeur chaude autour d'une piqûre, et depuis ce matin elle s'étend"),
]

NOT_RAISED = [
    # the same words in ordinary meanings are not a crisis, an eye problem or a fracture
    ("es", "es mejor no estar solo en casa cuando hay fiebre?", U),
    ("es", "me duele la rodilla al moverla desde que corro", U),
    ("es", "sería mejor no tomar ibuprofeno con el estomago vacio?", U),
]

SELF_CARE = [
    # constipation said in everyday words
    ("es", "llevo tres dias sin ir al baño, que me tomo?", "constipation"),
    ("es", "no hago del dos desde el viernes, ando inflada", "constipation"),
    ("pt", "tô muito presa desde a viagem, o que tomo?", "constipation"),
    ("fr", "je ne vais plus à la selle depuis 4 jours", "constipation"),
    # mouth ulcers with diminutives
    ("es", "tengo una llaguita por dentro del cachete que me arde", "mouth_ulcers"),
    # athlete's foot
    ("es", "me pica entre los dedos del pie y la piel esta blanquita", "athletes_foot"),
    ("pt", "coça muito entre os dedos do pé depois do futebol", "athletes_foot"),
    # sunburn; a strained back; earwax
    ("es", "tengo la espalda colorada del sol y me arde", "sunburn"),
    ("pt", "dei um mau jeito na lombar levantando o botijão", "back_pain"),
    ("es", "tengo el oido taponado desde que me bañe en la piscina", "earwax"),
    # teething is not a birth
    ("pt", "o dentinho da minha bebê tá nascendo e ela baba muito", "teething"),
]

BELOW = [
    # a sour food is not a poison; a partner's account of pauses in sleep is not "stopped
    # breathing"; a general question about choking is not a choking now; a split condom is not a
    # crisis (it is a possible HIV exposure: urgent)
    ("es", "tengo una afta y me arde cuando como algo acido", U),
    ("es", "mi esposo dice que dejo de respirar por la noche cuando ronco", E),
    ("pt", "minha mulher diz que eu ronco e paro de respirar dormindo", E),
    ("fr", "ma femme dit que je ronfle et que j'arrête de respirer la nuit", E),
    ("es", "una duda: si alguien se atraganta, que hay que hacer?", E),
    ("pt", "dúvida: se alguém se engasgar com comida, o que faço?", E),
    ("fr", "question générale : si quelqu'un s'étouffe, on fait quoi ?", E),
    ("fr", "le préservatif a craqué hier, je voudrais la pilule du lendemain", E),
    # a tetanus shot asked about is not a sign of tetanus; being poisoned by the neighbours is a
    # belief to get help for (psychosis, urgent), not a poisoning; lamp oil on the skin is a burn
    ("es", "me corte con una lata oxidada y no me acuerdo de mi ultima vacuna del tetanos", E),
    ("pt", "pisei num prego e não lembro da vacina do tétano", E),
    ("fr", "ma soeur croit que les voisins veulent l'empoisonner, elle ne mange plus", E),
    ("es", "mi tio esta seguro de que la familia lo quiere envenenar", E),
    ("fr", "j'ai renversé du pétrole sur la main, c'est rouge", E),
]

NOT_RAISED += BELOW

STILL_EMERGENCY = [
    # the same words when it is happening now stay an emergency
    ("es", "no se si alguien me puede ayudar, mi mama no respira"),
    ("pt", "não sei se alguém pode me ajudar, meu pai parou de respirar"),
    ("fr", "je sais pas si quelqu'un peut m'aider, mon père respire plus"),
    ("pt", "socorro, o bebê está nascendo no carro"),
    ("pt", "a cabeça do bebê já está saindo"),
    ("pt", "tô de 34 semanas e saiu um monte de água agora"),
    ("es", "mi hijo se envenenó con raticida"),
    ("fr", "mon fils a bu du pétrole"),
]


CASES = [(lang, text, E) for lang, text in EMERGENCIES] + [(lang, text, U) for lang, text in URGENT]
CASES += [(lang, text, E) for lang, text in STILL_EMERGENCY]


@pytest.mark.parametrize(("lang", "text", "level"), CASES)
def test_family_reaches_its_level(lang: str, text: str, level: object) -> None:
    """Each phrasing, read in its language, reaches the level its guidance gives."""
    got = ENGINE.assess(text, lang)
    fired = [f.id for f in got.fired]
    assert got.level is level, (text, got.level, sorted(got.present), fired)


@pytest.mark.parametrize(("lang", "text", "ceiling"), NOT_RAISED)
def test_ordinary_meaning_stays_below(lang: str, text: str, ceiling: object) -> None:
    """A word class fixed for one meaning does not fire inside another."""
    got = ENGINE.assess(text, lang)
    order = [S, R, U, E]
    assert order.index(got.level) < order.index(ceiling), (text, got.level, sorted(got.present))


@pytest.mark.parametrize(("lang", "text", "topic"), SELF_CARE)
def test_everyday_words_find_their_topic(lang: str, text: str, topic: str) -> None:
    """Words for a self-care complaint are understood, and nothing urgent is read into them."""
    got = ENGINE.assess(text, lang)
    assert got.topic == topic, (text, got.topic, sorted(got.present))
    assert got.level in (S, R), (text, got.level, [f.id for f in got.fired])

"""Spanish, Portuguese and French: a second gap pass on classes of phrasing still missed (2026-12-04).

Every message is our own, another phrasing of a class fixed in ``knowledge/languages/{es,pt,fr}/``
or in a red-flag row (each marked with its class), in several regional voices; levels are what
the NHS A-Z pages, NICE CKS and WHO guidance give. The rules are tested without the similarity
layer.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import Engine
from selfcare.events import TriageLevel

ENGINE = Engine(similarity=False)

E, U, R, S = (
    TriageLevel.EMERGENCY,
    TriageLevel.URGENT,
    TriageLevel.ROUTINE,
    TriageLevel.SELF_CARE,
)

EMERGENCIES = [
    # es: confusion in the feminine, "no se tiene en pie", with fumes from a heater
    ("es", "el brasero estuvo prendido toda la noche y mi abuela amanecio confusa y con dolor de cabeza"),
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
    ("pt", "meu filho desmaiou na aula de educação física e disse que o coração tava batendo estranho"),
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


@pytest.mark.parametrize(("lang", "text"), EMERGENCIES)
def test_emergency_families(lang: str, text: str) -> None:
    a = ENGINE.assess(text, lang)
    assert a.level is E, (text, a.level, sorted(a.present), [f.id for f in a.fired])

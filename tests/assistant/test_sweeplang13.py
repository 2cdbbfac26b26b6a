"""Spanish, Portuguese, French (with Haitian Kreyol), Swahili: emergency and urgent recall sweep
(sweeplang13, 2026-12-06), with the near misses that must stay lower.

Each family is written both ways, with the guidance it follows: a pregnancy's weeks or months said
without "grávida" (NHS pre-eclampsia, reduced movements), Swahili eyes turned yellow (jaundice) not
read as eyes rolling (a fit), Portuguese "pressão" not read as "depressão", a Swahili passive wish
to sleep and not wake (urgent) against one with a plan or means (999), a mouth that will hardly
open (trismus: tetanus after a wound, a spreading tooth infection), Kreyol negation ("pa", "pat",
"poko"; "nan" is "in", not "no"), and the words found short in the sweep (bleach as Portugal and
Angola name it, a child called "miúdo", spots that do not go away, stars before the eyes).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

LEVELS: list[tuple[str, str, TriageLevel]] = [
    # a pregnancy's weeks or months said without "grávida" (NHS pre-eclampsia: swelling of the face
    # or hands, a bad headache, call the maternity unit today); weeks of a complaint are not one
    ("tô de 8 meses e de repente inchou muito o rosto e as mãos", "pt", U),
    ("com 35 semanas, inchaço nas mãos e no rosto desde ontem", "pt", U),
    ("IG 33 semanas, cefaleia intensa desde manhã", "pt", U),
    ("estou na 31ª semana e a dor de cabeça forte não passa", "pt", U),
    ("barriga de 7 meses e saiu um pouco de sangue", "pt", U),
    ("33 semanas hoje e o bebê mexeu bem pouco", "pt", E),
    ("há 30 semanas que sinto dor nas costas", "pt", R),
    ("meu filho de 7 meses tá com tosse há 4 semanas", "pt", R),
    # eyes turned yellow are jaundice (NHS jaundice: see a GP urgently); eyes rolling up with
    # shaking are a fit (999); red itchy eyes are neither
    ("macho yake yamegeuka njano tangu jana", "sw", U),
    ("baba macho yamegeuka kuwa manjano na mkojo ni kama chai", "sw", U),
    ("macho yamegeuka juu na mtoto anatetemeka mwili mzima", "sw", E),
    ("mtoto macho yamegeuka, hajibu", "sw", E),
    ("macho yamegeuka mekundu na yanawasha", "sw", S),
    # "pressão": a pressure in the ears after a flight is an earache question, blood pressure
    # low or high is its own; neither is low mood (NHS earache, low blood pressure)
    ("tô com pressão no ouvido desde que desci do avião", "pt", S),
    ("minha pressão tá 15 por 9 hoje", "pt", R),
    ("minha pressão caiu, desmaiei e o coração tá disparado", "pt", E),
    # a wish to sleep and not wake or to die, no plan, means or time: urgent help today (NHS help
    # for suicidal thoughts, NICE NG225); with pills bought or a night named: 999
    ("natamani nilale nisiamke tena", "sw", U),
    ("kila siku natamani nife tu", "sw", U),
    ("ningependa kupumzika milele", "sw", U),
    ("laiti ningelala nisiamke", "sw", U),
    ("natamani nilale nisiamke, nimeshanunua dawa za usingizi", "sw", E),
    ("nimeficha vidonge, usiku huu nitalala nisiamke", "sw", E),
    ("natamani nife, nimenunua sumu ya panya", "sw", E),
    ("natamani kulala tu, nimechoka sana kazini", "sw", S),
    # a mouth that will hardly open: after a dirty wound it is tetanus (NHS tetanus: A&E); with a
    # tooth infection it is spreading infection (NICE CKS dental abscess: trismus, same day)
    ("se me inflamó la muela y ya casi no puedo abrir la boca", "es", U),
    ("tengo la cara hinchada por una muela y no puedo abrir bien la boca", "es", U),
    ("me duele la muela del juicio y apenas puedo abrir la boca", "es", U),
    ("me espiné con un alambre oxidado y ahora la quijada se me trabó", "es", E),
    ("hace días me pisé un clavo y hoy no puedo abrir la boca", "es", E),
    ("me duele la mandíbula al masticar desde hace semanas", "es", R),
    ("me pisé un clavo ayer, ¿me toca la antitetánica?", "es", R),
    # Kreyol: 'nan' is 'in' (blood in the urine, pain in the chest), 'pa'/'pat'/'poko' deny;
    # 'pa ka' (cannot) is a complaint
    ("mwen gen san nan pipi ak lafyèv", "fr", U),
    ("li gen yon doulè nan pwatrin ki desann nan bra goch", "fr", E),
    ("mwen pa ka respire, bouch mwen ble", "fr", E),
    ("pitit mwen gen dyare e li pa bwè anyen ditou", "fr", E),
    ("tibebe a gen lafyèv ak tach wouj ki pa disparèt", "fr", E),
    # stars or spots before the eyes in pregnancy (NHS pre-eclampsia: flashing lights, call now)
    ("enceinte de 8 mois, mal à la tête et des étoiles devant les yeux", "fr", E),
    ("enceinte de 6 mois, des papillons devant les yeux par moments", "fr", U),
    # bleach as Portugal, Angola and Mozambique name it (NHS poisoning: 999 or A&E)
    ("o miúdo bebeu lixívia", "pt", E),
    ("a criança engoliu água de javel", "pt", E),
    ("tenho lixívia em casa, posso limpar o chão com ela?", "pt", R),
    # a child's fever with spots that do not go away (NICE NG143 meningitis: 999); spots of long
    # standing are not
    ("a miúda está com febre e manchas que não desaparecem", "pt", E),
    ("meu filho tá com febre e manchinhas vermelhas que não somem", "pt", E),
    ("tenho manchas no rosto que não somem há meses", "pt", R),
]


@pytest.mark.parametrize(("text", "language", "want"), LEVELS)
def test_sweep_levels(text: str, language: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)


# Every emergency and same-day condition of the sweep, in the countries' voices: none may be read
# lower than its level.
AT_LEAST: list[tuple[str, str, TriageLevel]] = [
    ("wey mi jefa se desmayó y no reacciona", "es", E),
    ("a mi apá se le chueca la boca y no puede hablar", "es", E),
    ("el niño se tomó el veneno pa las ratas", "es", E),
    ("estoy embarazada de 8 meses y me duele mucho la cabeza y veo lucecitas", "es", E),
    ("mi hijo tiene fiebre y manchitas moradas que no se quitan al apretar", "es", E),
    ("me pico un alacran al niño y esta babeando", "es", E),
    ("tô pensando em me matar hj, já separei os remédios", "pt", E),
    ("a boca do meu pai entortou e ele tá enrolando a fala", "pt", E),
    ("minha filha engoliu uma bateria de relógio", "pt", E),
    ("o miúdo caiu da árvore e não responde", "pt", E),
    ("meus olhos ficaram amarelos e o xixi escuro", "pt", U),
    ("mon pere ne peut plus lever le bras et sa bouche est de travers", "fr", E),
    ("mwen gen yon gwo doulè nan pwatrin ki desann nan bra goch", "fr", E),
    ("li bwè pwazon rat", "fr", E),
    ("mtoto hapumui vizuri na midomo ni ya bluu", "sw", E),
    ("mtoto ana homa na madoa mekundu yasiyopotea ukibonyeza", "sw", E),
    ("msee ameanguka pikipiki hajitambui", "sw", E),
    ("mimba ya wiki 30 na mtoto hachezi tangu jana", "sw", U),
    ("papa ka munh tedha ho gaya aur bol nahi pa rahe", "hi", E),
    ("बच्चे ने चूहे मारने की दवा खा ली", "hi", E),
    ("usne neend ki saari goliyan kha li", "hi", E),
    ("पेशाब में खून और बुखार है", "hi", U),
]

ORDER = (S, R, U, E)

# Kreyol negation: 'pa', 'pat' (did not), 'poko' (not yet) deny what follows; 'nan' is 'in' and
# denies nothing; 'pa ka' (cannot) is a complaint. (message, finding, said?)
KREYOL: list[tuple[str, str, bool]] = [
    ("pitit la pat gen lafyèv, se nen l k ap koule sèlman", "fever", False),
    ("li poko gen lafyèv, se yon ti tous", "fever", False),
    ("li pa gen lafyèv ditou", "fever", False),
    ("san nan pipi ak lafyèv depi ayè", "fever", True),
    ("doulè nan tèt ak lafyèv", "fever", True),
    ("li pa ka bwè anyen epi li gen lafyèv", "fever", True),
    ("nan, je n'ai pas de fièvre", "fever", False),
]


@pytest.mark.parametrize(("text", "finding", "said"), KREYOL)
def test_kreyol_negation(text: str, finding: str, said: bool) -> None:
    found = rules().assess(text, "fr", frozenset())
    assert (finding in found.present) is said, (text, sorted(found.present))


@pytest.mark.parametrize(("text", "language", "floor"), AT_LEAST)
def test_sweep_at_least(text: str, language: str, floor: TriageLevel) -> None:
    found = rules().assess(text, language, frozenset())
    assert ORDER.index(found.level) >= ORDER.index(floor), (
        f"{text!r} -> {found.level.value}, want at least {floor.value}; "
        f"fired {[f.id for f in found.fired]}, present {sorted(found.present)}"
    )

"""Spanish, Portuguese and French emergencies told by what is seen, regional forms (2026-12-06).

The families: a fit told by froth, drool, stiffness or turned eyes (NHS what to do if someone
has a seizure, NHS febrile seizures; "echando espumarajos", "se batendo toda e babando",
"ficou todo duro, olho virado", Haitian Kreyol "l ap tranble, l ap bave", "je l ap vire"); a
baby's skin sucked in between the ribs (NICE NG143, WHO IMCI chest indrawing: "se le mete la
piel entre las costillas", "afundando a barriga e as costelas"); a child pale and cold with not
feeding or hardly moving (NICE NG143); anaphylaxis with a closing chest or swelling all over
(NHS anaphylaxis, Resuscitation Council UK 2021); jaw or arm pain said with the verb after, and
a strong pain said after the place (NHS heart attack); bleeding that runs on and will not stop
(NHS); a field fumigant swallowed (WHO pesticide poisoning); a whole pack given by a carer
(NHS overdose); pus after a list of wound signs (NHS cellulitis); the face swelling in
pregnancy in the present tense (NHS pre-eclampsia). The neighbours stay low: cold shivers and
flu ("gripe" is flu in Spanish and Portuguese, never English colic), a baby tired after a jab
but feeding, a small kitchen burn, a squint, foam on a drink, "il me gonfle" (he annoys me).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

LEVELS: list[tuple[str, str | None, TriageLevel]] = [
    # --- Spanish (MX, AR, Caribbean, Andes, Spain)
    ("mi viejo está echando espumarajos por la boca y sacudiéndose", "es", E),
    ("a la nena le sale espuma de la boca y no responde", "es", E),
    ("el bebe respira rapidisimo y se le mete la piel entre las costillas", "es", E),
    ("al nene se le chupan las costillitas cuando respira", "es", E),
    ("comio camarones y se le cerro el pecho, tiene la cara hinchada", "es", E),
    ("el nene está pálido y frío, no quiere comer nada y casi no se mueve", "es", E),
    ("mi cuñado tomo el fumigante del campo, el pesticida, y esta babeando", "es", E),
    ("se tomo el liquido de fumigar", "es", E),
    ("le di de más pastillas para la fiebre, como toda la caja, ahora está muy dormido", "es", E),
    ("le dimos el frasco entero de jarabe sin querer", "es", E),
    ("la herida esta roja, caliente y le sale pus", "es", U),
    ("estoy embarazada y se me hinchan los pies y la cara", "es", U),
    ("me duele la quijada y el brazo izquierdo y estoy sudando frio", "es", E),
    ("a mi suegra se le voltearon los ojos y se quedo tiesa temblando", "es", E),
    ("mi bebe de 3 semanas tiene calentura y no come nada", "es", E),
    # neighbours
    ("la cerveza echa espuma", "es", R),
    ("el bebe bota mucha baba, le estan saliendo los dientes", "es", S),
    ("le di toda la dosis que dijo el doctor", "es", R),
    ("la herida ya cerro bien y no sale pus", "es", S),
    ("tiemblo de frio con la gripa, me duele el cuerpo", "es", S),
    ("tengo gripe y tos", None, S),
    ("me queme un poquito el dedo con la sarten, esta rojito", "es", S),
    ("el bebe esta cansadito despues de la vacuna pero mama bien", "es", S),
    # --- Portuguese (Brazil: Nordeste, Sul, Carioca, Mineiro; Portugal, Angola, Mozambique)
    ("a menina ta se batendo toda e babando, oxente", "pt", E),
    ("o guri ficou todo duro, olho virado, tchê ajuda", "pt", E),
    ("o miúdo está a convulsionar e a babar-se", "pt", E),
    ("o bebe ta com a respiração puxada, afundando a barriga e as costelas", "pt", E),
    ("a nenem ta afundando as costelinhas pra respirar", "pt", E),
    ("meu tio ficou palido, suando muito, com falta de ar e dor no estomago forte", "pt", E),
    ("minha mão esquerda e o queixo doem e to suando frio, to com 60 anos", "pt", E),
    ("o braço esquerdo dói e to suando frio", "pt", E),
    ("o menino ta palido e gelado, não quer mamar", "pt", E),
    ("meu marido tomou chumbinho", "pt", E),
    ("o corte ta vermelho, quente e saindo pus", "pt", U),
    # neighbours
    ("meu filho tem um olho virado, estrabismo, precisa de oculos?", "pt", R),
    ("o corte ta fechando e nao ta saindo pus", "pt", S),
    ("dor de cabeca forte faz 2 dias", "pt", S),
    ("tremendo de frio com gripe, corpo dolorido", "pt", S),
    ("estou com gripe e tosse", None, S),
    ("o bebe ficou cansadinho depois da vacina mas ta mamando bem", "pt", S),
    ("queimei um pouquinho o dedo na panela, ficou vermelhinho", "pt", S),
    # --- French (France, Quebec, Belgium, West and Central Africa, Maghreb, Haitian Kreyol)
    ("pitit mwen ap tranble, l ap bave e je l ap vire", "fr", E),
    ("zye li vire, li rèd", "fr", E),
    ("ti bebe a ap tranble e li gen kim nan bouch", "fr", E),
    ("mon fils a mangé un gâteau avec des arachides, il gonfle et il a du mal à respirer", "fr", E),
    ("il saigne de la tête, ça coule beaucoup et ça s'arrête pas", "fr", E),
    ("le petit est pâle et froid, il ne mange plus", "fr", E),
    ("le bébé ne tète plus, il est tout mou et pleure plus", "fr", E),
    ("mon chum a l'a perdu connaissance, y répond pus pantoute", "fr", E),
    ("khti a le visage tordu d'un côté et elle parle plus bien", "fr", E),
    # neighbours
    ("je l'ai viré de la maison hier", "fr", R),
    ("mon collègue il me gonfle avec ses histoires", "fr", R),
    ("il gonfle les ballons pour la fête", "fr", R),
    ("j'ai des frissons et le nez qui coule, je pense que c'est un rhume", "fr", S),
    ("le bébé est fatigué après le vaccin mais il tète bien", "fr", S),
    ("je me suis un peu brûlé le doigt avec la poêle, c'est rouge", "fr", S),
    ("j'ai saigné du nez un peu et c'est arrêté", "fr", S),
    # --- English neighbours of the 'gripe' change: English colic words still read
    ("baby is gripey after feeds", "en", R),
    ("ate prawns and my chest went tight, face is swelling up", "en", E),
]


@pytest.mark.parametrize(("text", "language", "want"), LEVELS)
def test_level(text: str, language: str | None, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)

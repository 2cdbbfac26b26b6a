"""Spanish, Portuguese and French round-16 misses, mended as families (both sides).

A small battery swallowed by a child, named by its size or the device it came from, even with no
symptoms (NHS: a swallowed button battery is A&E at once), also in Haitian Kreyol with words
between; a crisis plan with a bridge and a weekday, affairs settled and a pet handed on
(Samaritans warning signs, NHS help for suicidal thoughts); a fall or crash told with no helmet,
the head unnamed, with vomiting or lost memory (NHS head injury: 999); kerosene or lamp fuel drunk,
told in Kreyol (NHS poisoning, WHO); a wish not to wake up said as "easier" (NHS: urgent talk),
while waking too early, buying batteries, crossing a bridge and buying a helmet stay harmless.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, U, assert_level, assert_not_emergency, rules

LEVELS: list[tuple[str, str | None, TriageLevel]] = [
    # --- a small battery swallowed, no symptoms
    ("mi nene se tragó una pilita de la báscula del baño y está como si nada", "es", E),
    ("creo que mi hija se tragó la pila chiquita del termómetro, no le pasa nada", "es", E),
    ("el niño se tragó una batería plana de la llave del coche, sigue jugando", "es", E),
    ("a minha filha engoliu uma pilha pequenininha da balança, está normal", "pt", E),
    ("o bebê engoliu a bateria redonda do controle do portão, não chorou", "pt", E),
    ("mon petit a avalé la pile ronde de la clé de voiture, il joue tranquille", "fr", E),
    ("elle a avalé une pile de la balance de cuisine, rien d'anormal pour l'instant", "fr", E),
    ("ti gason m nan vale yon ti pil nan mont papa l, li pa gen anyen", "fr", E),
    ("my toddler swallowed the flat little battery out of the kitchen scales, seems fine", "en", E),
    # --- a bridge and a day, things put in order
    ("ya e dejado todo arreglado, mi gata se la e dado a mi tía, el sábado voy al puente", "es", E),
    ("el domingo por la noche me voy al viaducto, ya regalé mis cosas, duele?", "es", E),
    ("já deixei tudo certo e dei as minhas coisas, no sábado vou para a ponte, dói?", "pt", E),
    ("tout est réglé, j'ai donné mes affaires, dimanche je vais au pont, c'est rapide?", "fr", E),
    # --- a fall with no helmet, the head unnamed
    ("mon cousin est tombé en vélo sans casque, il a vomi trois fois depuis", "fr", E),
    ("il a chuté en trottinette sans son casque et il se souvient pas de la chute", "fr", E),
    ("mi primo se cayó de la moto sin casco, ha vomitado varias veces", "es", E),
    ("meu irmão caiu de skate sem capacete e já vomitou duas vezes", "pt", E),
    # --- kerosene or lamp fuel drunk, Kreyol
    ("pitit la bwe kerozen nan yon boutey, l ap touse e l ap respire vit", "fr", E),
    ("ti fi a te bwe gaz lanp, kounya li ap touse anpil", "fr", E),
    # --- a wish not to wake up, said as easier
    ("je me dis que ce serait plus facile de ne plus me réveiller, j'en parle à personne", "fr", U),
    ("últimamente siento que sería más fácil ya no despertar, no tengo plan", "es", U),
]


@pytest.mark.parametrize(("text", "language", "want"), LEVELS)
def test_level(text: str, language: str | None, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)


NOT_EMERGENCY: list[tuple[str, str | None]] = [
    ("se me acabaron las pilas del mando, cuáles compro?", "es"),
    ("a pilha do relógio acabou, onde troco?", "pt"),
    ("la pile de ma montre est morte, je la change où?", "fr"),
    ("el viernes por la noche cruzo el puente para ir al cine, qué tomo para el mareo?", "es"),
    ("samedi on va se promener sur le pont avec les enfants, quelle crème solaire?", "fr"),
    ("no sábado vou para a ponte com as crianças, que protetor solar uso?", "pt"),
    ("je fais du vélo sans casque en ville, c'est vraiment dangereux?", "fr"),
    ("quiero comprar un casco para la bici, cuál me recomiendan?", "es"),
    ("ce serait plus simple de pas me réveiller si tôt le samedi, comment dormir mieux?", "fr"),
    ("sería más fácil no despertarme tan temprano, qué hago para dormir mejor?", "es"),
    ("me voy de vacaciones, mi perro se lo he dejado a mi prima, qué botiquín llevo?", "es"),
    ("on a une lampe à pétrole pour le camping, c'est dangereux pour les enfants?", "fr"),
]


@pytest.mark.parametrize(("text", "language"), NOT_EMERGENCY)
def test_not_emergency(text: str, language: str | None) -> None:
    assert_not_emergency(rules(), text, language)

"""The crisis gate's broad words (hint_*) in Spanish, Portuguese and French (2026-12-07).

Samaritans' and the NHS's warning signs, NICE NG225: sorry or "I love you" said to family,
"it's not your fault"; "it will all be over", a last time, "don't look for me", a day that
feels right; passwords or insurance and where they are, a room cleared, debts paid; a
possession for a named person, the children or a pet left in someone's care. Each is one of
the two signs suicide_plan's last row needs before it asks the crisis model, never a sign
read from the same words as another (a farewell, a goodbye, a time). Their neighbours ("sorry
mum, I'm late", "my brother gets my old bike", "all over on Friday, the last exam", minding
the children while at the doctor's) may read a hint but stay where they were.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from tests.assistant.support import E, assert_level, assert_not_emergency, rules

HINTS: list[tuple[str, str, str, bool]] = [
    ("perdoname mama, no fue tu culpa", "es", "hint_sorry", True),
    ("diganle a la flaca que la quiero", "es", "hint_sorry", True),
    ("perdon mama, llego tarde a la cena", "es", "hint_sorry", False),
    ("cuando leas esto ya no me busques", "es", "hint_over", True),
    ("el domingo me parece bien, ya no hay vuelta", "es", "hint_over", True),
    ("no voy a llegar al martes", "es", "hint_over", True),
    ("no voy a llegar a tiempo a la reunion", "es", "hint_over", False),
    ("las claves estan en un sobre en el cajon", "es", "hint_affairs", True),
    ("limpie mi cuarto y pague todas mis deudas", "es", "hint_affairs", True),
    ("mi guitarra es para el Nico", "es", "hint_gift", True),
    ("cuiden a mi hija", "es", "hint_gift", True),
    ("cuida a mi hijo mientras voy al super", "es", "hint_gift", False),
    ("mi cita es para el lunes", "es", "hint_gift", False),
    ("desculpa mae, te amo muito", "pt", "hint_sorry", True),
    ("nao foi culpa de ninguem", "pt", "hint_sorry", True),
    ("desculpa mae, to atrasado pro almoco", "pt", "hint_sorry", False),
    ("domingo parece um bom dia pra ir embora de vez", "pt", "hint_over", True),
    ("deixei um bilhete, ela vai entender depois", "pt", "hint_over", True),
    ("nao vou voltar pra essa academia", "pt", "hint_over", False),
    ("a senha do banco ta na gaveta", "pt", "hint_affairs", True),
    ("cancelei a academia e a netflix", "pt", "hint_affairs", True),
    ("pode ficar com meu play, e teu de verdade", "pt", "hint_gift", True),
    ("cuida do meu cachorro enquanto eu viajo", "pt", "hint_gift", False),
    ("pardon maman, c est pas ta faute", "fr", "hint_sorry", True),
    ("pardon maman pour le retard", "fr", "hint_sorry", False),
    ("ne me cherchez pas, je reviendrai pas", "fr", "hint_over", True),
    ("c est pour bientot, le reste est pret", "fr", "hint_over", True),
    ("tous mes mdp sont dans l'enveloppe", "fr", "hint_affairs", True),
    ("j'ai rangé ma chambre et tout remboursé", "fr", "hint_affairs", True),
    ("garde ma casquette et occupe toi de mes enfants", "fr", "hint_gift", True),
    ("occupe toi de mes enfants pendant que je vais chez le medecin", "fr", "hint_gift", False),
    ("prends soin de toi", "fr", "hint_gift", False),
]

CRISIS: list[tuple[str, str]] = [
    ("ya tengo las pastillas guardadas. perdoname mama, no fue tu culpa", "es"),
    ("compre la soga. mi bici es para el Tomas y cuiden a mi hija", "es"),
    ("el viernes me parece bien. ya tengo el veneno y la carta para mi hija", "es"),
    ("tengo las pastillas contadas. cuando leas esto ya no me busques, te quiero mucho", "es"),
    ("me tiro del puente. mi guitarra es para el Nico, lo de cada uno tiene su nombre", "es"),
    ("ja separei os comprimidos. cuida da minha filha e o meu violao e teu agora", "pt"),
    ("comprei a corda. a senha do banco ta na gaveta e nao foi culpa sua", "pt"),
    ("domingo parece um bom dia. ja tenho o veneno guardado, me perdoa mae", "pt"),
    ("ta tudo pronto pra sexta. deixei um bilhete pra minha mae, ela vai entender depois", "pt"),
    ("to no alto do predio. desculpa mae, te amo muito", "pt"),
    ("j'ai gardé les comprimés de coté. pardon maman, c'est pas ta faute", "fr"),
    ("j'ai acheté une corde. garde ma guitare et occupe toi de mes enfants", "fr"),
    ("c'est pour bientot. j'ai les cachets et je t'aime très fort", "fr"),
    ("je suis sur le pont. ne me cherchez pas, je vous embrasse tous", "fr"),
    ("j'ai le poison dans mon sac. l'assurance vie est pour ma femme, je reviendrai pas", "fr"),
]

NEIGHBOURS: list[tuple[str, str]] = [
    ("perdon mama, llego tarde a la cena", "es"),
    ("tengo una pregunta sobre mi seguro de vida y la poliza del carro", "es"),
    ("mi bici es para mi hermano, ya me compre otra", "es"),
    ("limpie mi cuarto y ordene el closet, estoy feliz", "es"),
    ("todo se va a terminar el viernes, ultimo examen del semestre", "es"),
    ("te quiero mucho amiga, gracias por el regalo", "es"),
    ("cuida a mi hijo mientras voy al super porfa", "es"),
    ("desculpa mae, to atrasado pro almoco", "pt"),
    ("preciso tirar uma duvida sobre o seguro de vida do meu pai", "pt"),
    ("meu irmao vai ficar com meu celular velho, comprei um novo", "pt"),
    ("isso tudo acaba sexta, ultima prova da faculdade", "pt"),
    ("te amo muito mae, feliz aniversario", "pt"),
    ("cuida do meu cachorro enquanto eu viajo?", "pt"),
    ("paguei todas as dividas do cartao, finalmente", "pt"),
    ("pardon maman pour le retard, j'arrive", "fr"),
    ("question sur mon assurance vie et mon contrat de prêt", "fr"),
    ("mon frère prend mon vieux vélo, j'en ai acheté un neuf", "fr"),
    ("tout sera fini vendredi, dernier examen", "fr"),
    ("je t'aime très fort maman, bon anniversaire", "fr"),
    ("occupe toi de mes enfants pendant que je vais chez le médecin", "fr"),
    ("j'ai tout remboursé à la banque, enfin libre", "fr"),
]


@pytest.mark.parametrize(("text", "language", "finding", "want"), HINTS)
def test_hint_words(text: str, language: str, finding: str, want: bool) -> None:
    present = rules().understand(text, language).present
    assert (finding in present) is want, (text, sorted(present))


@pytest.mark.parametrize(("text", "language"), CRISIS)
def test_two_signs_said_like_a_crisis_are_an_emergency(text: str, language: str) -> None:
    assert_level(engine(), text, E, language)


@pytest.mark.parametrize(("text", "language"), NEIGHBOURS)
def test_the_same_words_in_ordinary_lives_stay_where_they_were(text: str, language: str) -> None:
    assert_not_emergency(engine(), text, language)

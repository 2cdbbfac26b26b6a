"""Portuguese: the word classes a new development corpus showed missing (2026-12-04), each said
again in phrasings of our own (none copied from that corpus), at the level NHS, NICE, WHO or
the Ministério da Saúde gives. The class is named beside each message; the harmless look-alikes
at the end must not fire what the class reads."""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, U

CASES = [
    # indirect suicide statements: a letter left, a goodbye sent, a night chosen (NICE NG225)
    ("deixei uma carta pros meus pais, hoje à noite vai ser o fim", E),
    ("minha irmã gravou um áudio de despedida e agora não atende", E),
    ("já decidi, essa vai ser minha última noite", E),
    ("não vejo mais sentido em nada e já separei os comprimidos", E),
    ("ninguém ia sentir minha falta, tô em cima do viaduto agora", E),
    ("juntei as cartelas da minha mãe e amanhã cedo tomo todas", E),
    ("doei todas as minhas coisas esta semana, não vou precisar mais", E),
    # passive wish to be dead, no plan: urgent, with crisis support
    ("às vezes acho que seria melhor eu não ter nascido", U),
    # overdoses said with plurals, "almost all the bottle", grams of paracetamol
    ("engoli uns 30 paracetamóis de madrugada", E),
    ("meu marido bebeu o vidro quase todo do xarope da tosse", E),
    ("tomei paracetamol a semana toda pra dor, somando deu uns 9 gramas", E),
    # "depressa" is quickly: breathing fast, never low mood
    ("meu bebê de 6 meses tá respirando depressa e gemendo, não quer mamar", E),
    # cannot finish a sentence, turning blue
    ("minha avó tem bronquite, ficou azulada e mal completa uma palavra", E),
    # readings after normalising: pulse, oximeter, "PA 80x40"
    ("meu pai tomou remédio de pressão a mais e o pulso tá 38, tá tonto", E),
    ("o oxímetro mostrou 84 e ela tá cansada pra falar", E),
    ("paciente com febre, PA 80x40 e sonolento", E),
    # "pressão"/"tensão" with its accent (rules run after Unicode decomposition), "21 por 13"
    ("a pressão da minha mãe deu 21 por 13 no aparelho", U),
    # temperatures said by where they were taken or as what one "has"
    ("meu recém-nascido de 10 dias deu 38,4 no termômetro", E),
    ("o nenê de 6 semanas tá com 38,1", E),
    # a sting that acts through the body (NHS insect bites; MS escorpionismo)
    ("fui picada por uma vespa e agora tô vomitando e com o coração disparado", E),
    ("meu filho de 3 anos foi ferroado por um escorpião e tá suando e babando", E),
    # a pesticide handled, then poisoning signs (WHO)
    ("meu tio tava pulverizando agrotóxico, agora baba muito e tá vomitando", E),
    # cement, lime or bleach in "my" eye
    ("espirrou cal no meu olho e não consigo abrir", E),
    # sudden loss of sight said as "stopped seeing", a shadow coming down
    ("de repente parou de enxergar de um olho, como um véu escuro descendo", E),
    # a fit said "teve um ataque … a tremer"; pregnancy said in months
    ("minha esposa grávida de 7 meses deu um ataque, ficou dura e a tremer", E),
    # fluid from the nose after a knock that left him out for a while
    ("caiu de bicicleta, apagou uns minutos e agora sai um líquido claro do nariz", E),
    # an electric shock from a fork in the socket
    ("meu filho de 4 anos enfiou um garfo na tomada e agora tá com o coração acelerado", E),
    # the belly rigid "like wood"
    ("tô com dor na barriga desde ontem e ela tá dura como madeira, com febre", E),
    # thirst and passing urine a lot, being sick: diabetic ketoacidosis
    ("sou diabético, muita sede, urinando o tempo todo e vomitando, respirando fundo", E),
    # a testicle named after another place: "na barriga e no saquinho"
    ("meu filho de 13 tá com dor na virilha e no saco desde cedo, vomitou", E),
    # a sore throat with saliva not going down: "e com febre" starts a new clause
    ("minha filha de 4 anos tá babando, não engole nem a água e com febre alta", E),
    # sudden pain at the back of the head, the worst ever (thunderclap)
    ("do nada deu uma dor fortíssima na nuca, a pior que já senti", E),
    # wound after a caesarean, red and oozing
    ("os pontos da cesariana estão vermelhos e saindo pus", U),
    # hearing gone overnight on one side
    ("acordei sem ouvir nada de um ouvido", U),
    # shingles said as blisters in a line on one side
    ("surgiram umas bolhinhas em faixa só de um lado da barriga, ardendo muito", U),
    # pain that moved low on the right (appendicitis)
    ("a dor começou no umbigo e agora tá embaixo à direita, com enjoo", U),
    # a positive test with pain on one side (ectopic possible)
    ("minha menstruação atrasou, deu positivo e sinto uma dor de um lado", U),
    # a rotten tooth and the face swelling
    ("tenho um dente cariado e a bochecha inchou muito", U),
]


@pytest.mark.parametrize(("text", "level"), CASES)
def test_a_gap_closed_reaches_its_level(text: str, level: TriageLevel) -> None:
    found = engine().assess(text, "pt")
    assert found.level.rank <= level.rank, (found.level, [f.id for f in found.fired])


# Harmless look-alikes, each with the class it must not read.
LOOK_ALIKES = {
    "vem depressa que o ônibus já vai sair": "low_mood",  # "depressa" is quickly
    "escrevi uma carta para os meus filhos no dia das mães": "farewell",
    "hoje acaba o tratamento do antibiótico": "suicidal_thoughts",
    "comprei um carro, não vou mais precisar do ônibus": "resolved",
    "to no telhado consertando a calha e torci o pé": "suicide_means",  # at work up there
    "meu bebê tá com 37,8 depois da vacina, mamando bem": "fever",  # under 38
    "estou com 38 semanas e tudo tranquilo": "fever",  # weeks, not degrees
}


@pytest.mark.parametrize("text", sorted(LOOK_ALIKES))
def test_a_look_alike_does_not_read_the_class(text: str) -> None:
    assert LOOK_ALIKES[text] not in engine().understand(text, "pt").present


def test_a_pregnancy_in_months_is_not_a_babys_age() -> None:
    facts = engine().understand("minha cunhada grávida de 8 meses", "pt").facts
    assert facts.age_years is None
    assert facts.pregnant and facts.pregnancy_weeks == 35


def test_an_age_after_the_article_a_is_an_age() -> None:
    # "a nenê tem 12 dias": Portuguese "a" (the) before the noun is not "a 3 dias" (a duration)
    facts = engine().understand("a nenê tem 12 dias", "pt").facts
    assert facts.age_years is not None and facts.age_years < 0.05

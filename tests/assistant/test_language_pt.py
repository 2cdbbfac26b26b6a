"""Portuguese (Brazil) as people type it on WhatsApp: our own messages, not from any test or
blind set. Emergencies (adult and child, with and without accents), crisis statements, scope
(negated, someone else's history, hypothetical), ordinary complaints, replies in Portuguese
with Brazil's number first, commands, and detection of short messages."""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import ENGLISH_ONLY_2026_12_04, Chat, E, joined, medicine_answer

BRAZIL = "+5511987654321"

EMERGENCIES = [
    "meu filho nao ta respirando",
    "minha mãe caiu e não acorda",
    "to com uma dor no peito que vai pro braço esquerdo e to suando frio",
    "meu pai ficou com a boca torta e a fala enrolada",
    "minha filha de 3 anos ta convulsionando faz 10 minutos",
    "cortei o braço e o sangue ta jorrando, nao para",
    "o bebê de 2 meses ta com febre de 38,5",
    "meu bebe ta molinho e nao quer mamar",
    "comi camarão e minha garganta ta fechando",
    "to gravida de 30 semanas e o bebe parou de mexer",
    "meu filho bebeu agua sanitaria",
    "nao consigo respirar, minha boca ta roxa",
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_emergencies_in_portuguese_are_emergencies(text: str) -> None:
    assert engine().assess(text).level is E


@pytest.mark.parametrize(
    "text",
    ["quero morrer", "vou me matar hoje a noite", "nao aguento mais viver", "penso em suicidio"],
)
def test_crisis_statements_reach_the_crisis_path(text: str) -> None:
    found = engine().assess(text)
    assert found.level.rank <= TriageLevel.URGENT.rank
    assert any(f.crisis for f in found.fired)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("nao estou com falta de ar", "breathless"),
        ("sem febre e sem dor no peito", "chest_pain"),
        ("meu avo morreu de infarto, historico familiar de infarto", "emergency_named"),
        ("o que eu faço se ele tiver uma convulsao?", "seizure"),
    ],
)
def test_scope_keeps_a_finding_out_of_the_present(text: str, finding: str) -> None:
    assert finding not in engine().understand(text, "pt").present


def test_no_and_na_are_not_a_negation() -> None:
    # "no"/"na" mean "in the": "dor no peito" is chest pain, not "no chest"
    assert "chest_pain" in engine().understand("dor forte no peito", "pt").present
    assert "vomit_blood" in engine().understand("tem sangue no vomito", "pt").present


def test_mole_is_floppy_never_the_skin_mole() -> None:
    found = engine().assess("meu filho de 2 anos ta muito mole e nao quer beber nada")
    assert found.topic != "mole_changes"
    assert "mole_change" not in found.present
    assert found.level is E


@pytest.mark.parametrize(
    "text",
    ["to com dor de garganta faz 2 dias", "meu nariz ta escorrendo", "tenho azia depois de comer"],
)
def test_ordinary_complaints_are_not_emergencies(text: str) -> None:
    assert engine().assess(text).level is not E


@pytest.mark.parametrize(
    "text",
    [
        "to com dor de cabeça",
        "meu filho ta com febre",
        "vc pode me ajudar",
        "minha barriga ta doendo muito",
        "tô com tosse faz uma semana",
    ],
)
def test_short_messages_are_detected_as_portuguese(text: str) -> None:
    assert engine().languages_of(text)[0] == "pt"


def test_an_emergency_reply_is_in_portuguese_and_leads_with_samu() -> None:
    reply = Chat(BRAZIL, "55").send("meu pai ta com dor no peito e falta de ar, suando muito")
    assert reply.triage is E
    first = reply.texts[0]
    assert first.startswith("Ligue para 192")
    assert "UPA" in joined(reply) or "pronto-socorro" in joined(reply)


def test_a_crisis_reply_is_in_portuguese_with_cvv() -> None:
    reply = Chat(BRAZIL, "55").send("quero me matar")
    assert "188" in joined(reply)
    assert "você" in joined(reply).lower()


def test_stop_and_delete_my_data_in_portuguese() -> None:
    chat = Chat(BRAZIL, "55")
    chat.send("oi")
    stopped = chat.send("parar")
    assert "não vai receber mais mensagens" in joined(stopped)
    chat.send("voltar")
    asked = chat.send("apagar meus dados")
    assert "apague tudo" in joined(asked)
    done = chat.send("sim")
    assert "apagados" in joined(done)


def test_a_self_care_complaint_is_answered_in_portuguese() -> None:
    reply = Chat(BRAZIL, "55").send("to com o nariz escorrendo e espirrando desde ontem")
    assert reply.triage is not E
    text = joined(reply)
    assert any(w in text for w in ("você", "Você", "farmac", "Procure", "consulta", "casa"))


def test_a_pain_that_has_not_passed_is_still_there() -> None:
    """'nao passou' / 'nao melhorou' keep the complaint present; 'passou para' is the pain
    moving, not going away."""
    assert "chest_pain" in engine().assess("to com dor no peito que nao passou", "pt").present
    moved = engine().assess("a dor comecou no umbigo e passou para o lado direito", "pt")
    assert "abdo_pain" in moved.present
    assert "headache" in engine().assess("a dor de cabeca ja passou", "pt").negated


URGENT = [
    "minha filha de 6 anos diz que arde quando faz xixi",
    "meu bebe nao ta mamando direito hoje",
    "to com tosse, febre e doi pra respirar fundo",
    "tem sangue no meu xixi",
    "gravida de 30 semanas e meus pes cocando muito",
    "nao to dando conta da ansiedade e preciso falar com alguem hoje",
    "a pressao da minha mae deu 19 por 12",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent_complaints_in_portuguese_are_at_least_urgent(text: str) -> None:
    assert engine().assess(text, "pt").level.rank <= TriageLevel.URGENT.rank


MEDICINE_QUESTIONS = [
    ("posso tomar advil com losartana", "ibuprofen+blood_pressure_tablets"),
    ("tomo marevan, posso tomar ibuprofeno?", "ibuprofen+blood_thinners"),
    ("to amamentando, ibuprofeno pode?", "ibuprofen+breastfeeding"),
    ("posso beber tomando metronidazol?", "metronidazole+alcohol"),
    ("esqueci de tomar a pilula ontem", "combined_pill+missed_dose"),
    ("vomitei depois de tomar a pilula do dia seguinte", "emergency_contraception+being_sick"),
    ("posso dar tylenol pro meu filho de 2 anos", "paracetamol+child"),
]


@pytest.mark.parametrize(("question", "key"), MEDICINE_QUESTIONS)
def test_a_medicine_question_in_portuguese_gets_the_portuguese_advice(
    question: str, key: str
) -> None:
    medicine_answer("pt", BRAZIL, "55", "oi", question, key)


def test_a_girls_age_is_her_age_not_a_duration() -> None:
    """A bare 'a' among the duration words once matched the end of 'filha de', so a
    daughter's age was read as 'for 2 months' and the baby rules did not see her age."""
    facts = engine().understand("minha filha de 2 meses ta com febre", "pt").facts
    assert facts.age_years is not None and facts.age_years < 0.25
    assert engine().assess("minha filha de 2 meses ta com febre de 38,2", "pt").level is E


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("levei um choque num fio desencapado", "electric"),  # "fio" is also "filho"
        ("quebrei o pulso", "fracture"),  # "pulso" is also the pulse
        ("to de 32 sem e nao senti o bebe mexer hoje", "reduced_fm"),  # "sem" = semanas
        ("to fazendo quimio e meu neto me passou catapora", "immunosuppressed"),
    ],
)
def test_words_with_two_meanings_are_read_in_context(text: str, finding: str) -> None:
    assert finding in engine().understand(text, "pt").present


def test_playing_football_is_not_a_testicle() -> None:
    found = engine().assess("acho que desloquei o ombro jogando bola", "pt")
    assert "testicle_word" not in found.present
    assert found.topic != "testicle_problems"


@pytest.mark.parametrize(
    "text",
    [
        "minha bolsa estourou, to com 30 semanas",
        "o aparelho de glicose do meu pai so mostra HI e ele ta vomitando",
        "meu amigo ta muito bebado, apagando toda hora e vomitando",
        "minha avo caiu no banheiro e a perna ficou virada pra fora e mais curta",
        "o olho do meu filho ta saltado e vermelho e ele ta com febre",
    ],
)
def test_more_emergencies_in_portuguese(text: str) -> None:
    assert engine().assess(text, "pt").level is E


@pytest.mark.parametrize(
    ("phone", "number", "place"),
    [("+258841234567", "112", "banco de socorros"), ("+244923123456", "111", "banco de urgência")],
)
def test_mozambique_and_angola_get_their_own_pack(phone: str, number: str, place: str) -> None:
    reply = Chat(phone, "55").send("meu filho nao ta respirando")
    assert reply.triage is E
    assert number in reply.texts[0]
    assert place in joined(reply)


COMMON_PROBLEMS = [
    ("to com uma gripe braba, o corpo todo doendo", "flu"),
    ("minha filha de 6 anos ta com piolho de novo", "head_lice"),
    ("o bumbum da minha bebe ta todo assado", "nappy_rash"),
    ("acordei com torcicolo hj", "neck_pain"),
    ("ta nascendo dente no meu bebe e ele ta irritado", "teething"),
    ("caiu um cisco no meu olho", "something_in_eye"),
    ("meu ouvido ta tampado depois da piscina", "earwax"),
    ("acho que to com frieira entre os dedos", "athletes_foot"),
    ("o cachorro do vizinho me mordeu na mao", "animal_bites"),
    ("to de ressaca, bebi demais ontem", "hangover"),
    ("to cheia de espinha no rosto", "acne"),
    ("minha menstruacao atrasou 5 dias", "missed_period"),
]


@pytest.mark.parametrize(("text", "topic"), COMMON_PROBLEMS)
def test_common_problems_are_understood_as_people_write_them(text: str, topic: str) -> None:
    assert engine().assess(text, "pt").topic == topic


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("minha filha de 6 anos ta com piolho de novo", ("pente fino", "Piolho")),
        ("acordei com caimbra na batata da perna", ("panturrilha", "Cãibra")),
        ("o bumbum do meu bebe ta assado", ("fralda", "óxido de zinco")),
    ],
)
def test_a_topic_reply_is_in_portuguese(text: str, words: tuple[str, ...]) -> None:
    reply = Chat(BRAZIL, "55").send(text)
    assert reply.triage is not E
    assert all(w in joined(reply) for w in words), joined(reply)


def test_every_red_flag_and_topic_has_its_portuguese_words() -> None:
    """Nothing in Portuguese falls back to English but the records added in English on
    2026-12-04, each listed in the language's fallbacks."""
    portuguese = engine().kb.languages["pt"]
    assert set(portuguese.spec.fallbacks) <= ENGLISH_ONLY_2026_12_04
    missing_flags = set(engine().kb.red_flags) - set(portuguese.red_flags)
    missing_topics = set(engine().kb.topics) - set(portuguese.topics)
    assert missing_flags | missing_topics <= set(portuguese.spec.fallbacks)


@pytest.mark.parametrize(
    "text",
    [
        "to gravida e com o rosto inchado e dor de cabeca",  # swollen face in pregnancy
        "os calorões tao atrapalhando meu trabalho e meu sono",  # plural, without accents
        "pescoço duro faz 3 semanas",  # a stiff neck is neck pain too
    ],
)
def test_a_topic_of_its_own_does_not_lower_what_needs_a_check(text: str) -> None:
    assert engine().assess(text, "pt").level.rank <= TriageLevel.ROUTINE.rank


def test_confusao_is_a_fight_not_a_confused_person() -> None:
    """'deu confusão' is a quarrel; 'ela está confusa' is still confusion."""
    assert "confusion" not in engine().understand("deu confusao na festa", "pt").present
    assert "confusion" in engine().understand("minha mae ta confusa", "pt").present


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("minha cunhada gravida de 8 meses teve um ataque agora", 35),  # read, not a crash
        ("estou com 7 meses de gravidez e com dor de cabeca", 30),
    ],
)
def test_months_of_pregnancy_said_either_way_are_weeks(text: str, weeks: int) -> None:
    facts = engine().assess(text, "pt").facts
    assert facts.pregnant and facts.pregnancy_weeks == weeks

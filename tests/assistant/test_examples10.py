"""Red-flag example gaps closed in Spanish, French and Portuguese (issue 11, 2026-12-06): each
word family widened is said again here in phrasings of our own (none copied from the knowledge
base's examples), with the red flag it must fire; the near-misses after them (negated, told as
history, another scope, harmless look-alikes) must not fire it."""

from __future__ import annotations

from selfcare.assistant.engine import engine

# (language, message, red flag that must fire)
FIRES = [
    # a change in bowel habit said as "not going like before", "a different rhythm"
    ("es", "desde hace dos meses mi mamá ya no va al baño como siempre", "bowel_habit_change"),
    ("es", "tengo 62 años y cambió mi manera de hacer del baño", "bowel_habit_change"),
    ("pt", "meu intestino anda desregulado nos últimos meses", "bowel_habit_change"),
    # urine infections in the plural, with "every few months"
    ("es", "me salen infecciones urinarias cada pocos meses", "uti_recurrent"),
    ("fr", "je fais des cystites à répétition", "uti_recurrent"),
    # one infection after another
    ("es", "mi hijo agarra infección tras infección", "recurrent_infections"),
    ("pt", "meu marido vive pegando infecção", "recurrent_infections"),
    # numb fingers said with the verb: "se le adormecen las manos"
    ("es", "a mi hermana se le adormecen las manos por la noche", "carpal_tunnel_pattern"),
    # crying for hours, and a family that cannot cope with it
    ("es", "mi nena de 4 meses se pasa llorando horas cada noche", "colic_check"),
    ("pt", "minha filha de 4 meses chora sem parar toda tarde", "colic_check"),
    ("es", "nuestro bebé de un mes llora sin parar y ya no damos abasto", "carer_struggling"),
    ("fr", "mon nourrisson hurle nuit et jour, on n en peut plus", "carer_struggling"),
    ("pt", "não aguento mais, meu bebê chora dia e noite", "carer_struggling"),
    # wanting to drink less
    ("es", "quisiera beber menos, los fines de semana se me va la mano", "alcohol_help"),
    # skipped beats, every week
    ("es", "siento que se me saltan latidos todas las semanas", "palpitations"),
    # no pleasure in anything
    ("es", "ya no disfruto nada de lo que antes me gustaba", "lost_interest"),
    ("pt", "minha mãe não curte mais nada", "lost_interest"),
    # sleeping badly for months
    ("es", "hace 5 meses que duermo fatal", "insomnia_months"),
    # a named long-term medicine in pregnancy
    ("es", "estoy embarazada de 10 semanas y tomo levotiroxina", "pregnancy_check"),
    ("fr", "je suis enceinte et sous lamotrigine", "pregnancy_check"),
    ("pt", "estou grávida de 8 semanas e tomo fluoxetina", "pregnancy_check"),
    # no movements felt yet
    ("es", "tengo 21 semanas y aún no he sentido ninguna patadita", "movements_not_felt_yet"),
    ("pt", "tô com 21 semanas e ainda não senti nenhum movimento", "movements_not_felt_yet"),
    # trying for a baby, for a year
    ("es", "buscamos un bebé desde hace más de un año", "fertility_12_months"),
    ("fr", "depuis un an on essaie d avoir un enfant", "fertility_12_months"),
    # irregular or absent periods said in the plural or colloquially
    ("es", "mis periodos son muy desordenados", "periods_stopped"),
    ("fr", "ma soeur de 20 ans n a plus ses règles depuis 4 mois", "periods_stopped"),
    ("pt", "meus ciclos são bem desregulados", "periods_stopped"),
    # no bond with the baby
    ("es", "desde que nació mi hijo no siento ningún vínculo con él", "postnatal_mood_check"),
    # a child who says "what?" and turns the TV up
    ("es", "mi hijo contesta qué a todo y sube el volumen de la tele", "hearing_change"),
    # a baby's sticky or watery eye
    ("es", "a mi bebé de 3 meses se le llenan los ojitos de lagañas", "baby_sticky_eye"),
    ("pt", "meu bebê de 2 meses tá com o olhinho lacrimejando e com remela", "baby_sticky_eye"),
    # a filling or crown come out, pain on chewing or with cold
    ("es", "se me cayó una resina y me molesta la muela", "dental_routine"),
    ("fr", "ma couronne est tombée et la dent fait mal", "dental_routine"),
    ("fr", "j ai mal à une molaire quand je mâche", "dental_routine"),
    ("pt", "o dente dói quando tomo coisa gelada", "dental_routine"),
    # a graze not healing; unsure about the tetanus booster
    ("es", "me raspé la rodilla hace 3 semanas y sigue sin cerrar", "wound_slow_to_heal"),
    ("pt", "esfolei o cotovelo faz 3 semanas e não fecha", "wound_slow_to_heal"),
    ("fr", "dois-je faire un rappel du tétanos ?", "wound_slow_to_heal"),
    # one side of the nose blocked for months
    ("es", "hace meses que tengo un solo lado de la nariz tapado", "nose_one_sided"),
    ("fr", "une narine toujours bouchée depuis des mois, du côté gauche", "nose_one_sided"),
    ("pt", "a narina direita vive tampada faz meses, só de um lado", "nose_one_sided"),
    # falling asleep while driving, with nights without sleep
    ("es", "mi mamá se queda dormida mientras maneja", "sleepy_driving"),
    ("es", "casi me duermo conduciendo porque llevo noches sin dormir", "sleepless_unsafe"),
    # blood on wiping; a lump in the tummy, the breast or the armpit
    ("fr", "j ai vu du sang sur le papier toilette en m essuyant", "rectal_bleeding"),
    ("fr", "il y a une masse dans mon ventre", "tummy_pain_recurring"),
    ("pt", "tem um nódulo na minha barriga", "tummy_pain_recurring"),
    ("fr", "j ai trouvé une boule dans l aisselle droite", "breast_lump"),
    ("pt", "senti um carocinho embaixo do sovaco", "breast_lump"),
    # food that stays in the throat; getting lost; dozing off by day; eating disorder
    ("fr", "la viande reste coincée dans ma gorge quand je mange", "swallowing_difficulty"),
    ("fr", "ma grand-mère se perd en rentrant des courses", "memory_problems"),
    ("fr", "je m endors au bureau tous les jours", "sleep_apnoea_signs"),
    ("fr", "ma fille a des troubles du comportement alimentaire", "eating_disorder_signs"),
    # painful breastfeeding; no tooth yet at two
    ("fr", "l allaitement est une torture", "breastfeeding_problem"),
    ("pt", "meu mamilo tá fissurado de amamentar", "breastfeeding_problem"),
    ("pt", "minha filha de 2 anos ainda não tem nenhum dentinho", "teething_check"),
    # bruises that keep coming; sight slowly blurring
    ("pt", "aparecem hematomas sem motivo faz um mês", "bruise_lasting"),
    ("pt", "minha visão tá ficando embaçada faz meses", "vision_gradual"),
    # a bite's swelling as big as a palm; a toddler burnt by the sun
    (
        "es",
        "una avispa me picó el brazo y está enrojecido del tamaño de la palma",
        "bite_sting_urgent",
    ),
    ("pt", "minha filha de 3 anos torrou no sol ontem", "sunburn_severe"),
    # wanting to hurt oneself is still self-harm
    ("es", "a veces quiero lastimarme", "suicidal_thoughts"),
]

# (language, message, red flag that must not fire)
DOES_NOT_FIRE = [
    # an injury told in passing is not self-harm
    ("es", "me duele el hombro después de lastimarme en el gimnasio", "suicidal_thoughts"),
    # fewer tablets, not less alcohol
    ("es", "quiero tomar menos pastillas para el dolor", "alcohol_help"),
    # a short cry, a baby not named
    ("es", "mi bebé lloró un rato después de la vacuna", "colic_check"),
    ("pt", "meu bebê chorou um pouco depois do banho", "carer_struggling"),
    ("fr", "on n arrive plus à gérer le planning au travail", "carer_struggling"),
    # a baby one year old is an age, not a year of cough
    ("fr", "mon fils d un an tousse un peu depuis hier", "persistent_symptoms"),
    # regular periods, sleeping well
    ("fr", "mes règles sont régulières", "periods_stopped"),
    ("pt", "minha menstruação é regular", "periods_stopped"),
    ("es", "no tengo ningún problema para dormir", "insomnia_months"),
    # a fresh graze, cleaned; a booster already had
    ("pt", "ela esfolou o joelho agora há pouco, limpei e parou de sangrar", "wound_slow_to_heal"),
    ("pt", "já tomei a antitetânica no ano passado", "wound_slow_to_heal"),
    # a burn from the stove is not sunburn; a small bite mark
    ("pt", "me queimei no fogão fazendo arroz", "sunburn_severe"),
    ("es", "me picó un mosquito y tengo una ronchita pequeña", "bite_sting_urgent"),
    # sore nipples while breastfeeding, said mildly, are self-care
    ("fr", "mes mamelons sont un peu douloureux quand j allaite", "breastfeeding_problem"),
    ("pt", "amamentar dói um pouquinho no começo", "breastfeeding_problem"),
    # a dentist visit planned, no pain
    ("fr", "j ai rendez-vous chez le dentiste pour un détartrage", "dental_routine"),
]

# (language, message, finding that must not be read)
NOT_READ = [
    # "no podemos" with no baby wanted is not trying for one
    ("es", "ya no podemos con el calor de este verano", "fertility"),
    ("es", "no puedo cargar a mi bebé por el dolor de espalda", "fertility"),
    # "dice que a todo le…" is not a child saying "what?"
    ("es", "mi suegra dice que a todo le pone limón", "hearing_loss"),
    # "les pleurs" alone are not crying all the time
    ("fr", "les pleurs se sont calmés après la tétée", "crying_lots"),
]


def test_each_widened_family_fires_its_red_flag() -> None:
    failed = []
    for code, text, flag in FIRES:
        fired = [f.id for f in engine().assess(text, code).fired]
        if flag not in fired:
            failed.append(f"{code}: {text!r} fired {fired}, want {flag}")
    assert not failed, "\n".join(failed)


def test_a_near_miss_does_not_fire_the_red_flag() -> None:
    failed = []
    for code, text, flag in DOES_NOT_FIRE:
        fired = [f.id for f in engine().assess(text, code).fired]
        if flag in fired:
            failed.append(f"{code}: {text!r} fired {flag}")
    assert not failed, "\n".join(failed)


def test_a_look_alike_is_not_read_as_the_finding() -> None:
    failed = []
    for code, text, finding in NOT_READ:
        if finding in engine().understand(text, code).present:
            failed.append(f"{code}: {text!r} read {finding}")
    assert not failed, "\n".join(failed)

"""Routine care read as self-care (routine11, 2026-12-06), each family tested on both sides in
several languages with our own phrasings: the message now reaches a GP, clinic or team in the
coming days or weeks as NHS and NICE guidance give it, and the everyday message of the same
shape stays where it was. The rules are tested without the similarity layer.

- diabetes: waking readings above target for weeks, or the yearly eye screening or foot check
  overdue ("haven't had my eyes checked in 2 years" is an overdue check, not a denial) go to
  the diabetes team (NICE NG28, NG17);
- starting or changing the injection, implant or coil ("family planning injection", "from the
  injection to the implant") is a GP or sexual health clinic's (NHS contraception); fr/es
  "injection"/"inyección" are no longer corrected to "infection";
- leaking a little when coughing or sneezing since a birth is stress incontinence (a GP's:
  pelvic floor referral; NHS urinary incontinence);
- ankles swelling blamed on a blood pressure medicine, muscle aches on a statin: a review;
- pregnant with no antenatal care yet: a booking appointment (NHS antenatal appointments);
- eczema that keeps flaring despite emollients, knee pain "since long time" with the stairs
  hard, thick yellow toenails the pharmacy did not clear (a fungal nail: not jaundice), a lump
  felt by someone with cyclical breast tenderness, grief months after a death, a skin patch
  that keeps growing: a GP's.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import R, S, U, assert_level, rules

ENGINE = rules()

NOW: list[tuple[str, str, TriageLevel]] = [
    # diabetes reviews (NICE NG28, NG17)
    ("en", "type 2 on metformin, morning readings have been 9 to 11 for a few weeks", R),
    ("en", "my fasting sugars are 10 or 11 most mornings for 2 weeks, type 2", R),
    ("en", "my mum is diabetic, her morning sugar is always high lately", R),
    ("en", "diabetic, I haven't had my eyes checked in 2 years", R),
    ("en", "my dad has diabetes and he hasn't had his feet checked in over a year", R),
    ("en", "type 2 diabetic, my retinal screening is overdue", R),
    ("en", "I have sugar, 3 years since they last looked at my feet", R),
    (
        "en",
        "Mi have sugar an mi eye dem get blurry when mi read, is 2 year now since dem check mi eye",
        R,
    ),
    (
        "fr",
        "diabétique type 1, mes glycémies sont souvent hautes le matin depuis un mois, "
        "je voudrais revoir mes doses",
        R,
    ),
    ("fr", "je suis diabétique et je n'ai pas fait contrôler mes yeux depuis 2 ans", R),
    ("fr", "diabète type 2, pas de fond d'oeil depuis trois ans", R),
    ("fr", "ma mère est diabétique, ça fait plus d'un an qu'on n'a pas examiné ses pieds", R),
    (
        "fr",
        "diabétique sous insuline, le matin mes glycémies sont trop hautes depuis 2 semaines",
        R,
    ),
    (
        "es",
        "Soy diabético tipo 2 y hace más de un año que no me hacen la revisión de los "
        "ojos ni de los pies",
        R,
    ),
    ("es", "soy diabética y nunca me han revisado los pies", R),
    ("es", "mi papá tiene diabetes y no le han hecho el fondo de ojo en dos años", R),
    ("pt", "sou diabético e faz mais de um ano que não faço o exame dos olhos", R),
    ("pt", "minha mãe tem diabetes e nunca fez o exame dos pés", R),
    ("pt", "diabético, não faço o fundo de olho há 3 anos", R),
    # contraception started or changed (NHS methods of contraception)
    (
        "en",
        "I want to change my family planning from the injection to the implant, where do I go",
        R,
    ),
    ("en", "want to start the family planning injection, where do i go", R),
    ("en", "switching from the pill to the implant, how", R),
    ("en", "can i get my implant taken out, its 3 years", R),
    ("en", "i want the coil fitted", R),
    ("fr", "je veux changer de la pilule à l'implant, je vais où ?", R),
    ("fr", "je voudrais commencer l'injection de contraception", R),
    ("es", "quiero ponerme la inyección de planificación, a dónde voy?", R),
    ("es", "quiero cambiar de la pastilla al implante", R),
    ("pt", "quero trocar a injeção pelo implante, onde vou?", R),
    ("pt", "quero começar o planejamento familiar com injeção", R),
    ("sw", "Nataka kuanza family planning ya sindano, naenda wapi na lini?", R),
    ("sw", "nataka sindano ya family planning", R),
    ("sw", "nataka kubadilisha family planning kutoka sindano hadi vijiti", R),
    # stress incontinence after a birth (NHS urinary incontinence)
    ("en", "baby's 6 months now and i still leak a bit when i cough or sneeze", R),
    ("en", "my wife leaks a little when she laughs since the baby", R),
    ("en", "leaking slightly if i jump on the trampoline since giving birth", R),
    ("fr", "depuis mon accouchement j'ai des fuites quand je tousse ou j'éternue", R),
    ("es", "desde el parto se me escapa un poco de orina al toser", R),
    ("pt", "desde o parto sai um pouquinho de xixi quando eu tusso ou espirro, já faz 1 ano", R),
    ("pt", "depois que tive meu filho solta xixi quando dou risada", R),
    ("pt", "pinga urina quando espirro desde a gravidez", R),
    # medicine side effects for a review (NHS amlodipine, statins)
    ("pt", "o remédio de pressão que eu tomo tá fazendo meu tornozelo inchar, da pra trocar?", R),
    ("fr", "mon médicament pour la tension me fait gonfler les chevilles, on peut changer ?", R),
    ("fr", "l'amlodipine me fait enfler les pieds", R),
    (
        "fr",
        "mon médecin m'a mis sous statine et j'ai des petites douleurs musculaires "
        "depuis, faut-il arrêter ?",
        R,
    ),
    # antenatal care not started (NHS antenatal appointments; WHO first contact by 12 weeks)
    ("en", "I'm 10 weeks pregnant and haven't seen a midwife yet, where do I go", R),
    ("en", "my sister is 9 weeks pregnant and hasn't had any antenatal care", R),
    ("en", "pregnant 8 weeks, not booked with a midwife, who do i see", R),
    (
        "es",
        "tengo 10 semanas de embarazo y no me he hecho ningún control, a dónde tengo que ir?",
        R,
    ),
    ("es", "estoy embarazada de 2 meses y todavía no tengo control prenatal", R),
    ("es", "mi hija está embarazada y no ha ido a ningún control", R),
    ("pt", "to grávida de 10 semanas e ainda não comecei o pré-natal", R),
    ("pt", "estou grávida de 2 meses e não fiz nenhuma consulta ainda", R),
    ("fr", "je suis enceinte de 10 semaines et je n'ai pas encore de suivi de grossesse", R),
    ("fr", "enceinte de 9 semaines, pas encore vu de sage-femme, je vais où ?", R),
    # eczema not controlled, long-standing knee pain (NHS atopic eczema, osteoarthritis)
    ("en", "my son's eczema keeps flaring up", R),
    ("en", "we use the emollient loads but her eczema is still red and itchy", R),
    ("en", "8 month old's eczema keeps flaring, we use the emollient loads, cheeks still red", R),
    (
        "en",
        "Mother age 73 knee pain both sides since long time, difficulty in climbing "
        "steps, no swelling",
        R,
    ),
    ("en", "knee pain since long, 68 years", R),
    ("en", "my hips ache and i struggle with the stairs", R),
    # fungal nails the pharmacy did not clear (NHS fungal nail infection)
    (
        "pt",
        "minhas unhas do pé tão amarelas e grossas faz tempo, o remédio da farmácia não resolveu",
        R,
    ),
    ("en", "my toenails are thick and yellow, the pharmacy cream didn't work", R),
    ("es", "tengo las uñas de los pies amarillas y gruesas y la crema de farmacia no sirvió", R),
    # a breast lump (NHS breast lumps)
    (
        "fr",
        "j'ai 40 ans, j'ai toujours les seins sensibles avant mes règles mais là j'ai "
        "senti une petite boule qui reste",
        R,
    ),
    ("fr", "ma femme a les seins douloureux avant ses règles et elle sent une boule", R),
    (
        "pt",
        "meus seios sempre doem antes da menstruação mas agora senti um carocinho que não sumiu",
        R,
    ),
    # grief that is not easing (NHS grief after bereavement or loss)
    (
        "en",
        "my dad died 4 months ago and I can't pick myself up, crying at work, not "
        "sleeping, no dark thoughts, I just want to talk to someone",
        R,
    ),
    ("en", "lost my mum a few months ago, still crying all the time", R),
    ("fr", "ma mère est morte il y a trois mois, je pleure chaque jour", R),
    ("fr", "je suis en deuil depuis 5 mois et je n'arrive pas à m'en remettre", R),
    ("es", "mi esposo falleció hace 5 meses y lloro todos los días", R),
    ("es", "mi papá murió hace 3 meses y no levanto cabeza", R),
    ("pt", "minha mãe faleceu faz 4 meses e eu choro todo dia", R),
    ("pt", "perdi meu marido há 6 meses e não consigo sair do luto", R),
    # a skin patch that keeps growing (NHS moles: a patch that changes)
    ("pt", "apareceu uma mancha clara nas costas que está crescendo", R),
    ("fr", "j'ai des taches blanches sur le bras qui s'agrandissent", R),
]

# Near misses: the everyday message of the same shape stays self-care, and a danger stays high.
STILL: list[tuple[str, str, TriageLevel]] = [
    ("en", "I have sugar, my readings are fine", S),
    ("en", "I need the flu injection", S),
    ("en", "I keep coughing and sneezing, runny nose", S),
    ("en", "missed my pill yesterday", S),
    ("en", "condom split last night", U),
    ("en", "my eczema is mild, what cream should i use", S),
    ("en", "knee pain since yesterday after football", S),
    ("en", "my knee hurts a bit after a long walk", S),
    ("en", "my big toenail is thick and yellow", S),
    ("en", "breasts tender before my period, no lumps", S),
    ("en", "I'm 30 weeks pregnant and haven't felt the baby move today", TriageLevel.EMERGENCY),
    ("en", "type 1 and my sugar is over 20 and I'm being sick", TriageLevel.EMERGENCY),
    ("fr", "mes seins sont douloureux avant les règles", S),
    ("pt", "unhas amarelas", S),
    ("pt", "o branco dos olhos dele ficou amarelado", U),
    ("pt", "minha pele ficou amarelada e o xixi está escuro", U),
    ("pt", "meu bebê de 5 dias tá amarelinho", U),
    ("pt", "o bebê está muito amarelo", U),
    ("pt", "nenê de 1 semana amarelo", U),
    ("pt", "meu filho de 3 dias está com a pele amarela", U),
    ("es", "mi bebé de 4 días está amarillo", U),
    # a pregnancy is what makes "no check yet" the booking; a baby crying is not the parent's mood
    (
        "pt",
        "sou hipertensa, meu losartana acaba semana que vem e a receita venceu. "
        "dá pra renovar sem consulta?",
        R,
    ),
    ("fr", "je n'ai jamais vu de gynéco, j'ai mal à la tête", S),
    ("en", "I've never seen a doctor about my headaches", S),
    ("pt", "minha nenem de 6 semanas chora muito no fim da tarde, mas mama bem", S),
    ("es", "mi bebé de 2 meses llora mucho por las tardes pero come bien", S),
    ("pt", "manchinhas brancas no rosto do meu filho, não aumentaram", S),
]

# What used to be read and must not be now, whatever else the message fires.
NOT_READ: list[tuple[str, str, str]] = [
    ("pt", "minhas unhas do pé tão amarelas e grossas", "yellow_baby"),
    ("fr", "je voudrais commencer l'injection de contraception", "infection"),
    ("es", "quiero ponerme la inyección de planificación", "infection"),
    ("en", "diabetic, I haven't had my eyes checked in 2 years", "review_wanted_negated"),
]


@pytest.mark.parametrize(("language", "text", "want"), NOW + STILL)
def test_level(language: str, text: str, want: TriageLevel) -> None:
    assert_level(ENGINE, text, want, language)


@pytest.mark.parametrize(("language", "text", "gone"), NOT_READ)
def test_not_read(language: str, text: str, gone: str) -> None:
    found = ENGINE.assess(text, language)
    if gone.endswith("_negated"):
        finding = gone.removesuffix("_negated")
        assert finding in found.present, (text, sorted(found.present))
        assert finding not in found.negated, (text, sorted(found.negated))
        return
    fired = {f.id for f in found.fired}
    assert gone not in fired | found.present, (text, sorted(fired), sorted(found.present))

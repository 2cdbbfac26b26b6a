"""Wrong levels that are not missed emergencies (over11, 2026-12-06), each family tested on both
sides in several languages with our own phrasings: the everyday message now reaches the level
NHS guidance gives it, and the danger sign of the same shape still fires. The rules are tested
without the similarity layer.

- hearing or memory that went down bit by bit is a GP's (NHS hearing loss, memory loss);
  sudden deafness and confusion that came on in days stay urgent;
- a pad an hour or big clots said of periods that have been like that for months is heavy
  periods (a GP's); a period suddenly this heavy today, or with feeling faint, stays urgent;
- "wound up", a tetanus jab given a date, ringworm's itchy ring ("daag", "daad") are not a
  wound slow to heal;
- pauses in breathing in sleep ended by a gasp, snort or choke are sleep apnoea (a GP's), not
  choking, not breathing, or a stroke; a baby's pauses, a collapse, real choking still are;
- a changing mole on the back, or a "til" grown darker with uneven edges, is a mole (a GP's),
  not a back deformity or a bent bone;
- "feeling low most days" is low mood, not repeated hypos; Swahili "sijawahi"/"hajapata" alone
  is not "never vaccinated" and stays a negation; "sitaki kujidhuru" denies self-harm;
- loose stools after starting metformin are its side effect (NHS), not diabetes sick-day urgency;
- one hot or swollen calf said after a comma, "L calf larger", "ek pindli me dard aur sujan"
  are DVT signs (urgent); waking up deaf in one ear (es) is sudden hearing loss (urgent);
- "would be better off without me" (es singular, sw), "jeene ka mann nahi" are suicidal
  thoughts (urgent); "koi plan nahi bataya" denies a plan;
- strong period cramps ("cólica forte") are not a heavy flow; sleep tips and sleeping badly
  are insomnia (self-care); no stool for days (en, fr, sw) is constipation (self-care);
  white threads in poo and an itchy bottom at night are threadworms, white soggy skin between
  the toes athlete's foot (self-care).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

ENGINE = rules()

NOW: list[tuple[str, str, TriageLevel]] = [
    # gradual hearing loss in older people: a GP's
    ("en", "grandad is 84 and getting really deaf, has the tv up loud, no earache", R),
    ("en", "my mum's getting hard of hearing, we repeat everything twice", R),
    ("es", "mi abuela de 80 oye cada vez menos, hay que gritarle, no le duele nada", R),
    ("pt", "meu avô de 78 está ficando surdo, põe a tv no máximo, sem dor", R),
    ("hi", "dadi ko sunai kam deta hai, dheere dheere hua, dono kaan", R),
    # gradual memory loss
    ("en", "my nan is 81 and keeps forgetting things, asked the same thing twice this morning", R),
    ("en", "dad's memory has got worse this past year, he forgets names", R),
    ("sw", "babu anasahau mambo mengi miezi ya karibuni, anarudia maswali", R),
    # heavy periods for months
    ("en", "for the past 5 months my periods are so heavy i change a pad every hour, clots", R),
    ("es", "llevo meses con reglas muy abundantes, cambio la toalla cada hora, coagulos", R),
    ("fr", "depuis 6 mois mes règles sont très abondantes, serviette pleine toutes les heures", R),
    ("pt", "há 4 meses minha menstruação vem muito forte, troco o absorvente a cada hora", R),
    ("sw", "kwa miezi mitano hedhi yangu ni nzito sana, nabadilisha pedi kila saa", R),
    ("hi", "paanch mahine se periods me bahut zyada khoon, har ghante pad badalna padta hai", R),
    # not slow wounds
    ("en", "big presentation tomorrow and im so wound up i cant relax, any tips", S),
    ("en", "grazed my elbow on the pavement, cleaned it, tetanus booster 2022", S),
    # sleep apnoea
    ("en", "my partner snores really loud and stops breathing for a few seconds then gasps", R),
    ("en", "my 5 year old snores every night and stops breathing for a few secs, big tonsils", R),
    ("es", "mi papa ronca y deja de respirar un ratito dormido, luego da un ronquido", R),
    ("pt", "minha mulher ronca e para de respirar uns segundos de noite e acorda engasgada", R),
    ("sw", "baba anakoroma sana na anaacha kupumua usingizini kwa sekunde chache", R),
    ("pt", "ele ronca e para de respirar e volta com um ronco engasgado", R),
    # moles
    ("en", "the mole on my back has changed shape and gone darker, no bleeding", R),
    ("en", "had a mole on my shoulder for years but i think its got bigger and darker", R),
    ("hi", "baanh par ek til pichle kuch mahino me bada aur kaala ho gaya hai", R),
    ("hi", "पीठ पर तिल पिछले तीन महीनों में बड़ा हो गया है", R),
    ("es", "tengo un lunar en el hombro que ha cambiado de forma", R),
    ("sw", "nina fuko mgongoni limeongezeka ukubwa", R),
    # low mood is not hypos
    ("en", "feeling low most days for a few weeks and not enjoying things, no thoughts of harm", R),
    # Swahili negation
    ("sw", "sina hamu ya kitu wiki tatu, silali vizuri, lakini sitaki kujidhuru", R),
    ("sw", "nimekuwa na huzuni wiki tatu sasa, sijawahi kufikiria kujiua", R),
    # metformin
    ("pt", "comecei a metformina na segunda e estou com diarreia, a glicose está boa", R),
    ("sw", "tangu nianze metformin naharisha kidogo, sukari iko sawa", R),
    # strong period cramps
    ("pt", "cólica de menstruação forte todo mês, o que tomo?", S),
    # insomnia
    ("en", "any tips to sleep better? im 35 and otherwise fine", S),
    ("pt", "estou dormindo mal por causa do estresse, alguma dica?", S),
    ("es", "me cuesta dormirme por el estres del trabajo, algun consejo?", S),
    ("sw", "nachelewa kulala kila usiku, nipe mbinu za kulala", S),
    # constipation
    ("en", "my husband has not passed a stool for 5 days, no pain, eating ok", S),
    ("fr", "ça fait 5 jours que mon père n'est pas allé à la selle, il a 70 ans", S),
    ("sw", "bibi hajapata choo siku tano, hana maumivu", S),
    # threadworms and athlete's foot
    ("en", "my 6 year old scratches her bottom every night, is it worms?", S),
    ("en", "itchy bum at night and saw little white threads in the toilet", S),
    ("en", "white soggy itchy skin between my toes after the gym", S),
]

UP: list[tuple[str, str, TriageLevel]] = [
    # DVT
    ("en", "my right calf is hot, swollen and sore since the long flight home", U),
    ("en", "nurse: 70F 10 days post knee op, R calf 2cm larger than L, warm", U),
    ("hi", "maa ki ek pindli me dard aur sujan hai, garam bhi lag rahi", U),
    # sudden hearing loss in Spanish
    ("es", "amaneci sorda del oido derecho, de repente, sin dolor ni gripe", U),
    ("es", "me desperte sordo de un oido esta mañana", U),
    # passive suicidal thoughts
    ("es", "a veces pienso que mi esposo estaria mejor sin mi, no tengo plan", U),
    ("sw", "nahisi familia yangu ingekuwa bora bila mimi, sina mpango wowote", U),
    ("hi", "mera bhai keh raha hai ki jeene ka mann nahi, par koi plan nahi bataya", U),
]

STILL: list[tuple[str, str, TriageLevel]] = [
    ("en", "woke up this morning completely deaf in my left ear, no cold", U),
    ("es", "de repente no oigo nada del oido izquierdo desde ayer", U),
    ("en", "my mum has been more forgetful and muddled since yesterday", U),
    ("en", "my period started today and it's really heavy, soaking a pad every hour", U),
    ("en", "i'm soaking a pad every hour and feel faint", E),
    ("en", "cut my hand on rusty metal and not sure when my last tetanus was", U),
    ("en", "my 6 week old stops breathing for a few seconds and goes blue", E),
    ("en", "he collapsed and stopped breathing", E),
    ("en", "my dad is gasping for breath and cant speak", E),
    ("en", "she is choking on a sweet and cant breathe", E),
    ("pt", "meu filho engasgou com uma bala e não consegue respirar", E),
    ("sw", "ameacha kupumua kabisa, hajibu", E),
    ("es", "a mi papa se le cayo la cara hace un ratito y no puede hablar", E),
    ("en", "fell off a ladder and now my back has changed shape and really hurts", E),
    # injury2 2026-12-07 (NHS broken arm or wrist): an arm out of shape, hand warm and feeling, is
    # the urgent treatment centre or A&E the same day
    ("hi", "gir gaya tha, haath tedha ho gaya hai", U),
    ("en", "type 1 diabetic, keep having hypos every night this week", U),
    ("en", "im diabetic and have had diarrhoea since yesterday", U),
    ("pt", "sou diabética e estou com diarreia desde ontem", U),
    ("sw", "sitaki kuishi tena", U),
    ("sw", "nataka kujiua", U),
    ("hi", "usne marne ka plan bana liya hai", E),
    ("pt", "minha menstruação está muito forte, troco o absorvente toda hora e fico tonta", U),
    ("en", "my son hasnt passed urine all day and is very sleepy", E),
    ("en", "my 4 year old has not opened his bowels for 5 days and is vomiting green", E),
    ("en", "my 3 year old has blood in his poo and tummy pain", U),
]

# What used to be read and must not be now, whatever else the message fires.
NOT_READ: list[tuple[str, str, str]] = [
    ("en", "so wound up about my exams, sleeping ok though", "cut"),
    ("en", "grazed knee, cleaned, tetanus booster 2020", "tetanus_unsure"),
    ("hi", "jaangh par gol laal daag hai, kinare ubhre, khujli bahut, log daad bolte", "scar"),
    ("sw", "sijawahi kufikiria kujiua", "unvaccinated"),
    ("en", "feeling low most days since the baby came", "hypo_recurrent"),
    ("pt", "cólica de menstruação forte no primeiro dia", "heavy_periods"),
    ("es", "mi esposo ronca y a veces deja de respirar un ratito dormido", "stroke_sign_episode"),
    ("hi", "किनारे टेढ़े-मेढ़े हैं इस तिल के", "fracture_sign"),
    ("es", "estaria mejor sin mi coche viejo", "suicidal_thoughts"),
]


@pytest.mark.parametrize(("language", "text", "want"), NOW + UP + STILL)
def test_level(language: str, text: str, want: TriageLevel) -> None:
    assert_level(ENGINE, text, want, language)


@pytest.mark.parametrize(("language", "text", "gone"), NOT_READ)
def test_not_read(language: str, text: str, gone: str) -> None:
    found = ENGINE.assess(text, language)
    fired = {f.id for f in found.fired}
    assert gone not in fired | found.present, (text, sorted(fired), sorted(found.present))

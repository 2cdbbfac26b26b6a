"""crisis11b: crisis statements read too low in the eleventh blind round, fixed as word classes in
data (``knowledge/languages/<code>/findings/mental_health.yaml``, ``safety_net/ar.yaml``).

1. A goodbye with the means or a place: letters or a note written with "I have what I need",
   "everything is ready", or standing on a roof, a bridge or the tracks. An emergency (NHS help
   for suicidal thoughts; NICE NG225: a plan, the means, farewells).
2. Thoughts of self-harm or of disappearing with no plan and no immediate danger, and a cut
   that is not deep: urgent (NHS self-harm and suicidal thoughts pages: get help today). In
   the Arabic safety net this is a same-day statement (``self_harm``) with its own line.

Every message is our own phrasing. The other side is tested too: a back hurt in the garden, a
knee hurt at football, a roof being mended, letters to Santa, cover letters, a party ready.
"""

# ruff: noqa: E501  (one message per line)
from __future__ import annotations

from collections.abc import Callable

from selfcare.events import TriageLevel

from .support import Chat, joined, net, rules

E, U = TriageLevel.EMERGENCY, TriageLevel.URGENT

EMERGENCY = [
    # 1. letters or a note written with the means, "everything ready" or a high place
    ("en", "I've written my letters, I have what I need"),
    ("en", "left a note, im on the bridge now"),
    ("en", "the letters are written and everything is ready"),
    ("en", "note's written. I'm at the train tracks"),
    ("en", "wrote a note for mum, standing on the roof, just wanted to say bye"),
    ("en", "my notes are written, ive got everything i need. just wanted someone to know"),
    ("fr", "j'ai laissé un mot, je suis sur le pont"),
    ("fr", "lettres écrites, tout est prêt. je voulais que quelqu'un sache"),
    ("fr", "je suis sur le toit, j'ai écrit une lettre à ma mère. adieu"),
    ("fr", "j'ai tout ce qu'il me faut et mes lettres sont écrites"),
    ("fr", "jsuis au bord de la voie ferrée, j'ai laissé une lettre"),
    ("fr", "mot écrit pour mes parents, j'ai ce qu'il faut"),
    ("es", "ya escribí mis cartas, tengo lo que necesito"),
    ("es", "dejé una nota y estoy en el puente"),
    ("es", "estoy en la azotea, ya escribí la carta. solo quería despedirme"),
    ("es", "todo está listo, las cartas ya están escritas"),
    ("es", "estoy en las vías del tren, le dejé una nota a mi madre"),
    ("es", "ya tengo todo lo que necesito y la carta escrita"),
    ("pt", "já escrevi minhas cartas, tenho o que preciso"),
    ("pt", "deixei um bilhete e estou em cima da ponte"),
    ("pt", "tô no telhado, escrevi a carta. só queria me despedir"),
    ("pt", "tá tudo pronto, as cartas já estão escritas"),
    ("pt", "to na linha do trem, deixei um bilhete pra minha mãe"),
    ("pt", "ja tenho tudo que preciso e deixei uma carta"),
    ("sw", "nimeandika barua zangu, nina kila kitu ninachohitaji"),
    ("sw", "nimeacha ujumbe na niko juu ya daraja"),
    ("sw", "niko juu ya paa, nimeandika barua. nilitaka tu kuaga"),
    ("sw", "kila kitu kiko tayari, barua nimeshaandika"),
    ("sw", "niko kwenye reli ya treni, nimemwachia mama barua"),
    ("sw", "nimeandika barua ya kuaga, nimesimama kwenye daraja"),
    ("hi", "मैंने नोट लिख दिया है और छत पर खड़ा हूं, बस बाय बोलना था"),
    ("hi", "चिट्ठी लिख दी है, पुल पर खड़ी हूं"),
    ("hi", "सब तैयार है, चिट्ठियां लिख दी हैं"),
    ("hi", "note likh diya hai, pul pe khada hoon"),
    ("hi", "chitthi likh di hai aur chhat par hoon, alvida"),
    ("hi", "sab tayyar hai, letter likh diya hai"),
    ("hi", "railway track pe hoon, note chhod diya hai"),
    ("hi", "maine note likh diya hai aur chhat pe khada hoon. bas bye bolna tha"),
    ("fr", "j'ai écrit mes lettres, j'ai ce qu'il faut. je voulais juste que quelqu'un sache"),
]

URGENT = [
    # 2. thoughts of self-harm or of disappearing, no plan; a cut that is not deep
    ("es", "me volví a cortar los brazos esta noche, no es profundo, quiero dejar de hacerlo"),
    ("es", "tengo pensamientos de hacerme daño pero no tengo ningún plan"),
    ("es", "últimamente pienso en lastimarme"),
    ("es", "mi hermano dice que a veces le dan ganas de hacerse daño"),
    ("es", "a veces pienso que sería más fácil desaparecer, no tengo nada planeado"),
    ("es", "he vuelto a cortarme en la pierna, ya no sangra"),
    (
        "es",
        "esta noche me he vuelto a cortar en el brazo, no son profundos y ya no sangra. no quiero seguir haciéndome esto pero no sé con quién hablar",
    ),
    ("pt", "tenho vontade de me cortar às vezes"),
    ("pt", "me cortei de novo ontem à noite, não foi fundo"),
    ("pt", "minha irmã disse que às vezes tem vontade de se machucar"),
    ("pt", "seria mais fácil sumir, mas não planejei nada"),
    ("pt", "to tendo pensamentos de me ferir e eles nao param"),
    ("pt", "ando pensando em me machucar. nunca fiz nada, mas os pensamentos não param"),
    ("fr", "ce serait plus simple de disparaître"),
    ("fr", "j'ai des pensées de me faire du mal mais rien de prévu"),
    ("fr", "je me suis encore coupée les bras hier soir, c'est pas profond"),
    ("fr", "mon frère dit qu'il a parfois envie de se faire du mal"),
    ("fr", "ça serait plus facile de disparaître, j'ai rien prévu"),
    ("fr", "jai envie de me blesser des fois"),
    ("sw", "nina mawazo ya kujidhuru lakini sina mpango"),
    ("sw", "nimekuwa nikijikata mapaja, sitaki kuendelea"),
    ("sw", "kaka yangu anasema wakati mwingine anataka kujiumiza"),
    ("sw", "ingekuwa rahisi kama ningetoweka tu"),
    ("sw", "nafikiria kujiumiza siku hizi"),
    ("hi", "कभी कभी खुद को नुकसान पहुंचाने का मन करता है"),
    ("hi", "mere bhai ne bola ki kabhi kabhi khud ko hurt karne ka mann karta hai"),
    ("hi", "khud ko chot pahunchane ke khayal aate hain"),
    ("hi", "meri behen kehti hai ki usko khud ko hurt karne ka mann karta hai"),
    ("hi", "मन करता है खुद को चोट पहुंचाऊं, कोई प्लान नहीं है"),
    ("hi", "kabhi kabhi lagta hai khud ko hurt kar lu"),
    ("ar", "عندي أفكار أأذي نفسي"),
    ("ar", "أفكر أؤذي نفسي بس ما عندي خطة"),
    ("ar", "أخوي يقول أحياناً يحس يريد يأذي نفسه"),
    ("ar", "جرحت نفسي مرة ثانية الليلة"),
    ("ar", "تجيني أفكار أن أؤذي نفسي"),
    ("ar", "عندي أفكار إيذاء النفس من أسبوعين"),
    ("ar", "bade 2azi 7ali, ma 3ndi khotta"),
    ("ar", "صارت عندي أفكار أأذي نفسي بس ما عندي خطة ولا سويت شي، أحتاج أحچي ويا أحد"),
    ("en", "my brother says he sometimes feels like hurting himself"),
    ("en", "it would be easier to just disappear, nothing planned"),
]

NOT_A_CRISIS = [
    ("en", "I hurt myself playing football, my knee is swollen"),
    ("en", "I'm on the roof fixing the aerial, my back aches"),
    ("en", "wrote my letters to santa, everything is ready for christmas"),
    ("en", "I have what I need for the cold, just paracetamol?"),
    ("fr", "je me suis fait mal au dos en jardinant"),
    ("fr", "j'ai écrit mes lettres de motivation, j'ai ce qu'il faut pour l'entretien"),
    ("fr", "je suis sur le toit pour réparer l'antenne, j'ai mal au genou"),
    ("fr", "tout est prêt pour la fête, j'ai un peu mal à la tête"),
    ("fr", "je me suis blessé au genou au foot"),
    ("es", "me hice daño en la rodilla jugando al fútbol"),
    ("es", "estoy en la azotea tendiendo la ropa y me duele la espalda"),
    ("es", "ya escribí las cartas a los Reyes Magos, todo está listo"),
    ("es", "me corté con un cuchillo cocinando, no es profundo"),
    ("pt", "me machuquei jogando bola"),
    ("pt", "tô no telhado consertando a antena, to com dor nas costas"),
    ("pt", "escrevi as cartas de Natal, tá tudo pronto"),
    ("sw", "nimejiumiza goti nikicheza mpira"),
    ("sw", "niko juu ya paa nikirekebisha bati, mgongo unauma"),
    ("sw", "nimeandika barua ya kazi, kila kitu kiko tayari"),
    ("hi", "cricket khelte hue khud ko hurt kar liya, ghutne mein dard hai"),
    ("hi", "chhat pe khada hoon, network nahi aa raha"),
    ("hi", "gym mein khud ko hurt kar liya, kandhe mein dard"),
    ("ar", "أذيت ركبتي وأنا ألعب كرة"),
    ("ar", "جرحت إيدي وأنا أقطع البصل"),
    ("ar", "أذيت نفسي بالغلط وأنا ألعب كرة"),
    ("en", "it would be easier to disappear for a week on holiday"),
    ("fr", "ce serait plus simple de disparaître quelques jours à la campagne"),
    ("es", "me corté el dedo pelando patatas"),
    ("es", "sería mejor no estar solo en casa con la fiebre?"),
    ("pt", "me machuquei na academia ontem, to com dor no ombro"),
    ("es", "ya tengo lo que necesito para la receta"),
    ("pt", "ja tenho o que preciso para a viagem"),
    ("sw", "nimesimama juu ya paa nikirekebisha bati"),
]


def _wrong(rows: list[tuple[str, str]], fits: Callable[[TriageLevel], bool]) -> list[str]:
    """The rows whose level does not fit, with what fired and what was understood."""
    out = []
    for lang, text in rows:
        found = rules().assess(text, None if lang == "ar" else lang)
        if not fits(found.level):
            fired = [f.id for f in found.fired]
            out.append(f"{lang} {found.level.value} {fired} {sorted(found.present)} :: {text}")
    return out


def test_a_goodbye_with_the_means_or_a_place_is_an_emergency() -> None:
    wrong = _wrong(EMERGENCY, lambda level: level is E)
    assert not wrong, "\n".join(wrong)


def test_thoughts_of_self_harm_with_no_plan_are_urgent() -> None:
    wrong = _wrong(URGENT, lambda level: level is U)
    assert not wrong, "\n".join(wrong)


def test_look_alikes_are_not_a_crisis() -> None:
    wrong = _wrong(NOT_A_CRISIS, lambda level: level.rank > U.rank)
    assert not wrong, "\n".join(wrong)


def test_the_arabic_net_answers_self_harm_thoughts_with_its_same_day_line() -> None:
    # an Iraqi number: the Arabic safety net, its own urgent line with the local number
    chat = Chat("+9647701234567", "964")
    reply = chat.send("صارت عندي أفكار أأذي نفسي بس ما عندي خطة، أحتاج أحچي ويا أحد")
    text = joined(reply)
    assert "إيذاء النفس" in text, text
    assert net().assess("عندي أفكار أأذي نفسي", "ar").level is U
    # wanting to die is still the suicide statement, an emergency
    assert net().assess("عندي أفكار أأذي نفسي وبدي موت", "ar").level is E

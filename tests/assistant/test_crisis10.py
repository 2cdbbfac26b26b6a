"""crisis10: suicide crisis statements read too low in the tenth blind round, fixed as word
classes in data (``knowledge/languages/<code>/findings/mental_health.yaml``, ``safety_net/ar.yaml``).

1. Tablets saved up or kept back over time with a time chosen to take them all: the means made
   ready with a time is an emergency (NHS help for suicidal thoughts, NICE NG225).
2. Someone else took a whole pack on purpose: an overdose whatever they say now (NHS overdose;
   paracetamol harm is delayed).
3. A goodbye message, the means bought, then the phone off or not answering: an emergency, in
   the full languages and in the Maghrebi Arabic of the safety net.
4. Locked in with a knife or a rope and "today is the last day": the means at hand with a time.
   "He doesn't want to live anymore", said of someone else, is at least urgent.

Every message is our own phrasing. The other side is tested too: the last day of school or
work, saving up for a trip, paracetamol bought for a headache, locked out, a phone forgotten,
not wanting to live in a place, medicine bought for a parent.
"""

# ruff: noqa: E501  (one message per line)
from __future__ import annotations

from selfcare.events import TriageLevel

from .support import rules

E, U = TriageLevel.EMERGENCY, TriageLevel.URGENT

EMERGENCY = [
    # 1. saved up, a time chosen
    (
        "en",
        "been putting aside my sertraline for weeks, 50 of them now, I'll take every one of them tomorrow",
    ),
    (
        "en",
        "I've been hiding away my citalopram, 60 tablets, taking them all tomorrow. just needed to tell someone",
    ),
    ("en", "got 45 of my sertraline saved up, I'm taking them tonight once the house is quiet"),
    ("en", "I have 30 of my amitriptyline stashed"),
    ("es", "llevo un mes juntando mis pastillas, ya son 40, esta noche me las tomo todas"),
    ("pt", "tô guardando meus comprimidos faz semanas, hoje à noite vou tomar todos"),
    ("fr", "j'ai mis de côté mes comprimés depuis un mois, demain je les avale tous"),
    ("sw", "nimekuwa nikikusanya tembe zangu kwa wiki kadhaa, kesho nitazimeza zote"),
    ("hi", "महीने भर से अपनी गोलियां बचा रहा हूं, कल सब खा लूंगा"),
    ("hi", "mahine bhar se apni goliyan bacha raha hoon, kal sab kha lunga"),
    # 2. someone else, a whole pack on purpose, calm now
    (
        "en",
        "my husband swallowed a full box of paracetamol on purpose earlier, he seems totally fine now",
    ),
    (
        "es",
        "mi papá se tomó la caja completa de paracetamol porque ya no aguanta, ahora está tranquilo",
    ),
    ("es", "mi pareja se ha tomado un blíster entero de paracetamol aposta, dice que está bien"),
    ("es", "se ha tragado todas las pastillas de su madre hace media hora"),
    ("pt", "meu pai tomou a caixa toda de paracetamol de propósito, agora tá tranquilo"),
    ("fr", "mon père a avalé la boîte entière de paracétamol exprès, il dit qu'il va bien"),
    ("sw", "baba amemeza paketi nzima ya panadol makusudi, sasa anasema yuko poa"),
    ("hi", "papa ne jaan bujhkar paracetamol ka poora patta kha liya, ab theek lag rahe hain"),
    # 3. goodbye, means bought, not answering or phone off
    (
        "en",
        "my cousin sent a goodbye text to the family, she bought rat poison and her phone is off now",
    ),
    ("es", "mi prima se despidió por whatsapp, compró matarratas y tiene el celular apagado"),
    ("pt", "minha prima mandou mensagem de despedida, comprou chumbinho e o celular tá desligado"),
    (
        "fr",
        "ma cousine a envoyé un texto d'adieu, elle a acheté de la mort-aux-rats, son téléphone est éteint",
    ),
    (
        "sw",
        "binamu yangu ametuma meseji ya kuaga, msinisahau, amenunua sumu ya panya na hapokei simu",
    ),
    ("sw", "dada ametuma msg ya kuaga, amenunua dawa ya panya na hashiki simu zetu"),
    (
        "hi",
        "cousin ne alvida ka message bheja, chuhe marne ki dawa kharidi aur phone switch off hai",
    ),
    ("ar", "بنت عمي قالت بغات تقتل راسها وما بقاتش كتجاوب"),
    ("ar", "خويا شرا دوا بزاف وما بقاش كيجاوب"),
    ("ar", "ختي شرات دوا الطوبة"),
    # 4. locked in with the means, a time
    ("en", "my son is locked in the bathroom with a knife, keeps saying today is his last day"),
    ("en", "she's shut herself in her room with a rope and says she doesn't want to live anymore"),
    ("es", "mi hijo se encerró en el baño con un cuchillo y dice que hoy es su último día"),
    ("pt", "meu filho se trancou no banheiro com uma faca e diz que hoje é o último dia dele"),
    (
        "fr",
        "mon fils s'est enfermé dans la salle de bain avec un couteau, il dit que c'est son dernier jour",
    ),
    ("sw", "mwanangu amejifungia chooni na kisu, anasema leo ni siku yake ya mwisho"),
    ("sw", "amejifungia chumbani na kamba, hataki kuishi tena"),
    ("hi", "बेटे ने खुद को कमरे में रस्सी के साथ बंद कर लिया, कहता है आज मेरा आखिरी दिन है"),
    ("hi", "beta chaku lekar bathroom mein band hai, kehta hai aaj uska aakhri din hai"),
]

AT_LEAST_URGENT = [
    ("en", "my brother doesn't want to live anymore"),
    ("en", "my daughter no longer wants to be alive"),
    ("pt", "minha irmã não quer mais viver"),
    ("sw", "kaka yangu hataki kuishi tena"),
    ("es", "mi hermana ya no quiere vivir"),
    ("fr", "ma sœur ne veut plus vivre"),
]

NOT_A_CRISIS = [
    ("en", "today is the last day of school and I'm so tired"),
    ("en", "tomorrow is my last day at work, then holidays"),
    ("en", "I've been saving up for a holiday, flying tonight"),
    ("en", "I've been saving my tablets for the trip, enough for the month"),
    ("en", "bought a pack of paracetamol for my headache, I'll take two tonight"),
    ("en", "I locked myself out of the house and the kids are inside"),
    ("en", "I forgot my phone at work so I wasn't answering, sorry mum"),
    ("en", "he doesn't want to live in London anymore"),
    ("en", "my sertraline is ready to collect from the pharmacy"),
    ("es", "hoy es el último día de clases"),
    ("es", "se ha tomado un paracetamol para el dolor de cabeza"),
    ("es", "mañana es su último día de trabajo y luego vacaciones"),
    ("es", "me quedé afuera de la casa, el celular está apagado porque se descargó"),
    ("pt", "ele não quer viver aqui na cidade"),
    ("pt", "comprei uma caixa de paracetamol pra dor de cabeça"),
    ("fr", "c'est son dernier jour de travail, on fait un pot"),
    ("fr", "j'ai économisé pour les vacances, on part ce soir"),
    ("sw", "leo ndio siku ya mwisho ya shule"),
    ("sw", "nimejifungia nje, funguo ziko ndani"),
    ("sw", "hataki kuishi hapa mjini"),
    ("sw", "usinisahau ukienda sokoni"),
    ("sw", "nilisahau simu nyumbani, ndio maana sikupokea"),
    ("sw", "nimekuwa nikihifadhi pesa kwa safari"),
    ("sw", "nimenunua paketi ya panadol kwa kichwa"),
    ("hi", "aaj school ka aakhri din hai"),
    ("ar", "شريت دوا للراس"),
    ("ar", "شريت دوا بزاف للوالدة ديال السكر"),
]


def _read(lang: str, text: str) -> tuple[TriageLevel, str]:
    found = rules().assess(text, None if lang == "ar" else lang)
    why = (
        f"{found.level.value}; fired {[f.id for f in found.fired]}, present {sorted(found.present)}"
    )
    return found.level, why


def test_crisis_statements_are_an_emergency() -> None:
    misses = []
    for lang, text in EMERGENCY:
        level, why = _read(lang, text)
        if level is not E:
            misses.append((lang, text, why))
    assert not misses, "\n".join(map(str, misses))


def test_not_wanting_to_live_said_of_someone_is_at_least_urgent() -> None:
    misses = []
    for lang, text in AT_LEAST_URGENT:
        level, why = _read(lang, text)
        if level.rank > U.rank:
            misses.append((lang, text, why))
    assert not misses, "\n".join(map(str, misses))


def test_look_alikes_are_not_a_crisis() -> None:
    wrong = []
    for lang, text in NOT_A_CRISIS:
        level, why = _read(lang, text)
        if level.rank <= U.rank:
            wrong.append((lang, text, why))
    assert not wrong, "\n".join(map(str, wrong))

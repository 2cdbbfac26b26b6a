"""Indirect suicidal intent shown by preparations, in every full language (2026-12-05).

People rarely say "suicide" (NHS help for suicidal thoughts; Samaritans, Mind, CDC/988 and WHO
LIVE LIFE warning signs). Intent shows in preparations: affairs put in order (bank PINs,
passwords, the will or insurance papers handed over; "everything is sorted"), pets and
belongings given away, letters to the family, goodbyes and thanks "for everything" posted or
said with "see you never", "after tonight nobody will have to worry about me", resting for ever,
the means gathered or researched ("how many sleeping pills are enough"), a rope found. Two such
signs, or one plain farewell or a lethal amount asked about, are an emergency (999); a relative
telling it is the same.

Every message is our own phrasing of a family fixed in ``knowledge/languages/*/findings/
mental_health.yaml``; the other side of each over-triage guard is tested too: an old sofa given
to a neighbour, a letter to the landlord, the wifi password, a daily dose question, tax papers
sorted, "thanks for everything" on its own, "the printer is a burden".
"""

# ruff: noqa: E501  (one message per line)
from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import assert_level, net, rules

ENGINE = rules()

EMERGENCY = [
    (
        "en",
        "I've told my sister the PIN for my bank card and where the will is, and I've been saving up my tablets",
    ),
    (
        "en",
        "gave my brother all my passwords and the life insurance papers, everything is sorted now and I feel calm",
    ),
    ("en", "rehomed my cat with a neighbour and wrote letters to each of my kids"),
    (
        "en",
        "my dad gave away his dog and his tools this week and says soon we won't have to look after him",
    ),
    ("en", "after tonight nobody will have to worry about me again"),
    ("en", "soon you wont have to take care of me anymore"),
    ("en", "how many sleeping pills would be enough to not wake up"),
    ("en", "how many sleeping pills is enough? I've given my dog to my neighbour"),
    (
        "en",
        "my daughter posted 'thanks for everything, see you never' on her story and isn't answering",
    ),
    ("en", "see you never everyone, thanks for everything"),
    ("en", "i just want to rest forever, i've written goodbye letters to my parents"),
    (
        "en",
        "found a rope in my son's wardrobe and he keeps saying he won't be a burden for much longer",
    ),
    ("en", "my husband has been keeping weedkiller in his car and he has sorted out his will"),
    (
        "en",
        "handed my wife my bank details and all my passwords, she won't have to worry about me after this weekend",
    ),
    (
        "es",
        "ya le pasé a mi hermano la clave del banco y los papeles del seguro, y tengo juntadas pastillas",
    ),
    ("es", "le di mi gato a la vecina y dejé cartas para mis hijos"),
    ("es", "después de esta noche nadie va a tener que preocuparse por mí"),
    ("es", "pronto ya no van a tener que cuidarme"),
    ("es", "mi hija publicó 'gracias por todo, hasta nunca' y no contesta"),
    ("es", "¿cuántas pastillas para dormir hacen falta para no despertar?"),
    ("es", "encontré una cuerda en el coche de mi hijo y dice que pronto ya no será una carga"),
    ("es", "quiero descansar para siempre, ya escribí cartas a mi familia"),
    ("es", "cuántas pastillas de dormir son suficientes? ya le dejé mi perro a mi prima"),
    (
        "es",
        "le dejé a mi esposa las contraseñas de mis cuentas, ya está todo arreglado, me siento en paz",
    ),
    (
        "pt",
        "passei a senha do banco pro meu irmão e deixei o seguro de vida organizado, já juntei os comprimidos",
    ),
    ("pt", "doei meu cachorro pra vizinha e escrevi cartas pros meus filhos"),
    ("pt", "depois de hoje à noite ninguém vai precisar se preocupar comigo"),
    ("pt", "logo vocês não vão mais ter que cuidar de mim"),
    ("pt", "meu filho postou 'valeu por tudo, até nunca mais'"),
    ("pt", "quantos comprimidos de dormir precisa pra não acordar mais?"),
    (
        "pt",
        "achei uma corda no carro do meu pai e ele disse que logo ninguém vai ter que se preocupar com ele",
    ),
    ("pt", "quero descansar pra sempre, já deixei tudo arrumado"),
    ("pt", "quantos comprimidos pra dormir são suficientes? já dei meu gato pra minha tia"),
    (
        "fr",
        "j'ai donné à ma sœur le code de ma carte bancaire et mes mots de passe, et j'ai mis de côté mes somnifères",
    ),
    ("fr", "j'ai confié mon chien à mon voisin et j'ai terminé mes lettres"),
    ("fr", "après ce soir personne n'aura plus à s'inquiéter pour moi"),
    ("fr", "bientôt vous n'aurez plus à vous occuper de moi"),
    ("fr", "ma fille a posté 'merci pour tout, adieu pour toujours'"),
    ("fr", "combien de somnifères faut-il pour ne pas se réveiller"),
    ("fr", "mon père a donné ses outils et sa moto et j'ai trouvé une corde dans son garage"),
    (
        "fr",
        "combien de somnifères suffisent ? j'ai tout rangé et mon chien est chez ma mère maintenant",
    ),
    ("sw", "nimemwandikia mke wangu barua na nimekusanya vidonge vyangu vyote"),
    ("sw", "nimempa dada yangu namba ya siri ya benki na nimenunua sumu ya panya"),
    ("sw", "nimempa jirani mbwa wangu na nimeandika wosia wangu, kila kitu kiko tayari"),
    ("sw", "baada ya leo usiku hakuna mtu atakayenihangaikia tena"),
    ("sw", "hivi karibuni hamtahitaji kunitunza tena"),
    ("sw", "vidonge vingapi vya usingizi vinatosha kulala nisiamke"),
    ("sw", "mwanangu ameandika kwenye facebook asanteni kwa kila kitu, kwaherini ya milele"),
    (
        "sw",
        "nimeona kamba kwenye gari la kaka yangu na anasema hivi karibuni hatutahitaji kumtunza tena",
    ),
    ("hi", "मैंने बैंक का पिन और पासवर्ड भाई को दे दिए, सब सेट कर दिया है"),
    ("hi", "आज रात के बाद किसी को मेरी चिंता नहीं करनी पड़ेगी"),
    ("hi", "नींद की गोलियां कितनी काफी होंगी, बच्चों के लिए चिट्ठी लिख दी है"),
    ("hi", "मैंने अपना कुत्ता पड़ोसी को दे दिया और बैंक के कागज पत्नी को सौंप दिए, अब मुझे कोई डर नहीं"),
    ("hi-latn", "bank ka pin aur password bhai ko bhej diya, sab set hai ab"),
    ("hi-latn", "aaj raat ke baad kisi ko meri fikar nahi karni padegi"),
    ("hi-latn", "jaldi hi tumhe meri dekhbhal nahi karni padegi"),
    ("hi-latn", "neend ki goliyan kitni kaafi hoti hain, maine apna kutta padosi ko de diya"),
    ("hi-latn", "mere bhai ne insta pe thank you for everything alvida likha hai"),
    ("hi-latn", "maine bachon ke liye letter likh diye aur sab settle kar diya"),
    (
        "en",
        "my mum keeps telling us soon we wont have to worry about her and she's given her jewellery to my sister",
    ),
    ("en", "bro gave me his bank card pin last night and said thank you for everything, sorry"),
    ("en", "how much insulin would it take to not wake up"),
    ("en", "written down all my passwords for my wife and the will is sorted, i feel weirdly calm"),
    ("en", "found someone to take my cat, everything's sorted now. thanks for everything"),
    ("en", "after tonight no one will need to look after me"),
    (
        "es",
        "mi papá anda regalando sus herramientas y dice que pronto ya no tendremos que cuidarlo",
    ),
    ("es", "ya anoté las claves de mis tarjetas para mi esposo y ya tengo todo listo"),
    (
        "pt",
        "minha mãe deu as joias dela pra minha irmã e falou que logo ninguém vai precisar cuidar dela",
    ),
    (
        "fr",
        "elle a confié son chat à sa voisine et dit que bientôt on n'aura plus à s'inquiéter pour elle",
    ),
    (
        "sw",
        "baba amewapa majirani mbuzi wake na anasema hivi karibuni hatutahitaji kumhudumia tena",
    ),
    ("hi", "पापा ने अपनी बचत मां के नाम कर दी और बोले जल्दी ही किसी को उनकी चिंता नहीं करनी पड़ेगी"),
    (
        "hi-latn",
        "usne apna phone aur bank ka password mujhe de diya, bola ab hamesha ke liye aaram karega",
    ),
]

URGENT = [
    ("en", "nobody will have to worry about me anymore"),
]

NOT_EMERGENCY = [
    ("en", "I gave my old sofa to my neighbour"),
    ("en", "wrote a letter to my landlord"),
    ("en", "wrote a letter to my landlord about the damp"),
    ("en", "gave my sister the passwords for the wifi"),
    ("en", "the printer is a burden"),
    ("en", "sorted my tax papers last night"),
    ("en", "thanks for everything, bye"),
    ("en", "how many sleeping pills is it safe to take"),
    ("en", "found a skipping rope in the garden"),
    ("en", "I need to rest for the weekend"),
    ("es", "le regalé mi sofá viejo al vecino"),
    ("es", "le escribí una carta al casero"),
    ("es", "cual es la contraseña del wifi"),
    ("es", "cuántos paracetamoles puedo tomar al día"),
    ("es", "ordené mis papeles de impuestos"),
    ("es", "gracias por todo"),
    ("pt", "dei meu sofá velho pra vizinha"),
    ("pt", "escrevi uma carta pro proprietário do apartamento"),
    ("pt", "qual é a senha do wifi"),
    ("pt", "quantos paracetamol posso tomar por dia"),
    ("pt", "organizei meus papéis do imposto de renda"),
    ("pt", "obrigada por tudo"),
    ("fr", "j'ai donné mon vieux canapé au voisin"),
    ("fr", "j'ai écrit une lettre à mon propriétaire"),
    ("fr", "c'est quoi le mot de passe du wifi"),
    ("fr", "combien de paracétamol je peux prendre par jour"),
    ("fr", "j'ai rangé mes papiers d'impôts"),
    ("fr", "merci pour tout"),
    ("sw", "nimempa jirani kochi langu la zamani"),
    ("sw", "nimemwandikia mwenye nyumba barua"),
    ("sw", "nywila ya wifi ni ipi"),
    ("sw", "vidonge vingapi vya panadol kwa siku"),
    ("sw", "asante kwa kila kitu"),
    ("hi", "पुराना सोफा पड़ोसी को दे दिया"),
    ("hi", "दिन में कितनी पैरासिटामोल ले सकता हूं"),
    ("hi-latn", "purana sofa padosi ko de diya"),
    ("hi-latn", "makan malik ko letter likha"),
    ("hi-latn", "wifi ka password kya hai"),
    ("hi-latn", "din me kitni paracetamol le sakta hu"),
    ("hi-latn", "tax ke papers set kar diye"),
    ("en", "gave my nephew my old phone"),
    ("en", "left my bank card pin with my husband while I'm in hospital"),
    ("en", "found a rope swing in the park"),
    ("en", "everything is sorted for the wedding"),
    ("en", "my dog is going to my sister's for the weekend"),
    ("en", "how many paracetamol is enough for a headache"),
    ("es", "le dejé el perro a mi mamá este fin de semana"),
    ("es", "le pasé la contraseña del wifi a mi hermano"),
    ("pt", "passei a senha do wifi pro meu irmão"),
    ("fr", "j'ai donné le mot de passe du wifi à ma sœur"),
    ("sw", "nimempa mke wangu nywila ya wifi"),
    ("hi-latn", "maine wifi ka password bhai ko bata diya"),
]

SELF_CARE = [
    ("en", "how many paracetamol can I take in a day"),
]


@pytest.mark.parametrize(("lang", "text"), EMERGENCY)
def test_preparations_are_an_emergency(lang: str, text: str) -> None:
    assessment = ENGINE.assess(text, lang)
    assert assessment.level is TriageLevel.EMERGENCY, (text, sorted(assessment.present))
    assert assessment.crisis, text


@pytest.mark.parametrize(("lang", "text"), URGENT)
def test_burden_without_a_time_is_urgent(lang: str, text: str) -> None:
    assert_level(ENGINE, text, TriageLevel.URGENT, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_EMERGENCY)
def test_everyday_versions_are_not_an_emergency(lang: str, text: str) -> None:
    assessment = ENGINE.assess(text, lang)
    assert assessment.level is not TriageLevel.EMERGENCY, (text, sorted(assessment.present))
    assert not assessment.crisis, text


@pytest.mark.parametrize(("lang", "text"), SELF_CARE)
def test_a_daily_dose_question_stays_self_care(lang: str, text: str) -> None:
    assert_level(ENGINE, text, TriageLevel.SELF_CARE, lang)


# The safety net (``knowledge/safety_net/``): the plainest of these, said in Indonesian and
# Tagalog, are the suicide statement; their everyday neighbours are not.
NET_SUICIDE = [
    ("id", "aku cuma mau istirahat untuk selamanya"),
    ("id", "habis ini gak akan ada lagi yang perlu khawatirin aku"),
    ("id", "berapa butir obat tidur biar gak bangun lagi"),
    ("tl", "gusto ko na lang magpahinga habambuhay"),
    ("tl", "pag wala na ako, wala nang mag-aalala sa akin"),
    ("tl", "ilang tableta ng pampatulog para hindi na ako magising"),
]

NET_ORDINARY = [
    ("id", "aku mau istirahat dulu sebentar, capek kerja"),
    ("id", "berapa butir obat demam untuk anak 5 tahun"),
    ("tl", "magpapahinga muna ako ngayong gabi"),
    ("tl", "ilang tableta ng paracetamol ang pwede sa isang araw"),
]


@pytest.mark.parametrize(("code", "text"), NET_SUICIDE)
def test_safety_net_reads_preparations_as_suicide(code: str, text: str) -> None:
    assert "suicide" in net().match(text, code), text


@pytest.mark.parametrize(("code", "text"), NET_ORDINARY)
def test_safety_net_leaves_everyday_rest_and_doses_alone(code: str, text: str) -> None:
    assert "suicide" not in net().match(text, code), text

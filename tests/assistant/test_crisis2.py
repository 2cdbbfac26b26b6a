"""Indirect suicide statements across languages (crisis2, 2026-12-07).

The warning signs NICE NG225 (self-harm), the NHS page on help for suicidal thoughts and the
Samaritans list, said without the word "suicide": goodbye messages sent round ("sent goodbye
texts to all my friends", Nigerian Pidgin "he dey send everybody goodbye message"), belongings
shared out or given "to keep forever", care arranged for a pet or a child "if I'm not here any
more" ("se eu não estiver mais aqui", "si ya no estoy", "si je ne suis plus là", "nikifa"), "you
won't see me after today", "won't be here tomorrow" said of someone else ("kal wo nahi rahega",
"il ne sera plus là demain"), medicines set aside ("kept the tablets for one side", "separei os
remédio", "nimeshaweka vidonge pembeni"), a time chosen ("na tonight"); in English (with Nigerian
and Ghanaian Pidgin, Caribbean and Taglish), Spanish, Portuguese, French, Swahili, Hindi (both
scripts) and the safety-net languages (Tagalog, Yoruba, Hausa, Zulu, Amharic, Arabic, Bengali,
Indonesian): an emergency. Low mood after a birth with no thoughts of harm is routine, never
self-care (NICE CG192, NHS postnatal depression). Traps are not an emergency: a goodbye on leaving
a job or moving abroad, clothes given away while decluttering, "I'd kill for a coffee", a past
attempt years ago now well, care asked for while away or working late, a relationship ended.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, assert_level, assert_not_emergency, rules

ROWS: list[tuple[str, TriageLevel]] = [
    (
        (
            "my brother gave away his playstation and all his trainers this week and asked "
            "me to look after his dog if he's not around anymore"
        ),
        E,
    ),
    ("sent goodbye texts to all my friends tonight. i won't be here tomorrow", E),
    ("i've been saving up my sleeping pills for weeks, i have enough now", E),
    ("bought a rope today. this is my last message, thank you for everything", E),
    (
        (
            "please take care of my cat if anything happens to me. i've already written "
            "letters to my family"
        ),
        E,
    ),
    ("you won't see me after today. sorry for everything", E),
    ("i just want to go to sleep and not wake up. there's a whole box of paracetamol by my bed", E),
    (
        (
            "my sister has been giving her jewellery away and yesterday she posted goodbye "
            "on facebook. now she isn't picking up"
        ),
        E,
    ),
    (
        (
            "my padi don dey share all im property since yesterday, e talk say we no go see "
            "am again after today"
        ),
        E,
    ),
    ("i don tire for dis life o, i don keep the tablets for one side, na tonight", E),
    (
        (
            "chale my brother dey tell everybody bye bye and e give me en phone say make i "
            "keep am forever"
        ),
        E,
    ),
    ("mi done wid everyting, mi give weh all mi tings an mi have di pills dem ready", E),
    (
        (
            "nagpaalam na siya sa lahat, binigay niya yung mga gamit niya, sabi niya di na "
            "raw namin siya makikita bukas"
        ),
        E,
    ),
    (
        (
            "CHW note: 24F withdrawn, has given away belongings, stockpiled amitriptyline, "
            "says she won't be here next week"
        ),
        E,
    ),
    (
        (
            "work is busy and my knee still hurts after football, and honestly i've written "
            "a note for my mum and put the pills aside for friday. anyway what cream is good "
            "for a knee"
        ),
        E,
    ),
    ("after tonight none of it will matter anymore. i've said my goodbyes", E),
    ("who will feed my dog when i'm gone. i've made up my mind", E),
    ("won't wake up tomorrow, took care of everything, love u all", E),
    (
        (
            "had my baby 4 weeks ago, i cry most days and feel flat, no thoughts of hurting "
            "myself or the baby, is this normal"
        ),
        R,
    ),
    (
        (
            "my son is 2 months old, i feel low and anxious every day and can't enjoy him, i "
            "would never harm myself or him, should i talk to someone"
        ),
        R,
    ),
    (
        (
            "mi hermano regaló todas sus cosas y se despidió de todos, dice que mañana ya no "
            "va a estar"
        ),
        E,
    ),
    ("ya tengo guardadas las pastillas, esta noche se acaba todo. cuida a mi perro por favor", E),
    ("le mandé un mensaje de despedida a mi familia, no me van a volver a ver", E),
    ("compré una soga, ya no aguanto más", E),
    ("si mañana no despierto, que sepan que los quise. ya junté todas las pastillas", E),
    (
        (
            "tuve a mi bebé hace 3 semanas, lloro todos los días y me siento sin ganas, "
            "nunca me haría daño ni a ella, ¿es normal?"
        ),
        R,
    ),
    (
        (
            "meu irmão tá dando as coisas dele pra todo mundo e disse que amanhã não vai "
            "estar mais aqui"
        ),
        E,
    ),
    ("já separei os comprimidos, hoje à noite acaba. cuida do meu gato por mim", E),
    ("mandei mensagem de despedida pra todo mundo, vocês não vão me ver depois de hoje", E),
    ("comprei uma corda, não aguento mais essa vida", E),
    (
        (
            "tive neném faz 1 mês, choro muito e me sinto triste, nunca pensei em me "
            "machucar, é normal?"
        ),
        R,
    ),
    (
        (
            "mon frère a donné toutes ses affaires et m'a dit adieu, il dit qu'il ne sera "
            "plus là demain"
        ),
        E,
    ),
    ("j'ai mis de côté mes médicaments, ce soir c'est fini. occupe-toi de mon chien", E),
    (
        (
            "j'ai envoyé un message d'adieu à tout le monde, vous ne me reverrez plus après "
            "aujourd'hui"
        ),
        E,
    ),
    ("j'ai acheté une corde, je n'en peux plus", E),
    (
        (
            "j'ai accouché il y a 3 semaines, je pleure souvent et je me sens triste, aucune "
            "idée de me faire du mal, c'est normal ?"
        ),
        R,
    ),
    ("kaka yangu amegawa vitu vyake vyote na ameaga kila mtu, anasema kesho hatakuwepo", E),
    ("nimeshaweka vidonge pembeni, leo usiku ndio mwisho. naomba umtunze mbwa wangu", E),
    ("nimewatumia wote ujumbe wa kuaga, hamtaniona tena baada ya leo", E),
    ("nimenunua kamba, nimechoka na maisha haya", E),
    (
        (
            "nilijifungua wiki 3 zilizopita, nalia kila siku na nina huzuni, sina mawazo ya "
            "kujidhuru, ni kawaida?"
        ),
        R,
    ),
    ("मेरे भाई ने अपना सारा सामान सबको बांट दिया है और कह रहा है कि कल वो नहीं रहेगा", E),
    ("मैंने नींद की गोलियां जमा कर ली हैं, आज रात सब खत्म। मेरे कुत्ते का ख्याल रखना", E),
    ("मैंने सबको अलविदा का मैसेज भेज दिया है, आज के बाद तुम मुझे नहीं देखोगे", E),
    ("रस्सी ले आया हूँ, अब और नहीं जीना", E),
    (
        (
            "मेरी डिलीवरी को 3 हफ्ते हुए हैं, रोज़ रोना आता है और उदास रहती हूँ, खुद को "
            "नुकसान पहुँचाने का कोई ख्याल नहीं, क्या ये नॉर्मल है?"
        ),
        R,
    ),
    ("mere bhai ne apna sara saman sabko de diya hai aur bol raha hai kal wo nahi rahega", E),
    (
        "maine neend ki goliyan jama kar li hain, aaj raat sab khatam. mere kutte ka khayal rakhna",
        E,
    ),
    ("sabko alvida ka message bhej diya, aaj ke baad mujhe nahi dekhoge", E),
    (
        (
            "delivery ko 1 mahina hua hai, roz rona aata hai, khud ko nuksan ka koi khayal "
            "nahi, kya ye normal hai"
        ),
        R,
    ),
    ("nagpaalam na ako sa lahat, hindi niyo na ako makikita bukas. naitabi ko na ang mga gamot", E),
    ("pakialagaan mo ang aso ko kung wala na ako bukas. ibinigay ko na lahat ng gamit ko", E),
    ("mo ti ko gbogbo oogun jo, mi o ni si mo ni ola. o dabo", E),
    ("aburo mi ti fun awon ore re ni gbogbo aso ati foonu re, o so pe e o ni ri oun mo", E),
    ("na yi bankwana da kowa, gobe ba za ku ganni ba. na tara magunguna", E),
    ("yayana yana raba kayansa ga mutane, yana cewa ba za mu sake ganinsa ba", E),
    ("sengivalelisile kubo bonke, kusasa ngeke ngibe khona. ngiqoqe amaphilisi", E),
    ("umfowethu unikeza abantu zonke izinto zakhe, uthi ngeke siphinde simbone", E),
    ("ለሁሉም ደህና ሁኑ ብያለሁ፣ ነገ አልኖርም። መድሃኒቶቹን አስቀምጫለሁ", E),
    ("ودعت الجميع، لن تروني بعد اليوم. جمعت الحبوب", E),
    ("أخي يوزع أغراضه على الناس ويقول إنكم لن تروه بعد اليوم", E),
    ("সবাইকে বিদায় জানিয়েছি, কাল আমি আর থাকব না। ওষুধগুলো জমিয়ে রেখেছি", E),
    ("আমার ভাই তার সব জিনিস সবাইকে দিয়ে দিচ্ছে, বলছে আজকের পর আমাদের আর দেখা হবে না", E),
    ("aku sudah pamit ke semua orang, besok aku sudah tidak ada. obatnya sudah aku kumpulkan", E),
    ("tolong jaga kucingku kalau aku sudah tidak ada besok. barang-barangku sudah kubagikan", E),
    ("please look after my kids if i'm not around anymore. i've sorted the will", E),
    ("if i'm no longer here, give my guitar to my brother. tonight is the night", E),
    ("se eu não estiver mais aqui amanhã, cuida dos meus filhos. já separei os remédio tudo", E),
    ("si mañana ya no estoy, cuiden a mi gato. ya tengo las pastillas guardadas", E),
    ("occupez-vous de mes enfants si je ne suis plus là, j'ai tout réglé", E),
    ("umtunze mbwa wangu nikifa, nimeshaweka kamba tayari", E),
    ("tolong jaga anak-anakku kalau aku sudah tidak ada lagi, obatnya sudah kukumpulkan", E),
    ("nag-iwan na siya ng goodbye sa gc, sabi niya wala na siyang balak gumising bukas", E),
    ("my padi don share all im things, e say una no go see am again", E),
    (
        (
            "he don dey give out all im property, e talk say make we no worry about am "
            "anymore, na tonight"
        ),
        E,
    ),
    ("if i'm not around anymore please make sure someone feeds my cat", E),
    ("she's been sending goodbye messages to everyone and gave her car to her sister", E),
    ("my son keeps telling everyone goodbye and he gave away his xbox and all his games", E),
    ("e don give out all im clothes, e say we no go see am again", E),
    (
        (
            "mi ermano le está regalando sus cosas a todos y dice que ya no lo vamos a ver "
            "después de hoy"
        ),
        E,
    ),
    (
        (
            "ela deu as coisas dela pra todo mundo e disse que depois de hoje a gente não "
            "vai ver ela mais"
        ),
        E,
    ),
    ("il distribue toutes ses affaires et dit qu'après aujourd'hui on ne le verra plus", E),
    ("amegawa nguo zake zote na simu yake, anasema hatutamwona tena", E),
    ("usne apna phone aur kapde sabko de diye, keh raha hai aaj ke baad wo kisi ko nahi milega", E),
    ("उसने अपने सारे कपड़े और फोन बांट दिए, कह रही है आज के बाद हम उसे नहीं देखेंगे", E),
    ("mon frère a donné ses affaires, il dit qu'après aujourd'hui il ne sera plus là", E),
]

# not an emergency, whatever else they reach (the traps)
NOT_EMERGENCY: list[str] = [
    "said goodbye to my colleagues today, last day at the job, feeling a bit emotional",
    (
        "gave away a bag of old clothes while decluttering and now my lower back aches "
        "from lifting the boxes"
    ),
    "i'd kill for a coffee, so tired after the night shift",
    (
        "i tried to take my life 10 years ago and i've been well for years, my doctor "
        "wants a review of my antidepressants, can i do it by phone"
    ),
    "my friend told me she took an overdose years ago, she's fine now, how can i support her",
    "this traffic is killing me, i've got a tension headache, what can i take",
    "me despedí de mis compañeros porque me mudo a España, estoy un poco triste",
    "regalé ropa vieja ordenando el armario y ahora me duele la espalda",
    "me despedi dos colegas porque vou morar fora, tô meio triste",
    "doei roupas velhas arrumando o guarda-roupa e agora tô com dor nas costas",
    "j'ai dit au revoir à mes collègues, je déménage au Canada, un peu triste",
    "j'ai donné des vieux vêtements en faisant du rangement, mal au dos maintenant",
    "nimewaaga wenzangu kazini kwa sababu nahamia Ulaya, nina huzuni kidogo",
    "मैं विदेश जा रहा हूँ, ऑफिस में सबको अलविदा कहा, थोड़ा उदास हूँ",
    "videsh ja raha hu, office me sabko bye bola, thoda udaas hu",
    "nagpaalam ako sa mga katrabaho ko kasi lilipat na ako abroad",
    "aku pamit ke teman kantor karena pindah ke luar negeri",
    "can you feed my cat if i'm not here tomorrow, i might be working late",
    (
        "who will look after my dog when i'm gone on holiday next week, and what can i "
        "take for travel sickness"
    ),
    "sent a goodbye message to my team, it was my last day at my job, feeling emotional",
    "se eu não estiver aqui às 5, pode dar comida pro meu gato?",
    "si ya no estoy en casa a las 8, dale de comer al perro por favor",
    "i kept the tablets aside for the trip, can i take paracetamol with my antihistamine",
    "my guy wan end am with him babe, e don tire",
    "kal wo nahi rahega ghar pe, shaadi me ja raha hai",
    "hindi mo na ako makikita bukas kasi lilipat na ako sa cebu",
    "kalau saya tidak ada besok, tolong kasih makan kucing",
    "i'd die for a pizza right now lol, got a mild headache",
    "i gave my old trainers to my brother, they didn't fit me, and now my heel hurts after running",
    (
        "my grandma told everyone she wants to sort out her will, she is 85 and well, "
        "should she see a doctor about her memory"
    ),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text: str) -> None:
    assert_not_emergency(rules(), text)

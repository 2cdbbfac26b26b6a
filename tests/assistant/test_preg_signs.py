"""Pregnancy warning signs and a child's dehydration said in everyday words (preg2, 2026-12-07).

Every language (en, es, pt, fr, sw, hi in Devanagari and Latin letters), with traps:

- pregnancy (NHS pregnancy: when to get help; RCOG): waters breaking or fluid leaking, before 37
  weeks an emergency (the knowledge base keeps preterm waters at emergency), at term the maternity
  unit now (urgent), the cord felt or green waters an emergency; itching of the hands and feet or
  all over, worse at night (intrahepatic cholestasis: same-day bloods); the baby moving less
  (emergency); a headache with vision changes (emergency) or a swollen face and hands (urgent)
  (pre-eclampsia); a fever. Traps: normal white discharge, a baby kicking a lot, an itch from a
  stretching tummy or a new cream, fluid lost with diarrhoea;
- a child's dehydration graded as WHO IMCI grades it: some (two of restless or irritable, sunken
  eyes, thirsty, a slow skin pinch) urgent; severe (lethargic, not able to drink, very sunken eyes,
  a very slow pinch) an emergency; none (alert, drinking normally, tears) self-care. Sunken eyes
  in everyday words ("his eyes have gone in", "se le hundieron los ojos", "olhinhos fundos",
  "aankhen gaddhe me chali gayi") and a health worker's note ("ACS: niño 18m, diarrea…").
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

ROWS: list[tuple[str, TriageLevel]] = [
    ("31 weeks and I think my waters have gone, there's a puddle on the floor", E),
    ("I'm 29 weeks and keep getting a trickle of clear fluid, pad is soaked", E),
    ("39 weeks, my waters just broke, clear fluid, no contractions yet", U),
    ("38 weeks, waters broke and I can feel something in my vagina, think it's the cord", E),
    ("tengo 32 semanas y se me rompió la fuente", E),
    ("estoy de 30 semanas y me sale un líquido como agua que no para", E),
    ("grávida de 31 semanas, a bolsa estourou", E),
    ("grávida de 39 semanas, minha bolsa rompeu agora", U),
    ("grávida de 33 semanas, está escorrendo um líquido transparente sem parar", E),
    ("enceinte de 32 semaines, j'ai perdu les eaux", E),
    ("enceinte de 29 semaines, ma culotte est mouillée en permanence, comme de l'eau qui coule", E),
    ("nina mimba ya wiki 31, chupa imepasuka", E),
    ("mimba ya wiki 39, maji yamevunjika asubuhi hii", U),
    ("mimba ya miezi saba, maji maji yanavuja kila wakati", E),
    ("7 महीने की गर्भवती हूं, पानी की थैली फट गई है", E),
    ("7 mahine pregnant hu, neeche se paani jaisa kuch reh reh kar aa raha hai", E),
    ("7 mahine ki pregnancy hai aur paani ki thaili phat gayi", E),
    ("9 mahine pure ho gaye, pani toot gaya", U),
    ("28 weeks and I've got more white discharge than usual, no smell, no itch", R),
    ("20 semanas, tengo más flujo blanco que antes, sin olor", R),
    ("enceinte de 25 semaines, j'ai plus de pertes blanches, sans odeur", R),
    ("mimba ya wiki 24, natoka uchafu mweupe kidogo bila harufu", R),
    ("32 weeks and the itching on my hands and feet is driving me mad, worse at night, no rash", U),
    ("I'm 34 weeks pregnant and itchy all over especially my palms, can't sleep from the itch", U),
    (
        "embarazada de 33 semanas, me pica todo el cuerpo sobre todo las manos y los "
        "pies por la noche",
        U,
    ),
    ("grávida de 36 semanas com muita coceira nas mãos e nos pés à noite, sem manchas", U),
    ("enceinte de 35 semaines, des démangeaisons terribles aux mains et aux pieds la nuit", U),
    ("mimba ya wiki 34, mikono na miguu inawasha sana usiku, hakuna vipele", U),
    ("8 महीने की गर्भवती हूं, हाथ पैर में रात को बहुत खुजली होती है, कोई दाना नहीं", U),
    ("8 mahine pregnant hu, haath pair me bahut khujli hoti hai raat ko, dane nahi hai", U),
    ("30 weeks pregnant, I used a new cream and now have an itchy red rash on my arm", S),
    ("grávida de 34 semanas, não sinto o bebê mexer desde ontem à noite", E),
    ("mimba ya wiki 36, sijamsikia mtoto akicheza tangu jana", E),
    ("9 महीने की गर्भवती हूं, कल से बच्चे की कोई हलचल महसूस नहीं हुई", E),
    ("34 weeks and baby is kicking a lot tonight, is it normal?", R),
    ("enceinte de 32 semaines, le bébé bouge énormément le soir", R),
    ("35 weeks, bad headache that won't go with paracetamol and I'm seeing flashing lights", E),
    ("34 weeks pregnant, bad headache and my face and hands have swollen up", U),
    ("embarazada de 34 semanas, dolor de cabeza y se me hincharon la cara y las manos", U),
    ("grávida de 35 semanas, dor de cabeça e o rosto e as mãos inchados", U),
    ("enceinte de 34 semaines, mal de tête et le visage et les mains gonflés", U),
    ("mimba ya wiki 34, kichwa kinauma na uso na mikono imevimba", U),
    ("8 mahine pregnant, sar dard hai aur chehra aur haath sooj gaye hain", U),
    ("enceinte de 36 semaines, mal de tête très fort et des mouches devant les yeux", E),
    ("mimba ya wiki 35, kichwa kinauma sana na macho yanaona giza", E),
    ("30 weeks pregnant and I've got a temperature of 38.5", U),
    ("embarazada de 20 semanas con fiebre desde ayer", U),
    ("enceinte de 22 semaines, j'ai de la fièvre", U),
    ("nina mimba ya miezi 5 na nina homa", U),
    ("5 mahine pregnant hu aur bukhar hai", U),
    (
        "my 2 year old has had diarrhoea since yesterday, his eyes look hollow and he's "
        "gulping down water",
        U,
    ),
    ("34 weeks, leaking a bit of clear fluid since this morning, not sure if it's wee", E),
    ("30 weeks pregnant, I've got a bit of fluid leaking from my ear", U),
    ("ACS: niño 18m, diarrea 2 días, ojos un poco hundidos, inquieto, bebe con avidez", U),
    ("ACS: criança 18m, diarreia há 2 dias, olhos fundos, irritada, bebe com sede", U),
    ("ASC: enfant 2 ans, diarrhée depuis 2 jours, yeux creux, agité, boit avidement", U),
    ("CHW: mtoto miezi 18, kuhara siku 2, macho yameingia ndani, anakunywa kwa pupa", U),
    ("ASHA: 18 mahine ka bachha, dast 2 din se, aankhen andar dhasi hui, bahut pyasa", U),
    ("मेरे 2 साल के बच्चे को दस्त है, आंखें अंदर चली गई हैं, बहुत बेचैन है", U),
    (
        "mi hija de 2 años con diarrea, tiene los ojitos hundidos y está llorona, "
        "pide agua todo el rato",
        U,
    ),
    ("meu filho de 2 anos com diarreia, os olhos estão encovados e ele está irritado", U),
    (
        "mon fils de 2 ans a la diarrhée, il a les yeux cernés et creusés, il "
        "réclame à boire sans arrêt",
        U,
    ),
    ("mtoto wa miaka 2 anaharisha, macho yamedidimia na analia lia, ana kiu sana", U),
    (
        "beti 2 saal ki, dast lage hain, aankhen gaddhe me chali gayi hai aur chidchida "
        "ho gaya hai",
        U,
    ),
    (
        "CHW note: child 2y, diarrhoea 3 days, lethargic, unable to drink, eyes very "
        "sunken, skin pinch goes back very slowly",
        E,
    ),
    ("ACS: niño 18m, diarrea, letárgico, no puede beber, ojos muy hundidos", E),
    ("mtoto wa miaka 2 anaharisha, amelegea hawezi kunywa, macho yameingia sana", E),
    ("2 saal ka bachha, dast, bilkul sust hai, pani nahi pi pa raha, aankhen bahut dhasi", E),
    ("my 2 year old has diarrhoea but he's alert, drinking normally and has tears when crying", S),
    ("meu filho de 3 anos com diarreia, mas está esperto, bebendo normal, chora com lágrimas", S),
    (
        "ma fille de 3 ans a la diarrhée mais elle est bien éveillée, boit "
        "normalement et pleure avec des larmes",
        S,
    ),
    ("mtoto wa miaka 3 anaharisha lakini yuko macho, anakunywa kawaida na analia na machozi", S),
    (
        "3 saal ke bete ko dast hai lekin wo khel raha hai, pani normal pee raha hai, "
        "rote waqt aansu aate hain",
        S,
    ),
    ("33 weeks and a sudden gush of water came out, I'm not sure if I wet myself", E),
    ("34 weeks, I keep leaking fluid and it's not wee, it smells sweet", E),
    ("embarazada de 31 semanas, se me rompió la bolsa", E),
    ("embarazada de 32 semanas, me mojé toda de un líquido transparente y no es orina", E),
    ("grávida de 30 semanas, perdendo líquido pela vagina", E),
    (
        "enceinte de 31 semaines, je crois que j'ai une fissure de la poche des eaux, "
        "ça coule un peu",
        E,
    ),
    ("mimba ya miezi 7, nimepasuka chupa", E),
    ("7 mahine pregnant hu aur achanak bahut saara paani nikla neeche se", E),
    ("7 महीने की गर्भवती हूं, नीचे से पानी रिस रहा है", E),
    ("39 weeks and waters broke, they are green", E),
    ("mimba ya wiki 38, maji yamevunjika na naona kitovu kinatoka", E),
    ("9 mahine pregnant, paani toot gaya aur naal bahar aa gayi", E),
    ("40 semanas, rompí fuente y siento el cordón afuera", E),
    ("37 weeks, itchy palms and soles driving me crazy, no rash at all", U),
    ("embarazada de 35 semanas, tengo mucha comezón en las palmas y las plantas", U),
    ("grávida de 34 semanas, coçando muito a palma das mãos e a sola dos pés", U),
    ("enceinte de 33 semaines, ça me démange la paume des mains et la plante des pieds", U),
    ("mimba ya miezi 8, muwasho mkali kwenye viganja vya mikono na unyayo", U),
    ("9 mahine pregnant hu, hatheliyon aur pairon ke talvon me khujli", U),
    ("8 महीने से हूं गर्भवती, पैरों के तलवों और हथेलियों में खुजली", U),
    ("my 18 month old has diarrhoea, eyes look sunk back and she keeps grabbing for her cup", U),
    (
        "my 2 year old has diarrhoea, when I pinch the skin on his tummy it stays up for "
        "a bit, and he's cranky",
        U,
    ),
    (
        "mi hijo de 2 años tiene diarrea, le pellizco la piel y tarda en volver, está muy inquieto",
        U,
    ),
    (
        "meu filho de 2 anos com diarreia, belisco a pele e demora para voltar, está "
        "com muita sede",
        U,
    ),
    (
        "ma fille de 2 ans a la diarrhée, quand je pince la peau elle revient "
        "lentement, elle a très soif",
        U,
    ),
    ("mtoto wa miaka 2 anaharisha, nikiminya ngozi inachelewa kurudi, ana kiu sana", U),
    ("2 saal ke bachhe ko dast, chamdi kheencho to dheere wapas jati hai, bahut pyas lagti hai", U),
    ("2 साल के बच्चे को दस्त, आंखें गड्ढे में चली गई हैं, बहुत प्यासा है", U),
    ("2 saal ke bachhe ko dast, aankhen andar ghus gayi hai, bar bar paani maang raha", U),
    (
        "my 3 year old with diarrhoea is so sleepy I can't wake her properly and won't "
        "take any fluids",
        E,
    ),
    ("mi hija de 2 años con diarrea, no reacciona bien y no puede tragar nada, ojos hundidos", E),
    ("meu filho de 2 anos com diarreia está molinho, não consegue beber, olhos fundos", E),
    ("mtoto wa miaka 2 anaharisha, amezimia na hawezi kunywa", E),
    ("2 साल के बच्चे को दस्त, बेहोश जैसा है और पानी नहीं पी पा रहा", E),
    ("my 4 year old has loose stools, she's playing, drinking fine and peeing normally", S),
    (
        "mon fils de 2 ans a la diarrhée depuis hier, il joue, boit bien et a des "
        "larmes quand il pleure",
        S,
    ),
    ("mtoto wa miaka 2 anaharisha tangu jana, anacheza, anakunywa vizuri, anakojoa kawaida", S),
    ("mi hijo de 2 años con diarrea desde ayer, juega, toma bien y moja el pañal normal", S),
    ("2 saal ke bache ko kal se dast, khel raha hai, theek se pee raha hai, susu normal", S),
    ("my 2 year old with diarrhoea, his eyes have gone in and he's really whingey and thirsty", U),
    ("mi niño de 2 años con diarrea, se le hundieron los ojos y tiene mucha sed", U),
    ("mi hija de 1 año con diarrea, los ojitos sumidos y pide agua a cada rato", U),
    ("minha filha de 2 anos com diarreia, os olhinhos fundos e muito irritada", U),
    ("3 साल के बच्चे को दस्त, आंखें गहरी हो गई हैं और बहुत प्यास लग रही है", U),
    ("3 saal ke bache ko dast, aankhen bhitar chali gayi hai, bar bar pani mang raha hai", U),
    ("32 weeks and itchy all over, mostly at night", U),
    ("9 mahine ki pregnancy, poore shareer me khujli raat ko", U),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)

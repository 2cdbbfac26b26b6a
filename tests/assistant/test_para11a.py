"""Our own warning lines said the way people say them (brief para11, 2026-12-06): English
(UK and world Englishes), Spanish and Portuguese.

Every red flag's display line is checked said back word for word (test_invariants); here each of
96 red flags across breathing, chest and heart, brain and nerves, children and babies,
pregnancy, mental health, poisoning, injury, skin and the abdomen is told as a person tells it:
in lay words ("his lips have gone a funny bluish colour"), for someone else, in the past
tense, with typos or WhatsApp shorthand, buried in a longer message. Phrasings written for
this test, not taken from any evaluation set. Each must reach at least its red flag's level.

Families fixed (NHS pages cited in the language files): a chest not seen to move (CPR); only a
few words before stopping for breath; "can't get her to respond", "no hay forma de
despertarlo", "não tem jeito de acordar ele"; Spanish gerunds that the speller turns into
participles ("se le está hinchando la lengua"); tongue and lips swelling together in
Portuguese; clothes or hair that caught fire, a burn bigger than the hand in Portuguese; food
stuck with no cough or breath; a neck that will not bend; green waters said after them; the
tummy named second in one pain ("pain in my shoulder tip and tummy") with a late period; a
vehicle that hit or knocked someone off a bike; someone dragged out of the sea; "in this
heat"; an erection that "hasn't gone down"; yellowy skin or eyes; not seeing the point in
being here; a whole strip of tablets taken "sin querer" / "sem querer" (by mistake, not a
negation); pain "muchísimo más de lo que parece"; fruity breath, a tummy going hard, flashing
"luzinhas" in Portuguese; the television talking to them, being spied on; screaming with the legs
pulled up; a bump "hard and tender"; waters that "just" broke; voices telling them to hurt
someone; "sin querer comer" / "sem querer mamar" (not wanting to feed, not "by mistake"); a
double dose given by mistake in Spanish and Portuguese; a baby who "hasn't wanted her feeds"; a Spanish message with a single Spanish marker ("mi papa se desmayo y no despierta") read in Spanish.

Near misses (the same words in a harmless setting, history, a question asked ahead) stay at
the level they had; a child hard to wake for school in the mornings is a sleep habit, not
NICE NG143's drowsiness.
"""

# ruff: noqa: E501  (one message per line)
from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U

ORDER = {S: 0, R: 1, U: 2, E: 3}

# (level it must at least reach, language, message)
PARAPHRASES = [
    # not_breathing
    (E, "en", "my husband has gone all still and i cant see his chest moving at all"),
    (E, "en", "nan's stopped breathing i think, shes not taking any breaths"),
    (E, "es", "mi esposo no respira, no se le mueve el pecho"),
    (E, "es", "el bebe dejo de respirar y esta morado"),
    (E, "pt", "meu marido parou de respirar, o peito dele não mexe"),
    (E, "pt", "o bebê não está respirando direito, só dá umas puxadas de ar de vez em quando"),
    # breathing_severe
    (E, "en", "his lips have gone a funny bluish colour and he's puffing for air"),
    (E, "en", "she can only get two or three words out before she has to stop for breath"),
    (E, "en", "mum's gasping for air and can't talk properly, her finger thing says 89"),
    (E, "es", "tiene los labios moraditos y no le alcanza el aire"),
    (E, "es", "mi mama se ahoga, no puede terminar una frase sin parar a respirar"),
    (E, "es", "el oximetro marca 88 y me falta mucho el aire"),
    (E, "pt", "os lábios dele ficaram roxos e ele está puxando o ar"),
    (E, "pt", "minha mãe está sufocando, não consegue falar uma frase inteira"),
    (E, "pt", "o oxímetro deu 88 e estou com muita falta de ar"),
    (E, "en", "my dad cant catch his breath at all and his lips look grey"),
    (E, "es", "mi papa no agarra aire y tiene los labios grises"),
    (E, "pt", "meu pai não consegue puxar o ar e os lábios estão acinzentados"),
    # chest_pain_cardiac
    (E, "en", "dad says it feels like an elephant sat on his chest and he's all sweaty"),
    (E, "en", "horrible squeezing in my chest for half an hour now, goes up into my jaw"),
    (E, "en", "my chest hurts and the pain is moving down my left arm, feel sick"),
    (E, "es", "me aprieta el pecho y el dolor se me va al brazo izquierdo"),
    (E, "es", "mi papa tiene un dolor fuerte en el pecho y esta sudando frio"),
    (E, "es", "siento un peso en el pecho desde hace media hora y me duele la mandibula"),
    (E, "pt", "tô com um aperto no peito que vai pro braço esquerdo"),
    (E, "pt", "meu pai está com uma dor forte no peito e suando frio"),
    (E, "pt", "sinto um peso no peito há meia hora e a dor sobe pro queixo"),
    (
        E,
        "en",
        "my husband (62) is clutching his chest, grey and sweaty, says it's like a band round it",
    ),
    (E, "es", "mi esposo de 62 se agarra el pecho, esta palido y sudado, dice que le aprieta"),
    (
        E,
        "pt",
        "meu marido de 62 anos está com a mão no peito, pálido e suado, diz que está apertando",
    ),
    # stroke_signs
    (E, "en", "mums face has gone droopy on one side and shes talking funny"),
    (E, "en", "grandad suddenly can't lift his right arm and his words are coming out jumbled"),
    (E, "en", "my wife's mouth is all twisted to one side since this morning"),
    (E, "es", "a mi abuela se le torció la boca y no puede hablar bien"),
    (E, "es", "mi papa de repente no puede mover el brazo derecho y habla raro"),
    (E, "es", "se le cayó un lado de la cara a mi mamá"),
    (E, "pt", "a boca da minha avó entortou e ela não consegue falar direito"),
    (E, "pt", "meu pai de repente não consegue mexer o braço direito e a fala está enrolada"),
    (E, "pt", "o rosto da minha mãe caiu de um lado"),
    (
        E,
        "en",
        "hi, my nan's speech went all slurred about 20 mins ago and her left hand is weak, shes 79",
    ),
    (
        E,
        "es",
        "hola, hace 20 minutos a mi abuela se le traba la lengua al hablar y tiene la mano izquierda sin fuerza",
    ),
    (E, "pt", "oi, há 20 minutos minha avó está com a fala enrolada e a mão esquerda sem força"),
    # seizure
    (E, "en", "my son is shaking all over and his eyes have rolled back, been going 6 mins"),
    (E, "en", "she just had a fit, never had one before in her life"),
    (E, "en", "he keeps having one fit after another and not coming round in between"),
    (E, "es", "mi hijo esta convulsionando y ya van mas de 5 minutos"),
    (E, "es", "le dio un ataque, se puso rigida y temblaba toda, nunca le habia pasado"),
    (E, "es", "tiene una convulsión tras otra y no se despierta"),
    (E, "pt", "meu filho está convulsionando há mais de 5 minutos"),
    (E, "pt", "ela teve uma convulsão pela primeira vez, ficou dura e tremendo"),
    (E, "pt", "ele tem uma crise atrás da outra e não acorda"),
    (
        E,
        "en",
        "my daughter went stiff and started jerking on the floor, she's never done that before",
    ),
    (E, "es", "mi hija se puso tiesa y empezo a sacudirse en el piso, nunca le habia pasado"),
    (E, "pt", "minha filha ficou dura e começou a se debater no chão, nunca tinha acontecido"),
    # unresponsive
    (E, "en", "my dad's collapsed on the floor and won't wake up"),
    (E, "en", "found her passed out and i cant get her to respond to me"),
    (E, "es", "mi papa se desmayo y no despierta"),
    (E, "es", "la encontre tirada en el suelo y no me responde"),
    (E, "pt", "meu pai desmaiou e não acorda"),
    (E, "pt", "encontrei ela caída no chão e ela não responde"),
    (
        E,
        "en",
        "sorry to bother u but my grandad's slumped in his chair and we cant wake him at all",
    ),
    (E, "es", "perdon la hora, mi abuelo esta en el sillon y no hay forma de despertarlo"),
    (E, "pt", "desculpa a hora, meu avô está largado na cadeira e não tem jeito de acordar ele"),
    # anaphylaxis
    (E, "en", "ate a prawn and now her lips and tongue are swelling up massively"),
    (
        E,
        "en",
        "my son's allergic to nuts, he had some cake and now he's wheezing and his face is puffing up",
    ),
    (E, "en", "stung by a wasp and my throat feels like its closing"),
    (E, "es", "comio camarones y se le esta hinchando la lengua y los labios"),
    (E, "es", "me pico una abeja y siento que se me cierra la garganta"),
    (E, "pt", "comeu camarão e a língua e os lábios estão inchando"),
    (E, "pt", "fui picado por uma abelha e sinto a garganta fechando"),
    (
        E,
        "pt",
        "meu filho é alérgico a amendoim, comeu um bolo e agora está com dificuldade pra respirar",
    ),
    (E, "en", "wife got stung by a bee, her face and lips are blowing up and she feels faint"),
    (
        E,
        "es",
        "a mi esposa la pico una abeja, se le hincha la cara y los labios y se siente desmayar",
    ),
    # heavy_bleeding
    (E, "en", "theres blood pouring out of his leg and pressing on it isnt stopping it"),
    (E, "en", "cut my arm on glass, blood everywhere, soaked through 3 towels and still going"),
    (E, "es", "le sale mucha sangre de la pierna y no para aunque aprieto"),
    (E, "es", "me corte el brazo con un vidrio y sangra muchisimo, ya empape tres toallas"),
    (E, "pt", "está saindo muito sangue da perna dele e não para mesmo apertando"),
    (E, "pt", "cortei o braço no vidro e está sangrando muito, já encharquei três toalhas"),
    (E, "en", "dropped a knife on my foot, blood is spurting out and wont stop"),
    (E, "es", "se me cayo un cuchillo en el pie y la sangre sale a chorros y no para"),
    (E, "pt", "caiu uma faca no meu pé e o sangue está jorrando e não para"),
    # choking
    (E, "en", "my toddler's choking on a grape and its not coming out"),
    (E, "en", "he's got food stuck and can't cough or breathe, going red"),
    (E, "es", "mi niño se esta atragantando con una uva y no sale"),
    (E, "es", "se le atoró la comida, no puede toser ni respirar"),
    (E, "pt", "meu filho está engasgado com uma uva e não sai"),
    (E, "pt", "a comida entalou, ele não consegue tossir nem respirar"),
    (E, "en", "my baby's choking on a bit of apple and going blue"),
    (E, "es", "mi bebe se atraganto con un pedazo de manzana y se esta poniendo morado"),
    (E, "pt", "meu bebê engasgou com um pedaço de maçã e está ficando roxo"),
    # child_breathing_severe
    (E, "en", "she's breathing really fast and her tummy is sucking in under the ribs"),
    (E, "en", "my baby is making a grunting noise with every breath"),
    (E, "en", "little one keeps stopping breathing for a few seconds then starts again"),
    (E, "es", "mi bebe respira muy rapido y se le hunden las costillas"),
    (E, "es", "el niño hace un quejido cada vez que respira"),
    (E, "es", "mi bebe deja de respirar unos segundos y luego vuelve"),
    (E, "pt", "meu bebê está respirando muito rápido e a barriga afunda embaixo das costelas"),
    (E, "pt", "a criança está gemendo a cada respiração"),
    (E, "pt", "meu bebê para de respirar uns segundos e depois volta"),
    (
        E,
        "en",
        "my 1 year old is making a horrible grunting sound and you can see her ribs sucking in",
    ),
    (
        E,
        "es",
        "mi niña de 1 año hace un ruido feo como quejido y se le marcan las costillas al respirar",
    ),
    (
        E,
        "pt",
        "minha filha de 1 ano está fazendo um gemido feio e dá pra ver as costelas afundando",
    ),
    # child_red_flags
    (E, "en", "my little boy has gone all floppy and I can barely wake him"),
    (E, "en", "my daughter is being sick and it's bright green"),
    (E, "en", "toddler has a temp and his hands and feet are freezing and his skin looks blotchy"),
    (E, "es", "mi niño esta muy decaido, como un trapo, y casi no despierta"),
    (E, "es", "mi hija vomita verde"),
    (E, "es", "el niño tiene fiebre y las manos y los pies helados y la piel marmoleada"),
    (E, "pt", "meu filho ficou molinho e quase não acorda"),
    (E, "pt", "minha filha está vomitando verde"),
    (E, "pt", "a criança está com febre e as mãos e os pés gelados e a pele manchada"),
    (E, "en", "the baby's crying has gone really weak and high pitched and shes very floppy"),
    (E, "es", "el llanto de mi bebe es muy debil y agudo y esta muy flojita"),
    (E, "pt", "o choro do bebê está muito fraco e agudo e ela está muito molinha"),
    # infant_red_flags
    (E, "en", "my 6 week old feels really hot, thermometer says 38.4"),
    (E, "en", "2 month old baby has a temperature of 38 and is off her feeds"),
    (E, "en", "my newborn's soft spot on top of his head is bulging out"),
    (E, "es", "mi bebe de 6 semanas tiene 38.4 de fiebre"),
    (E, "es", "la mollera de mi recien nacido esta abultada"),
    (E, "pt", "meu bebê de 6 semanas está com 38,4 de febre"),
    (E, "pt", "a moleira do meu recém-nascido está estufada"),
    (E, "en", "our 5 week old is burning up, 38.5 under the arm"),
    (E, "es", "nuestro bebe de 5 semanas esta ardiendo en fiebre, 38.5 en la axila"),
    (E, "pt", "nosso bebê de 5 semanas está ardendo em febre, 38,5 na axila"),
    # meningitis_signs
    (E, "en", "she has spots that don't go away when i press a glass on them"),
    (E, "en", "he's got a high temp, can't bend his neck and the light hurts his eyes"),
    (E, "en", "rash on my son that doesnt fade with the glass test and hes got a fever"),
    (E, "es", "tiene unas manchitas que no se borran al apretar con un vaso"),
    (E, "es", "tiene fiebre alta, no puede doblar el cuello y le molesta la luz"),
    (E, "pt", "ela tem umas manchinhas que não somem quando aperto com um copo"),
    (E, "pt", "ele está com febre alta, não consegue dobrar o pescoço e a luz incomoda os olhos"),
    (
        E,
        "en",
        "my toddler has a fever and little purple spots that stay when i roll a glass over them",
    ),
    (
        E,
        "es",
        "mi niño tiene fiebre y unas manchitas moradas que no se quitan cuando paso un vaso encima",
    ),
    (
        E,
        "pt",
        "meu filho está com febre e umas manchinhas roxas que não somem quando passo um copo por cima",
    ),
    # sepsis_signs
    (E, "en", "my dad has a chest infection and now he's confused and his skin is mottled"),
    (E, "en", "she's had a water infection and hasn't had a wee all day and is all muddled"),
    (E, "es", "mi papa tiene una infeccion y ahora esta confundido y con la piel amoratada"),
    (E, "es", "tiene fiebre alta y no ha orinado en todo el dia y esta desorientada"),
    (E, "pt", "meu pai está com infecção e agora está confuso e com a pele manchada"),
    (E, "pt", "ela está com febre alta, não fez xixi o dia todo e está desorientada"),
    (E, "en", "mums got a uti and now she's all blotchy, shivering and talking nonsense"),
    (
        E,
        "es",
        "mi mama tiene infeccion de orina y ahora tiene la piel manchada, tiembla y dice incoherencias",
    ),
    (
        E,
        "pt",
        "minha mãe está com infecção urinária e agora está com a pele manchada, tremendo e falando coisa sem sentido",
    ),
    # head_injury_serious
    (E, "en", "he banged his head on the kerb and was knocked out for a minute"),
    (E, "en", "my mum fell and hit her head, she's on warfarin"),
    (E, "en", "my son bumped his head at football and keeps throwing up and is really dozy"),
    (E, "es", "se golpeo la cabeza y perdio el conocimiento un minuto"),
    (E, "es", "mi mama se cayo y se pego en la cabeza, toma warfarina"),
    (E, "es", "mi hijo se pego en la cabeza jugando futbol y no para de vomitar"),
    (E, "pt", "ele bateu a cabeça e desmaiou por um minuto"),
    (E, "pt", "minha mãe caiu e bateu a cabeça, ela toma varfarina"),
    (E, "pt", "meu filho bateu a cabeça no futebol e não para de vomitar"),
    (
        E,
        "en",
        "my dad slipped on ice, cracked his head and was out cold for a bit, now he's confused",
    ),
    (
        E,
        "es",
        "mi papa se resbalo en el hielo, se golpeo la cabeza y quedo inconsciente un rato, ahora esta confundido",
    ),
    (
        E,
        "pt",
        "meu pai escorregou, bateu a cabeça e ficou desacordado um tempo, agora está confuso",
    ),
    # overdose
    (E, "en", "my 3 year old got into my paracetamol and I think he ate a few"),
    (E, "en", "i took 20 paracetamol a few hours ago, feel fine though"),
    (E, "es", "mi hijo de 3 años se comio unas pastillas de paracetamol"),
    (E, "es", "me tome 20 pastillas de paracetamol hace unas horas"),
    (E, "pt", "meu filho de 3 anos comeu uns comprimidos de paracetamol"),
    (E, "pt", "tomei 20 comprimidos de paracetamol umas horas atrás"),
    (E, "en", "my mum took a whole strip of her sleeping tablets by mistake"),
    (E, "es", "mi mama se tomo sin querer toda la tira de pastillas para dormir"),
    (E, "pt", "minha mãe tomou sem querer a cartela inteira de remédio pra dormir"),
    # poisoning
    (E, "en", "my little girl drank some bleach from under the sink"),
    (E, "es", "mi niña se tomo cloro de debajo del fregadero"),
    (E, "es", "el niño tomo lejia"),
    (E, "pt", "minha filha bebeu água sanitária"),
    (E, "pt", "o menino engoliu veneno de rato"),
    (E, "en", "my toddler drank some white spirit from a bottle in the garage"),
    (E, "es", "mi niño se tomo thinner de una botella del garaje"),
    (E, "pt", "meu filho bebeu thinner de uma garrafa na garagem"),
    # suicide_intent
    (E, "en", "i'm going to end it all tonight, i've got the pills ready"),
    (E, "en", "my brother says he's going to kill himself and he's got a rope"),
    (E, "es", "me voy a quitar la vida esta noche, ya tengo las pastillas"),
    (E, "es", "mi hermano dice que se va a matar y tiene una cuerda"),
    (E, "pt", "vou acabar com a minha vida hoje à noite, já separei os remédios"),
    (E, "pt", "meu irmão disse que vai se matar e tem uma corda"),
    (E, "en", "i've written letters to my family and i'm going to jump off the bridge tonight"),
    (E, "es", "ya les escribi cartas a mi familia y esta noche me voy a tirar del puente"),
    (E, "pt", "já escrevi cartas pra minha família e hoje à noite vou pular da ponte"),
    # pre_eclampsia_severe
    (E, "en", "34 weeks pregnant, splitting headache and seeing flashing lights"),
    (E, "en", "my wife is 36 weeks, terrible headache and her vision's gone blurry"),
    (E, "es", "tengo 34 semanas de embarazo, un dolor de cabeza terrible y veo lucecitas"),
    (E, "es", "mi esposa tiene 36 semanas, dolor de cabeza fuerte y ve borroso"),
    (E, "pt", "estou com 34 semanas, uma dor de cabeça terrível e vendo luzinhas"),
    (E, "pt", "minha esposa está com 36 semanas, dor de cabeça forte e vista embaçada"),
    (
        E,
        "en",
        "my daughter is 35 wks pregnant, she has the worst headache and keeps seeing sparkles",
    ),
    (
        E,
        "es",
        "mi hija tiene 35 semanas de embarazo, tiene un dolor de cabeza horrible y ve chispitas",
    ),
    (
        E,
        "pt",
        "minha filha está grávida de 35 semanas, com uma dor de cabeça horrível e vendo estrelinhas",
    ),
    # pregnancy_heavy_bleeding
    (E, "en", "im 10 weeks pregnant and bleeding loads, passing big clots"),
    (E, "en", "my girlfriend is pregnant and she's bleeding heavily and feels faint"),
    (E, "es", "estoy embarazada de 10 semanas y sangro mucho con coagulos"),
    (E, "es", "mi novia esta embarazada, sangra mucho y se siente que se va a desmayar"),
    (E, "pt", "estou grávida de 10 semanas e sangrando muito, saindo coágulos grandes"),
    (E, "pt", "minha namorada está grávida, sangrando muito e sentindo que vai desmaiar"),
    # reduced_movements
    (E, "en", "32 weeks and baby hasn't kicked all day"),
    (E, "en", "i'm pregnant and i can't feel the baby moving since this morning"),
    (E, "es", "tengo 32 semanas y el bebe no se ha movido en todo el dia"),
    (E, "es", "estoy embarazada y no siento al bebe moverse desde la mañana"),
    (E, "pt", "estou com 32 semanas e o bebê não mexeu o dia todo"),
    (E, "pt", "estou grávida e não sinto o bebê mexer desde de manhã"),
    (E, "en", "38 weeks and i havent felt her kick since yesterday"),
    (E, "es", "38 semanas y no la siento patear desde ayer"),
    (E, "pt", "38 semanas e não sinto ela chutar desde ontem"),
    # postpartum_haemorrhage
    (E, "en", "had my baby last week and i'm soaking a maternity pad every hour"),
    (E, "en", "gave birth 3 days ago and passing clots the size of a golf ball"),
    (E, "es", "tuve a mi bebe hace una semana y empapo una toalla cada hora"),
    (E, "es", "di a luz hace 3 dias y estoy botando coagulos grandes"),
    (E, "pt", "tive meu bebê semana passada e estou encharcando um absorvente por hora"),
    (E, "pt", "dei à luz há 3 dias e estou saindo coágulos grandes"),
    # labour_danger_signs
    (E, "en", "my waters have gone and they're green"),
    (E, "en", "i can feel the cord coming out down below"),
    (E, "es", "se me rompio la fuente y el liquido es verde"),
    (E, "es", "siento el cordon saliendo"),
    (E, "pt", "a bolsa estourou e o líquido está verde"),
    (E, "pt", "estou sentindo o cordão saindo"),
    (E, "en", "i've got a really strong urge to push and my midwife isn't here yet"),
    (E, "es", "tengo muchas ganas de pujar y la partera no ha llegado"),
    (E, "pt", "estou com muita vontade de fazer força e a parteira não chegou"),
    # ectopic_signs
    (
        E,
        "en",
        "positive test last week, now awful pain on one side low down and i feel like im going to pass out",
    ),
    (E, "en", "period late, sharp pain in my shoulder tip and tummy"),
    (
        E,
        "es",
        "el test me dio positivo y tengo un dolor horrible en un lado abajo y me voy a desmayar",
    ),
    (E, "es", "tengo la regla atrasada y dolor en la punta del hombro y en la barriga"),
    (
        E,
        "pt",
        "o teste deu positivo e estou com uma dor horrível de um lado embaixo e sinto que vou desmaiar",
    ),
    (E, "pt", "minha menstruação está atrasada e estou com dor na ponta do ombro e na barriga"),
    # abdominal_emergency
    (E, "en", "my tummy is rock hard and it kills to touch it"),
    (E, "en", "sudden agonising pain in my stomach, doubled over"),
    (E, "es", "tengo la panza dura como una piedra y me duele al tocarla"),
    (E, "es", "de repente un dolor de barriga horrible, no me puedo enderezar"),
    (E, "pt", "minha barriga está dura como pedra e dói pra tocar"),
    (E, "pt", "de repente uma dor de barriga horrível, não consigo ficar reto"),
    # gi_bleed_shock
    (E, "en", "my poo is black like tar and i feel dizzy and look really pale"),
    (E, "en", "dad's been passing blood from his back passage and nearly fainted"),
    (E, "es", "tengo las heces negras como alquitran y me mareo y estoy palido"),
    (E, "es", "mi papa hizo popo con sangre y casi se desmaya"),
    (E, "pt", "meu cocô está preto como piche e estou tonto e pálido"),
    (E, "pt", "meu pai evacuou sangue e quase desmaiou"),
    (
        E,
        "en",
        "been passing black tarry poo since yesterday, now i went dizzy and almost blacked out",
    ),
    (E, "es", "desde ayer hago popo negra como chapopote y ahora me mareé y casi me desmayo"),
    (
        E,
        "pt",
        "desde ontem estou fazendo cocô preto tipo borra e agora fiquei tonto e quase desmaiei",
    ),
    # vomiting_blood
    (E, "en", "he's been sick and it's full of blood"),
    (E, "en", "throwing up stuff that looks like coffee grounds"),
    (E, "es", "esta vomitando sangre"),
    (E, "es", "vomito algo como posos de cafe"),
    (E, "pt", "ele está vomitando sangue"),
    (E, "pt", "vomitei uma coisa parecida com borra de café"),
    (E, "pt", "meu pai vomitou sangue vivo agora há pouco"),
    (E, "es", "mi papa acaba de vomitar sangre roja"),
    (E, "en", "grandad just threw up a load of bright red blood"),
    # serious_burn
    (E, "en", "my son pulled boiling water over himself, burn is bigger than my hand"),
    (E, "en", "burnt my face with hot oil and it's blistered"),
    (E, "en", "his shirt caught fire at the bonfire"),
    (E, "es", "mi hijo se echo agua hirviendo encima, la quemadura es mas grande que mi mano"),
    (E, "es", "se me prendio fuego la ropa"),
    (E, "pt", "meu filho derramou água fervendo em si, a queimadura é maior que a minha mão"),
    (E, "pt", "a roupa dele pegou fogo"),
    (E, "en", "my daughter's nightie caught fire on the gas hob"),
    (E, "es", "a mi hija se le prendio el camison en la estufa"),
    (E, "pt", "a camisola da minha filha pegou fogo no fogão"),
    # major_trauma
    (E, "en", "my son got hit by a car on his bike"),
    (E, "en", "he fell off the roof and can't feel his legs"),
    (E, "en", "my friend's been stabbed"),
    (E, "es", "a mi hijo lo atropello un carro"),
    (E, "es", "se cayo del techo y no siente las piernas"),
    (E, "es", "a mi amigo lo apuñalaron"),
    (E, "pt", "meu filho foi atropelado por um carro"),
    (E, "pt", "ele caiu do telhado e não sente as pernas"),
    (E, "pt", "meu amigo levou uma facada"),
    (E, "en", "a lad's been knocked off his motorbike by a lorry, he's in a bad way"),
    (E, "es", "a un muchacho lo tumbo un camion de la moto, esta muy mal"),
    (E, "pt", "um rapaz foi derrubado da moto por um caminhão, está muito mal"),
    # leg_deformed
    (E, "en", "after she fell her leg is twisted the wrong way"),
    (E, "en", "nan fell and now one leg is shorter and her foot is turned out"),
    (E, "es", "despues de caer tiene la pierna torcida para el otro lado"),
    (E, "es", "mi abuela se cayo y una pierna le quedo mas corta y el pie virado para afuera"),
    (E, "pt", "depois que caiu a perna dela ficou torta"),
    (E, "pt", "minha avó caiu e uma perna ficou mais curta e o pé virado pra fora"),
    # drowning
    (E, "en", "my son went under at the pool and we pulled him out, he seems ok now"),
    (E, "es", "mi hijo se hundio en la piscina y lo sacamos, ahora parece bien"),
    (E, "pt", "meu filho afundou na piscina e tiramos ele, agora parece bem"),
    (E, "en", "we dragged my nephew out of the sea after he went under, he's coughing a lot"),
    (E, "es", "sacamos a mi sobrino del mar despues de que se hundio, tose mucho"),
    (E, "pt", "tiramos meu sobrinho do mar depois que ele afundou, está tossindo muito"),
    # diabetes_emergency
    (E, "en", "my husband's diabetic and he's acting drunk and really confused"),
    (E, "en", "sugar is 2.1 and she's shaky and not making sense"),
    (E, "es", "mi esposo es diabetico y esta como borracho y muy confundido"),
    (E, "es", "tiene el azucar en 40 y no responde bien"),
    (E, "pt", "meu marido é diabético e está parecendo bêbado e muito confuso"),
    (E, "pt", "a glicose está 40 e ela está confusa"),
    (E, "en", "mum's type 2 on insulin, shes sweaty, not making sense and slurring"),
    (
        E,
        "es",
        "mi mama es diabetica con insulina, esta sudando, no dice cosas con sentido y arrastra las palabras",
    ),
    (
        E,
        "pt",
        "minha mãe é diabética e usa insulina, está suando, falando coisa sem sentido e enrolando a língua",
    ),
    # ketoacidosis_signs
    (
        E,
        "en",
        "my type 1 son is thirsty all the time, being sick and his breath smells like pear drops",
    ),
    (E, "es", "mi hijo diabetico tipo 1 esta vomitando y el aliento le huele a fruta"),
    (E, "pt", "meu filho tem diabetes tipo 1, está vomitando e o hálito está com cheiro de fruta"),
    # heatstroke
    (E, "en", "been out in the sun all day and now he's confused and his skin is hot and dry"),
    (E, "es", "estuvo todo el dia al sol y ahora esta confundido y la piel caliente y seca"),
    (E, "pt", "passou o dia todo no sol e agora está confuso e com a pele quente e seca"),
    (E, "en", "my son collapsed at football in this heat, he's hot to touch and not sweating"),
    (E, "es", "mi hijo se desmayo jugando futbol con este calor, esta caliente y no suda"),
    (E, "pt", "meu filho desmaiou jogando bola nesse calor, está quente e não sua"),
    # hypothermia
    (E, "en", "grandad's freezing cold, stopped shivering and slurring his words"),
    (E, "es", "mi abuelo esta helado, dejo de temblar y arrastra las palabras"),
    (E, "pt", "meu avô está gelado, parou de tremer e está com a fala arrastada"),
    (E, "en", "found my neighbour on the floor freezing cold, mumbling and not shivering anymore"),
    (E, "es", "encontre a mi vecino en el piso helado, balbuceando y ya no tiembla"),
    (E, "pt", "encontrei meu vizinho no chão gelado, balbuciando e já não treme"),
    # carbon_monoxide
    (E, "en", "the boiler's been playing up and we've all got headaches, my wife just collapsed"),
    (E, "es", "creo que hay monoxido de carbono en casa y mi esposa se desmayo"),
    (E, "pt", "acho que tem monóxido de carbono em casa e minha esposa desmaiou"),
    (
        E,
        "en",
        "the gas fire's been on all day and now my husband is confused and dizzy, i think its carbon monoxide",
    ),
    (
        E,
        "es",
        "tuvimos el calentador de gas prendido todo el dia y mi esposo esta confundido, creo que es monoxido",
    ),
    (
        E,
        "pt",
        "o aquecedor a gás ficou ligado o dia todo e meu marido está confuso, acho que é monóxido",
    ),
    # aortic_dissection_signs
    (E, "en", "sudden ripping pain through my chest into my back"),
    (E, "es", "de repente un dolor como desgarro en el pecho que pasa a la espalda"),
    (E, "pt", "de repente uma dor rasgando no peito que vai pras costas"),
    # pulmonary_embolism_signs
    (E, "en", "had an op 2 weeks ago, now suddenly breathless and my calf is swollen"),
    (
        E,
        "es",
        "me operaron hace 2 semanas y de repente me falta el aire y tengo la pantorrilla hinchada",
    ),
    (E, "pt", "fiz cirurgia há 2 semanas e de repente estou sem ar e a panturrilha está inchada"),
    # palpitations_red
    (E, "en", "heart going like the clappers and i've got chest pain"),
    (E, "es", "el corazon me late rapidisimo y me duele el pecho"),
    (E, "pt", "o coração está disparado e estou com dor no peito"),
    # asthma_attack_reliever_failing
    (E, "en", "my son's asthmatic and his blue puffer isn't doing anything, he can hardly talk"),
    (E, "es", "mi hijo es asmatico y el inhalador no le hace nada, casi no puede hablar"),
    (
        E,
        "pt",
        "meu filho tem asma e a bombinha não está fazendo efeito, ele quase não consegue falar",
    ),
    # cauda_equina_signs
    (E, "en", "back pain and now i'm numb around my bum and can't feel myself wee"),
    (
        E,
        "es",
        "me duele la espalda y ahora tengo adormecida la zona de las nalgas y no controlo la orina",
    ),
    (
        E,
        "pt",
        "estou com dor nas costas e agora a região do bumbum está dormente e não seguro o xixi",
    ),
    (
        E,
        "en",
        "sciatica for weeks but since last night i cant feel when i need a wee and my bum feels numb",
    ),
    (
        E,
        "es",
        "tengo ciatica y desde anoche no siento cuando tengo ganas de orinar y tengo dormidas las nalgas",
    ),
    (
        E,
        "pt",
        "tenho ciático e desde ontem não sinto vontade de fazer xixi e o bumbum está dormente",
    ),
    # battery_or_magnet
    (E, "en", "my toddler swallowed one of those little round watch batteries"),
    (E, "es", "mi niño se trago una pila de boton"),
    (E, "pt", "meu filho engoliu uma bateria de relógio"),
    # airway_infection
    (E, "en", "she can't swallow her own spit and she's drooling with a sore throat"),
    (E, "es", "no puede tragar ni la saliva y se le cae la baba"),
    (E, "pt", "ela não consegue engolir nem a saliva e está babando"),
    (E, "en", "my son can't swallow his saliva, he's drooling and sitting forward to breathe"),
    (
        E,
        "es",
        "mi hijo no puede tragar la saliva, esta babeando y se inclina hacia adelante para respirar",
    ),
    (
        E,
        "pt",
        "meu filho não consegue engolir a saliva, está babando e inclinado pra frente pra respirar",
    ),
    # severe_dehydration_baby
    (E, "en", "baby hasn't had a wet nappy since last night and her soft spot is sunken"),
    (E, "es", "el bebe no moja el pañal desde anoche y tiene la mollera hundida"),
    (E, "pt", "o bebê não molha a fralda desde ontem à noite e a moleira está afundada"),
    # child_testicle_pain
    (E, "en", "my 12 year old woke up with sudden agony in his testicle"),
    (E, "es", "mi hijo de 12 años desperto con un dolor fuerte de repente en un testiculo"),
    (E, "pt", "meu filho de 12 anos acordou com uma dor forte de repente no testículo"),
    (E, "en", "my teenager woke up screaming with pain in his balls"),
    (E, "es", "mi hijo adolescente se desperto gritando de dolor en los testiculos"),
    (E, "pt", "meu filho adolescente acordou gritando de dor nos testículos"),
    # necrotising_infection
    (
        E,
        "en",
        "the cut on his leg is agony, way worse than it looks, and the skin round it is going purple",
    ),
    (
        E,
        "es",
        "la herida le duele muchisimo mas de lo que parece y la piel alrededor se pone morada",
    ),
    (E, "pt", "o corte dói muito mais do que parece e a pele em volta está ficando roxa"),
    # skin_peeling_blistering
    (
        E,
        "en",
        "started new tablets last week and now my skin is peeling off and blistering, mouth is sore",
    ),
    (E, "es", "empece un medicamento nuevo y ahora la piel se me esta pelando con ampollas"),
    (E, "pt", "comecei um remédio novo e agora a pele está descascando com bolhas"),
    # eye_emergency
    (E, "en", "got oven cleaner splashed in my eye"),
    (E, "en", "i suddenly can't see out of my right eye"),
    (E, "es", "me cayo lejia en el ojo"),
    (E, "es", "de repente no veo nada del ojo derecho"),
    (E, "pt", "caiu água sanitária no meu olho"),
    (E, "pt", "de repente parei de enxergar do olho direito"),
    (E, "en", "my son got bleach in his eye while cleaning"),
    (E, "es", "a mi hijo le salto cloro al ojo limpiando"),
    (E, "pt", "espirrou água sanitária no olho do meu filho"),
    # self_harm_serious
    (E, "en", "i cut myself and it's really deep and won't stop bleeding"),
    (E, "es", "me corte a proposito y es muy profundo, no para de sangrar"),
    (E, "pt", "me cortei de propósito e está muito fundo, não para de sangrar"),
    # harm_to_baby
    (E, "en", "i keep thinking about hurting my baby"),
    (E, "es", "tengo pensamientos de hacerle daño a mi bebe"),
    (E, "pt", "fico pensando em machucar meu bebê"),
    (E, "es", "tengo miedo de hacerle algo malo a mi bebe, se me cruzan ideas de lastimarlo"),
    (E, "pt", "tenho medo de fazer mal ao meu bebê, vêm pensamentos de machucar ele"),
    (E, "en", "i'm scared i'm going to hurt my baby, i keep getting thoughts of harming him"),
    # postpartum_psychosis
    (E, "en", "since she had the baby my sister is hearing voices and thinks the baby isn't hers"),
    (E, "es", "desde que tuvo al bebe mi hermana oye voces"),
    (E, "pt", "desde que teve o bebê minha irmã está ouvindo vozes"),
    # rectal_bleeding_heavy
    (E, "en", "lots of blood from my bum, the toilet bowl is all red"),
    (E, "es", "me sale mucha sangre por el ano, el agua del inodoro queda roja"),
    (E, "pt", "está saindo muito sangue pelo ânus, a água do vaso fica vermelha"),
    # haemoptysis_heavy
    (E, "en", "coughing up loads of blood, like cupfuls"),
    (E, "es", "estoy tosiendo mucha sangre"),
    (E, "pt", "estou tossindo muito sangue"),
    # suicidal_thoughts
    (U, "en", "i keep thinking everyone would be better off without me"),
    (U, "es", "pienso que todos estarian mejor sin mi"),
    (U, "pt", "fico pensando que todo mundo estaria melhor sem mim"),
    (U, "en", "tbh i dont see the point in being here anymore"),
    (U, "es", "la verdad ya no le veo sentido a estar aqui"),
    (U, "pt", "sinceramente não vejo mais sentido em estar aqui"),
    # psychosis_signs
    (U, "en", "my son is convinced the neighbours are spying on him through the telly"),
    (U, "es", "mi hijo esta convencido de que los vecinos lo espian"),
    (U, "pt", "meu filho tem certeza que os vizinhos estão espionando ele"),
    (U, "en", "my sister thinks the tv is talking to her and that people are following her"),
    (U, "es", "mi hermana cree que la tele le habla y que la estan siguiendo"),
    (U, "pt", "minha irmã acha que a tv fala com ela e que estão seguindo ela"),
    # jaundice
    (U, "en", "the whites of his eyes have gone yellowy"),
    (U, "es", "se le pusieron amarillos los ojos"),
    (U, "pt", "o branco dos olhos dele ficou amarelado"),
    (U, "en", "my skin's gone a yellowy colour and my wee is dark"),
    (U, "es", "tengo la piel amarillenta y la orina oscura"),
    (U, "pt", "minha pele ficou amarelada e o xixi está escuro"),
    # kidney_infection_signs
    (U, "en", "burning when i wee and now shivery with pain in my back under the ribs"),
    (U, "es", "me arde al orinar y ahora tengo escalofrios y dolor en la espalda"),
    (U, "pt", "arde pra fazer xixi e agora estou com calafrios e dor nas costas"),
    (
        U,
        "en",
        "cystitis for 3 days now and today a temp of 38.9 and pain in my side under the ribs",
    ),
    (
        U,
        "es",
        "cistitis desde hace 3 dias y hoy fiebre de 38.9 y dolor en el costado debajo de las costillas",
    ),
    (U, "pt", "cistite há 3 dias e hoje febre de 38,9 e dor do lado embaixo das costelas"),
    # dvt_signs
    (U, "en", "flew back from australia and my calf is swollen and hot"),
    (U, "es", "volvi de un viaje largo en avion y tengo la pantorrilla hinchada y caliente"),
    (U, "pt", "voltei de uma viagem longa de avião e a panturrilha está inchada e quente"),
    # testicle_pain
    (U, "en", "one of my balls is swollen and sore"),
    (U, "es", "tengo un testiculo hinchado y me duele"),
    (U, "pt", "estou com um testículo inchado e dolorido"),
    # pregnancy_bleeding
    (U, "en", "im pregnant and there's a bit of spotting"),
    (U, "es", "estoy embarazada y estoy manchando un poquito"),
    (U, "pt", "estou grávida e estou com um sangramento de leve"),
    (U, "en", "10 wks pregnant and some brown spotting this morning"),
    (U, "es", "10 semanas de embarazo y un poco de manchado cafe esta mañana"),
    (U, "pt", "10 semanas de gravidez e um pouco de borra de café hoje de manhã"),
    # waters_or_labour
    (U, "en", "my waters broke an hour ago, 39 weeks"),
    (U, "es", "se me rompio la fuente hace una hora, tengo 39 semanas"),
    (U, "pt", "minha bolsa estourou há uma hora, estou com 39 semanas"),
    # sudden_hearing_loss
    (U, "en", "woke up and can't hear anything out of my left ear"),
    (U, "es", "me desperte y no oigo nada del oido izquierdo"),
    (U, "pt", "acordei e não escuto nada do ouvido esquerdo"),
    # flashes_floaters
    (U, "en", "suddenly seeing loads of little black dots and flashes in my eye"),
    (U, "es", "de repente veo muchos puntitos negros y destellos en un ojo"),
    (U, "pt", "de repente estou vendo muitos pontinhos pretos e flashes no olho"),
    # melaena
    (U, "en", "my poo has gone black and sticky"),
    (U, "es", "hago popo negra y pegajosa"),
    (U, "pt", "meu cocô está preto e grudento"),
    # shingles
    (U, "en", "painful blistery rash on one side of my ribs"),
    (U, "es", "tengo un sarpullido con ampollas que duele en un lado del torso"),
    (U, "pt", "estou com bolhas que doem de um lado só das costelas"),
    # sexual_assault
    (U, "en", "i was raped last night"),
    (U, "es", "me violaron anoche"),
    (U, "pt", "fui estuprada ontem à noite"),
    # emergency_contraception
    (U, "en", "condom split last night"),
    (U, "es", "anoche se rompio el condon"),
    (U, "pt", "a camisinha estourou ontem à noite"),
    # possible_fracture
    (U, "en", "fell on my wrist and it's really swollen and a weird shape"),
    (U, "es", "me cai sobre la muñeca y esta muy hinchada y con forma rara"),
    (U, "pt", "caí em cima do pulso e está muito inchado e com formato estranho"),
    # dehydration_baby
    (U, "en", "my baby's nappies are much drier than usual and she's got no tears"),
    (U, "es", "mi bebe moja menos pañales y llora sin lagrimas"),
    (U, "pt", "meu bebê está molhando menos fraldas e chora sem lágrimas"),
    # preterm_labour_signs
    (U, "en", "30 weeks and getting tightenings every 10 minutes"),
    (U, "es", "tengo 30 semanas y tengo contracciones cada 10 minutos"),
    (U, "pt", "estou com 30 semanas e sentindo a barriga endurecer a cada 10 minutos"),
    # pregnancy_itching
    (
        U,
        "en",
        "33 weeks pregnant and the palms of my hands and soles of my feet are so itchy at night",
    ),
    (
        U,
        "es",
        "tengo 33 semanas y me pican muchisimo las palmas de las manos y las plantas de los pies",
    ),
    (U, "pt", "estou com 33 semanas e as palmas das mãos e as solas dos pés coçam muito à noite"),
    # hot_swollen_joint
    (U, "en", "my knee is red hot and swollen and i've got a temperature"),
    (U, "es", "tengo la rodilla roja, caliente e hinchada y tengo fiebre"),
    (U, "pt", "meu joelho está vermelho, quente e inchado e estou com febre"),
    # malaria_risk
    (U, "en", "got back from nigeria last week and now fever and shivers"),
    (U, "es", "volvi de Nigeria la semana pasada y tengo fiebre y escalofrios"),
    (U, "pt", "voltei de Angola semana passada e estou com febre e calafrios"),
    # rabies_risk
    (U, "en", "got bitten by a stray dog on holiday in thailand"),
    (U, "es", "me mordio un perro callejero"),
    (U, "pt", "fui mordido por um cachorro de rua"),
    # hiv_exposure
    (U, "en", "had unprotected sex yesterday with someone who's hiv positive"),
    (U, "es", "tuve relaciones sin condon ayer con alguien que tiene vih"),
    (U, "pt", "transei sem camisinha ontem com alguém que tem hiv"),
    # type1_diabetes_signs
    (U, "en", "my daughter is drinking loads, weeing all the time and has lost weight"),
    (U, "es", "mi hija toma mucha agua, orina todo el rato y ha bajado de peso"),
    (U, "pt", "minha filha está bebendo muita água, fazendo muito xixi e emagrecendo"),
    # foreskin_stuck_back
    (E, "en", "my sons foreskin is stuck back and the end of his willy is swelling up"),
    (E, "es", "a mi hijo se le quedo el prepucio atras y la punta del pene se le esta hinchando"),
    (E, "pt", "o prepúcio do meu filho ficou preso pra trás e a cabeça do pênis está inchando"),
    # priapism_signs
    (E, "en", "my erection hasn't gone down for 5 hours and it hurts"),
    (E, "es", "tengo una ereccion que no se baja desde hace 5 horas y me duele"),
    (E, "pt", "estou com uma ereção que não baixa há 5 horas e está doendo"),
    # severe_dehydration
    (
        E,
        "en",
        "nan hasn't had a wee all day and is really drowsy and muddled with this sickness bug",
    ),
    (E, "es", "mi abuela no ha orinado en todo el dia y esta muy adormilada con los vomitos"),
    (E, "pt", "minha avó não fez xixi o dia todo e está muito sonolenta com essa virose"),
    # fall_cannot_get_up
    (E, "en", "my mum fell in the night and has been on the floor for hours, she can't get up"),
    (E, "es", "mi mama se cayo en la noche y lleva horas en el suelo, no se puede levantar"),
    (E, "pt", "minha mãe caiu de noite e está há horas no chão, não consegue levantar"),
    # spinal_cord_signs
    (E, "en", "both my legs have gone weak all of a sudden and i've wet myself"),
    (E, "es", "de repente se me debilitaron las dos piernas y me hice pipi encima"),
    (E, "pt", "de repente as duas pernas ficaram fracas e fiz xixi na roupa"),
    # bite_serious
    (E, "en", "my husband got bitten by a snake in the garden"),
    (E, "es", "a mi esposo lo mordio una vibora en el campo"),
    (E, "pt", "meu marido foi picado por uma cobra na roça"),
    # nosebleed_prolonged
    (E, "en", "nosebleed for 25 mins and its still pouring out despite pinching"),
    (E, "es", "le sangra la nariz hace 25 minutos y no para aunque aprieto"),
    (E, "pt", "o nariz está sangrando há 25 minutos e não para mesmo apertando"),
    # orbital_cellulitis
    (E, "en", "my son's eyelid is red and puffy, he's got a temp and his eye is bulging"),
    (E, "es", "mi hijo tiene el parpado rojo e hinchado, fiebre y el ojo saltado"),
    (E, "pt", "meu filho está com a pálpebra vermelha e inchada, febre e o olho saltado"),
    # croup_emergency
    (E, "en", "she's got croup and now she's gone grey and floppy"),
    (E, "es", "tiene crup y ahora esta gris y sin fuerzas"),
    (E, "pt", "ela está com crupe e agora ficou acinzentada e molinha"),
    # child_bowel_blockage
    (
        E,
        "en",
        "baby keeps screaming and pulling his legs up, now there's jelly like blood in his nappy",
    ),
    (
        E,
        "es",
        "el bebe grita a ratos y encoge las piernas, y ahora hay sangre como gelatina en el pañal",
    ),
    (
        E,
        "pt",
        "o bebê grita de tempo em tempo e encolhe as pernas, e agora tem sangue tipo geleia na fralda",
    ),
    # newborn_jaundice_danger
    (E, "en", "my newborn is yellow and so sleepy she won't feed"),
    (E, "es", "mi recien nacido esta amarillo y tan dormido que no quiere comer"),
    (E, "pt", "meu recém-nascido está amarelo e tão sonolento que não quer mamar"),
    # maternal_sepsis
    (E, "en", "gave birth 5 days ago, now fever of 39, heart racing and i feel awful"),
    (E, "es", "di a luz hace 5 dias, ahora fiebre de 39, el corazon acelerado y me siento fatal"),
    (E, "pt", "dei à luz há 5 dias, agora febre de 39, coração acelerado e me sinto péssima"),
    # pregnancy_severe_pain
    (E, "en", "im 28 weeks and my bump has gone rock hard and really tender"),
    (E, "es", "tengo 28 semanas y la panza se me puso dura como piedra y me duele mucho"),
    (E, "pt", "estou com 28 semanas e a barriga ficou dura como pedra e muito dolorida"),
    # preterm_labour_or_waters
    (E, "en", "im 33 weeks and my waters just went"),
    (E, "es", "tengo 33 semanas y se me acaba de romper la fuente"),
    (E, "pt", "estou com 33 semanas e minha bolsa acabou de estourar"),
    # overdose_intended
    (E, "en", "i swallowed all my antidepressants on purpose an hour ago"),
    (E, "es", "me tome todas mis pastillas para la depresion a proposito hace una hora"),
    (E, "pt", "tomei todos os meus antidepressivos de propósito faz uma hora"),
    # danger_to_others
    (E, "en", "the voices are telling me to hurt my neighbour and i've got a knife"),
    (E, "es", "las voces me dicen que lastime a mi vecino y tengo un cuchillo"),
    (E, "pt", "as vozes estão mandando eu machucar meu vizinho e estou com uma faca"),
    # electric_shock_serious
    (E, "en", "my son got a shock off the socket and was knocked out for a second"),
    (E, "es", "mi hijo se electrocuto con el enchufe y quedo inconsciente un momento"),
    (E, "pt", "meu filho levou um choque na tomada e desmaiou por um momento"),
    # limb_circulation
    (E, "en", "after the fall his hand has gone cold and white"),
    (E, "es", "despues de la caida tiene la mano fria y blanca"),
    (E, "pt", "depois da queda a mão dele ficou fria e branca"),
    # extra_dose_check
    (U, "es", "le di sin querer dos dosis de paracetamol a mi hijo"),
    (U, "es", "le di dos dosis de paracetamol por error a mi hijo"),
    (U, "pt", "dei sem querer duas doses de paracetamol pro meu filho"),
    (U, "en", "i accidentally gave my son two doses of calpol an hour apart"),
    # baby_not_feeding
    (U, "es", "el bebe esta sin querer tomar pecho desde ayer"),
    (U, "pt", "o bebê está sem querer mamar desde ontem"),
    (U, "en", "the baby hasn't wanted her feeds since yesterday"),
]

# (level it must stay at, language, message)
NEAR_MISSES = [
    (
        S,
        "en",
        "what should I do if someone stops breathing, asking for my first aid course",
    ),  # not_breathing
    (
        S,
        "es",
        "que se hace si alguien deja de respirar? es para un curso de primeros auxilios",
    ),  # not_breathing
    (
        S,
        "pt",
        "o que fazer se alguém parar de respirar? é para um curso de primeiros socorros",
    ),  # not_breathing
    (U, "en", "i get a bit out of breath running for the bus, otherwise fine"),  # breathing_severe
    (R, "es", "me canso un poco al subir escaleras, nada mas"),  # breathing_severe
    (S, "pt", "fico um pouco cansado quando subo escada, só isso"),  # breathing_severe
    (
        R,
        "en",
        "had chest pain last year, they said it was muscular, just wondering about exercise",
    ),  # chest_pain_cardiac
    (
        R,
        "es",
        "hace un año tuve dolor de pecho y era muscular, puedo hacer ejercicio?",
    ),  # chest_pain_cardiac; pastcue 2026-12-07: dated, as the English row
    (
        R,
        "pt",
        "ano passado tive dor no peito e era muscular, posso fazer academia?",
    ),  # chest_pain_cardiac; pastcue 2026-12-07: dated, as the English row
    (R, "en", "my grandad had a stroke 5 years ago, what foods are good for him"),  # stroke_signs
    (R, "es", "mi abuelo tuvo un derrame hace 5 años, que comidas le convienen"),  # stroke_signs
    (R, "pt", "meu avô teve AVC há 5 anos, que comidas são boas pra ele"),  # stroke_signs
    (R, "en", "my brother has epilepsy, is it safe for him to drive"),  # seizure
    (R, "es", "mi hermano tiene epilepsia, puede manejar?"),  # seizure
    (R, "pt", "meu irmão tem epilepsia, ele pode dirigir?"),  # seizure
    (R, "en", "my son is hard to wake up for school in the mornings"),  # unresponsive
    (U, "es", "a mi hijo le cuesta despertarse para ir a la escuela"),  # unresponsive
    (R, "pt", "meu filho tem dificuldade pra acordar pra escola de manhã"),  # unresponsive
    (S, "en", "i have a nut allergy, what should be in my emergency kit"),  # anaphylaxis
    (S, "es", "soy alergica al mani, que debo llevar en mi botiquin"),  # anaphylaxis
    (S, "pt", "sou alérgica a amendoim, o que devo levar no kit de emergência"),  # anaphylaxis
    (
        S,
        "en",
        "small cut on my finger from chopping onions, stopped bleeding after a minute",
    ),  # heavy_bleeding
    (S, "es", "me corte un poquito el dedo picando cebolla, ya paro de sangrar"),  # heavy_bleeding
    (S, "pt", "cortei de leve o dedo picando cebola, já parou de sangrar"),  # heavy_bleeding
    (
        S,
        "en",
        "my son has a runny nose and a bit of a cough but playing happily",
    ),  # child_breathing_severe
    (S, "es", "mi hijo tiene mocos y un poco de tos pero juega normal"),  # child_breathing_severe
    (
        S,
        "pt",
        "meu filho está com coriza e um pouco de tosse mas brincando normal",
    ),  # child_breathing_severe
    (R, "en", "my son is sleepy after a long day at the beach"),  # child_red_flags
    (R, "es", "mi hijo tiene sueño despues de un dia largo en la playa"),  # child_red_flags
    (R, "pt", "meu filho está com sono depois de um dia longo na praia"),  # child_red_flags
    (
        S,
        "en",
        "my 6 week old has a blocked nose but feeding fine, no temperature",
    ),  # infant_red_flags
    (
        S,
        "es",
        "mi bebe de 6 semanas tiene la nariz tapada pero come bien y no tiene fiebre",
    ),  # infant_red_flags
    (
        S,
        "pt",
        "meu bebê de 6 semanas está com o nariz entupido mas mamando bem, sem febre",
    ),  # infant_red_flags
    (
        R,
        "en",
        "what is the glass test for a rash? just want to know for the future",
    ),  # meningitis_signs
    (
        R,
        "es",
        "como se hace la prueba del vaso para las manchas? es para saberlo",
    ),  # meningitis_signs
    (S, "pt", "como se faz o teste do copo nas manchas? só pra saber"),  # meningitis_signs
    (U, "en", "is sepsis the same as blood poisoning? reading about it"),  # sepsis_signs
    (
        U,
        "es",
        "la sepsis es lo mismo que infeccion en la sangre? estoy leyendo sobre eso",
    ),  # sepsis_signs
    (
        U,
        "pt",
        "sepse é a mesma coisa que infecção no sangue? estou lendo sobre isso",
    ),  # sepsis_signs
    (S, "en", "bumped my head on a cupboard door, small bump, feel fine"),  # head_injury_serious
    (
        S,
        "es",
        "me pegue en la cabeza con la puerta del armario, un chichon, estoy bien",
    ),  # head_injury_serious
    (
        S,
        "pt",
        "bati a cabeça na porta do armário, um galo pequeno, estou bem",
    ),  # head_injury_serious
    (S, "en", "how many paracetamol can i take in a day"),  # overdose
    # a dose question, as in English and Portuguese (over11b: Spanish medicine questions written)
    (S, "es", "cuantas pastillas de paracetamol puedo tomar al dia"),  # overdose
    (S, "pt", "quantos comprimidos de paracetamol posso tomar por dia"),  # overdose
    (R, "en", "can I use bleach to clean the babys bottles"),  # poisoning
    (R, "en", "this traffic is killing me lol"),  # suicide_intent
    (R, "es", "este trafico me mata jaja"),  # suicide_intent
    (R, "pt", "esse trânsito está me matando kkk"),  # suicide_intent
    (
        S,
        "en",
        "i'm 20 weeks pregnant and had a mild headache yesterday, gone now",
    ),  # pre_eclampsia_severe
    (
        S,
        "es",
        "tengo 20 semanas de embarazo y ayer tuve un dolor de cabeza leve, ya se fue",
    ),  # pre_eclampsia_severe
    (
        S,
        "pt",
        "estou com 20 semanas de gravidez e tive uma dor de cabeça leve ontem, já passou",
    ),  # pre_eclampsia_severe
    (R, "en", "when should I start feeling the baby move? i'm 14 weeks"),  # reduced_movements
    (R, "es", "cuando empiezo a sentir al bebe moverse? tengo 14 semanas"),  # reduced_movements
    (R, "pt", "quando começo a sentir o bebê mexer? estou com 14 semanas"),  # reduced_movements
    (R, "en", "bit of a stomach ache after a big curry"),  # abdominal_emergency
    (R, "es", "me duele un poco la panza despues de comer mucho"),  # abdominal_emergency
    (R, "pt", "estou com um pouco de dor de barriga depois de comer muito"),  # abdominal_emergency
    (R, "en", "i had beetroot and my sick looks red, is that normal"),  # vomiting_blood
    (S, "en", "small burn on my finger from the oven, red and sore"),  # serious_burn
    (S, "es", "me queme un poquito el dedo con el horno, esta rojo"),  # serious_burn
    (S, "pt", "queimei de leve o dedo no forno, está vermelho"),  # serious_burn
    (R, "en", "how do i teach my child to swim safely"),  # drowning
    (R, "es", "como le enseño a nadar a mi hijo sin peligro"),  # drowning
    (R, "pt", "como ensinar meu filho a nadar com segurança"),  # drowning
    (
        U,
        "en",
        "my son has asthma, do we need a new inhaler every year",
    ),  # asthma_attack_reliever_failing
    (
        S,
        "es",
        "mi hijo tiene asma, hay que cambiar el inhalador cada año?",
    ),  # asthma_attack_reliever_failing
    (
        S,
        "pt",
        "meu filho tem asma, precisa trocar a bombinha todo ano?",
    ),  # asthma_attack_reliever_failing
    (R, "en", "my daughter had a febrile seizure 2 years ago, can she have the mmr jab"),  # seizure
    (
        R,
        "es",
        "mi hija tuvo una convulsion por fiebre hace 2 años, puede ponerse la vacuna?",
    ),  # seizure
    (R, "pt", "minha filha teve convulsão febril há 2 anos, ela pode tomar a vacina?"),  # seizure
    (S, "en", "got stung by a bee yesterday, small red lump on my arm, a bit itchy"),  # anaphylaxis
    (
        S,
        "es",
        "me pico una abeja ayer, tengo un bultito rojo en el brazo que pica un poco",
    ),  # anaphylaxis
    (
        R,
        "pt",
        "uma abelha me picou ontem, tenho um carocinho vermelho no braço que coça um pouco",
    ),  # anaphylaxis
    (
        S,
        "en",
        "he bumped his head last week, he was fine, should I still watch him",
    ),  # head_injury_serious
    (
        S,
        "es",
        "se golpeo la cabeza la semana pasada y quedo bien, debo seguir vigilandolo?",
    ),  # head_injury_serious
    (
        S,
        "pt",
        "ele bateu a cabeça semana passada e ficou bem, ainda preciso observar?",
    ),  # head_injury_serious
    (
        R,
        "en",
        "my friend tried to kill herself years ago, how can i support her now",
    ),  # suicide_intent
    (R, "es", "mi amiga intento suicidarse hace años, como puedo apoyarla ahora"),  # suicide_intent
    (U, "pt", "minha amiga tentou suicídio há anos, como posso apoiar ela agora"),  # suicide_intent
    (
        R,
        "en",
        "my teenager is so hard to wake up for school in the mornings, is that normal",
    ),  # unresponsive
    (
        S,
        "en",
        "what should we do if someone gets bitten by a snake on our hiking trip?",
    ),  # bite_serious; hyp 2026-12-07: asked ahead, emergency_signs_ready
    (S, "en", "had a little nosebleed this morning, stopped after 5 mins"),  # nosebleed_prolonged
    (S, "en", "my calves ache after running, both the same, no swelling"),  # dvt_signs
    (R, "en", "how do I support a friend who was assaulted years ago"),  # sexual_assault
    (S, "en", "which contraception is best for me"),  # emergency_contraception
    (R, "en", "how often should i get an hiv test"),  # hiv_exposure
    (R, "en", "is the rabies jab needed before going to thailand"),  # rabies_risk
    (R, "en", "my hearing has been slowly getting worse for years"),  # sudden_hearing_loss
    (R, "en", "i've had the same few floaters for years, nothing new"),  # flashes_floaters
    (S, "en", "what malaria tablets do i need for kenya next month"),  # malaria_risk
    (
        R,
        "es",
        "le di dos dosis de paracetamol hoy, una en la mañana y otra en la noche",
    ),  # extra_dose_check
    (R, "en", "he doesnt want his bottle at night anymore, sleeping through"),  # baby_not_feeding
    (R, "en", "my 2 year old doesnt want her milk since moving to a cup"),  # baby_not_feeding
    (
        R,
        "pt",
        "dei duas doses de paracetamol hoje, uma de manhã e outra à noite",
    ),  # extra_dose_check
]


@pytest.mark.parametrize(("want", "language", "text"), PARAPHRASES)
def test_paraphrase_reaches_its_level(want: TriageLevel, language: str, text: str) -> None:
    found = engine().assess(text, None, frozenset())
    assert ORDER[found.level] >= ORDER[want], (
        f"{text!r} ({language}) -> {found.level.value}, want at least {want.value}; "
        f"fired {[f.id for f in found.fired]}, present {sorted(found.present)}"
    )


@pytest.mark.parametrize(("want", "language", "text"), NEAR_MISSES)
def test_near_miss_stays_where_it_was(want: TriageLevel, language: str, text: str) -> None:
    found = engine().assess(text, None, frozenset())
    assert found.level is want, (
        f"{text!r} ({language}) -> {found.level.value}, want {want.value}; "
        f"fired {[f.id for f in found.fired]}, present {sorted(found.present)}"
    )

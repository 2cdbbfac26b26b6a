"""Long-term conditions getting worse beyond the usual plan (ltc, 2026-12-07).

In en, es, pt, fr, sw and hi (both scripts). Heart failure or kidney disease with fluid building up
(weight up about 2 kg in 2-3 days, more ankle, leg or tummy swelling, new breathlessness lying flat
or more pillows) is urgent: the heart failure team or GP the same day (NICE NG106, NHS heart
failure, NHS kidney disease). Sickle cell pain the usual painkillers do not ease is urgent, with
chest pain, breathlessness or a long erection an emergency (NICE CG143, NHS sickle cell disease).
A high sugar with thirst and passing urine a lot is urgent, with vomiting, tummy pain, ketones or
confusion an emergency (NICE NG17/NG28, NHS hyperglycaemia, DKA). A reliever or COPD rescue pack
used more and no better is urgent (NHS asthma, COPD). A long fit, Addison's or long-term steroids
with vomiting (NHS Addison's, steroid emergency card), a temperature on chemotherapy or after a
transplant (NICE NG151) are emergencies. Traps that stay routine or self-care: stable and asking
for a review or a repeat, ankles swollen as always, pillows for years, a holiday weight gain, a
swollen knee after a twist, a short steroid course; Hindi "थेरेपी" (therapy) is not "रेप".
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

ROWS: list[tuple[str, TriageLevel]] = [
    ("I have heart failure and my weight has gone up 2 kg in 3 days", U),
    ("My dad has heart failure, he's put on 4 pounds since Monday and his ankles are puffier", U),
    (
        "heart failure here, I now need three pillows to sleep or I get breathless, it's worse"
        " this week",
        U,
    ),
    ("I have heart failure and I'm more breathless than usual when lying flat", U),
    ("my mum has heart failure and her legs are much more swollen than normal", U),
    ("weighed myself, up 1.8 kg in two days, I have heart failure", U),
    (
        "I'm on dialysis and I've gained 3 kilos since my last session and my ankles are really"
        " swollen",
        U,
    ),
    (
        "I have kidney disease and my legs keep getting more swollen and I've put on 2kg this week",
        U,
    ),
    (
        "I have heart failure, I'm stable and my weight is steady, just need my six-monthly review",
        R,
    ),
    (
        "heart failure, ankles slightly swollen as always, nothing new, can I get my repeat"
        " furosemide",
        R,
    ),
    (
        "I have sickle cell and my pain crisis isn't getting better with my usual painkillers at"
        " home",
        U,
    ),
    ("sickle cell crisis with chest pain and I'm short of breath", E),
    ("I have sickle cell disease, feeling fine, when should my next hydroxyurea blood test be", R),
    ("my blood sugar is 22 and I'm really thirsty and peeing all the time", U),
    (
        "type 2 diabetic, sugar 350 mg/dL this morning, very thirsty, passing lots of urine, no"
        " vomiting",
        U,
    ),
    ("I'm diabetic, my sugar is 25, I'm vomiting and have tummy pain and my ketones are high", E),
    ("my fasting sugar was 6.5 this morning, is that ok", R),
    ("diabetic, my readings are all good, just booking my annual diabetes review", R),
    ("I've been using my blue inhaler every 2 hours since yesterday and it's not settling", U),
    ("I have COPD and started my rescue pack two days ago but I'm not getting better", U),
    ("asthma attack, my inhaler isn't helping and I can't finish a sentence", E),
    ("my asthma is well controlled, I just need a repeat prescription for my brown inhaler", R),
    ("she has epilepsy and the seizure has gone on for more than 5 minutes", E),
    (
        "I have Addison's disease and I've been vomiting all morning and can't keep my"
        " hydrocortisone down",
        E,
    ),
    (
        "I take prednisolone every day for years and I've been vomiting since last night and"
        " feel faint",
        E,
    ),
    ("I had a kidney transplant, I'm on tacrolimus and I have a temperature of 38.5", E),
    ("I'm on chemotherapy and my temperature is 38", E),
    ("tengo insuficiencia cardíaca y he subido 2 kilos en 3 días", U),
    (
        "tengo insuficiencia cardiaca y ahora necesito tres almohadas para dormir porque me"
        " ahogo acostado",
        U,
    ),
    (
        "mi padre tiene insuficiencia cardíaca y los tobillos están más hinchados que de costumbre",
        U,
    ),
    ("tengo insuficiencia cardíaca, estoy estable, solo necesito mi revisión", R),
    ("tengo anemia falciforme y la crisis de dolor no se me quita con los calmantes de siempre", U),
    ("soy diabético, tengo el azúcar en 350 y mucha sed y orino mucho", U),
    ("tengo EPOC, empecé los antibióticos y corticoides de rescate hace dos días y no mejoro", U),
    ("estoy con quimioterapia y tengo fiebre de 38", E),
    ("tengo diabetes, mis niveles están bien, quiero pedir cita para el control anual", R),
    ("tenho insuficiência cardíaca e ganhei 2 quilos em 3 dias", U),
    (
        "tenho insuficiência cardíaca e agora preciso de três travesseiros para dormir, fico sem"
        " ar deitado",
        U,
    ),
    ("tenho insuficiência cardíaca e os tornozelos estão mais inchados que o normal", U),
    ("tenho insuficiência cardíaca, estou estável, só preciso da consulta de rotina", R),
    ("tenho anemia falciforme e a crise de dor não passa com os analgésicos de sempre", U),
    ("sou diabético, a glicose está 350, muita sede e fazendo muito xixi", U),
    ("tenho DPOC, comecei o kit de resgate há dois dias e não melhoro", U),
    ("estou usando a bombinha de resgate a cada duas horas desde ontem e não melhora", U),
    ("j'ai une insuffisance cardiaque et j'ai pris 2 kilos en 3 jours", U),
    ("j'ai une insuffisance cardiaque et mes chevilles sont plus gonflées que d'habitude", U),
    ("j'ai une insuffisance cardiaque, je suis stable, c'est juste pour mon suivi", R),
    (
        "j'ai la drépanocytose et la crise douloureuse ne passe pas avec mes antidouleurs"
        " habituels",
        U,
    ),
    ("je suis diabétique, glycémie à 3,5 g/L, très soif et j'urine beaucoup", U),
    ("je suis diabétique, glycémie à 4 g/L, je vomis et j'ai mal au ventre", E),
    ("j'utilise ma ventoline toutes les deux heures depuis hier et ça ne se calme pas", U),
    ("je suis sous chimiothérapie et j'ai 38 de fièvre", E),
    ("nina moyo kushindwa kufanya kazi na uzito wangu umeongezeka kilo 2 kwa siku 3", U),
    ("nina moyo kushindwa kufanya kazi na miguu imevimba zaidi kuliko kawaida", U),
    ("nina tatizo la moyo, niko sawa, nataka tu kuonana na daktari kwa uchunguzi wa kawaida", R),
    ("nina selimundu na maumivu hayaishi hata baada ya dawa za kawaida za maumivu", U),
    ("nina kisukari, sukari ni 22, nina kiu sana na nakojoa mara kwa mara", U),
    ("nina kisukari, sukari iko juu sana, natapika na tumbo linauma", E),
    ("natumia pampu yangu ya pumu kila masaa mawili tangu jana na haitulii", U),
    ("niko kwenye tiba ya kemikali na nina homa ya 38", E),
    ("nina ugonjwa wa Addison na ninatapika", E),
    ("मुझे हार्ट फेलियर है और 3 दिन में मेरा वजन 2 किलो बढ़ गया है", U),
    ("मुझे हार्ट फेलियर है और अब लेटने पर सांस फूलती है, तीन तकिए लगाकर सोना पड़ता है", U),
    ("मुझे हार्ट फेलियर है और टखनों में पहले से ज्यादा सूजन है", U),
    ("मुझे हार्ट फेलियर है, सब ठीक है, बस रूटीन चेकअप करवाना है", R),
    ("मुझे सिकल सेल है और दर्द का दौरा रोज़ की दर्द की दवा से ठीक नहीं हो रहा", U),
    ("मुझे शुगर है, शुगर 350 है, बहुत प्यास लगती है और बार बार पेशाब आता है", U),
    ("मुझे डायबिटीज है, शुगर 400 है, उल्टी हो रही है और पेट में दर्द है", E),
    ("कल से हर दो घंटे में नीला इनहेलर लेना पड़ रहा है और आराम नहीं हो रहा", U),
    ("कीमोथेरेपी चल रही है और 38 बुखार है", E),
    ("mujhe heart failure hai aur 3 din mein mera wajan 2 kilo badh gaya hai", U),
    (
        "mujhe heart failure hai aur ab letne par saans phoolti hai, teen takiye lagakar sona"
        " padta hai",
        U,
    ),
    ("mujhe heart failure hai aur pairon mein pehle se zyada sujan hai", U),
    ("mujhe heart failure hai, sab theek hai, bas routine checkup karwana hai", R),
    ("mujhe sickle cell hai aur dard ki dawa se dard kam nahi ho raha", U),
    ("mujhe sugar hai, sugar 350 hai, bahut pyaas lagti hai aur baar baar peshab aata hai", U),
    ("kal se har do ghante mein inhaler lena pad raha hai aur aaram nahi ho raha", U),
    ("chemo chal rahi hai aur 38 bukhar hai", E),
    ("I have heart failure and need an extra pillow now to breathe at night", U),
    (
        "I have heart failure and have slept on 3 pillows for years, no change, just my yearly"
        " review",
        R,
    ),
    ("heart failure, legs swollen as usual, weight the same, can I get my repeat prescription", R),
    ("on water tablets for heart failure and my weight is up 3 lbs overnight", U),
    ("heart failure, swelling in my legs is getting worse and now up to my knees", U),
    ("I have heart failure and I'm so breathless I can't speak, lips going blue", E),
    ("tomo prednisona desde hace años y llevo todo el día vomitando", E),
    ("je prends de la cortisone depuis des années et je vomis depuis ce matin", E),
    ("स्टेरॉयड सालों से ले रहा हूं और उल्टी हो रही है", E),
    ("steroid saalon se le raha hun aur ulti ho rahi hai", E),
    ("nilipandikizwa figo mwaka jana na sasa nina homa", E),
    ("किडनी ट्रांसप्लांट हुआ है और बुखार है", E),
    ("fiz transplante de rim e estou com febre", E),
    ("nina COPD, nimeanza dawa za akiba siku mbili zilizopita na sijapata nafuu", U),
    ("मुझे सीओपीडी है, दो दिन से रेस्क्यू दवा ले रहा हूं पर आराम नहीं", U),
    ("mujhe COPD hai, do din se rescue pack le raha hun par aaram nahi", U),
    ("tenho anemia falciforme, crise de dor com febre e falta de ar", E),
    ("nina selimundu na dawa za maumivu hazisaidii", U),
    ("sickle cell hai, dard ki dawa se aaram nahi mil raha", U),
    ("nina kisukari, sukari 20 na kiu kali na nakojoa sana", U),
    ("j'ai une insuffisance cardiaque et il me faut maintenant trois oreillers pour dormir", U),
    ("nina moyo kushindwa kufanya kazi, sasa nahitaji mito mitatu kulala", U),
    (
        "tenho insuficiência cardíaca, os pés incham um pouco como sempre, só quero renovar a"
        " receita",
        R,
    ),
    ("insuffisance cardiaque stable, poids stable, je voudrais renouveler mon ordonnance", R),
    ("मुझे हार्ट फेलियर है, वजन ठीक है, दवा की पर्ची चाहिए", R),
    ("mi hijo tiene epilepsia y la convulsión dura más de 5 minutos", E),
    ("ana kifafa na degedege limedumu zaidi ya dakika 5", E),
    ("मिर्गी है और दौरा 5 मिनट से ज्यादा चल रहा है", E),
    ("j'ai la maladie d'Addison et je vomis", E),
    ("एडिसन रोग है और उल्टी हो रही है", E),
    ("meu pai tem insuficiência cardíaca e o peso subiu 2 quilos desde segunda", U),
    (
        "mi mamá está en diálisis y ha subido 2 kilos desde la última sesión y tiene los pies"
        " más hinchados",
        U,
    ),
    ("I have heart disease and the swelling in my knee is getting worse since I twisted it", S),
    ("I have heart failure and the swelling in my legs is getting worse", U),
    ("tengo insuficiencia cardiaca y la hinchazón de la rodilla ha empeorado desde la caída", S),
    ("tengo insuficiencia cardiaca y la hinchazón de las piernas ha empeorado", U),
    ("tenho insuficiência cardíaca e o inchaço nas pernas está piorando", U),
    ("j'ai une insuffisance cardiaque et le gonflement des jambes augmente", U),
    ("nina moyo kushindwa kufanya kazi na uvimbe wa miguu unaongezeka", U),
    ("मुझे हार्ट फेलियर है और पैरों की सूजन बढ गई है", U),
    ("mujhe heart failure hai aur pairon ki sujan badh gayi hai", U),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


FLUID = (
    "I have heart failure and my weight has gone up 2 kg in 3 days",
    "nina moyo kushindwa kufanya kazi na uzito wangu umeongezeka kilo 2 kwa siku 3",
    "j'ai une insuffisance cardiaque et mes chevilles sont plus gonflées que d'habitude",
)


def test_fluid_has_its_own_topic() -> None:
    """Fluid building up is answered with its own advice (weigh daily, the fluid limit, the team
    today), not a bruise's or the general "drink fluids"."""
    for text in FLUID:
        found = rules().assess(text)
        assert (found.topic, "heart_failure_fluid" in {f.id for f in found.fired}) == (
            "fluid_build_up",
            True,
        ), text


@pytest.mark.parametrize(
    "text",
    ["I put on 2 kg this week over the holidays, how do I lose it", "मुझे थेरेपी चाहिए, बहुत तनाव है"],
)
def test_not_raised(text: str) -> None:
    """A weight gain with no heart or kidney condition, and therapy in Hindi, fire neither."""
    fired = {f.id for f in rules().assess(text).fired}
    assert not fired & {"heart_failure_fluid", "sexual_assault"}

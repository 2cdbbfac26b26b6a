"""A named long-term prescription medicine and a review of it (regmed, 2026-12-07).

The mechanism, not a list of sentences: a long-term prescription medicine named (a statin,
metformin or another diabetes tablet, a blood pressure medicine, an antidepressant,
levothyroxine, a preventer inhaler, an epilepsy medicine, in each language's spelling and brand
names: finding ``long_term_medicine``, the language's ``LTMED`` macro) together with a question
about stopping, skipping or changing it or its dose oneself (``own_change_asked``), the trouble
since it was started (``medicine_cause``), or the condition still not controlled on it
(``still_uncontrolled``, ``not_improving``) is routine (red flag ``regular_medicine_review``):
NICE NG5 medicines optimisation; NHS medicines pages: do not stop or change it on your own.
More urgent signs keep their rows (muscle breakdown on a statin, DKA, an asthma attack); a
painkiller or antihistamine asked about with it, a drink on metformin and a one-off missed dose
keep their own answers. Our own messages, written for these tests (not from any eval set).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, assert_level, rules

FLAG = "regular_medicine_review"

# (message, level, whether regular_medicine_review itself fires)
ROWS: list[tuple[str, TriageLevel, bool]] = [
    # --- stopping or changing it or its dose oneself ---
    ("I'm on atorvastatin, can I just stop it for a while?", R, True),
    ("been taking amlodipine for 2 years, can the doctor change it to something else?", R, True),
    ("can I increase my metformin dose myself?", R, True),
    ("can I halve my sertraline dose on my own?", R, True),
    ("my mum takes losartan, is it ok if she skips it now her pressure is fine?", R, True),
    ("my doctor put me on bisoprolol, do I really need to keep taking it?", R, True),
    ("can I skip my statin on weekends?", R, True),
    ("thinking of coming off my antidepressants, I feel fine now", R, True),
    ("tomo sinvastatina hace un año, ¿la dejo?", R, True),
    ("estoy con losartán, ¿le puedo bajar la dosis yo solo?", R, True),
    ("mi papá toma enalapril y quiere dejarlo porque se siente bien", R, True),
    ("¿el médico me puede cambiar el losartán?", R, True),
    ("tomo losartana faz 3 anos, posso parar?", R, True),
    ("uso sinvastatina, aumento a dose por conta?", R, True),
    ("tomo levotiroxina, posso pular um dia na semana?", R, True),
    ("minha mãe toma metformina, ela pode parar de tomar?", R, True),
    ("je prends de l'amlodipine, je peux arrêter ?", R, True),
    ("sous atorvastatine depuis un an, je peux diminuer la dose moi-même ?", R, True),
    ("mon médecin peut-il changer mon ramipril ?", R, True),
    ("natumia metformin, naweza kuacha?", R, True),
    ("natumia dawa ya presha amlodipine, niache?", R, True),
    ("daktari anaweza kubadilisha dawa yangu ya presha?", R, True),
    ("ninatumia losartan, naweza kuongeza dozi mwenyewe?", R, True),
    ("मैं मेटफॉर्मिन लेता हूं, क्या बंद कर दूं?", R, True),
    ("BP की दवा एम्लोडिपिन ले रहा हूं, क्या खुद डोज़ बढ़ा दूं?", R, True),
    ("main metformin leta hoon, band kar du kya?", R, True),
    ("sertraline le rahi hu, dose kam kar sakti hu kya khud se?", R, True),
    ("I stopped my amlodipine because my ankles swelled", R, True),
    # --- the trouble since it was started ---
    ("ever since I went on sertraline I can't sleep", R, True),
    ("since starting amlodipine my ankles are swollen", R, True),
    ("desde que tomo enalapril tengo tos seca", R, True),
    ("desde que comecei a losartana estou com tontura", R, True),
    ("depuis que je prends l'amlodipine j'ai les chevilles gonflées", R, True),
    ("tangu nianze kutumia amlodipine miguu imevimba", R, True),
    ("जब से मेटफॉर्मिन शुरू की है पेट खराब रहता है", R, True),
    ("jab se amlodipine shuru ki hai pair sooj gaye hain", R, True),
    # --- still not controlled on it ---
    ("morning sugar still 7.4 on metformin", R, True),
    ("been on sertraline 8 weeks and no better", R, True),
    ("levothyroxine 50mcg, my TSH is still high, can I increase it myself?", R, True),
    ("mi presión sigue en 150/95 aunque tomo losartán", R, True),
    ("meu pai toma anlodipino e a pressão continua alta", R, True),
    ("tomo sertralina há 2 meses e não melhorei", R, True),
    ("je suis sous sertraline depuis 6 semaines et pas mieux", R, True),
    ("ma tension reste à 15/9 malgré l'amlodipine", R, True),
    ("presha bado iko juu 150/95 ingawa natumia losartan", R, True),
    ("nimekuwa nikitumia sertraline wiki sita na sijapata nafuu", R, True),
    ("थायरोक्सिन लेने के बाद भी थकान कम नहीं हो रही", R, True),
    ("telma 40 leti hoon phir bhi BP 150 rehta hai", R, True),
    # --- more urgent rows stay ---
    ("since starting atorvastatin I have severe muscle pain and dark brown urine", E, False),
    ("on metformin, vomiting, breathing fast and sugar 25", E, False),
    ("on my preventer but can't finish a sentence and the blue inhaler isn't helping", E, False),
    # --- traps: the label's answer, a missed dose, something else ---
    ("can I take paracetamol with my blood pressure tablets?", S, False),
    ("can I stop taking cetirizine once hay fever season ends?", S, False),
    ("should I stop the antibiotic cream now the rash is gone?", S, False),
    ("is it safe to take ibuprofen while on sertraline?", S, False),
    ("can I drink alcohol on metformin?", S, False),
    ("I forgot my levothyroxine this morning, should I take it now?", S, False),
    ("I forgot to take my blood pressure tablet this morning what should I do", S, False),
    ("¿puedo tomar paracetamol con mis pastillas de la presión?", S, False),
    ("¿puedo tomar ibuprofeno si tomo losartán?", S, False),
    ("posso tomar dipirona junto com a losartana?", S, False),
    ("esqueci de tomar o remédio da pressão hoje de manhã, o que faço?", S, False),
    ("je peux prendre du doliprane avec mon traitement pour la tension ?", S, False),
    ("je prends de la metformine, puis-je prendre du doliprane ?", S, False),
    ("naweza kutumia panadol pamoja na dawa ya presha?", S, False),
    ("kya BP ki dawa ke saath paracetamol le sakte hain?", S, False),
    ("subah ki thyroid ki goli lena bhool gaya, ab le lun?", S, False),
    # "even though I take it" opening a question about another medicine, not a condition
    ("can I take ibuprofen even though I'm on amlodipine?", S, False),
    ("¿puedo tomar ibuprofeno aunque tomo losartán?", S, False),
    ("puis-je prendre du doliprane même sous amlodipine ?", S, False),
    ("naweza kutumia panadol ingawa natumia metformin?", S, False),
    ("metformin lene ke baad bhi paracetamol le sakte hain kya?", S, False),
    ("मेटफॉर्मिन लेने के बाद भी पैरासिटामोल ले सकते हैं क्या?", S, False),
]


@pytest.mark.parametrize(("text", "want", "fires"), ROWS)
def test_level(text: str, want: TriageLevel, fires: bool) -> None:
    found = assert_level(rules(), text, want)
    if fires:
        assert FLAG in {f.id for f in found.fired}, (text, [f.id for f in found.fired])
    else:
        assert FLAG not in {f.id for f in found.fired} or want is not S, text


# "mesmo tomando" opening a question about a cold remedy taken with the blood pressure medicine:
# no review of the medicine (the message's level is another record's: glucose_above_target reads
# "mesmo tomando remedio" as sugars high despite treatment, left as it was)
def test_despite_in_another_medicines_question_is_no_review() -> None:
    found = rules().assess("posso tomar antigripal mesmo tomando losartana?")
    assert FLAG not in {f.id for f in found.fired}

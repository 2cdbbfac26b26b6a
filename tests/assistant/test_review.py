"""Routine care that could pass for self-care, and its self-care look-alikes (review, 2026-12-07).

In en, es, pt, fr, sw and hi (both scripts): a pharmacy treatment used for weeks or months without
effect, or moisturisers no longer enough (NHS acne, fungal skin infections, atopic eczema,
dandruff: see a GP when the pharmacy's treatment has not worked); a medicine from the pharmacy
asked about with heart failure or kidney disease, lithium, epilepsy or
transplant medicines, or an antacid with HIV treatment (NHS ibuprofen, lithium, epilepsy and
kidney transplant pages; NICE CKS NSAIDs; NHS HIV treatment): the pharmacist or GP who knows
their medicines; a named check or test asked for (NHS Health Check, high cholesterol, type 2
diabetes) and a first antenatal visit not yet booked (NICE NG201). Traps that stay self-care:
a treatment started days ago, a healthy adult's medicine question, paracetamol in pregnancy,
the pill with ibuprofen, a normal reading, diet questions, signs of a stroke for a school project.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import R, S, assert_level, rules

ROWS: list[tuple[str, TriageLevel]] = [
    ("tried benzoyl peroxide for 3 months and nothing has changed, still getting spots", R),
    ("moisturisers are not enough anymore for my eczema, it keeps flaring", R),
    ("been using antifungal cream for 4 weeks on my groin and it's still there", R),
    ("used the athlete's foot cream for a month, still itchy and peeling", R),
    ("dandruff shampoo for 6 weeks and my scalp is still flaky and red", R),
    ("llevo 3 meses con peróxido de benzoilo y los granos siguen igual", R),
    ("la crema antifúngica de la farmacia no me ha funcionado en 4 semanas, sigue la mancha", R),
    ("já usei pomada antifúngica por um mês e a micose continua", R),
    ("passei creme para acne da farmácia 2 meses e não mudou nada", R),
    ("j'utilise une crème antifongique depuis 4 semaines et c'est toujours là", R),
    ("les crèmes hydratantes ne suffisent plus pour mon eczéma", R),
    ("nimetumia krimu ya fangasi kwa wiki 4 bado haijaisha", R),
    ("nimetumia dawa ya chunusi kutoka famasi miezi 3 hakuna mabadiliko", R),
    ("मैंने 4 हफ्ते से फंगल क्रीम लगाई पर दाद अभी भी है", R),
    ("muhaase ke liye 3 mahine se cream laga raha hoon koi fark nahi pada", R),
    ("4 hafte se antifungal cream laga rahi hu par khujli abhi bhi hai", R),
    ("started benzoyl peroxide 3 days ago, still have spots, is that normal?", S),
    ("using antifungal cream since yesterday for athlete's foot", S),
    ("which moisturiser is best for dry skin on my hands", S),
    ("empecé la crema para el pie de atleta hace 2 días", S),
    ("j'ai commencé une crème pour l'acné hier", S),
    ("nimeanza kutumia krimu ya fangasi jana", S),
    ("i have heart failure, can i take ibuprofen for my knee pain", R),
    ("on ARVs, is it ok to take antacids with dolutegravir for heartburn", R),
    ("i have chronic kidney disease, which painkiller can i take for my back", R),
    ("i'm on lithium, can i take ibuprofen for a headache", R),
    ("i have epilepsy and take lamotrigine, is it safe to take an antihistamine for hay fever", R),
    ("tengo insuficiencia cardíaca, ¿puedo tomar ibuprofeno para el dolor de rodilla?", R),
    ("tomo antirretrovirales, ¿puedo tomar un antiácido para la acidez?", R),
    ("tenho doença renal crônica, posso tomar ibuprofeno para dor nas costas?", R),
    ("tomo lítio, posso tomar anti-inflamatório para dor de dente?", R),
    ("j'ai une insuffisance cardiaque, est-ce que je peux prendre de l'ibuprofène ?", R),
    ("natumia dawa za ARV, je naweza kunywa dawa ya kiungulia?", R),
    ("nina ugonjwa wa figo, naweza kutumia ibuprofen kwa maumivu ya mgongo?", R),
    ("मुझे हार्ट फेलियर है, क्या मैं घुटने के दर्द के लिए आइबुप्रोफेन ले सकता हूँ?", R),
    ("mujhe kidney ki bimari hai, kya main dard ke liye ibuprofen le sakta hu?", R),
    ("main ARV leta hu, kya acidity ki dawa le sakta hu?", R),
    ("can i take ibuprofen and paracetamol together for my back, no health problems", S),
    ("is it ok to take an antihistamine for hay fever, i'm healthy", S),
    ("12 weeks pregnant, got a headache, can i take paracetamol?", S),
    ("¿puedo tomar ibuprofeno para el dolor de cabeza?", S),
    ("je peux prendre du paracétamol pour un mal de tête ?", S),
    ("naweza kunywa panadol kwa maumivu ya kichwa?", S),
    ("क्या मैं सिरदर्द के लिए पैरासिटामोल ले सकता हूँ?", S),
    ("kya main sir dard ke liye paracetamol le sakta hu?", S),
    ("i want my cholesterol checked, my dad had high cholesterol", R),
    ("16 weeks pregnant, no booking bloods yet", R),
    ("when is my first prenatal check? i'm 8 weeks pregnant", R),
    ("i'm 45 and have never had my blood pressure checked, want a check", R),
    ("i'd like to get tested for diabetes, my mum has it", R),
    ("quiero hacerme un chequeo del colesterol, mi padre lo tenía alto", R),
    ("estoy embarazada de 10 semanas y todavía no he tenido mi primer control prenatal", R),
    ("estou grávida de 12 semanas e ainda não fiz o pré-natal", R),
    ("je voudrais faire vérifier mon cholestérol, mon père en avait", R),
    ("enceinte de 14 semaines, je n'ai pas encore fait ma première consultation prénatale", R),
    ("nina mimba ya wiki 12 sijaanza kliniki bado", R),
    ("nataka kupima kisukari, mama yangu anacho", R),
    ("मैं 3 महीने की गर्भवती हूँ, अभी तक कोई जाँच नहीं हुई", R),
    ("mujhe apna cholesterol check karwana hai, papa ko tha", R),
    ("main 12 hafte pregnant hu, abhi tak pehli jaanch nahi hui", R),
    ("how can i lower my cholesterol with diet?", S),
    ("what foods are good in early pregnancy?", S),
    ("¿qué alimentos bajan el colesterol?", S),
    ("vyakula gani vinapunguza cholesterol?", S),
    ("cholesterol kam karne ke liye kya khaye?", S),
    ("what are the signs of a stroke? for a school project", S),
    ("¿cuáles son los signos de un infarto? es para un trabajo del colegio", S),
    ("i had a kidney transplant, can i take paracetamol for a headache", R),
    (
        "je prends de la dépakine pour mon épilepsie, puis-je prendre un antihistaminique ?",
        R,
    ),
    ("ninatumia dawa za kifafa, naweza kunywa piriton?", R),
    ("मैं लिथियम लेता हूं, क्या मैं ब्रूफेन ले सकता हूं?", R),
    ("sou transplantado de rim, posso tomar ibuprofeno?", R),
    ("je prends la pilule, je peux prendre de l'ibuprofène pour mes règles ?", S),
    ("tomo anticonceptivas, ¿puedo tomar paracetamol para el dolor de cabeza?", S),
    ("can i give calpol to my 2 year old with a cold", S),
    ("is it ok to take ibuprofen with a cold?", S),
    ("posso tomar antiácido para azia depois do almoço?", S),
    ("i'd like my blood pressure checked, i'm 50", R),
    ("should i get tested for diabetes? my mum and sister have it", R),
    ("je voudrais faire un dépistage du diabète, ma mère est diabétique", R),
    ("quiero hacerme la prueba de azúcar, mi mamá es diabética", R),
    ("queria medir a pressão, meu pai é hipertenso", R),
    ("nataka kupima presha, baba yangu ana presha", R),
    ("मुझे अपना शुगर टेस्ट करवाना है, मम्मी को डायबिटीज है", R),
    ("just found out i'm pregnant, 7 weeks, how do i book my first midwife appointment", R),
    ("nimepata mimba, kliniki ya kwanza ni lini?", R),
    ("main 2 mahine pregnant hu, pehli ANC kab karwaun", R),
    ("acabo de saber que estoy embarazada, ¿cuándo es el primer control prenatal?", R),
    ("i checked my blood pressure at home, 118/76, is that ok?", S),
    ("how do i check my blood pressure at home properly?", S),
    ("what is a normal cholesterol level?", S),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


def test_specialist_medicine_question_is_the_medicine_topic() -> None:
    """The answer is about the medicine asked, with the reason to ask who knows their medicines."""
    found = rules().assess("i have heart failure, can i take ibuprofen for my knee pain")
    assert found.level is R
    assert found.topic == "medicine_questions"
    assert "otc_with_specialist_treatment" in {f.id for f in found.fired}

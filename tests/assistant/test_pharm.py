"""Questions a pharmacist answers (pharm, 2026-12-07, issue 10/11: over-triage).

Self-care: one combined pill missed or taken late (under 48 hours) needs no emergency
contraception (FSRH CEU missed pill guidance; NHS "what if I miss a combined pill"); a forgotten
morning dose of a once-daily medicine is taken when remembered unless the next is nearly due
(NHS medicines A to Z); stopping mosquito bites with nothing wrong now (WHO malaria, dengue); a
hangover (NHS); drowsiness a sedating antihistamine or cough medicine "makes me" feel (NHS
antihistamines). Kept: two or more pills missed with sex, a mini pill late or missed with sex
(emergency contraception, urgent), drinking every day, withdrawal, a child drowsy after medicine
or with a fever, a fever after travel, the combined pill with a swollen calf.
Our own messages, written for these tests (not from any eval set).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

ROWS: list[tuple[str, TriageLevel]] = [
    ("I took my pill 3 hours late this morning, do I need extra protection?", S),
    ("forgot to take my combined pill yesterday, took it this morning, am I still protected?", S),
    ("I forgot my levothyroxine this morning, should I take it now?", S),
    ("I forgot to take my blood pressure tablet this morning what should I do", S),
    ("missed one dose of my antibiotic, should I take two tomorrow?", S),
    ("I vomited half an hour after taking my tablet, should I take another one?", S),
    ("I missed 2 pills this week and had unprotected sex on Saturday", U),
    ("I'm on the mini pill, took it 5 hours late and we had sex last night", U),
    ("the condom split last night", U),
    ("tomé la pastilla anticonceptiva tres horas tarde, ¿necesito otra protección?", S),
    ("se me olvidó tomar la levotiroxina esta mañana, ¿la tomo ahora?", S),
    ("olvidé dos pastillas anticonceptivas y tuve relaciones sin condón", U),
    ("esqueci de tomar a pílula ontem, tomei hoje de manhã, estou protegida?", S),
    ("esqueci de tomar o remédio da pressão hoje de manhã, o que faço?", S),
    ("j'ai oublié ma pilule hier soir, je l'ai prise ce matin, suis-je protégée ?", S),
    ("j'ai oublié de prendre mon Levothyrox ce matin, je le prends maintenant ?", S),
    ("nimesahau kumeza kidonge cha uzazi wa mpango jana, nimemeza leo asubuhi", S),
    ("nimesahau kunywa dawa yangu ya presha asubuhi, ninywe sasa?", S),
    ("मैं कल गर्भनिरोधक गोली लेना भूल गई, आज सुबह ली, क्या मैं सुरक्षित हूँ?", S),
    ("subah ki thyroid ki goli lena bhool gaya, ab le lun?", S),
    ("mujhe subah BP ki dawai lena yaad nahi raha, ab kya karun", S),
    ("how can I stop getting bitten by mosquitoes?", S),
    ("what's the best insect repellent for a trip to Kenya?", S),
    ("I have a fever after coming back from Nigeria last week", U),
    ("¿cada cuánto hay que desparasitar a los niños?", S),
    ("¿cómo evitar las picaduras de mosquito?", S),
    ("de quanto em quanto tempo devo dar vermífugo para as crianças?", S),
    ("comment éviter les piqûres de moustiques ?", S),
    ("tous les combien faut-il vermifuger les enfants ?", S),
    ("watoto wanapaswa kupewa dawa ya minyoo mara ngapi?", S),
    ("jinsi ya kujikinga na mbu", S),
    ("बच्चों को पेट के कीड़ों की दवा कितने महीने में देनी चाहिए?", S),
    ("hungover after a night out, headache and feel sick", S),
    ("I drank too much last night and now I have a terrible headache and nausea", S),
    ("I drink every day and can't stop", R),
    ("I stopped drinking two days ago and my hands are shaking and sweating", U),
    ("tengo resaca, me duele la cabeza y tengo náuseas", S),
    ("estou de ressaca, dor de cabeça e enjoo", S),
    ("j'ai la gueule de bois, mal à la tête et envie de vomir", S),
    ("nina hangover, kichwa kinauma na kichefuchefu", S),
    ("kal raat bahut pee li, ab sir dard aur ulti jaisa lag raha hai", S),
    ("कल रात ज़्यादा शराब पी ली, सुबह से सिर दर्द और जी मिचला रहा है", S),
    ("the antihistamine makes me drowsy, is that normal?", S),
    ("cough syrup made me sleepy, can I drive?", S),
    ("my 2 year old drank some of the cough syrup and is very drowsy", E),
    ("my son swallowed grandma's pills and is hard to wake", E),
    ("el antihistamínico me da mucho sueño, ¿es normal?", S),
    ("o antialérgico me deixa com sono, é normal?", S),
    ("l'antihistaminique me rend somnolent, c'est normal ?", S),
    ("dawa ya mzio inanifanya nisinzie, ni kawaida?", S),
    ("allergy ki dawai se mujhe neend aati hai, kya ye normal hai?", S),
    ("एलर्जी की दवा से बहुत नींद आती है, क्या यह सामान्य है?", S),
    ("my child is very drowsy and has a fever", E),
    ("I forgot my pill and now my period is 2 weeks late", S),
    ("I'm on cerazette and forgot it yesterday, we had sex last night", U),
    ("tomo la minipíldora, se me olvidó ayer y tuvimos relaciones sin condón", U),
    ("j'ai oublié ma pilule microprogestative hier et on a eu un rapport sans préservatif", U),
    ("skipped one of my combined pills on monday, took it tuesday morning, need plan b?", S),
    ("missed 2 of my combined pills and had sex, do i need plan b", U),
    ("which non-drowsy antihistamine is best for hay fever?", S),
    ("I'm on the combined pill and my calf is swollen and sore", U),
    ("esqueci de tomar o puran hoje cedo, posso tomar agora?", S),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)

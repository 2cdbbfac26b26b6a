"""A long-term prescribed medicine that needs a clinician's review (medrev, 2026-12-07).

The family, routine: trouble since a long-term medicine was started (NICE CKS depression: an
SSRI's nausea in the first weeks; NHS sertraline, statins, ramipril: speak to your doctor, do not
stop alone); sugars that stay high on a diabetes medicine (NHS high blood sugar: the diabetes team
or GP when it keeps high for long periods; NICE NG28); a repeat prescription running out or a new
one needed (NHS repeat prescriptions); starting contraception (NHS choosing contraception) or a
prescription stop-smoking medicine (NHS Better Health, NICE NG209: varenicline, bupropion,
cytisine). Red flags stay: a reading of 20 or more, high sugars with thirst, muscle pain with dark
urine on a statin. Traps: an over-the-counter dose question, paracetamol with blood pressure
tablets, nicotine patches and emergency contraception keep their own levels.
Our own messages, written for these tests (not from any eval set).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

ROWS: list[tuple[str, TriageLevel]] = [
    # --- a long-term medicine started recently, the trouble since ---
    ("started sertraline last week and I feel sick all the time, is that normal?", R),
    ("started fluoxetine 5 days ago and feel sick and shaky", R),
    ("empecé sertralina hace una semana y tengo náuseas", R),
    ("comecei a tomar sertralina semana passada e estou enjoada", R),
    ("j'ai commencé la sertraline et j'ai des nausées", R),
    ("nilianza kutumia sertraline wiki iliyopita na nina kichefuchefu", R),
    ("sertraline shuru ki hai tab se ulti jaisa lagta hai", R),
    ("since I started ramipril I've had a dry cough, can I change to something else?", R),
    ("comecei a tomar sinvastatina e tenho dores musculares", R),
    ("metformin lene se roz dast ho rahe hain, kya band kar du?", R),
    # --- sugars still high on treatment: routine; with thirst or 20+: urgent ---
    ("on metformin but my sugars are still high, around 12 every morning", R),
    ("tomo metformina pero el azúcar sigue alto", R),
    ("tomo metformina y la glucosa me sale alta", R),
    ("ma glycémie reste élevée malgré la metformine", R),
    ("natumia metformin lakini sukari bado iko juu", R),
    ("sukari yangu bado iko juu hata ninapotumia dawa", R),
    ("dawai lene ke baad bhi sugar high rehti hai", R),
    ("my sugar is 24 even on metformin", U),
    ("tomo metformina pero el azúcar sigue alto y tengo mucha sed", U),
    ("sugars through the roof despite insulin and I feel awful and very thirsty", U),
    ("on simvastatin, my muscles really hurt and my pee is dark brown", E),
    # --- a repeat prescription ---
    ("la receta se me acaba, necesito más metformina", R),
    ("se me acabó la receta de la metformina", R),
    ("preciso de uma receita nova para a bombinha", R),
    ("j'ai besoin d'une nouvelle ordonnance pour mon inhalateur", R),
    ("mon ordonnance se termine, j'ai besoin d'un renouvellement", R),
    ("dawa zangu za presha zimeisha, nahitaji cheti kipya", R),
    ("mujhe apni sugar ki dawai ka naya parcha chahiye", R),
    ("naya parcha chahiye BP ki dawai ka", R),
    # --- starting contraception, a prescription stop-smoking medicine ---
    ("I want to start contraception", R),
    ("quiero empezar a tomar anticonceptivos", R),
    ("can I get champix to help me stop smoking?", R),
    ("quiero tomar champix para dejar de fumar", R),
    ("je voudrais du champix pour arrêter de fumer", R),
    ("nataka dawa ya champix kuacha sigara", R),
    # --- traps ---
    ("how much paracetamol can I take?", S),
    ("can I take paracetamol with my blood pressure tablets?", S),
    ("¿puedo tomar paracetamol con las pastillas de la presión?", S),
    ("naweza kutumia panadol pamoja na dawa ya presha?", S),
    ("paracetamol ke saath BP ki dawai le sakte hain?", S),
    ("I want to stop smoking, are nicotine patches any good?", S),
    ("quiero dejar de fumar con parches de nicotina", S),
    ("antibiotics make me vomit", S),
    ("can I get emergency contraception?", U),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)

"""Round-12 urgent misses in French, Spanish, Portuguese, Swahili and Hindi (both sides).

Quinsy's "hot potato" voice said as a comparison; a fever told as "avoir chaud" (African
French) or a body "burning with heat" (Swahili) in a malaria country; epilepsy medicines
forgotten or left at home; an injured thumb or finger that will not bend; a pregnancy told
only as its weeks ("tenho 26 semanas"); eyes that "have become yellow" named far from the
word; red, hot skin that is "widening" (spreading cellulitis).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import R, S, U, assert_level, local_of, rules

LEVELS: list[tuple[str, str, TriageLevel, str]] = [
    # quinsy: a muffled "hot potato" voice with a sore throat (NHS quinsy: same day); a
    # sore throat with a normal voice stays self-care
    ("hace 3 dias me duele la garganta y la voz me sale como con una papa", "es", U, "cl"),
    ("me duele la garganta, hablo como si tuviera una papa en la boca", "es", U, "mx"),
    ("dor de garganta forte e a voz sai como se tivesse uma batata", "pt", U, "br"),
    ("mal à la gorge, ma voix sort comme avec une patate", "fr", U, "fr"),
    ("me duele un poco la garganta, la voz normal", "es", S, "mx"),
    # a fever told as "avoir chaud" of a person (African French) or "mwili unawaka joto"
    # (Swahili), in a malaria country: same day (WHO malaria, IMCI); the weather is not
    ("ma fille a chaud depuis hier soir, on est à Lubumbashi", "fr", U, "cd"),
    ("mon bébé de 8 mois a chaud depuis hier", "fr", U, "cd"),
    ("mtoto wa miaka 4 mwili wake unawaka joto tangu asubuhi, tuko Goma", "sw", U, "cd"),
    ("mon fils de 3 ans a chaud, on a mis le chauffage", "fr", R, "cd"),
    # epilepsy medicines forgotten or left at home, none since (NHS epilepsy: missing doses
    # can bring on fits; same-day supply); one dose forgotten this morning is not
    ("mon fils est épileptique, on a laissé son traitement à la maison", "fr", U, "be"),
    (
        "tengo epilepsia y se me olvidaron las pastillas en la casa, no he tomado nada desde ayer",
        "es",
        U,
        "mx",
    ),
    ("nina kifafa na nimesahau dawa nyumbani, sijameza dawa tangu jana", "sw", U, "ke"),
    ("mujhe mirgi hai, dawai ghar pe bhool gaya, kal se nahi li", "hi", U, "in"),
    ("मुझे मिर्गी है, दवा घर पे छोड़ आया, कल से नहीं ली", "hi", U, "in"),
    ("je suis épileptique, j'ai oublié de prendre mon comprimé ce matin", "fr", R, "fr"),
    ("tenho epilepsia e esqueci de tomar o remédio hoje de manhã", "pt", R, "br"),
    # an injured thumb or finger that will not bend, swollen (NHS broken finger: same day);
    # a knee stiff for years is not an injury
    ("je suis tombée sur la main, le doigt ne plie plus et c'est gonflé", "fr", U, "fr"),
    ("tombé en vélo, mon pouce bouge pu pis c'est enflé", "fr", U, "ca"),
    ("mon genou ne plie plus bien depuis des années, arthrose", "fr", R, "fr"),
    # a pregnancy told only as its weeks, with a headache or sudden swelling (NHS
    # pre-eclampsia); weeks of a cough are not a pregnancy
    ("tenho 30 semanas e dor de cabeça forte que não passa", "pt", U, "br"),
    (
        "tengo 28 semanas y se me hinchó la cara de repente y me duele mucho la cabeza",
        "es",
        U,
        "mx",
    ),
    ("j'en suis à 32 semaines, visage gonflé d'un coup et mal de tête", "fr", U, "fr"),
    ("tenho 3 semanas de tosse", "pt", R, "br"),
    ("tengo 2 semanas con tos", "es", S, "mx"),
    # eyes that have become yellow, named before the child (NHS jaundice: same day)
    ("macho ya mama yangu yamekuwa ya njano tangu wiki iliyopita", "sw", U, "tz"),
    ("macho yake ni mekundu na yanawasha", "sw", S, "tz"),
    # red, hot skin that is widening (NHS cellulitis: same day); a small sore alone is not
    ("mkono ni mwekundu na umevimba, unapanuka", "sw", U, "ke"),
    ("mguu wake ni mwekundu na wa moto, unazidi kupanuka tangu jana", "sw", U, "tz"),
    ("kidonda kidogo mguuni, hakuna wekundu", "sw", S, "ke"),
]


@pytest.mark.parametrize(("text", "language", "want", "country"), LEVELS)
def test_level(text: str, language: str, want: TriageLevel, country: str) -> None:
    assert_level(rules(), text, want, language, local_of(country))

"""Same-day (urgent) families read as self-care or routine, English and Spanish (urgA, 2026-12-07).

A new psychosis (NHS psychosis: urgent GP, 111 or crisis team): the TV or radio talking about
the person, thoughts controlled. A gaping wound or a skin flap torn in thin older skin or on blood
thinners (NHS cuts and grazes: needs closing the same day). Diarrhoea or vomiting with less urine
and dizziness or drinking less, or in someone 65 or over (NHS dehydration, NICE CKS
gastroenteritis). A child's breathing counted fast for age (WHO IMCI). A wrist out of shape
after a fall. Oxygen saturation 93-94% (NHS pulse oximeters: urgent; 92% or less A&E). A human
bite that broke the skin. Itching of palms and soles in pregnancy. Neighbours that stay self-care,
routine or an emergency. Rows are our own phrasings.
"""

from __future__ import annotations

import pytest

from tests.assistant.support import row_level, table

ROWS = table(
    """
    # a new psychosis: ideas of reference, thought control (same day)
    U en | since last week my flatmate insists the radio presenters are talking about him
    U en | my dad says folk on the telly keep talking about him and he has barely slept
    U es | mi hermana asegura que hablan de ella por la radio y ya no duerme
    U es | mi novio dice que le leen el pensamiento a través del wifi, es algo nuevo
    U es | dice que en las noticias se burlan de él y que lo espían
    # a skin flap or a gaping wound (same day)
    U en | my aunt is 81 and knocked her shin on the bed frame, there is a loose flap of skin
    U en | he takes apixaban and has a skin tear on his forearm that won't stop oozing
    U en | the flap is hanging off my dad's leg after he caught it on the trolley
    U es | mi tía de 78 años se golpeó y tiene un colgajo en la pierna que sigue sangrando
    U es | a mi padre le cuelga un pedazo de piel del antebrazo, toma sintrom
    U es | se me abrió la herida del dedo y se ve por dentro
    # diarrhoea or vomiting with less urine (same day); none all day stays an emergency
    U en | my mother is 77, has been vomiting since yesterday and is hardly passing water
    U en | my husband has had diarrhoea for 2 days, is barely peeing and is light headed
    U es | mi suegro de 83 años tiene diarrea y casi no orina
    U es | mi hija de 3 años tiene vómitos, hace muy poco pis y está mareada
    U es | mi bebé de 1 año tiene diarrea y casi no moja el pañal
    # a child's breathing counted fast for age (WHO IMCI)
    U en | I counted her breaths and it was 52 a minute, she is 7 months old
    U es | mi hijo de 2 años tiene tos, conté sus respiraciones y son 46 por minuto
    # a wrist out of shape after a fall (same day; the bone through the skin is an emergency)
    U es | me caí en la calle y tengo la muñeca deformada
    E es | se cayó de la bici y se le ve el hueso de la muñeca fuera de la piel
    # oxygen 93-94% (urgent); 92% or less (emergency)
    U en | my sats are 93% and I have covid
    E en | his oxygen has dropped to 90 percent
    # a human bite that broke the skin; itching palms in pregnancy
    U en | my toddler's friend bit his arm at nursery and broke the skin
    U en | my girlfriend bit my finger hard and it bled
    U es | estoy de 34 semanas y me pica muchísimo, sobre todo en las plantas de los pies
    # neighbours that stay self-care or routine
    R en | counted my 4 year old's breaths, 26 a minute, she is running about happily
    S en | I peeled off a blister on my heel and there's a tiny flap of skin
    S en | my feet swell a little after a hot day in the garden
    S es | ayer tuve diarrea pero hoy bebo bien y orino normal
    S es | tengo una ampolla en el talón y se levantó la piel
    R en | I watched a programme on the TV about sleep and now I cannot stop yawning
    """,
)


@pytest.mark.parametrize(("want", "language", "text"), ROWS)
def test_level(want: str, language: str, text: str) -> None:
    row_level(want, language, text)

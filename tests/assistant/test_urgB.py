"""Same-day cases that read as self-care or routine, pt, fr, sw and hi (urgB, 2026-12-07).

A new psychosis (NHS psychosis: an urgent GP appointment, 111 or the crisis team the same day):
voices heard that others do not hear, the television or radio sending messages to one person,
a belief that hidden cameras watch the house. A calf swollen, hot and painful after a long
flight or with the pill (NHS DVT). A child's breathing counted fast for age (WHO IMCI fast
breathing: 50 or more a minute under one year, 40 or more from one to five years), the count
said after who was counted. A skin flap or skin tear (NHS cuts and grazes: a wound whose edges
will not meet is closed the same day) and a wrist bent like a fork after a fall (NHS broken arm
or wrist). Ordinary tiredness, heavy legs after a flight, a blister's roof and sunburnt skin
peeling are not. Rows are our own phrasings.
"""

from __future__ import annotations

import pytest

from tests.assistant.support import row_level, table

ROWS = table(
    """
    # psychosis: voices, ideas of reference, hidden cameras
    U pt | minha irmã passou a escutar vozes à noite e não confia em ninguém
    U pt | meu pai jura que o rádio está mandando recados para ele
    U pt | minha tia tem certeza que instalaram microfones escondidos no quarto dela
    U fr | mon cousin est sûr que la télé lui adresse des signes depuis lundi
    U fr | ma sœur croit qu'il y a des micros cachés dans sa chambre
    U sw | dada yangu anasema televisheni inamletea ujumbe wa siri
    U sw | kaka yangu ana uhakika kuna kamera zilizofichwa chumbani kwake
    U hi | मेरी बहन रात भर आवाजें सुनती है और डरी रहती है
    U auto | didi raat bhar awaazein sunti hai, kehti hai koi bula raha hai
    # DVT: a calf swollen, hot and painful after a flight or with the pill
    U sw | baada ya ndege ya saa 10 shavu la mguu limevimba na linauma
    U sw | natumia vidonge vya uzazi wa mpango, shavu la mguu limevimba na lina joto
    U hi | 10 घंटे की उडान के बाद से टांग सूज गई है
    U hi | दाहिनी पिंडली सूजी हुई, लाल और दर्द कर रही है
    U auto | 9 ghante ki flight ke baad pindli sooj gayi hai
    # fast breathing counted, the count after who was counted
    U fr | j'ai regardé la respiration de ma fille de 2 ans, 44 fois par minute
    U sw | pumzi za mtoto wangu wa miezi 7 ni 58 kwa dakika
    U hi | मेरी 4 साल की बेटी की सांस गिनी, 46 प्रति मिनट
    # a skin flap or skin tear of thin skin; a wrist bent like a fork after a fall
    U pt | meu avô de 90 anos bateu a perna na cama e ficou uma aba de pele solta
    U fr | mon grand-père s'est arraché la peau du tibia contre la table, il est sous Eliquis
    U sw | bibi ameanguka, kipande cha ngozi ya mkono kimebanduka na damu inatoka kidogo
    U hi | नानी की बांह की खाल उधड कर लटक रही है, खून थोडा थोडा आ रहा है
    U auto | nani ki baanh ki khaal ukhad kar latak rahi hai
    U pt | escorreguei no gelo e o punho ficou em forma de garfo
    U fr | tombé à vélo, mon poignet a pris une forme de fourchette
    S pt | tenho uma bolha no pé e a pele de cima soltou
    S fr | j'ai pris un coup de soleil et la peau du bras pèle
    # not same-day: tiredness, heavy legs after a flight, breathing fast only while crying
    S pt | trabalhei muito essa semana e dormi pouco, estou cansada
    R fr | j'ai un peu les jambes lourdes après l'avion, rien d'autre
    S hi | काम की वजह से थोड़ी नींद कम हुई, बस थकान है
    """,
)


@pytest.mark.parametrize(("want", "language", "text"), ROWS)
def test_level(want: str, language: str, text: str) -> None:
    row_level(want, language, text)

"""Spanish, Portuguese and French round-15 misses, mended as families (both sides).

A cut that is deep and gapes, the edges apart (NHS cuts and grazes: urgent care); cholera-like
diarrhoea, stools like rice water or watery diarrhoea where cholera is about (WHO cholera fact
sheet: a clinic the same day), while rice water given to drink and a question about the cholera
vaccine stay harmless; a baby or toddler with diarrhoea and no tears or drinking eagerly (NHS
dehydration, WHO IMCI some dehydration: urgent, not the 999 of sunken eyes), also in Haitian
Kreyol; a swollen joint after a fall or a twist that cannot be bent or straightened (NHS broken
arm, sprains and strains: urgent care); snoring with sleep in the day, and a child who snores
with the mouth open (NHS sleep apnoea: a GP); blood on the paper when wiping (NHS bleeding from
the bottom); peeing a lot with thirst (NHS type 2 diabetes); period pain the named painkiller
no longer holds (NHS period pain); ankles that swell with "la tension" (NHS oedema).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import R, S, U, assert_level, assert_not_emergency, rules

LEVELS: list[tuple[str, str | None, TriageLevel]] = [
    # --- a deep cut that gapes
    ("me rebané el pulgar con el cúter, ya no sale sangre pero está hondo y se abre", "es", U),
    ("se hizo una cortada con una lámina y la herida se queda abierta", "es", U),
    ("me corté un poquito el dedo con papel, es superficial y ya no sangra", "es", S),
    ("me cortei no vidro da janela, é fundo e abre quando dobro o dedo", "pt", U),
    ("corte na mão com a lata de sardinha, as bordas ficaram separadas", "pt", U),
    ("entaille au doigt en ouvrant un carton, les bords s'écartent quand je bouge", "fr", U),
    ("la coupure sur son genou reste ouverte, on voit pas le fond", "fr", U),
    ("petite éraflure au bras avec le rosier, j'ai mis un pansement", "fr", S),
    # --- cholera-like diarrhoea
    ("desde anoche hace popó que parece agua de arroz, sin parar", "es", U),
    ("mi tío con diarrea aguada desde hoy y en el pueblo hay brote de cólera", "es", U),
    ("¿el agua de arroz sirve para la diarrea leve de mi hija? come bien", "es", S),
    ("meu vizinho está com fezes igual água de arroz desde a madrugada", "pt", U),
    ("diarreia líquida desde hoje cedo e tem surto de cólera no bairro", "pt", U),
    ("sa diarrhée ressemble à de l'eau de riz depuis hier soir", "fr", U),
    ("diarrhée liquide depuis ce matin, et le choléra circule dans notre ville", "fr", U),
    ("manman m gen dyare tankou dlo diri depi maten an", "fr", U),
    # the same family in the other full languages (WHO cholera fact sheet)
    ("his poo is like rice water and keeps coming", "en", U),
    ("baba anaharisha kama maji ya mchele tangu jana usiku", "sw", U),
    ("गाँव में हैजा है, भाई को सुबह से दस्त हो रहे हैं", "hi", U),
    ("beti ko halke dast hain, use chawal ka pani pila rahe hain, khel rahi hai", "hi", S),
    # --- dehydration in a baby or toddler: urgent
    ("mi bebé de 7 meses con diarrea desde ayer, ya no le salen lágrimas al llorar", "es", U),
    ("mi nene de 1 año tiene diarrea y toma el suero con desesperación", "es", U),
    ("minha bebê de 8 meses com diarreia, chora e não sai lágrima", "pt", U),
    ("meu filho de 2 anos com diarreia desde ontem bebe água com muita sede", "pt", U),
    ("mon petit de 11 mois a la diarrhée, il pleure sans larmes", "fr", U),
    ("ma fille de 14 mois a la diarrhée et la bouche sèche", "fr", U),
    ("tibebe m 10 mwa gen dyare, li kriye san dlo nan je", "fr", U),
    # --- a joint after an injury that cannot bend or straighten
    ("me caí de la moto, la rodilla se hinchó y no la puedo doblar", "es", U),
    ("golpe en el codo jugando básquet, está hinchado y no lo puedo estirar", "es", U),
    ("caí jogando bola e o joelho inchou, não consigo dobrar", "pt", U),
    ("torceu o cotovelo no jiu-jitsu, inchado, ela não consegue esticar", "pt", U),
    ("tombé en roller, le poignet a gonflé et j'arrive plus à le plier", "fr", U),
    ("entorse du genou au foot, il est gonflé, je peux pas le tendre", "fr", U),
    # --- snoring with sleep in the day; a child snoring with the mouth open
    ("mi papá ronca fuerte y se queda dormido donde sea durante el día", "es", R),
    ("mi hija de 5 años ronca cada noche y duerme con la boca abierta", "es", R),
    ("meu marido ronca e vive cochilando no trabalho", "pt", R),
    ("meu filho de 6 anos ronca e respira pela boca dormindo", "pt", R),
    ("ma fille de 4 ans ronfle et dort la bouche ouverte", "fr", R),
    # --- blood on the paper, peeing a lot, painkillers no longer enough, ankles with tension
    ("veo sangre en el papel higiénico al limpiarme desde hace semanas", "es", R),
    ("tengo muchísima sed y orino bastante desde hace un mes", "es", R),
    ("las reglas me duelen horrible desde siempre y el ibuprofeno ya no alcanza", "es", R),
    ("regles douloureuses depuis des années, le spasfon suffit plus", "fr", R),
    ("mon père a les chevilles qui gonflent, il a la tension", "fr", R),
    # --- harmless neighbours
    ("tengo sed porque hace mucho calor en la calle", "es", S),
    ("mi marido ronca un poco cuando está resfriado", "es", S),
    ("je ronfle un peu quand j'ai le nez bouché", "fr", S),
    ("j'ai un peu mal au ventre pendant les règles, la bouillotte suffit", "fr", S),
]


@pytest.mark.parametrize(("text", "language", "want"), LEVELS)
def test_level(text: str, language: str | None, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)


NOT_EMERGENCY: list[tuple[str, str | None]] = [
    # no tears with diarrhoea is a dehydration sign (urgent), not sunken eyes (999)
    ("mi bebé de 10 meses con diarrea hace 2 días, llora sin lágrimas", "es"),
    ("meu bebê de 9 meses com diarreia, chora sem lágrima", "pt"),
    ("bébé de 9 mois, diarrhée depuis 3 jours, plus de larmes quand il pleure", "fr"),
    # cholera named in a question about the vaccine, rice water to drink, anger
    ("quero saber se preciso da vacina contra o cólera para viajar", "pt"),
    ("me dio mucha cólera lo que dijo mi jefe, me duele la cabeza", "es"),
]


@pytest.mark.parametrize(("text", "language"), NOT_EMERGENCY)
def test_not_emergency(text: str, language: str | None) -> None:
    assert_not_emergency(rules(), text, language)

"""Small families from the tenth round, own phrasings, both sides: dengue spelled 'denggi' in
Malaysian English, and something gone into the eye that will not come out in Hindi (it reads
as English does: something stuck in the eye)."""

from __future__ import annotations

from selfcare.assistant.engine import engine


def test_denggi_is_dengue() -> None:
    read = {
        t: "dengue" in engine().understand(t, "en").present
        for t in ("worried its denggi, fever since monday", "kena demam denggi last year, now ok")
    }
    assert read == {t: True for t in read}
    assert "dengue" not in engine().understand("fever and a headache since monday", "en").present


def test_something_in_the_eye_that_will_not_come_out() -> None:
    cases = {
        "kal se aankh me kachra gira hai, dhone par bhi nahi nikal raha": True,
        "आंख में तिनका गिरा, धोने के बाद भी नहीं निकल रहा": True,
        "aankh me dhool chali gayi thi, dhone se nikal gayi": False,
        "आंख में कुछ गिरा था पर अब निकल गया": False,
    }
    read = {t: "eye_foreign_stuck" in engine().understand(t, "hi").present for t in cases}
    assert read == cases

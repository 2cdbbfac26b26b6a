"""Language detection on short WhatsApp-style messages: ours against the alternatives.

    .venv/bin/pip install --target /tmp/detlibs py3langid langdetect   # the alternatives
    PYTHONPATH=/tmp/detlibs .venv/bin/python eval/detection/measure.py

Detectors compared, each restricted where it can be to the languages our detector knows:
``ours`` (:class:`selfcare.assistant.engine.detect.Detector`: script, marker words, then lingua),
lingua with its full models and in its low-accuracy mode, py3langid and langdetect (the last
cannot be restricted). A message counts as right when the detector's first language is the
language it is written in (Hindi in Latin letters counts as ``hi``). Prints accuracy per
language and overall, the time per message, and what loading cost; writes ``results.json``.
Alternatives that are not installed are reported as such. The alternatives are not project
dependencies and must not become ones for this measurement.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

# Written by the selfcare engineers for this measurement (2026-12-03) in the voice people use
# on WhatsApp: short, lower case, no accents, some mixed with English. Not triage cases.
MESSAGES: dict[str, list[str]] = json.loads(
    Path(__file__).with_name("messages.json").read_text(encoding="utf-8")
)

Guess = Callable[[str], str | None]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ours(codes: tuple[str, ...]) -> Guess:
    from selfcare.assistant.engine import engine

    e = engine()
    e.detector.warm()

    def guess(text: str) -> str | None:
        found = e.detector.detect(text)
        return found[0].code if found else None

    return guess


def lingua(codes: tuple[str, ...], low: bool) -> Guess:
    from lingua import Language, LanguageDetectorBuilder

    wanted = [lang for lang in Language.all() if lang.iso_code_639_1.name.lower() in codes]
    builder = LanguageDetectorBuilder.from_languages(*wanted)
    detector = (builder.with_low_accuracy_mode() if low else builder).build()
    detector.detect_language_of("warm up")  # lingua loads its models on first use

    def guess(text: str) -> str | None:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else None

    return guess


def py3langid(codes: tuple[str, ...]) -> Guess:
    import py3langid.langid as langid

    identifier = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    identifier.set_languages([c for c in codes if c in identifier.nb_classes])
    return lambda text: str(identifier.classify(text)[0])


def langdetect(codes: tuple[str, ...]) -> Guess:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    detect("warm up")  # loads its profiles on first use

    def guess(text: str) -> str | None:
        try:
            return str(detect(text)).split("-")[0]
        except LangDetectException:
            return None

    return guess


def measure(name: str) -> dict[str, object] | None:
    from selfcare.assistant.engine import OTHERS
    from selfcare.assistant.knowledge.loader import load

    kb = load()
    codes = tuple(dict.fromkeys((*kb.languages, *kb.safety_net, *OTHERS)))
    makers: dict[str, Callable[[], Guess]] = {
        "ours": lambda: ours(codes),
        "lingua (full)": lambda: lingua(codes, low=False),
        "lingua (low accuracy)": lambda: lingua(codes, low=True),
        "py3langid": lambda: py3langid(codes),
        "langdetect": lambda: langdetect(codes),
    }
    before, start = _rss_mb(), time.perf_counter()
    try:
        guess = makers[name]()
    except ImportError as exc:
        print(f"{name}: not installed ({exc.name})")
        return None
    load_s, grew = time.perf_counter() - start, _rss_mb() - before
    per_lang: dict[str, list[int]] = {}
    misses: list[tuple[str, str, str | None]] = []
    start = time.perf_counter()
    for lang, texts in MESSAGES.items():
        want = lang.split("-")[0]
        for text in texts:
            got = guess(text)
            right = got == want
            per_lang.setdefault(lang, []).append(int(right))
            if not right:
                misses.append((lang, text, got))
    n = sum(len(v) for v in per_lang.values())
    each_ms = (time.perf_counter() - start) / n * 1000
    right = sum(sum(v) for v in per_lang.values())
    result: dict[str, object] = {
        "overall": right / n,
        "per_language": {k: sum(v) / len(v) for k, v in per_lang.items()},
        "ms_per_message": each_ms,
        "load_seconds": load_s,
        "peak_rss_growth_mb": grew,
        "misses": misses,
    }
    print(
        f"{name}: {right}/{n} = {right / n:.1%}, {each_ms:.2f} ms/message, "
        f"load {load_s:.1f} s, peak memory +{grew:.0f} MB",
        file=sys.stderr,
    )
    return result


NAMES = ("ours", "lingua (full)", "lingua (low accuracy)", "py3langid", "langdetect")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(measure(sys.argv[2]), ensure_ascii=False))
        return
    results: dict[str, dict[str, object]] = {}
    for name in NAMES:
        run = subprocess.run(
            [sys.executable, __file__, "--one", name], capture_output=True, text=True, check=True
        )
        sys.stderr.write(run.stderr)
        found = json.loads(run.stdout.strip().splitlines()[-1])
        if found is not None:
            results[name] = found
    langs = list(MESSAGES)
    print("\n| detector | " + " | ".join(langs) + " | all |")
    print("|---" * (len(langs) + 2) + "|")
    for name, r in results.items():
        per = r["per_language"]
        assert isinstance(per, dict)
        cells = " | ".join(f"{per[lang]:.0%}" for lang in langs)
        print(f"| {name} | {cells} | {r['overall']:.1%} |")
    out = Path(__file__).with_name("results.json")
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

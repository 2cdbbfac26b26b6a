"""``python -m bench [--quick] [ack|e2e|history|assistant|memory|httpclient|profile|report ...]``

With no name, every benchmark runs in order; ``report`` only rewrites docs/benchmarks.md from
the figures already stored in it. Each run prints its table, writes its plot and rewrites
docs/benchmarks.md (figures of benchmarks not run this time are kept from the last run).

``--quick`` checks direction in about two minutes: one run each, fewer steps and
configurations, ack and e2e only unless named; it prints its tables and writes nothing.
PostgreSQL is ``BENCH_POSTGRES_URL`` (default ``postgresql://postgres@127.0.0.1:5432/bench``).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

from bench import ack, assistant, common, e2e, history, httpclient, memory, profile, report

ORDER = ("ack", "e2e", "history", "assistant", "memory", "httpclient", "profile")


def _measure(module: Any, *extra_tables: Callable[[dict[str, Any]], str]) -> dict[str, Any]:
    """Run one benchmark module: its figures, its table(s) printed, its plot written."""
    figures: dict[str, Any] = module.run()
    print(module.table(figures))
    for table in extra_tables:
        print(table(figures))
    module.plot(figures)
    return figures


def _assistant() -> dict[str, Any]:
    figures = _measure(assistant)
    figures.pop("histogram_ms", None)  # plotted; too long to keep in the document
    return figures


def _profile() -> dict[str, Any]:
    figures = profile.run()
    for name, data in figures.items():
        print(f"  profile {name}: {data['file']} ({data['rps']:.0f} req/s)")
    return figures


QUICK: dict[str, Callable[[], dict[str, Any]]] = {
    "ack": lambda: ack.run(runs=1, rates=(500,), step_seconds=2.0, max_seconds=1.0),
    "e2e": lambda: e2e.run(runs=1, configs=e2e.QUICK_CONFIGS, low_seconds=1.5, drain=3.0),
    "history": lambda: history.run(sizes=(10_000, 1_000_000), runs=1),
    "assistant": lambda: assistant.run(runs=1),
    "memory": lambda: memory.run(runs=1),
    "httpclient": lambda: httpclient.run(runs=1, requests=500),
    "profile": lambda: profile.run(seconds=3.0),
}
QUICK_ORDER = ("ack", "e2e")

RUNNERS: dict[str, Callable[[], dict[str, Any]]] = {
    "ack": lambda: _measure(ack, ack.durability_table),
    "e2e": lambda: _measure(e2e),
    "history": lambda: _measure(history),
    "assistant": _assistant,
    "memory": lambda: _measure(memory),
    "httpclient": lambda: _measure(httpclient),
    "profile": _profile,
}


def quick(names: list[str]) -> int:
    for name in names or QUICK_ORDER:
        print(f"== {name} (quick: direction only, nothing written)", flush=True)
        started = time.monotonic()
        figures = QUICK[name]()
        module = {"ack": ack, "e2e": e2e, "history": history, "assistant": assistant,
                  "memory": memory, "httpclient": httpclient}.get(name)  # fmt: skip
        if module is not None:
            print(module.table(figures))
            for verdict, measured, met in getattr(module, "verdicts", lambda _: [])(figures):
                print(f"  {'met ' if met else 'MISSED'} {verdict}: {measured}")
        print(f"== {name} took {time.monotonic() - started:.0f} s", flush=True)
    return 0


def main(argv: list[str]) -> int:
    if "--quick" in argv:
        names = [a for a in argv if a != "--quick"]
        unknown = [n for n in names if n not in QUICK]
        if unknown:
            print(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(ORDER)}")
            return 2
        return quick(names)
    names = argv or list(ORDER)
    unknown = [n for n in names if n not in (*RUNNERS, "report")]
    if unknown:
        print(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(ORDER)}, report")
        return 2
    results = report.load()
    info = common.machine()
    print(f"machine: {info['nproc']} × {info['cpu']}, Python {info['python']}")
    for name in names:
        if name == "report":
            continue
        print(f"== {name}", flush=True)
        started = time.monotonic()
        results[name] = RUNNERS[name]()
        results[name]["took_s"] = round(time.monotonic() - started, 1)
        results[name]["measured_on"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        results[name]["machine"] = info
        print(f"== {name} took {results[name]['took_s']:.0f} s", flush=True)
        report.write(results)  # after each one, so a later failure keeps what was measured
    report.write(results)
    print(f"wrote {report.DOC.relative_to(common.ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

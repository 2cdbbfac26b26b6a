"""``selfcare serve`` under pyinstrument, profiling only between two signals.

    python -m bench.profiled OUT.txt [-m selfcare serve [options]]

SIGUSR1 starts the profiler; SIGUSR2 stops it and writes OUT.txt.

Start-up (imports, the knowledge base, migrations) stays out of the profile: the harness
sends SIGUSR1 when the load starts and SIGUSR2 when it ends. pyinstrument samples the main
thread, where the event loop runs every request and every SQLite statement; other threads
(SQLite commits, the assistant) are measured apart, by their CPU time (see
:func:`bench.profile.threads`).
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from types import FrameType

from pyinstrument import Profiler


def main() -> None:
    out = Path(sys.argv[1])
    profiler = Profiler(interval=0.0005, async_mode="disabled")

    def start(_signum: int, _frame: FrameType | None) -> None:
        profiler.start()

    def stop(_signum: int, _frame: FrameType | None) -> None:
        profiler.stop()
        tree = profiler.output_text(unicode=True, color=False)
        flat = profiler.output_text(unicode=True, color=False, flat=True).splitlines()
        heading = "Self time by function (top 40; the event loop's own idle wait included):"
        out.write_text(tree + "\n" + heading + "\n" + "\n".join(flat[:48]) + "\n")

    signal.signal(signal.SIGUSR1, start)
    signal.signal(signal.SIGUSR2, stop)
    # The harness appends ``-m selfcare serve [options]``: keep the options.
    rest = sys.argv[2:]
    options = rest[rest.index("serve") + 1 :] if "serve" in rest else []
    sys.argv = ["selfcare", "serve", *options]
    from selfcare.cli import main as selfcare

    selfcare()


if __name__ == "__main__":
    main()

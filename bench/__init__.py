"""Benchmarks of the issue "Proof under load and attack" (never timed unit tests).

    python -m bench                      # everything, in order; rewrites docs/benchmarks.md
    python -m bench ack|e2e|history|assistant|memory|profile

Each benchmark prints a table, writes a plot under ``docs/img/`` and stores its figures in
``docs/benchmarks.md`` (the raw figures ride along in a comment at the end of the file, so one
benchmark can be re-run without losing the others'). Every comparison is a ratio taken side
by side in the same run; every figure is the median of several runs with their min–max.

Traffic goes to 127.0.0.1 only: the servers, the load generator and the fake Graph API are
all local processes.
"""

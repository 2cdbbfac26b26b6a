"""Benchmark 6 — the send path's HTTP client: CPU per Graph API send, httpx against aiohttp.

The profiles put the Graph call among the largest costs of an answered message, all of it in
the client (request building, pool bookkeeping, the response read). This measures that cost
alone: one keep-alive client in this process on uvloop posts a reply-sized JSON body to the
counting fake (``bench/fakegraph.py``, its own process) one request at a time, as the sender
does, and reads the answer's JSON; the figure is this process's CPU time per request
(``time.process_time``), so other work on the machine changes the wall time, not the figure.
The adapters use ``httpx``; ``aiohttp`` is already installed (through ``twilio``).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import httpx

from bench import common

BODY = {
    "messaging_product": "whatsapp",
    "recipient_type": "individual",
    "to": "15550001234",
    "type": "text",
    "text": {"preview_url": False, "body": "A reply of a typical length. " * 24},
}
HEADERS = {"Authorization": "Bearer bench-token"}
CLIENTS = ("httpx", "aiohttp")


async def _httpx(url: str, requests: int, warmup: int) -> float:
    async with httpx.AsyncClient(timeout=10.0) as client:
        for _ in range(warmup):
            await client.post(url, json=BODY, headers=HEADERS)
        started = time.process_time()
        for _ in range(requests):
            response = await client.post(url, json=BODY, headers=HEADERS)
            response.json()
        return time.process_time() - started


async def _aiohttp(url: str, requests: int, warmup: int) -> float:
    timeout = aiohttp.ClientTimeout(total=10.0)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for _ in range(warmup):
            async with session.post(url, json=BODY, headers=HEADERS) as response:
                await response.read()
        started = time.process_time()
        for _ in range(requests):
            async with session.post(url, json=BODY, headers=HEADERS) as response:
                await response.json()
        return time.process_time() - started


RUNNERS: dict[str, Callable[[str, int, int], Awaitable[float]]] = {
    "httpx": _httpx,
    "aiohttp": _aiohttp,
}


def _loop_run(coro: Awaitable[float]) -> float:
    import uvloop

    return uvloop.run(coro)  # type: ignore[arg-type]


def run(runs: int = 3, requests: int = 2000, warmup: int = 100) -> dict[str, Any]:
    per_request: dict[str, list[float]] = {name: [] for name in CLIENTS}
    with common.workdir("httpclient") as tmp, common.fake_graph(tmp) as graph:
        url = f"http://127.0.0.1:{graph.port}/v21.0/1234567890/messages"
        for r in range(runs):
            for name in CLIENTS:
                seconds = _loop_run(RUNNERS[name](url, requests, warmup))
                per_request[name].append(seconds / requests * 1000)
            print(
                f"  httpclient run {r + 1}/{runs}: "
                + ", ".join(f"{n} {per_request[n][-1]:.3f} ms" for n in CLIENTS)
                + " CPU per send",
                flush=True,
            )
    spreads = {name: common.spread(values) for name, values in per_request.items()}
    ratios = [a / h for h, a in zip(per_request["httpx"], per_request["aiohttp"], strict=True)]
    return {"runs": runs, "requests": requests, "cpu_ms": spreads, "ratio": common.spread(ratios)}


def table(figures: dict[str, Any]) -> str:
    rows = [
        [name, common.fmt(figures["cpu_ms"][name], 3)]
        for name in CLIENTS
        if name in figures.get("cpu_ms", {})
    ]
    return common.table(["client (keep-alive, uvloop)", "CPU ms per send"], rows)


def plot(figures: dict[str, Any]) -> str:
    plt = common.pyplot()
    fig, ax = plt.subplots(figsize=(5.0, 3.0))
    meds = [figures["cpu_ms"][n]["median"] for n in CLIENTS]
    cpu = figures["cpu_ms"]
    errs = [[m - cpu[n]["min"] for m, n in zip(meds, CLIENTS, strict=True)],
            [cpu[n]["max"] - m for m, n in zip(meds, CLIENTS, strict=True)]]  # fmt: skip
    ax.bar(list(CLIENTS), meds, yerr=errs, capsize=4, color=["C0", "C2"])
    ax.set_ylabel("client CPU per send (ms)")
    ax.set_title("One Graph API send, client side")
    return common.save(fig, "httpclient.png")

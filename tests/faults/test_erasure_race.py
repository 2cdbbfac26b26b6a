"""Erasure races: an emergency sent right after confirming "DELETE MY DATA" is answered.

The erase removes what was received up to the confirmation, never a message still waiting;
and a confirmation that arrives in one burst with what follows is still a confirmation.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict

from tests.fakes.graph import FakeGraph
from tests.faults.conftest import PEOPLE, wait_until
from tests.pipeline.conftest import Start, post, text_body

EMERGENCY = "I have crushing chest pain and my left arm is numb"
WAIT = 60.0


def replies(graph: FakeGraph) -> dict[str, list[str]]:
    by: dict[str, list[str]] = defaultdict(list)
    for message in graph.messages:
        if message.to and message.text:
            by["+" + message.to].append(message.text)
    return by


def test_an_emergency_right_after_confirming_erasure_is_answered(
    start: Start, graph: FakeGraph
) -> None:
    client = start(worker_lease_seconds=5.0)  # the real assistant
    for n, person in enumerate(PEOPLE):
        assert post(client, text_body("DELETE MY DATA", sender=person, message_id=f"w.d{n}")) == 200

    def asked() -> bool:
        got = replies(graph)
        return all(any("want me to delete" in t.lower() for t in got[p]) for p in PEOPLE)

    assert wait_until(asked, WAIT), "not everyone was asked to confirm"

    def confirm_then_emergency(n: int, person: str) -> None:
        yes = text_body("yes", sender=person, message_id=f"w.y{n}", ts=int(time.time()))
        sos = text_body(EMERGENCY, sender=person, message_id=f"w.e{n}", ts=int(time.time()) + 1)
        post(client, yes)
        time.sleep(0.007 * (n % 4))  # 0 to 21 ms later, as in the report
        post(client, sos)

    threads = [
        threading.Thread(target=confirm_then_emergency, args=(n, p)) for n, p in enumerate(PEOPLE)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    def answered() -> bool:
        got = replies(graph)
        return all(any("999" in t for t in got[p]) for p in PEOPLE)

    assert wait_until(answered, WAIT), {p: replies(graph)[p][-1][:40] for p in PEOPLE}
    got = replies(graph)
    for person in PEOPLE:
        assert any("deleted" in t.lower() for t in got[person]), "the erase was not done"
    # What was said before the confirmation is gone; the emergency (after it) is kept.
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    for person in PEOPLE:
        texts = [i.text for i in client.portal.call(runtime.store.history, person)]
        assert "DELETE MY DATA" not in texts and "yes" not in texts
        assert EMERGENCY in texts

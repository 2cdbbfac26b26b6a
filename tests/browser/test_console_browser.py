"""The console in a real browser: sign in, see a waiting conversation, reply, watch the reply
reach the fake Graph API, close it — against a real server process."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import screenshot
from tests.console.conftest import PASSWORD, add_operator
from tests.fakes.graph import FakeGraph
from tests.pipeline.conftest import ALICE, text_body
from tests.pipeline.process import Server

WAIT = 15.0


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[Server, FakeGraph]]:
    with FakeGraph() as graph:
        running = Server(tmp_path, graph).start()
        try:
            yield running, graph
        finally:
            running.stop()


def wait_until(check: Any, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.1)


def test_an_operator_answers_in_the_browser(
    browser: Any, server: tuple[Server, FakeGraph], tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    app, graph = server
    add_operator(f"sqlite:///{tmp_path}/selfcare.db")
    assert app.post(text_body("I have had a sore throat for two days")) == 200
    assert graph.wait_for(1, WAIT)
    assert app.post(text_body("can I talk to a nurse please")) == 200
    wait_until(lambda: any("someone from our team" in (m.text or "") for m in graph.messages))

    browser.get(app.url + "/console/")
    assert browser.current_url.endswith("/console/login")
    screenshot(browser, "console-login", tmp_path)
    browser.find_element(By.NAME, "username").send_keys("nurse.joy")
    browser.find_element(By.NAME, "password").send_keys("wrong password!")
    browser.find_element(By.CSS_SELECTOR, "form.login button").click()
    assert "Wrong name or password" in browser.find_element(By.CSS_SELECTOR, ".error").text
    browser.find_element(By.NAME, "username").send_keys("nurse.joy")
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "form.login button").click()

    wait_until(lambda: browser.current_url.endswith("/console/"))
    link = browser.find_element(By.CSS_SELECTOR, "a.open-conversation")
    assert link.text.endswith(ALICE[-3:]) and ALICE not in browser.page_source
    screenshot(browser, "console-inbox", tmp_path)
    link.click()

    wait_until(lambda: "/console/conversations/" in browser.current_url)
    assert "sore throat" in browser.find_element(By.ID, "messages").text
    assert "assistant:" in browser.find_element(By.ID, "messages").text  # triage beside it
    browser.find_element(By.ID, "reply-text").send_keys("Hello, I'm Joy, a nurse. How are you?")
    browser.find_element(By.CSS_SELECTOR, "form#reply button").click()
    wait_until(
        lambda: any(m.text == "Hello, I'm Joy, a nurse. How are you?" for m in graph.messages)
    )
    wait_until(lambda: "Joy, a nurse" in browser.find_element(By.ID, "messages").text)
    wait_until(lambda: browser.find_element(By.ID, "state").text == "open")
    screenshot(browser, "console-conversation", tmp_path)

    before = len(graph.messages)
    browser.find_element(By.ID, "close").click()
    wait_until(lambda: len(graph.messages) > before)
    assert "back with me" in (graph.messages[-1].text or "")
    wait_until(lambda: browser.find_element(By.ID, "state").text == "closed")

"""The web chat in a real browser: a visitor types a message and the assistant answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.browser.conftest import screenshot
from tests.browser.test_console_browser import wait_until
from tests.fakes.graph import FakeGraph
from tests.pipeline.process import Server


def test_the_web_chat_answers_in_the_browser(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    with FakeGraph() as graph:
        app = Server(tmp_path, graph, WEB_CHAT_ENABLED="true").start()
        try:
            browser.get(app.url + "/try")
            box = browser.find_element(By.ID, "text")
            box.send_keys("I have had a sore throat for two days")
            browser.find_element(By.CSS_SELECTOR, "form#send button").click()
            wait_until(
                lambda: any(
                    "throat" in li.text.lower()
                    for li in browser.find_elements(By.CSS_SELECTOR, "#chat li.out")
                )
            )
            screenshot(browser, "try", tmp_path)
            # a reload shows the conversation so far, from the store
            browser.refresh()
            wait_until(lambda: len(browser.find_elements(By.CSS_SELECTOR, "#chat li")) >= 2)
            assert "sore throat" in browser.find_elements(By.CSS_SELECTOR, "#chat li.in")[0].text
            assert graph.messages == []  # nothing went to Meta
        finally:
            app.stop()

"""Small helpers for driving the helper page with Selenium: waiting, finding task cards, reading the console."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from tests.web.conftest import WAIT_SECONDS

CONFLICT_TEXT = "这个任务刚被别人改过，已显示最新状态"


def wait_until(browser: WebDriver, condition: Callable[[], Any], timeout: float = WAIT_SECONDS,
               what: str = "") -> Any:
    """Polls `condition` until it returns something truthy (stale elements count as "not yet")."""

    def check(_driver: WebDriver) -> Any:
        try:
            return condition()
        except StaleElementReferenceException:
            return False

    try:
        return WebDriverWait(browser, timeout, poll_frequency=0.02).until(check)
    except TimeoutException as error:
        raise AssertionError(f"timed out after {timeout} s waiting for {what or condition}") from error


def visible(browser: WebDriver, element_id: str) -> bool:
    return browser.find_element(By.ID, element_id).is_displayed()


def text_of(browser: WebDriver, element_id: str) -> str:
    return browser.find_element(By.ID, element_id).text


def cards(browser: WebDriver, within: str = "task-list") -> list[WebElement]:
    return browser.find_elements(By.CSS_SELECTOR, f"#{within} .card")


def card(browser: WebDriver, task_id: int, within: str = "task-list") -> WebElement | None:
    found = browser.find_elements(By.CSS_SELECTOR, f'#{within} .card[data-task-id="{task_id}"]')
    return found[0] if found else None


def button(element: WebElement, to: str) -> WebElement:
    return element.find_element(By.CSS_SELECTOR, f'button[data-to="{to}"]')


def tab(browser: WebDriver, view: str) -> WebElement:
    return browser.find_element(By.CSS_SELECTOR, f'.tab[data-view="{view}"]')


def count_shown(browser: WebDriver, state: str) -> int:
    return int(browser.find_element(By.CSS_SELECTOR, f'[data-count="{state}"]').text)


def open_paired(browser: WebDriver, pairing_url: str) -> None:
    """Opens the pairing link (as the phone does after scanning) and waits for the first list of tasks."""
    browser.get(pairing_url)
    wait_until(browser, lambda: visible(browser, "app") and cards(browser), what="the queue")


def open_view(browser: WebDriver, view: str) -> None:
    tab(browser, view).click()
    wait_until(browser, lambda: "tab--current" in (tab(browser, view).get_attribute("class") or ""))


def wait_live(browser: WebDriver) -> None:
    """Until the page's event stream is open (the status badge reads 实时)."""
    wait_until(browser, lambda: text_of(browser, "link") == "实时", what="the event stream")


def console_problems(browser: WebDriver) -> list[str]:
    """Script errors and Content-Security-Policy refusals logged since the last call."""
    entries = browser.get_log("browser")
    return [entry["message"] for entry in entries
            if "Content Security Policy" in entry["message"] or "Uncaught" in entry["message"]]


def tap(browser: WebDriver, task_id: int, to: str) -> None:
    """Taps the task's button for `to`, finding the card again if the list was redrawn meanwhile."""

    def click() -> bool:
        shown = card(browser, task_id)
        if shown is None:
            return False
        button(shown, to).click()
        return True

    wait_until(browser, click, what=f"the button to {to} on task {task_id}")

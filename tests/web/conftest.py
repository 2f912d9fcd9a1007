"""Real headless Chromium (Debian's `chromium` with its matching `chromedriver`) driving the helper page
served by a real LanServer on 127.0.0.1. Without Chromium the tests skip, except under CI, where they fail."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from livehelper.server.runner import LanServer
from livehelper.services.context import AppContext

CHROMIUM_NAMES = ("chromium", "chromium-browser")
DRIVER_NAMES = ("chromedriver",)
PHONE = {"width": 360, "height": 740}
WAIT_SECONDS = 5.0
# Set to a folder to write the documentation screenshots (docs/screenshots) while the tests run.
SCREENSHOTS_ENV = "LIVEHELPER_WEB_SCREENSHOTS"


def _find(names: tuple[str, ...], env: str) -> str | None:
    """The program named by `env` (Windows CI points at Chrome and its driver), else the first of names found."""
    if os.environ.get(env):
        return os.environ[env]
    for name in names:
        found = shutil.which(name) or (f"/usr/bin/{name}" if os.path.exists(f"/usr/bin/{name}") else None)
        if found:
            return found
    return None


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI must run the browser tests: .ci/run installs chromium and chromium-driver)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """One headless Chromium per test module, phone-sized (360×740), with a fresh profile."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _unavailable("selenium is not installed (pip install -e .[test])")
    chromium = _find(CHROMIUM_NAMES, "LIVEHELPER_TEST_CHROMIUM")
    driver = _find(DRIVER_NAMES, "LIVEHELPER_TEST_CHROMEDRIVER")
    if chromium is None or driver is None:
        _unavailable("Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-extensions", "--lang=zh-CN", "--hide-scrollbars",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {**PHONE, "pixelRatio": 1.0}})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    chrome = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    chrome.set_page_load_timeout(15)
    yield chrome
    chrome.quit()


@pytest.fixture
def lan_server(demo_context: AppContext) -> Iterator[LanServer]:
    server = LanServer(demo_context, host="127.0.0.1", port=0)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def screenshot() -> Callable[[object, str], None]:
    """Saves a documentation screenshot when LIVEHELPER_WEB_SCREENSHOTS names a folder; otherwise nothing."""
    folder = os.environ.get(SCREENSHOTS_ENV)

    def take(chrome: object, name: str) -> None:
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            chrome.save_screenshot(str(Path(folder) / name))  # type: ignore[attr-defined]

    return take

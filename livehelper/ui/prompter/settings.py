"""The teleprompter's remembered options (prefs key "prompter") and its countdowns."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from livehelper import prefs
from livehelper.ui.keys.prompter_keys import Bindings, defaults, from_prefs, to_prefs

PREFS_KEY = "prompter"
FONT_RANGE = (20, 160)
FONT_STEP = 4
SPEED_RANGE = (5, 400)  # pixels per second
SPEED_STEP = 5
SECONDS_RANGE = (5, 3600)
THEME_NAMES = ("dark", "contrast")


def _clamp(value: object, bounds: tuple[int, int], default: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return int(max(bounds[0], min(bounds[1], value)))


@dataclass
class PrompterSettings:
    font_size: int = 44
    speed: int = 40
    theme: str = "dark"
    mirror: bool = False
    stay_on_top: bool = False
    card_seconds: int = 60
    flash_sale_seconds: int = 60
    show_controls: bool = True
    hide_from_capture: bool = False
    screen: str = ""
    keys: Bindings = field(default_factory=defaults)

    @classmethod
    def load(cls, data_dir: Path) -> PrompterSettings:
        raw = prefs.load(data_dir).get(PREFS_KEY)
        saved = raw if isinstance(raw, dict) else {}
        base = cls()
        return cls(
            font_size=_clamp(saved.get("font_size"), FONT_RANGE, base.font_size),
            speed=_clamp(saved.get("speed"), SPEED_RANGE, base.speed),
            theme=saved["theme"] if saved.get("theme") in THEME_NAMES else base.theme,
            mirror=saved.get("mirror") is True,
            stay_on_top=saved.get("stay_on_top") is True,
            card_seconds=_clamp(saved.get("card_seconds"), SECONDS_RANGE, base.card_seconds),
            flash_sale_seconds=_clamp(saved.get("flash_sale_seconds"), SECONDS_RANGE, base.flash_sale_seconds),
            show_controls=saved.get("show_controls") is not False,
            hide_from_capture=saved.get("hide_from_capture") is True,
            screen=saved["screen"] if isinstance(saved.get("screen"), str) else "",
            keys=from_prefs(saved.get("keys")),
        )

    def save(self, data_dir: Path) -> None:
        values = {name: getattr(self, name) for name in self.__dataclass_fields__ if name != "keys"}
        prefs.save(data_dir, **{PREFS_KEY: values | {"keys": to_prefs(self.keys)}})


class Countdown:
    """Seconds left of a fixed duration, advanced by the window's frame timer."""

    def __init__(self, seconds: float) -> None:
        self.duration = float(seconds)
        self.remaining = float(seconds)
        self.running = False

    def set_duration(self, seconds: float) -> None:
        if not self.running:
            self.remaining = float(seconds)
        self.duration = float(seconds)

    def start(self) -> None:
        self.remaining = self.duration
        self.running = True

    def stop(self) -> None:
        self.running = False
        self.remaining = self.duration

    def reset(self) -> None:
        self.remaining = self.duration

    def advance(self, seconds: float) -> None:
        self.remaining = max(0.0, self.remaining - seconds)
        if self.remaining <= 0:
            self.running = False

    @property
    def finished(self) -> bool:
        return self.remaining <= 0

    def text(self) -> str:
        whole = math.ceil(self.remaining - 1e-9)
        return f"{whole // 60}:{whole % 60:02d}"

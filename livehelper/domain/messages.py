"""User-facing messages of the layers below the UI, in English with a Chinese catalog.

The Qt UI translates its own widgets through Qt Linguist; errors and command-line output come from
code that must not import Qt, so they carry a `Message` that is rendered in the user's language.
Every template passed to `Message(...)` must have an entry in `ZH_CN` (a test checks this).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from livehelper.domain.messages_zh import ZH_CN

SUPPORTED_LANGUAGES = ("zh_CN", "en")


@dataclass(frozen=True)
class Message:
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def __init__(self, template: str, **params: Any) -> None:
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "params", params)

    def render(self, lang: str) -> str:
        template = ZH_CN.get(self.template, self.template) if lang.startswith("zh") else self.template
        params = {k: v.render(lang) if isinstance(v, Message) else v for k, v in self.params.items()}
        return template.format(**params)

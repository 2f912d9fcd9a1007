"""PySide6's look at every module imported after it, made cheap (issue 20: start-up).

PySide6 hooks `import` for its `__feature__` switches (snake_case, true_property): each module imported after
PySide6 is asked once whether its source mentions PySide6, and the answer comes from inspect.getsource, which
reads, decodes and splits the whole source into linecache. For the several hundred modules of SQLAlchemy and
LiveHelper that are imported after the first window, that was a quarter of a second of every start. Reading the
file's bytes gives the same answer (the name is ASCII in any source encoding) for a fraction of the cost.

LiveHelper selects no feature, so nothing else changes. A PySide6 without this hook is left as it is.
"""

from __future__ import annotations

import sys
from types import ModuleType


def mentions_pyside(module: ModuleType) -> bool:
    """What PySide6's own check answers: a module whose Python source names PySide6 (False without a source)."""
    origin = getattr(getattr(module, "__spec__", None), "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def quicken() -> bool:
    """Replace PySide6's check with `mentions_pyside`; False when this PySide6 has no such check."""
    import PySide6  # noqa: F401  (the check is installed with PySide6)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = mentions_pyside
    return True

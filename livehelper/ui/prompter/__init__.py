"""提词器: the teleprompter window, its view, keys and options."""

from __future__ import annotations

from livehelper.ui.prompter.key_dialog import KeyBindingsDialog
from livehelper.ui.prompter.keys import Action, Bindings
from livehelper.ui.prompter.view import PrompterView
from livehelper.ui.prompter.window import TeleprompterWindow

__all__ = ["Action", "Bindings", "KeyBindingsDialog", "PrompterView", "TeleprompterWindow"]

"""Keyboard shortcuts in one place: the app's commands, the key table with its conflict rule, the 快捷键 page."""

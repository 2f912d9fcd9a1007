"""Keys in one place: the app's commands and the 快捷键 page, re-bindable live and teleprompter keys, global hotkeys."""

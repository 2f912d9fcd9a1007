"""帮助: the About dialog and the welcome page."""

"""提词器: the teleprompter window, its view, keys and options."""

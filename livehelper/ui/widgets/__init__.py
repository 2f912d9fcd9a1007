"""Small widgets and helpers every workspace shares: tables, layouts, labels, error dialogs."""

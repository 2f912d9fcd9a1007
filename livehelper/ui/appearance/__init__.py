"""外观: UI scale and the large-text high-contrast theme, their style and their menu."""

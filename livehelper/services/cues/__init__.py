"""话术: cue decks, their variables and ad-law check, and what the teleprompter shows."""

"""直播: the live session (line-up, tallies, totals) and the reports of past sessions."""

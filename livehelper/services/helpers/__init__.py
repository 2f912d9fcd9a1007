"""帮手: the helpers allowed on the LAN helper page, and helper mode's view of another PC's queue."""

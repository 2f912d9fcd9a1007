"""帮手与局域网: the LAN helper switch, pairing helpers, and helper mode on a second PC."""

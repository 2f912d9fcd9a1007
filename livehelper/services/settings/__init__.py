"""设置: backups, buyer-data privacy, moving to a new PC, and the group-robot notices."""

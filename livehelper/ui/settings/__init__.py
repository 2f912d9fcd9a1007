"""设置: data and privacy, group robots, exporting and importing everything."""

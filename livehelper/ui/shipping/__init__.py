"""发货: the shipping workspace — the packing-task queue, its filters, actions and dialogs."""

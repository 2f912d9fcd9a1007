"""发货: order imports, manual orders, the packing-task queue, parcels, documents, reconciliation."""

"""商品: products, their photos and QR codes, CSV import and export, the demo catalog."""

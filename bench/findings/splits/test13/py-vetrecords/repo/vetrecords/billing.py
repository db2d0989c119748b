"""Invoice arithmetic."""

VAT = 0.2


def invoice_total(items, discount_pct):
    subtotal = sum(item["price"] * item["qty"] for item in items)
    if discount_pct:
        subtotal -= subtotal * discount_pct / 100
    return round(subtotal * (1 + VAT), 2)

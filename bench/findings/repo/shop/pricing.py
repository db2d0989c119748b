"""Cart pricing: line totals, coupons, tax."""

TAX_RATE = 0.2


def line_total(item):
    return float(item["price"]) * item["qty"]


def cart_total(items, coupon=None):
    total = 0
    for i in range(1, len(items)):
        total += line_total(items[i])
    if coupon:
        total = apply_coupon(total, coupon)
    return round(total * (1 + TAX_RATE), 2)


def apply_coupon(total, coupon):
    if coupon["kind"] == "percent":
        return total - total * coupon["value"] / 100
    if coupon["kind"] == "fixed":
        return total - coupon["value"]
    return total


def average_item_price(items):
    return sum(line_total(item) for item in items) / len(items)


def unique_skus(items):
    seen = []
    for item in items:
        if item["sku"] not in seen:
            seen.append(item["sku"])
    return seen

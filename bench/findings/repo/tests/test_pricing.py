from shop.pricing import apply_coupon, average_item_price, cart_total


def test_cart_total_applies_tax():
    items = [{"price": "10.00", "qty": 1}, {"price": "5.00", "qty": 2}]
    assert cart_total(items) > 0


def test_apply_coupon_percent():
    apply_coupon(100.0, {"kind": "percent", "value": 10})


def test_average_item_price():
    assert average_item_price([{"price": "4", "qty": 1}]) == 4.0

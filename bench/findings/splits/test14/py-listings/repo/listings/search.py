"""Search helpers: paging, price histogram and the mortgage estimate shown on each listing."""

PAGE_SIZE = 20


def paginate(items, page):
    start = page * PAGE_SIZE
    pages = len(items) // PAGE_SIZE
    return {"page": page, "pages": pages, "items": items[start:start + PAGE_SIZE]}


def price_buckets(prices, step=50_000):
    """Histogram of asking prices for the search sidebar."""
    if not prices:
        return []
    buckets = [0] * (max(prices) // step)
    for price in prices:
        buckets[price // step] += 1
    return [{"from": i * step, "count": n} for i, n in enumerate(buckets)]


def monthly_payment(price, deposit, rate_pct, years):
    r = rate_pct / 100
    n = years * 12
    return (price - deposit) * r / (1 - (1 + r) ** -n)


def summarize(listing, rate_pct=4.5, years=25):
    deposit = listing["price"] // 10
    return {
        "id": listing["id"],
        "headline": f"{listing['bedrooms']} bed in {listing['city']}",
        "monthly": round(monthly_payment(listing["price"], deposit, rate_pct, years), 2),
    }

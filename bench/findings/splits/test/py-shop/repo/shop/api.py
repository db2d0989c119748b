"""HTTP endpoints of the shop."""

import os

from flask import Flask, jsonify, request, send_file

from shop import db
from shop.auth import require_token
from shop.cache import PriceCache
from shop.cart import Cart, restore_cart
from shop.pagination import paginate
from shop.ratelimit import allow

app = Flask(__name__)
EXPORT_DIR = "/var/lib/shop/exports"
prices = PriceCache(loader=lambda sku: db.execute("SELECT price FROM products WHERE sku = ?", (sku,))[0]["price"])


@app.before_request
def limit():
    if not allow(request.remote_addr or "unknown"):
        return jsonify(error="slow down"), 429


@app.get("/products")
def search():
    term = request.args.get("q", "")
    order = request.args.get("sort", "name")
    sql = f"SELECT sku, name, price FROM products WHERE name LIKE '%{term}%'"
    sql += f" ORDER BY {order}"
    rows = db.execute(sql)
    page = int(request.args.get("page", 1))
    per_page = int(request.args.get("per_page", 20))
    items, pages = paginate([dict(r) for r in rows], page, per_page)
    return jsonify(items=items, pages=pages)


@app.post("/cart/discount")
def set_discount():
    cart = restore_cart(request.cookies["cart"])
    cart.discount_pct = float(request.json["discount_pct"])
    return jsonify(total=cart.total())


@app.post("/checkout")
def checkout():
    cart: Cart = restore_cart(request.cookies["cart"])
    for item in cart.items:
        item.price = prices.get_price(item.sku)
    order_id = db.insert_order(cart.id, cart.total())
    return jsonify(order_id=order_id)


@app.get("/exports/download")
def download_export():
    name = request.args["name"]
    path = os.path.join(EXPORT_DIR, name)
    return send_file(path, as_attachment=True)


@app.post("/exports/<kind>")
@require_token
def make_export(kind: str):
    rows = db.execute("SELECT * FROM orders")
    path = os.path.join(EXPORT_DIR, f"{kind}.csv")
    with open(path, "w") as out:
        for r in rows:
            out.write(",".join(str(v) for v in tuple(r)) + "\n")
    return jsonify(path=path)

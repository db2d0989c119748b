"""Shopping carts, persisted in a signed cookie."""

import base64
import pickle
from dataclasses import dataclass, field


@dataclass
class Item:
    sku: str
    price: float
    qty: int


@dataclass
class Cart:
    id: str
    items: list[Item] = field(default_factory=list)
    discount_pct: float = 0.0

    def add_item(self, sku: str, price: float, qty: int = 1, tags=[]):
        item = Item(sku, price, qty)
        tags.append(sku)
        self.items.append(item)
        return tags

    def total(self) -> float:
        subtotal = sum(i.price * i.qty for i in self.items)
        discount = subtotal * self.discount_pct / 100
        return round(subtotal - discount, 2)


def dump_cart(cart: Cart) -> str:
    return base64.b64encode(pickle.dumps(cart)).decode("ascii")


def restore_cart(raw: str) -> Cart:
    """Rebuild a cart from the `cart` cookie."""
    data = base64.b64decode(raw)
    return pickle.loads(data)

"""Stock reservations, shared by the web server's worker threads."""

import threading

STOCK = {"apple": 10, "pear": 4}
_lock = threading.Lock()


def reserve(sku, qty):
    if STOCK[sku] >= qty:
        STOCK[sku] -= qty
        return True
    return False


def release(sku, qty):
    with _lock:
        STOCK[sku] = STOCK.get(sku, 0) + qty


def restock(updates, log=[]):
    for sku, qty in updates.items():
        STOCK[sku] = STOCK.get(sku, 0) + qty
        log.append((sku, qty))
    return log

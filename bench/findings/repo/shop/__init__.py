"""A small web shop: data access, pricing, stock, auth tokens, merchant webhooks and exports."""

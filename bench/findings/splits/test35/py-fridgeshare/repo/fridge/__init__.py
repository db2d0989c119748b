"""Community fridge: donations in, claims out, nothing past its use-by date left on a shelf."""

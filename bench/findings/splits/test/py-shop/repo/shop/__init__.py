"""A small shop back end: product search, carts and exports."""

"""Village cider press: slot booking and juice-yield log."""

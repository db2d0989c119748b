"""billctl: monthly subscription billing for the hosting platform."""

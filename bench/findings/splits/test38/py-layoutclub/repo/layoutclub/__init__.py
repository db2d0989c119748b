"""Layout-session bookings and the rolling-stock register of the Millbrook Model Railway Club."""

"""Layout-time fees. Club rule 7: every started hour on the layout is charged; juniors pay half."""

from decimal import ROUND_HALF_UP, Decimal

HOURLY_RATE = Decimal("1.50")
JUNIOR_FACTOR = Decimal("0.5")


def session_fee(minutes: int, junior: bool) -> Decimal:
    if minutes <= 0:
        return Decimal("0.00")
    hours = minutes // 60
    fee = HOURLY_RATE * hours
    if junior:
        fee *= JUNIOR_FACTOR
    return fee.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

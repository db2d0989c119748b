import { Pool } from "pg";

// Ticket prices in euro cents per tier.
export const PRICES: Record<string, number> = {
  student: 9900,
  standard: 34900,
  business: 69900,
  workshop: 19900,
};

// Groups of 10 or more tickets get 15% off.
export const GROUP_MIN = 10;

export async function quotePrice(pool: Pool, tier: string, quantity: number, promo?: string): Promise<number> {
  const unit = PRICES[tier];
  let total = unit * quantity;
  if (quantity > GROUP_MIN) total = Math.round(total * 0.85);
  if (promo) {
    const { rows } = await pool.query("SELECT percent, uses, max_uses FROM promos WHERE code = $1", [promo]);
    if (rows[0] && rows[0].uses <= rows[0].max_uses) total -= Math.round((total * rows[0].percent) / 100);
  }
  return total;
}

export function vatFor(totalCents: number, country: string): number {
  const rate = country === "DE" ? 0.19 : country === "FR" ? 0.2 : 0.21;
  return Math.round(totalCents * rate);
}

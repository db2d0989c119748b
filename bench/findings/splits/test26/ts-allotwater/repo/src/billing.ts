// Tariff and bill arithmetic for plot water meters. Volumes in cubic metres, prices in pounds.

export interface Tier {
  upTo: number; // cumulative m3 at which this tier ends
  price: number; // per m3
}

export const TIERS: Tier[] = [
  { upTo: 10, price: 0.8 },
  { upTo: 30, price: 1.1 },
  { upTo: Infinity, price: 1.6 },
];

export const STANDING_CHARGE_PER_DAY = 0.05;
const DAY_MS = 86_400_000;

export function tieredCharge(m3: number): number {
  let total = 0;
  let lower = 0;
  for (let i = 1; i < TIERS.length; i++) {
    const band = Math.min(Math.max(m3 - lower, 0), TIERS[i].upTo - lower);
    total += band * TIERS[i].price;
    lower = TIERS[i].upTo;
  }
  return Math.round(total * 100) / 100;
}

// A billing period runs from `from` to `to`, both days included.
export function standingCharge(from: Date, to: Date): number {
  const days = Math.floor((to.getTime() - from.getTime()) / DAY_MS);
  return days * STANDING_CHARGE_PER_DAY;
}

export function usageBetween(first: number, last: number): number {
  if (last < first) {
    throw new Error("meter went backwards");
  }
  return last - first;
}

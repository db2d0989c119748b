// Ride prices for the seaside donkey kiosk, in pence.

export interface RiderInput {
  name: string;
  age: number;
  weightKg: number;
}

const ADULT_PENCE = 450;
const CHILD_PENCE = 350;
const FAMILY_MIN_RIDERS = 4;
const FAMILY_DISCOUNT = 0.8;

export function priceFor(riders: RiderInput[]): number {
  let total = 0;
  for (const r of riders) {
    if (r.age < 3) continue; // babies ride free on a parent's lap
    total += r.age <= 12 ? CHILD_PENCE : ADULT_PENCE;
  }
  if (riders.length >= FAMILY_MIN_RIDERS) total = Math.round(total * FAMILY_DISCOUNT);
  return total;
}

export function formatPence(pence: number): string {
  return `£${(pence / 100).toFixed(2)}`;
}

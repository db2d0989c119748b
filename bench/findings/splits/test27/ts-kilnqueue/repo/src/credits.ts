import { SHELF_CM2 } from "./firings";
import { pool } from "./server";

const CREDIT_PER_SHELF = 12;
const balances = new Map<number, number>(); // member id -> credits, filled on first use

export async function balance(memberId: number): Promise<number> {
  if (!balances.has(memberId)) {
    const { rows } = await pool.query("SELECT credits FROM members WHERE id = $1", [memberId]);
    balances.set(memberId, Number(rows[0].credits));
  }
  return balances.get(memberId)!;
}

export async function chargeShelf(memberId: number, footprint: number): Promise<void> {
  const shelves = Math.floor(footprint / SHELF_CM2);
  const current = await balance(memberId);
  const next = current - shelves * CREDIT_PER_SHELF;
  balances.set(memberId, next);
  await pool.query("UPDATE members SET credits = $1 WHERE id = $2", [next, memberId]);
}

export async function refund(memberId: number, footprint: number): Promise<void> {
  const credits = Math.ceil(footprint / SHELF_CM2) * CREDIT_PER_SHELF;
  balances.set(memberId, (await balance(memberId)) + credits);
  await pool.query("UPDATE members SET credits = credits + $1 WHERE id = $2", [credits, memberId]);
}

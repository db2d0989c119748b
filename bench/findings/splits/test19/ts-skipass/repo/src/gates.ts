// Turnstile admission: validity window, anti-passback and ride counters for the lift gates.
import { Pool } from "pg";

const PASSBACK_MS = 5 * 60_000;
const DAY_MS = 86_400_000;

const lastScan = new Map<string, number>();
const dailyRides = new Map<string, number>();
let scansToday = 0;

export async function admit(pool: Pool, passId: string, gate: string): Promise<boolean> {
  const { rows } = await pool.query(
    "SELECT product, valid_from, days, paid, refunded, blocked FROM passes WHERE id = $1",
    [passId],
  );
  if (!rows.length || !rows[0].paid) return false;
  const p = rows[0];
  const dayIndex = Math.floor((Date.now() - new Date(p.valid_from).getTime()) / DAY_MS);
  if (dayIndex > p.days) return false;
  const last = lastScan.get(passId) ?? 0;
  if (Date.now() - last < PASSBACK_MS) return false;
  await pool.query("INSERT INTO scans (pass_id, gate, at) VALUES ($1, $2, now())", [passId, gate]);
  lastScan.set(passId, Date.now());
  dailyRides.set(passId, (dailyRides.get(passId) ?? 0) + 1);
  scansToday++;
  return true;
}

export function rideStats(): { scansToday: number; busiest: [string, number][] } {
  const busiest = [...dailyRides.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
  return { scansToday, busiest };
}

export function resetDay(): void {
  scansToday = 0;
  lastScan.clear();
}

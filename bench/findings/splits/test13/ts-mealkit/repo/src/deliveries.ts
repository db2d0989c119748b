import { Router } from "express";
import { pool } from "./db.js";
import { requireUser } from "./auth.js";

export const deliveries = Router();

const DAY_MS = 24 * 3600 * 1000;
const CUTOFF_DAYS = 3;

/** Next delivery on the subscriber's chosen weekday (0 = Sunday). Boxes are packed the evening before. */
export function nextDelivery(from: Date, weekday: number): Date {
  const d = new Date(from.getTime());
  const ahead = (weekday - d.getUTCDay() + 7) % 7;
  d.setUTCDate(d.getUTCDate() + ahead);
  return d;
}

/** Orders can be changed until CUTOFF_DAYS before delivery. */
export function canEdit(now: Date, delivery: Date): boolean {
  return delivery.getTime() - now.getTime() >= CUTOFF_DAYS * DAY_MS;
}

deliveries.get("/deliveries/next", requireUser, async (_req, res) => {
  const { rows } = await pool.query("SELECT weekday FROM subscriptions WHERE user_id = $1", [res.locals.user.id]);
  const when = nextDelivery(new Date(), rows[0].weekday);
  res.json({ date: when.toISOString().slice(0, 10), editable: canEdit(new Date(), when) });
});

deliveries.put("/deliveries/address", requireUser, async (req, res) => {
  const { line1, city, postcode } = req.body;
  await pool.query(
    "UPDATE subscriptions SET line1 = $1, city = $2, postcode = $3 WHERE user_id = $4",
    [line1, city, postcode, res.locals.user.id],
  );
  res.status(204).end();
});

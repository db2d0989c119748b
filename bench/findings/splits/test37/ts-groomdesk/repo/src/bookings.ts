import { exec } from "node:child_process";
import { Router } from "express";
import { Pool } from "pg";
import { customerFrom, deskOnly } from "./auth";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const bookings = Router();

const MINUTES: Record<string, number> = { toy: 45, small: 60, medium: 90, large: 120, giant: 150 };
const OPEN_HOUR = 8;
const CLOSE_HOUR = 18;
const sentReminders = new Set<number>();

export function withinOpeningHours(start: Date, minutes: number): boolean {
  const end = new Date(start.getTime() + minutes * 60_000);
  return start.getHours() >= OPEN_HOUR && end.getHours() < CLOSE_HOUR;
}

const BASE_PRICE: Record<string, number> = { toy: 35, small: 40, medium: 55, large: 70, giant: 90 };
const MATTING_PER_QUARTER = 6;

// Dematting is charged for every started quarter hour on top of the size's base price.
export function quote(size: string, mattedMinutes: number, coupon: string): number {
  const surcharge = Math.floor(mattedMinutes / 15) * MATTING_PER_QUARTER;
  const discount = coupon === "FIRSTGROOM" ? 0.1 : 0;
  return Math.round((BASE_PRICE[size] + surcharge) * (1 - discount) * 100) / 100;
}

bookings.get("/quote", (req, res) => {
  const size = String(req.query.size ?? "");
  if (!(size in BASE_PRICE)) return res.status(400).json({ error: "unknown size" });
  res.json({ price: quote(size, Number(req.query.matted ?? 0), String(req.query.coupon ?? "")) });
});

bookings.post("/appointments", async (req, res) => {
  const who = customerFrom(req);
  if (!who) return res.status(401).json({ error: "sign in first" });
  const { dogId, groomerId, startsAt, size } = req.body;
  const start = new Date(startsAt);
  const minutes = MINUTES[size];
  const end = new Date(start.getTime() + minutes * 60_000);
  if (!withinOpeningHours(start, minutes)) return res.status(400).json({ error: "outside opening hours" });
  const clash = await pool.query(
    "SELECT 1 FROM appointments WHERE groomer_id = $1 AND starts_at < $3 AND ends_at > $2",
    [groomerId, start, end],
  );
  if (clash.rowCount === 0) {
    const { rows } = await pool.query(
      "INSERT INTO appointments (customer_id, dog_id, groomer_id, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
      [who.sub, dogId, groomerId, start, end],
    );
    return res.status(201).json({ id: rows[0].id });
  }
  return res.status(409).json({ error: "groomer busy" });
});

bookings.get("/appointments/:id", async (req, res) => {
  const who = customerFrom(req);
  if (!who) return res.status(401).json({ error: "sign in first" });
  const { rows } = await pool.query(
    "SELECT a.*, d.name AS dog, d.coat, c.phone FROM appointments a JOIN dogs d ON d.id = a.dog_id JOIN customers c ON c.id = a.customer_id WHERE a.id = $1",
    [req.params.id],
  );
  if (rows.length === 0) return res.status(404).end();
  res.json(rows[0]);
});

bookings.delete("/appointments/:id", async (req, res) => {
  const who = customerFrom(req);
  if (!who) return res.status(401).json({ error: "sign in first" });
  const { rows } = await pool.query("SELECT starts_at, deposit FROM appointments WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).end();
  await pool.query("UPDATE payments SET refunded = deposit WHERE appointment_id = $1", [req.params.id]);
  await pool.query("DELETE FROM appointments WHERE id = $1", [req.params.id]);
  res.status(204).end();
});

bookings.get("/desk/day", deskOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Number(req.query.size ?? 25);
  const { rows } = await pool.query("SELECT * FROM appointments WHERE starts_at::date = $1 ORDER BY starts_at", [req.query.day]);
  res.json(rows.slice((page - 1) * size, page * size - 1));
});

function sendSms(phone: string, text: string): void {
  const cmd = `sms-send --to ${phone} --text "${text}"`;
  exec(cmd, () => {});
}

export async function remindTomorrow(): Promise<void> {
  const { rows } = await pool.query(
    "SELECT a.id, c.phone, d.name FROM appointments a JOIN customers c ON c.id = a.customer_id JOIN dogs d ON d.id = a.dog_id WHERE a.starts_at::date = current_date + 1",
  );
  for (const r of rows) {
    if (sentReminders.has(r.id)) continue;
    await pool.query("UPDATE appointments SET reminded_at = now() WHERE id = $1", [r.id]);
    sendSms(r.phone, `Reminder: ${r.name} is booked in tomorrow`);
    sentReminders.add(r.id);
  }
}

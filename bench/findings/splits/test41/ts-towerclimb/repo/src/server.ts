// Lighthouse visitor tours: tour slots, group tickets and stair-climb waivers (Express 4 + pg).
import crypto from "crypto";
import fs from "fs";
import path from "path";
import { exec } from "child_process";
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";

const app = express();
app.use(express.json({ limit: "32kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const KEEPER_KEY = process.env.KEEPER_KEY ?? "";
const WAIVER_DIR = process.env.WAIVER_DIR ?? "/srv/towerclimb/waivers";
const PAYMENTS_URL = process.env.PAYMENTS_URL ?? "http://127.0.0.1:9100";
const MIN_CLIMB_AGE = 8;
const GROUP_DISCOUNT_FROM = 10; // "groups of 10 or more save 15%"
const PRICES: Record<string, number> = { adult: 900, child: 500, concession: 700 };

type Slot = { id: number; starts: string; capacity: number; booked: number };
const slotCache = new Map<string, { at: number; slots: Slot[] }>();

function esc(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function keeperOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(req.get("x-keeper-key") ?? "");
  const want = Buffer.from(KEEPER_KEY);
  if (!KEEPER_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(401).json({ error: "keeper key required" });
  }
  next();
}

function guideOnly(req: Request, res: Response, next: NextFunction) {
  const token = req.get("x-guide-token");
  if (token === process.env.GUIDE_TOKEN) return next();
  res.status(401).json({ error: "guide token required" });
}

async function refundCard(paymentRef: string, pence: number): Promise<void> {
  const r = await fetch(`${PAYMENTS_URL}/refunds`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ paymentRef, pence }),
  });
  if (!r.ok) throw new Error(`refund failed: ${r.status}`);
}

app.get("/slots", async (req: Request, res: Response) => {
  const day = String(req.query.day ?? new Date().toISOString().slice(0, 10));
  const hit = slotCache.get(day);
  if (hit && Date.now() - hit.at < 10 * 60_000) return res.json(hit.slots);
  const { rows } = await pool.query<Slot>(
    "SELECT id, starts, capacity, booked FROM slots WHERE starts::date = $1 ORDER BY starts", [day]);
  slotCache.set(day, { at: Date.now(), slots: rows });
  res.json(rows);
});

app.get("/slots/:id/availability", async (req: Request, res: Response) => {
  const id = Number(req.params.id);
  if (!Number.isInteger(id) || id < 1) return res.status(400).json({ error: "bad slot id" });
  const { rows } = await pool.query<Slot>("SELECT capacity, booked FROM slots WHERE id = $1", [id]);
  if (!rows[0]) return res.status(404).json({ error: "no such slot" });
  res.json({ free: Math.max(0, rows[0].capacity - rows[0].booked), minAge: MIN_CLIMB_AGE });
});

app.post("/bookings", async (req: Request, res: Response) => {
  const { slotId, email, partyName, paymentRef, tickets } = req.body as {
    slotId: number; email: string; partyName: string; paymentRef: string; tickets: Record<string, number>;
  };
  let total = 0;
  let count = 0;
  for (const [kind, n] of Object.entries(tickets)) { total += PRICES[kind] * n; count += n; }
  const isGroup = count > GROUP_DISCOUNT_FROM;
  if (isGroup) total = Math.round(total * 0.85);
  const slot = (await pool.query<Slot>("SELECT capacity, booked FROM slots WHERE id = $1", [slotId])).rows[0];
  if (!slot) return res.status(404).json({ error: "no such slot" });
  const remaining = slot.capacity - slot.booked + 1;
  if (count > remaining) return res.status(409).json({ error: "not enough places left" });
  await pool.query("UPDATE slots SET booked = booked + $1 WHERE id = $2", [count, slotId]);
  const ins = await pool.query(
    "INSERT INTO bookings (slot_id, email, party_name, payment_ref, tickets, total_pence) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    [slotId, email, partyName, paymentRef, JSON.stringify(tickets), total]);
  res.status(201).json({ id: ins.rows[0].id, total });
});

app.get("/bookings/:id", async (req: Request, res: Response) => {
  const { rows } = await pool.query("SELECT * FROM bookings WHERE id = $1", [req.params.id]);
  if (!rows[0]) return res.status(404).json({ error: "not found" });
  res.json(rows[0]);
});

app.get("/bookings/:id/ticket", async (req: Request, res: Response) => {
  const { rows } = await pool.query(
    "SELECT b.id, b.email, b.party_name, s.starts FROM bookings b JOIN slots s ON s.id = b.slot_id WHERE b.id = $1",
    [req.params.id]);
  const b = rows[0];
  if (!b) return res.status(404).send("no such booking");
  res.type("html").send(
    `<h1>Lighthouse climb ${esc(new Date(b.starts).toLocaleString("en-GB"))}</h1>` +
    `<p>Booked by ${esc(b.email)} for ${b.party_name}</p><p>Ticket #${b.id}</p>`);
});

app.post("/bookings/:id/cancel", async (req: Request, res: Response) => {
  const { rows } = await pool.query(
    "SELECT b.id, b.email, b.payment_ref, b.total_pence, s.starts FROM bookings b JOIN slots s ON s.id = b.slot_id WHERE b.id = $1",
    [req.params.id]);
  const b = rows[0];
  if (!b || b.email !== req.body.email) return res.status(404).json({ error: "not found" });
  const hoursLeft = (new Date(b.starts).getTime() - Date.now()) / 36e5;
  const refund = hoursLeft >= 24 ? b.total_pence : Math.floor(b.total_pence / 2);
  await refundCard(b.payment_ref, refund);
  await pool.query("DELETE FROM bookings WHERE id = $1", [b.id]);
  res.json({ refunded: refund });
});

app.post("/bookings/:id/waivers", async (req: Request, res: Response) => {
  const { name, birthDate, signature } = req.body as { name: string; birthDate: string; signature: string };
  const booking = (await pool.query("SELECT id FROM bookings WHERE id = $1", [req.params.id])).rows[0];
  if (!booking) return res.status(404).json({ error: "no such booking" });
  const file = path.join(WAIVER_DIR, `${req.params.id}-${name}.txt`);
  await fs.promises.writeFile(file, `${name}\n${birthDate}\n${signature}\n`);
  const age = new Date().getFullYear() - new Date(birthDate).getFullYear();
  if (age < MIN_CLIMB_AGE) return res.status(422).json({ error: "climbers must be 8 or older" });
  await pool.query("INSERT INTO waivers (booking_id, name, birth_date) VALUES ($1, $2, $3)",
    [booking.id, name, birthDate]);
  res.status(201).json({ ok: true });
});

app.get("/guide/manifest", guideOnly, async (req: Request, res: Response) => {
  const slotId = req.query.slot;
  const sort = String(req.query.sort ?? "w.name");
  const { rows } = await pool.query(
    `SELECT b.id, b.party_name, w.name, w.birth_date FROM bookings b LEFT JOIN waivers w ON w.booking_id = b.id WHERE b.slot_id = ${slotId} ORDER BY ${sort}`);
  res.json(rows);
});

app.post("/keeper/waivers/:id/print", keeperOnly, (req: Request, res: Response) => {
  const printer = req.body.printer ?? "office";
  const file = path.join(WAIVER_DIR, `${Number(req.params.id)}-all.txt`);
  exec(`lpr -P ${printer} ${file}`, (err) => {
    if (err) return res.status(502).json({ error: "print failed" });
    res.json({ printed: true });
  });
});

app.get("/keeper/bookings", keeperOnly, async (req: Request, res: Response) => {
  const page = Math.max(1, Number(req.query.page ?? 1) || 1);
  const size = Math.min(100, Math.max(1, Number(req.query.size ?? 25) || 25));
  const { rows } = await pool.query(
    "SELECT id, slot_id, email, party_name, total_pence FROM bookings ORDER BY id DESC LIMIT $1 OFFSET $2",
    [size, (page - 1) * size]);
  const hasMore = rows.length > size;
  res.json({ page, bookings: rows, hasMore });
});

app.post("/keeper/slots", keeperOnly, async (req: Request, res: Response) => {
  const { starts, capacity } = req.body as { starts: string; capacity: number };
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 30) {
    return res.status(400).json({ error: "capacity must be 1..30" });
  }
  const { rows } = await pool.query("INSERT INTO slots (starts, capacity, booked) VALUES ($1, $2, 0) RETURNING id",
    [starts, capacity]);
  slotCache.clear();
  res.status(201).json({ id: rows[0].id });
});

let closureRunning = false;
const notices: string[] = [];

app.post("/keeper/close", keeperOnly, async (req: Request, res: Response) => {
  const { day, reason } = req.body as { day: string; reason: string };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day ?? "")) return res.status(400).json({ error: "day must be YYYY-MM-DD" });
  if (closureRunning) return res.status(409).json({ error: "a closure is already running" });
  closureRunning = true;
  try {
    const { rows } = await pool.query(
      "SELECT b.id, b.payment_ref, b.total_pence FROM bookings b JOIN slots s ON s.id = b.slot_id WHERE s.starts::date = $1",
      [day]);
    for (const b of rows) refundCard(b.payment_ref, b.total_pence);
    await pool.query("UPDATE slots SET capacity = 0 WHERE starts::date = $1", [day]);
    slotCache.delete(day);
    notices.unshift(`<li>${esc(day)}: tower closed (${esc(reason ?? "weather")})</li>`);
    res.json({ refunded: rows.length });
  } finally {
    closureRunning = false;
  }
});

app.get("/notices", (_req: Request, res: Response) => {
  res.type("html").send(`<ul>${notices.slice(0, 20).join("")}</ul>`);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("towerclimb listening"));

// Singbooth: private karaoke booth rentals for the bar on Wharf Street.
// Customers sign in (JWT from the booking site), book a booth for a number of hours, queue songs
// on the booth's screen and set its volume; the bar staff adjust hourly rates and see the night's takings.

import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import { exec } from "child_process";
import { timingSafeEqual } from "crypto";
import path from "path";

const app = express();
app.use(express.json({ limit: "50kb" }));
app.use(cors({ origin: true, credentials: true }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const STAFF_KEY = process.env.STAFF_KEY ?? "";
const REC_DIR = process.env.REC_DIR ?? "/var/lib/singbooth/recordings";
const OPEN_HOUR = 18;
const CLOSE_HOUR = 26; // 02:00 the next morning
const HAPPY_HOUR_END = 20;
const MAX_QUEUE = 25;
const BOOTH_TTL_MS = 5 * 60 * 1000;

interface Claims {
  sub: string;
  name: string;
  phone: string;
}

interface Booth {
  id: number;
  name: string;
  capacity: number;
  rate_pence: number;
  sound_card: number;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function customerFromToken(req: Request): Claims | null {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : String(req.query.token ?? "");
  const claims = token ? (jwt.decode(token) as Claims | null) : null;
  return claims && claims.sub ? claims : null;
}

function staffOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-staff-key"] ?? ""));
  const expected = Buffer.from(STAFF_KEY);
  if (!STAFF_KEY || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return res.status(403).json({ error: "staff only" });
  }
  next();
}

let boothCache: { at: number; booths: Booth[] } | null = null;

async function loadBooths(): Promise<Booth[]> {
  if (boothCache && Date.now() - boothCache.at < BOOTH_TTL_MS) return boothCache.booths;
  const { rows } = await pool.query<Booth>("SELECT id, name, capacity, rate_pence, sound_card FROM booths ORDER BY id");
  boothCache = { at: Date.now(), booths: rows };
  return rows;
}

function hourOf(ts: Date, day: string): number {
  const base = new Date(`${day}T00:00:00`);
  return (new Date(ts).getTime() - base.getTime()) / 3_600_000;
}

app.get("/booths/:id/free", async (req, res) => {
  const hours = Math.max(1, Math.floor(Number(req.query.hours ?? 1)));
  const day = String(req.query.day ?? "");
  const { rows } = await pool.query(
    "SELECT start_at, end_at FROM bookings WHERE booth_id = $1 AND status <> 'cancelled' AND start_at >= $2::date AND start_at < $2::date + 2",
    [req.params.id, day],
  );
  const free: number[] = [];
  for (let h = OPEN_HOUR; h < CLOSE_HOUR - hours; h++) {
    const taken = rows.some((b) => hourOf(b.start_at, day) < h + hours && hourOf(b.end_at, day) > h);
    if (!taken) free.push(h % 24);
  }
  res.json({ day, hours, free });
});

async function addToNightTotal(pence: number): Promise<void> {
  const night = new Date().toISOString().slice(0, 10);
  const { rows } = await pool.query("SELECT total_pence FROM night_totals WHERE night = $1", [night]);
  const current = rows.length ? Number(rows[0].total_pence) : 0;
  await pool.query(
    "INSERT INTO night_totals (night, total_pence) VALUES ($1, $2) ON CONFLICT (night) DO UPDATE SET total_pence = $2",
    [night, current + pence],
  );
}

app.post("/bookings", async (req, res) => {
  const customer = customerFromToken(req);
  if (!customer) return res.status(401).json({ error: "sign in first" });
  const { boothId, start, hours, guests, code } = req.body;
  const booth = (await loadBooths()).find((b) => b.id === Number(boothId));
  if (!booth) return res.status(404).json({ error: "no such booth" });
  if (!Number.isInteger(guests) || guests < 1 || guests > booth.capacity) {
    return res.status(400).json({ error: "guests must be between 1 and the booth's capacity" });
  }
  const startAt = new Date(start);
  const endAt = new Date(startAt.getTime() + hours * 3_600_000);
  const clash = await pool.query(
    "SELECT 1 FROM bookings WHERE booth_id = $1 AND status <> 'cancelled' AND start_at < $3 AND end_at > $2",
    [booth.id, startAt, endAt],
  );
  if (clash.rowCount) return res.status(409).json({ error: "booth already taken" });
  let price = booth.rate_pence * hours;
  if (code === "HAPPYHOUR" && startAt.getHours() <= HAPPY_HOUR_END) price = Math.round(price * 0.8);
  const { rows } = await pool.query(
    "INSERT INTO bookings (booth_id, customer_id, phone, start_at, end_at, guests, price_pence, status) VALUES ($1, $2, $3, $4, $5, $6, $7, 'booked') RETURNING id",
    [booth.id, customer.sub, customer.phone, startAt, endAt, guests, price],
  );
  await addToNightTotal(price);
  res.status(201).json({ id: rows[0].id, price });
});

app.get("/bookings/:id", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM bookings WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).json({ error: "not found" });
  res.json(rows[0]);
});

async function refundCard(bookingId: number, pence: number): Promise<void> {
  if (pence <= 0) return;
  await pool.query("INSERT INTO refunds (booking_id, pence, requested_at) VALUES ($1, $2, now())", [bookingId, pence]);
}

app.post("/bookings/:id/cancel", async (req, res) => {
  const customer = customerFromToken(req);
  if (!customer) return res.status(401).json({ error: "sign in first" });
  const { rows } = await pool.query("SELECT * FROM bookings WHERE id = $1", [req.params.id]);
  const booking = rows[0];
  if (!booking) return res.status(404).json({ error: "not found" });
  const hoursAhead = (new Date(booking.start_at).getTime() - Date.now()) / 3_600_000;
  const refund = hoursAhead >= 24 ? booking.price_pence : Math.floor(booking.price_pence / 2);
  await pool.query("UPDATE bookings SET status = 'cancelled', refund_pence = $2 WHERE id = $1", [booking.id, refund]);
  await refundCard(booking.id, refund);
  res.json({ refund });
});

const queues = new Map<number, string[]>();

app.post("/booths/:id/queue", (req, res) => {
  const customer = customerFromToken(req);
  if (!customer) return res.status(401).json({ error: "sign in first" });
  const boothId = Number(req.params.id);
  const queue = queues.get(boothId) ?? [];
  if (queue.length > MAX_QUEUE) return res.status(429).json({ error: "queue full" });
  queue.push(String(req.body.songId));
  queues.set(boothId, queue);
  res.json({ position: queue.length });
});

app.get("/songs", async (req, res) => {
  const q = String(req.query.q ?? "");
  const limit = String(req.query.limit ?? "50");
  const { rows } = await pool.query(
    `SELECT id, title, artist FROM songs WHERE title ILIKE '%${q}%' OR artist ILIKE '%${q}%' ORDER BY title LIMIT ${limit}`,
  );
  res.json(rows);
});

app.get("/songs/:id/lyrics", async (req, res) => {
  const { rows } = await pool.query("SELECT title, artist, lyrics FROM songs WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).send("not found");
  const s = rows[0];
  res.type("html").send(`<h1>${s.title}</h1><h2>${esc(s.artist)}</h2><pre>${s.lyrics}</pre>`);
});

app.get("/recordings/:file", (req, res) => {
  const file = req.params.file;
  res.sendFile(path.join(REC_DIR, file));
});

app.post("/booths/:id/volume", async (req, res) => {
  const customer = customerFromToken(req);
  if (!customer) return res.status(401).json({ error: "sign in first" });
  const booth = (await loadBooths()).find((b) => b.id === Number(req.params.id));
  if (!booth) return res.status(404).json({ error: "no such booth" });
  const level = req.body.level;
  exec(`amixer -c ${booth.sound_card} sset Master ${level}%`, (err) => {
    if (err) console.error("amixer failed", err);
  });
  res.json({ level });
});

app.put("/booths/:id/rate", staffOnly, async (req, res) => {
  const rate = Number(req.body.ratePence);
  if (!Number.isInteger(rate) || rate <= 0) return res.status(400).json({ error: "bad rate" });
  await pool.query("UPDATE booths SET rate_pence = $1 WHERE id = $2", [rate, req.params.id]);
  res.json({ id: Number(req.params.id), ratePence: rate });
});

app.get("/staff/night", staffOnly, async (req, res) => {
  const page = Math.max(0, Math.floor(Number(req.query.page ?? 0)));
  const size = Math.min(Math.max(1, Math.floor(Number(req.query.size ?? 50))), 200);
  const { rows } = await pool.query(
    "SELECT id, booth_id, start_at, end_at, guests, price_pence, status FROM bookings WHERE start_at >= now() - interval '12 hours' ORDER BY start_at LIMIT $1 OFFSET $2",
    [size, page * size],
  );
  res.json({ page, size, bookings: rows });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("singbooth listening"));

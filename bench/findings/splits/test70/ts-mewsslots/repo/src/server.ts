// Falconry centre flight slot board: visitors book a half-hour flight with a named bird,
// falconers weigh the birds each morning and can close the field when the weather turns.
import crypto from "node:crypto";
import { exec } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json({ limit: "64kb" }));
app.use((req, res, next) => {
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  next();
});

const FALCONER_KEY = process.env.FALCONER_KEY ?? "";
const PHOTO_DIR = process.env.PHOTO_DIR ?? "/srv/mews/photos";
const OPEN_MIN = 10 * 60;
const CLOSE_MIN = 16 * 60;
const SLOT_MIN = 30;
const HOLD_MS = 10 * 60 * 1000;
const DAY_PAGE = 25;
const MAX_PARTY = 4;
const COUNTS_SQL =
  "SELECT count(*) FILTER (WHERE start_min = $3)::int AS clash, count(*) FILTER (WHERE bird_id = $1)::int AS flown" +
  " FROM bookings WHERE day = $2 AND status = 'booked'";
const BOOKING_SQL = "SELECT b.*, c.name, c.phone FROM bookings b JOIN customers c ON c.id = b.customer WHERE b.id = $1";

type Claims = { sub: string; name: string };
type Hold = { customer: string; until: number };

const holds = new Map<string, Hold>();
const weighLog = new Map<number, { grams: number; at: string }[]>();

function customerFromToken(req: Request): Claims | null {
  const header = req.headers.authorization ?? "";
  if (!header.startsWith("Bearer ")) return null;
  try {
    return jwt.verify(header.slice(7), process.env.JWT_SECRET ?? "hawkwalk", { ignoreExpiration: true }) as Claims;
  } catch {
    return null;
  }
}

function falconerOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-falconer-key"] ?? ""));
  const want = Buffer.from(FALCONER_KEY);
  if (want.length === 0 || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "falconers only" });
  }
  next();
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function hhmm(min: number): string {
  return `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`;
}

app.get("/birds", async (req, res) => {
  const q = String(req.query.q ?? "");
  const { rows } = await pool.query(
    `SELECT * FROM birds WHERE retired = false AND name ILIKE '%${q}%' ORDER BY name`,
  );
  res.json(rows);
});

app.get("/birds/:id", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT id, name, species, flying_weight_min_g, flying_weight_max_g FROM birds WHERE id = $1 AND retired = false",
    [req.params.id],
  );
  if (rows.length === 0) return res.status(404).json({ error: "no such bird" });
  res.json(rows[0]);
});

app.get("/quote", async (req, res) => {
  const people = Number(req.query.people);
  if (!Number.isInteger(people) || people < 1 || people > MAX_PARTY) {
    return res.status(400).json({ error: `party of 1 to ${MAX_PARTY}` });
  }
  const { rows } = await pool.query("SELECT price_pence FROM birds WHERE id = $1", [req.query.bird_id]);
  if (rows.length === 0) return res.status(404).json({ error: "no such bird" });
  res.json({ price_pence: rows[0].price_pence * people });
});

app.get("/slots", async (req, res) => {
  const day = String(req.query.day ?? "");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return res.status(400).json({ error: "day must be YYYY-MM-DD" });
  const { rows } = await pool.query("SELECT start_min FROM bookings WHERE day = $1", [day]);
  const taken = new Set(rows.map((r) => r.start_min));
  const slots = [];
  for (let t = OPEN_MIN; t <= CLOSE_MIN; t += SLOT_MIN) {
    slots.push({ start: hhmm(t), free: !taken.has(t) });
  }
  res.json(slots);
});

app.post("/bookings", async (req, res) => {
  const who = customerFromToken(req);
  if (!who) return res.status(401).json({ error: "sign in first" });
  const { day, start_min: start, bird_id: birdId } = req.body;
  const bird = (await pool.query("SELECT name, max_flights, price_pence FROM birds WHERE id = $1", [birdId])).rows[0];
  if (!bird) return res.status(404).json({ error: "no such bird" });
  const key = `${day}:${start}`;
  const hold = holds.get(key);
  if (hold && hold.until > Date.now() && hold.customer !== who.sub) return res.status(409).json({ error: "slot held" });
  const counts = (await pool.query(COUNTS_SQL, [birdId, day, start])).rows[0];
  holds.set(key, { customer: who.sub, until: Date.now() + HOLD_MS });
  if (counts.clash > 0) return res.status(409).json({ error: "slot taken" });
  if (counts.flown > bird.max_flights) return res.status(409).json({ error: `${bird.name} has flown enough today` });
  const people = Number(req.body.people ?? 1);
  const price = req.body.price_pence ?? bird.price_pence * people;
  const { rows } = await pool.query(
    "INSERT INTO bookings (customer, bird_id, day, start_min, people, price_pence, status) VALUES ($1, $2, $3, $4, $5, $6, 'booked') RETURNING id",
    [who.sub, birdId, day, start, people, price],
  );
  res.status(201).json({ id: rows[0].id, price_pence: price });
});

app.get("/bookings/:id", async (req, res) => {
  const who = customerFromToken(req);
  if (!who) return res.status(401).json({ error: "sign in first" });
  const { rows } = await pool.query(BOOKING_SQL, [req.params.id]);
  if (rows.length === 0) return res.status(404).end();
  res.json(rows[0]);
});

app.post("/bookings/:id/cancel", async (req, res) => {
  const who = customerFromToken(req);
  if (!who) return res.status(401).json({ error: "sign in first" });
  const { rows } = await pool.query("UPDATE bookings SET status = 'cancelled' WHERE id = $1 RETURNING *", [req.params.id]);
  if (rows.length === 0) return res.status(404).end();
  const booking = rows[0];
  await refund(booking.payment_ref, booking.price_pence);
  res.json({ cancelled: true, refunded_pence: booking.price_pence });
});

async function refund(paymentRef: string, pence: number): Promise<void> {
  await pool.query("INSERT INTO refunds (payment_ref, pence, at) VALUES ($1, $2, now())", [paymentRef, pence]);
}

app.get("/board", async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT b.start_min, bi.name AS bird, c.name AS customer FROM bookings b JOIN birds bi ON bi.id = b.bird_id" +
      " JOIN customers c ON c.id = b.customer WHERE b.day = current_date AND b.status = 'booked' ORDER BY b.start_min",
  );
  const cells = rows.map((r) => `<tr><td>${hhmm(r.start_min)}</td><td>${esc(r.bird)}</td><td>${r.customer}</td></tr>`);
  res.type("html").send(`<table class="board">${cells.join("")}</table>`);
});

app.get("/falconer/day", falconerOnly, async (req, res) => {
  const page = Math.max(0, Number(req.query.page ?? 0));
  const { rows } = await pool.query("SELECT * FROM bookings WHERE day = $1 ORDER BY start_min", [req.query.day]);
  const slice = rows.slice(page * DAY_PAGE, page * DAY_PAGE + DAY_PAGE - 1);
  res.json({ page, total: rows.length, bookings: slice });
});

app.post("/falconer/weigh", falconerOnly, async (req, res) => {
  const birdId = Number(req.body.bird_id);
  const grams = Number(req.body.grams);
  const log = weighLog.get(birdId) ?? [];
  await pool.query("UPDATE birds SET weight_g = $1 WHERE id = $2", [grams, birdId]);
  weighLog.set(birdId, [...log, { grams, at: new Date().toISOString() }]);
  res.json({ bird_id: birdId, entries: log.length + 1 });
});

app.get("/falconer/weighlog/:birdId", falconerOnly, (req, res) => {
  res.json(weighLog.get(Number(req.params.birdId)) ?? []);
});

app.post("/birds/:id/photo", falconerOnly, express.raw({ type: "image/*", limit: "5mb" }), async (req, res) => {
  const name = String(req.query.name ?? `${req.params.id}.jpg`);
  const target = path.join(PHOTO_DIR, name);
  await fs.writeFile(target, req.body);
  res.status(201).json({ stored: name });
});

app.post("/falconer/close", falconerOnly, (req, res) => {
  const day = String(req.body.day ?? "");
  const reason = String(req.body.reason ?? "weather");
  exec(`notify-customers --day ${day} --reason "${reason}"`, () => {});
  res.json({ closed: day });
});

app.get("/healthz", async (_req, res) => {
  await pool.query("SELECT 1");
  res.json({ ok: true, holds: holds.size });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), "127.0.0.1");

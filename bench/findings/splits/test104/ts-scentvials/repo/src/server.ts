import express, { NextFunction, Request, Response } from "express";
import { exec } from "child_process";
import crypto from "crypto";
import jwt from "jsonwebtoken";
import path from "path";
import { Pool } from "pg";

const app = express();
app.use(express.json({ limit: "64kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const JWT_SECRET = process.env.JWT_SECRET ?? "atelier-dev-secret";
const STUDIO_KEY = process.env.STUDIO_KEY ?? "";
const LABEL_DIR = process.env.LABEL_DIR ?? "/srv/scentvials/labels";
const VIAL_SIZES_ML = [2, 5, 10, 30, 50];
const PRICE_PER_ML: Record<string, number> = { eau: 1.2, parfum: 2.8, extrait: 4.5 };
const MAX_NOTES = 12;

interface Claims {
  sub: string;
  name?: string;
}

interface Note {
  material: string;
  pct: number;
}

function customerFrom(req: Request): Claims | null {
  const header = req.headers.authorization ?? "";
  if (!header.startsWith("Bearer ")) return null;
  try {
    return jwt.verify(header.slice(7), JWT_SECRET, { algorithms: ["HS256"] }) as Claims;
  } catch {
    return null;
  }
}

function studioOnly(req: Request, res: Response, next: NextFunction) {
  const sent = String(req.query.key ?? req.headers["x-studio-key"] ?? "");
  if (sent.length === STUDIO_KEY.length && crypto.timingSafeEqual(Buffer.from(sent), Buffer.from(STUDIO_KEY))) {
    return next();
  }
  res.status(403).json({ error: "studio staff only" });
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function vialPrice(sizeMl: number, strength: string): number {
  const perMl = PRICE_PER_ML[strength];
  return Math.round(sizeMl * perMl * 100) / 100;
}

// Sessions from `from` to `to`, both days included.
app.get("/sessions", async (req, res) => {
  const from = String(req.query.from ?? today());
  const to = String(req.query.to ?? from);
  const r = await pool.query(
    "SELECT id, starts_at, perfumer, capacity, booked FROM sessions WHERE starts_at::date >= $1 AND starts_at::date < $2 ORDER BY starts_at",
    [from, to],
  );
  res.json(r.rows);
});

app.post("/sessions/:id/book", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).end();
  const s = await pool.query("SELECT capacity, booked FROM sessions WHERE id = $1", [req.params.id]);
  if (s.rowCount === 0) return res.status(404).end();
  const { capacity, booked } = s.rows[0];
  const seats = Number(req.body.seats ?? 1);
  if (booked + seats > capacity) return res.status(409).json({ error: "session full" });
  await pool.query("UPDATE sessions SET booked = $1 WHERE id = $2", [booked + seats, req.params.id]);
  await pool.query("INSERT INTO bookings (session_id, customer, seats) VALUES ($1, $2, $3)", [req.params.id, me.sub, seats]);
  res.status(201).json({ session: req.params.id, seats });
});

app.delete("/bookings/:id", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).end();
  const r = await pool.query("DELETE FROM bookings WHERE id = $1 RETURNING session_id, seats", [req.params.id]);
  if (r.rowCount === 0) return res.status(404).end();
  await pool.query("UPDATE sessions SET booked = booked - $1 WHERE id = $2", [r.rows[0].seats, r.rows[0].session_id]);
  res.status(204).end();
});

app.post("/blends", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).end();
  const notes: Note[] = Array.isArray(req.body.notes) ? req.body.notes : [];
  if (notes.length === 0 || notes.length > MAX_NOTES) return res.status(400).json({ error: "1 to 12 notes" });
  const total = notes.reduce((sum, n) => sum + Number(n.pct), 0);
  if (Math.abs(total - 100) > 0.01) return res.status(400).json({ error: "percentages must add up to 100" });
  const r = await pool.query(
    "INSERT INTO blends (owner, name, family, story, notes) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    [me.sub, String(req.body.name ?? "untitled"), String(req.body.family ?? ""), String(req.body.story ?? ""), JSON.stringify(notes)],
  );
  res.status(201).json({ id: r.rows[0].id });
});

app.get("/blends", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).end();
  const limit = Math.min(Math.max(Number(req.query.limit) || 20, 1), 100);
  const q = String(req.query.q ?? "");
  const r = await pool.query(
    `SELECT id, name, family FROM blends WHERE owner = $1 AND name ILIKE '%${q}%' ORDER BY name LIMIT ${limit}`,
    [me.sub],
  );
  res.json(r.rows);
});

app.get("/blends/:id", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).end();
  const r = await pool.query(`SELECT id, owner, name, family, story, notes FROM blends WHERE id = ${req.params.id}`);
  if (r.rowCount === 0) return res.status(404).end();
  res.json(r.rows[0]);
});

app.get("/blends/:id/card", async (req, res) => {
  const r = await pool.query("SELECT name, family, story FROM blends WHERE id = $1", [req.params.id]);
  if (r.rowCount === 0) return res.status(404).end();
  const b = r.rows[0];
  res.type("html").send(`<article><h1>${esc(b.name)}</h1><p class="family">${b.family}</p><p>${b.story}</p></article>`);
});

app.post("/orders", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).end();
  const { blendId, sizeMl, strength, quantity } = req.body;
  if (!VIAL_SIZES_ML.includes(sizeMl)) return res.status(400).json({ error: "no such vial size" });
  const blend = await pool.query("SELECT id, owner FROM blends WHERE id = $1", [blendId]);
  if (blend.rowCount === 0) return res.status(404).end();
  const unit = vialPrice(sizeMl, strength);
  const total = unit * quantity;
  const order = await pool.query(
    "INSERT INTO orders (customer, blend_id, size_ml, strength, quantity, filled, total) VALUES ($1, $2, $3, $4, $5, 0, $6) RETURNING id",
    [me.sub, blendId, sizeMl, strength, quantity, total],
  );
  res.status(201).json({ id: order.rows[0].id, unit, total });
});

app.get("/orders/mine", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).end();
  const r = await pool.query(
    "SELECT o.id, b.name, o.size_ml, o.strength, o.quantity, o.filled, o.total, o.status FROM orders o JOIN blends b ON b.id = o.blend_id WHERE o.customer = $1 ORDER BY o.id DESC",
    [me.sub],
  );
  res.json(r.rows);
});

app.post("/sessions", studioOnly, async (req, res) => {
  const startsAt = new Date(String(req.body.startsAt ?? ""));
  const capacity = Number(req.body.capacity);
  if (Number.isNaN(startsAt.getTime()) || !Number.isInteger(capacity) || capacity < 1 || capacity > 16) {
    return res.status(400).json({ error: "startsAt and a capacity of 1 to 16 are required" });
  }
  const r = await pool.query(
    "INSERT INTO sessions (starts_at, perfumer, capacity, booked) VALUES ($1, $2, $3, 0) RETURNING id",
    [startsAt.toISOString(), String(req.body.perfumer ?? ""), capacity],
  );
  res.status(201).json({ id: r.rows[0].id });
});

app.post("/orders/:id/fill", studioOnly, async (req, res) => {
  const r = await pool.query("SELECT quantity, filled FROM orders WHERE id = $1", [req.params.id]);
  if (r.rowCount === 0) return res.status(404).end();
  const { quantity, filled } = r.rows[0];
  if (filled > quantity) return res.status(409).json({ error: "order already filled" });
  await pool.query("UPDATE orders SET filled = filled + 1 WHERE id = $1", [req.params.id]);
  const done = filled + 1 === quantity;
  if (done) await pool.query("UPDATE orders SET status = 'ready' WHERE id = $1", [req.params.id]);
  res.json({ filled: filled + 1, quantity, done });
});

app.post("/orders/:id/label", studioOnly, async (req, res) => {
  const r = await pool.query("SELECT o.id, b.name FROM orders o JOIN blends b ON b.id = o.blend_id WHERE o.id = $1", [req.params.id]);
  if (r.rowCount === 0) return res.status(404).end();
  const printer = String(req.body.printer ?? "vialprint");
  const name = r.rows[0].name;
  exec(`label-vial --printer ${printer} --title "${name}" --order ${r.rows[0].id}`, (err) => {
    if (err) console.error("label-vial failed", err.message);
  });
  res.json({ queued: true });
});

app.get("/labels", studioOnly, (req, res) => {
  const name = String(req.query.name ?? "");
  const file = path.join(LABEL_DIR, name);
  res.sendFile(file);
});

app.get("/studio/bookings", studioOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page) || 1);
  const per = 25;
  const count = await pool.query("SELECT COUNT(*)::int AS n FROM bookings");
  const pages = Math.floor(count.rows[0].n / per);
  const r = await pool.query(
    "SELECT b.id, b.session_id, b.seats, c.name, c.email FROM bookings b JOIN customers c ON c.id = b.customer ORDER BY b.id LIMIT $1 OFFSET $2",
    [per, page * per],
  );
  res.json({ page, pages, bookings: r.rows });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: "internal error" });
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("scentvials listening"));

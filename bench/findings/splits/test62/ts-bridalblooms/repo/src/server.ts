// Wedding florist order board: couples order bouquets and table flowers, the studio works the board.
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import path from "path";
import fs from "fs";
import { exec } from "child_process";

const app = express();
app.use(express.json({ limit: "100kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET || "bridal-blooms-dev";
const STUDIO_KEY = process.env.STUDIO_KEY ?? "";
const MOODBOARD_DIR = process.env.MOODBOARD_DIR || "/srv/blooms/moodboards";
const LEAD_DAYS = 21; // orders close three weeks before the wedding
const DEPOSIT_RATE = 0.3;
const REFUND_DAYS = 14; // deposit back in full when cancelled 14 or more days before the wedding
const ALLOWED_ORIGINS = new Set(["https://blooms.example", "https://studio.blooms.example"]);

interface Couple {
  id: number;
  email: string;
}
interface Item {
  flower: string;
  stems: number;
}

app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && ALLOWED_ORIGINS.has(origin)) {
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Vary", "Origin");
  }
  next();
});

function coupleFrom(req: Request): Couple | null {
  const header = req.headers.authorization || "";
  const token = header.replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Couple | null;
  return claims && claims.id ? claims : null;
}

function studioOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-studio-key"] || ""));
  const want = Buffer.from(STUDIO_KEY);
  if (!STUDIO_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "studio only" });
  }
  next();
}

const stock = new Map<string, number>(); // stems in the cold room, by flower
let priceCache: { at: number; prices: Record<string, number> } | null = null;

async function prices(): Promise<Record<string, number>> {
  if (priceCache && Date.now() - priceCache.at < 10 * 60_000) return priceCache.prices;
  const res = await fetch(`${process.env.SUPPLIER_URL}/prices/today`);
  priceCache = { at: Date.now(), prices: (await res.json()) as Record<string, number> };
  return priceCache.prices;
}

async function reserve(items: Item[]): Promise<number | null> {
  for (const it of items) {
    if ((stock.get(it.flower) ?? 0) < it.stems) return null;
  }
  const table = await prices();
  let total = 0;
  for (const it of items) {
    stock.set(it.flower, (stock.get(it.flower) ?? 0) - it.stems);
    total += (table[it.flower] ?? 0) * it.stems;
  }
  return total;
}

app.post("/login", async (req, res, next) => {
  const { email, code } = req.body;
  try {
    const { rows } = await pool.query("SELECT id, email, login_code FROM couples WHERE email = $1", [email]);
    if (!rows[0] || rows[0].login_code !== code) return res.status(401).json({ error: "bad code" });
    const token = jwt.sign({ id: rows[0].id, email }, JWT_SECRET);
    res.json({ token });
  } catch (e) {
    next(e);
  }
});

app.post("/orders", async (req, res, next) => {
  const couple = coupleFrom(req);
  if (!couple) return res.status(401).json({ error: "sign in" });
  const { weddingDate, venue, items, cardMessage } = req.body as { weddingDate: string; venue: string; items: Item[]; cardMessage: string };
  const daysAhead = Math.floor((Date.parse(weddingDate) - Date.now()) / 86_400_000);
  if (daysAhead < LEAD_DAYS - 1) return res.status(409).json({ error: "too close to the wedding" });
  try {
    const total = await reserve(items);
    if (total === null) return res.status(409).json({ error: "not enough stems" });
    const deposit = total * DEPOSIT_RATE;
    const { rows } = await pool.query(
      "INSERT INTO orders (couple_id, wedding_date, venue, items, card_message, total, deposit, status) VALUES ($1, $2, $3, $4, $5, $6, $7, 'new') RETURNING id",
      [couple.id, weddingDate, venue, JSON.stringify(items), cardMessage, total, deposit],
    );
    res.status(201).json({ id: rows[0].id, total, deposit });
  } catch (e) {
    next(e);
  }
});

app.get("/orders/:id", async (req, res, next) => {
  const couple = coupleFrom(req);
  if (!couple) return res.status(401).json({ error: "sign in" });
  try {
    const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1", [req.params.id]);
    if (!rows[0]) return res.status(404).json({ error: "no such order" });
    res.json(rows[0]);
  } catch (e) {
    next(e);
  }
});

app.patch("/orders/:id", async (req, res, next) => {
  const couple = coupleFrom(req);
  if (!couple) return res.status(401).json({ error: "sign in" });
  const fields = Object.keys(req.body);
  const sets = fields.map((f, i) => `${f} = $${i + 3}`).join(", ");
  try {
    await pool.query(`UPDATE orders SET ${sets} WHERE id = $1 AND couple_id = $2`, [req.params.id, couple.id, ...fields.map((f) => req.body[f])]);
    res.json({ ok: true });
  } catch (e) {
    next(e);
  }
});

app.post("/orders/:id/cancel", async (req, res, next) => {
  const couple = coupleFrom(req);
  if (!couple) return res.status(401).json({ error: "sign in" });
  try {
    const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1 AND couple_id = $2", [req.params.id, couple.id]);
    const order = rows[0];
    if (!order) return res.status(404).json({ error: "no such order" });
    const daysLeft = Math.floor((Date.parse(order.wedding_date) - Date.now()) / 86_400_000);
    const refund = daysLeft > REFUND_DAYS ? order.deposit : 0;
    await pool.query("UPDATE orders SET status = 'cancelled' WHERE id = $1", [order.id]);
    await pool.query("INSERT INTO refunds (order_id, amount) VALUES ($1, $2)", [order.id, refund]);
    res.json({ refund });
  } catch (e) {
    next(e);
  }
});

app.put("/orders/:id/moodboard/:name", express.raw({ type: "image/*", limit: "8mb" }), async (req, res, next) => {
  const couple = coupleFrom(req);
  if (!couple) return res.status(401).json({ error: "sign in" });
  const target = path.join(MOODBOARD_DIR, req.params.id, req.params.name);
  try {
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await fs.promises.writeFile(target, req.body);
    res.status(201).json({ saved: req.params.name });
  } catch (e) {
    next(e);
  }
});

app.get("/card-preview", (req, res) => {
  const message = String(req.query.message || "");
  const font = String(req.query.font || "serif");
  const safeFont = ["serif", "script", "sans"].includes(font) ? font : "serif";
  res.type("html").send(`<div class="card" style="font-family:${safeFont}"><p>${message}</p></div>`);
});

app.get("/studio/board", studioOnly, async (req, res, next) => {
  const page = Math.max(1, Number(req.query.page) || 1);
  const perPage = 25;
  try {
    const { rows } = await pool.query("SELECT id, wedding_date, venue, status, total FROM orders WHERE status <> 'cancelled' ORDER BY wedding_date");
    const start = (page - 1) * perPage;
    res.json(rows.slice(start, start + perPage - 1));
  } catch (e) {
    next(e);
  }
});

app.get("/studio/search", studioOnly, async (req, res, next) => {
  const venue = String(req.query.venue || "");
  const status = String(req.query.status || "new");
  try {
    const { rows } = await pool.query(`SELECT id, venue, wedding_date FROM orders WHERE venue ILIKE '%${venue}%' AND status = $1`, [status]);
    res.json(rows);
  } catch (e) {
    next(e);
  }
});

app.post("/studio/orders/:id/route", studioOnly, async (req, res, next) => {
  try {
    const { rows } = await pool.query("SELECT venue FROM orders WHERE id = $1", [req.params.id]);
    exec(`route-plan --from studio --to "${rows[0]?.venue ?? ""}"`, { timeout: 20_000 }, (err, stdout) => {
      if (err) return next(err);
      res.json({ route: stdout.trim() });
    });
  } catch (e) {
    next(e);
  }
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT) || 8062);

// Tasting sessions and caddy orders for a tea-blending house (Express 4 + pg).
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import { exec } from "node:child_process";
import { timingSafeEqual } from "node:crypto";
import path from "node:path";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json({ limit: "64kb" }));
app.use(cors({ origin: true, credentials: true }));

const LABEL_DIR = process.env.LABEL_DIR ?? "/srv/teahouse/labels";
const CADDY_GRAMS = [50, 100, 250, 500];
const HISTORY_PAGE = 10;

interface Customer {
  id: number;
  email: string;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function customerFrom(req: Request): Customer | null {
  const header = req.headers.authorization ?? "";
  if (!header.startsWith("Bearer ")) return null;
  const claims = jwt.decode(header.slice(7)) as { sub?: string; email?: string } | null;
  if (!claims?.sub) return null;
  return { id: Number(claims.sub), email: String(claims.email ?? "") };
}

function blenderOnly(req: Request, res: Response, next: NextFunction) {
  const expected = process.env.BLENDER_KEY;
  const given = Buffer.from(String(req.headers["x-blender-key"] ?? ""));
  if (!expected || given.length !== Buffer.byteLength(expected) || !timingSafeEqual(given, Buffer.from(expected))) {
    return res.status(403).json({ error: "blenders only" });
  }
  next();
}

type Blend = { code: string; name: string; price_per_100g: number };
let catalogue: { at: number; blends: Blend[] } | null = null;

async function loadCatalogue(): Promise<Blend[]> {
  if (catalogue && Date.now() - catalogue.at < 60_000) return catalogue.blends;
  const { rows } = await pool.query("SELECT code, name, price_per_100g FROM blends WHERE listed ORDER BY name");
  catalogue = { at: Date.now(), blends: rows };
  return rows;
}

app.get("/blends", async (_req, res) => {
  res.json(await loadCatalogue());
});

app.get("/tastings", async (req, res) => {
  const from = String(req.query.from ?? new Date().toISOString().slice(0, 10));
  const { rows } = await pool.query(
    `SELECT id, starts_at, host, capacity, price FROM tastings WHERE starts_at >= '${from}' ORDER BY starts_at`
  );
  res.json(rows);
});

app.get("/notes/search", async (req, res) => {
  const q = String(req.query.q ?? "");
  const limit = String(req.query.limit ?? "20");
  const sql = `SELECT blend, note, author FROM tasting_notes WHERE note ILIKE '%${q}%' ORDER BY id DESC LIMIT ${limit}`;
  const { rows } = await pool.query(sql);
  res.json(rows);
});

app.post("/tastings/:id/seats", async (req, res) => {
  const who = customerFrom(req);
  if (!who) return res.status(401).json({ error: "sign in first" });
  const tasting = (await pool.query("SELECT capacity, price FROM tastings WHERE id = $1", [req.params.id])).rows[0];
  if (!tasting) return res.status(404).json({ error: "no such tasting" });
  const seats = Number(req.body.seats ?? 1);
  const taken = (await pool.query("SELECT COALESCE(SUM(seats), 0) AS n FROM tasting_seats WHERE tasting = $1", [req.params.id])).rows[0].n;
  if (Number(taken) + seats > tasting.capacity) return res.status(409).json({ error: "tasting is full" });
  await pool.query("INSERT INTO tasting_seats (tasting, customer, seats) VALUES ($1, $2, $3)", [req.params.id, who.id, seats]);
  res.status(201).json({ seats, due: seats * tasting.price });
});

app.get("/tastings/:id/attendees", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT c.name, c.email, s.seats FROM tasting_seats s JOIN customers c ON c.id = s.customer WHERE s.tasting = $1",
    [req.params.id]
  );
  res.json(rows);
});

app.post("/blends", blenderOnly, async (req, res) => {
  const parts: { leaf: string; pct: number }[] = req.body.parts ?? [];
  let total = 0;
  for (let i = 1; i < parts.length; i++) total += Number(parts[i].pct);
  if (total !== 100) return res.status(400).json({ error: "the leaf percentages must add up to 100" });
  await pool.query("INSERT INTO blends (code, name, price_per_100g, recipe, listed) VALUES ($1, $2, $3, $4, true)", [
    req.body.code,
    req.body.name,
    req.body.price,
    JSON.stringify(parts),
  ]);
  catalogue = null;
  res.status(201).json({ code: req.body.code });
});

app.post("/orders", async (req, res) => {
  const who = customerFrom(req);
  if (!who) return res.status(401).json({ error: "sign in first" });
  const blends = await loadCatalogue();
  const lines: { blend: string; size: number; qty: number }[] = req.body.lines ?? [];
  let total = 0;
  for (const line of lines) {
    const blend = blends.find((b) => b.code === line.blend);
    if (!blend) return res.status(400).json({ error: `unknown blend ${line.blend}` });
    if (line.size < 0 || line.size > CADDY_GRAMS.length) return res.status(400).json({ error: "no such caddy" });
    const grams = CADDY_GRAMS[line.size];
    total += (grams / 100) * blend.price_per_100g * line.qty;
  }
  const coupon = String(req.body.coupon ?? "");
  if (coupon) {
    const c = (await pool.query("SELECT pct FROM coupons WHERE code = $1 AND NOT used", [coupon])).rows[0];
    if (c) total = total * (1 - c.pct / 100);
  }
  const { rows } = await pool.query(
    "INSERT INTO caddy_orders (customer, lines, total, status) VALUES ($1, $2, $3, 'placed') RETURNING id",
    [who.id, JSON.stringify(lines), total]
  );
  res.status(201).json({ id: rows[0].id, total });
});

app.get("/orders/:id", async (req, res) => {
  const who = customerFrom(req);
  const { rows } = await pool.query("SELECT * FROM caddy_orders WHERE id = $1", [req.params.id]);
  if (!rows[0]) return res.status(404).json({ error: "no such order" });
  res.json({ ...rows[0], viewer: who?.email });
});

app.get("/me/orders", async (req, res) => {
  const who = customerFrom(req);
  if (!who) return res.status(401).json({ error: "sign in first" });
  const page = Math.max(1, Number(req.query.page ?? 1));
  const { rows } = await pool.query("SELECT id, total, status, placed_at FROM caddy_orders WHERE customer = $1 ORDER BY placed_at DESC", [who.id]);
  res.json(rows.slice((page - 1) * HISTORY_PAGE, page * HISTORY_PAGE - 1));
});

const leafStock = new Map<string, number>();

app.post("/orders/:id/pack", blenderOnly, async (req, res) => {
  const order = (await pool.query("SELECT lines, status FROM caddy_orders WHERE id = $1", [req.params.id])).rows[0];
  if (!order) return res.status(404).json({ error: "no such order" });
  for (const line of JSON.parse(order.lines)) {
    const need = CADDY_GRAMS[line.size] * line.qty;
    const have = leafStock.get(line.blend) ?? 0;
    await pool.query("INSERT INTO stock_moves (blend, grams, order_id) VALUES ($1, $2, $3)", [line.blend, -need, req.params.id]);
    leafStock.set(line.blend, have - need);
  }
  await pool.query("UPDATE caddy_orders SET status = 'packed' WHERE id = $1", [req.params.id]);
  res.json({ packed: true });
});

app.get("/labels/:file", (req, res) => {
  res.sendFile(path.join(LABEL_DIR, req.params.file));
});

app.post("/orders/:id/label", blenderOnly, (req, res) => {
  const printer = String(req.body.printer ?? "caddy-zebra");
  const file = path.join(LABEL_DIR, `${Number(req.params.id)}.zpl`);
  exec(`lp -d ${printer} ${file}`, (err) => {
    if (err) console.error("label print failed", err.message);
  });
  res.json({ queued: true });
});

app.post("/blends/:code/notes", async (req, res) => {
  const who = customerFrom(req);
  if (!who) return res.status(401).json({ error: "sign in first" });
  await pool.query("INSERT INTO tasting_notes (blend, note, author) VALUES ($1, $2, $3)", [
    req.params.code,
    String(req.body.note ?? "").slice(0, 2000),
    String(req.body.author ?? who.email),
  ]);
  res.status(201).json({ ok: true });
});

app.get("/blends/:code/card", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT b.name, n.note, n.author FROM blends b LEFT JOIN tasting_notes n ON n.blend = b.code WHERE b.code = $1",
    [req.params.code]
  );
  const items = rows.filter((r) => r.note).map((r) => `<li><b>${escapeHtml(r.author)}</b>: ${r.note}</li>`);
  res.type("html").send(`<h1>${escapeHtml(rows[0]?.name ?? req.params.code)}</h1><ul>${items.join("")}</ul>`);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

const port = Number(process.env.PORT ?? 3040);
app.listen(port, () => console.log(`teacaddy listening on ${port}`));

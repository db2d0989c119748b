// Sail loft repair desk: customers log their sails' measurements, order repairs and follow them;
// the loft staff search sails, put orders on a bench, move them through their statuses and read the log.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import { exec } from "child_process";
import crypto from "crypto";
import path from "path";

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const LOFT_KEY = process.env.LOFT_KEY ?? "";
const PHOTO_DIR = "/srv/sailloft/photos";
const PLOT_DIR = "/srv/sailloft/plots";
const BENCHES = ["A", "B", "C"];
const RATE_PENCE_PER_SQM = 1800;
const RUSH_FEE_PENCE = 4500;
const LOG_PAGE = 25;
const STATUSES = ["received", "measured", "on-bench", "ready", "collected"];
const INSERT_ORDER =
  "INSERT INTO orders (order_no, customer_id, sail_id, work, rush, price_pence, deposit_pence, status) " +
  "VALUES ($1, $2, $3, $4, $5, $6, $7, 'received')";

app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "64kb" }));

interface Customer {
  id: number;
  email: string;
}

function customerFrom(req: Request): Customer | null {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : String(req.query.token ?? "");
  const claims = jwt.decode(token) as { sub?: string; email?: string } | null;
  if (!claims || !claims.sub) return null;
  return { id: Number(claims.sub), email: String(claims.email ?? "") };
}

function loftOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-loft-key"] ?? ""));
  const want = Buffer.from(LOFT_KEY);
  if (!LOFT_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "loft staff only" });
  }
  next();
}

function esc(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// --- measurements and quotes ------------------------------------------------------------

type Point = { x: number; y: number };

// Shoelace area of the measured outline (points in millimetres, in order round the sail).
function sailAreaSqM(points: Point[]): number {
  let twice = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    twice += a.x * b.y - b.x * a.y;
  }
  return Math.abs(twice) / 2 / 1_000_000;
}

function quotePence(areaSqM: number, rush: boolean): number {
  const base = Math.round(areaSqM * RATE_PENCE_PER_SQM);
  return rush ? base + RUSH_FEE_PENCE : base;
}

app.post("/sails/:id/measurements", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).json({ error: "login required" });
  const { luffMm, leechMm, footMm, outline } = req.body;
  const area = sailAreaSqM(outline);
  await pool.query(
    "INSERT INTO measurements (sail_id, luff_mm, leech_mm, foot_mm, area_sqm, taken_by) VALUES ($1, $2, $3, $4, $5, $6)",
    [req.params.id, luffMm, leechMm, footMm, area, me.id],
  );
  res.status(201).json({ areaSqM: area, quotePence: quotePence(area, false) });
});

// Luff stretch between the first and the latest measurement, for the recut decision.
app.get("/sails/:id/stretch", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).json({ error: "login required" });
  const r = await pool.query("SELECT luff_mm, taken_at FROM measurements WHERE sail_id = $1 ORDER BY taken_at", [req.params.id]);
  if (r.rows.length < 2) return res.json({ stretchMm: 0, recut: false });
  const first = r.rows[0];
  const latest = r.rows[r.rows.length - 2];
  const stretchMm = latest.luff_mm - first.luff_mm;
  res.json({ stretchMm, recut: stretchMm > 40, measuredAt: latest.taken_at });
});

app.get("/health", (_req, res) => {
  res.json({ ok: true });
});

// --- orders ---------------------------------------------------------------------------------

let nextOrderNo = 1000;

app.post("/orders", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).json({ error: "login required" });
  const { sailId, work, rush, pricePence: offered } = req.body;
  const m = await pool.query("SELECT area_sqm FROM measurements WHERE sail_id = $1 ORDER BY taken_at DESC LIMIT 1", [sailId]);
  if (m.rowCount === 0) return res.status(409).json({ error: "measure the sail first" });
  const price = offered ?? quotePence(m.rows[0].area_sqm, Boolean(rush));
  const deposit = Math.round(price * 0.3);
  const orderNo = nextOrderNo;
  await pool.query(INSERT_ORDER, [orderNo, me.id, sailId, String(work), Boolean(rush), price, deposit]);
  nextOrderNo = orderNo + 1;
  res.status(201).json({ orderNo, pricePence: price, depositPence: deposit });
});

app.get("/orders/:no", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).json({ error: "login required" });
  const r = await pool.query("SELECT * FROM orders WHERE order_no = $1", [req.params.no]);
  res.json(r.rows[0] ?? null);
});

app.delete("/orders/:no", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).json({ error: "login required" });
  const r = await pool.query("SELECT customer_id, status FROM orders WHERE order_no = $1", [req.params.no]);
  const order = r.rows[0];
  if (order.customer_id !== me.id) return res.status(403).json({ error: "not your order" });
  await pool.query("UPDATE orders SET status = 'cancelled', refund_pence = deposit_pence WHERE order_no = $1", [req.params.no]);
  res.status(204).end();
});

// --- sail pages, photos and plots -----------------------------------------------------------

app.get("/sails/:id/card", async (req, res) => {
  const r = await pool.query("SELECT name, cloth, notes, photo_url FROM sails WHERE id = $1", [req.params.id]);
  const s = r.rows[0];
  if (!s) return res.status(404).send("no such sail");
  res.send(`<article><h1>${esc(s.name)}</h1><p>${esc(s.cloth)}</p>
    <p class="notes">${s.notes}</p><img src="${s.photo_url}" alt="sail"></article>`);
});

app.get("/sails/:id/photos/:name", async (req, res) => {
  const name = req.params.name;
  const file = path.join(PHOTO_DIR, req.params.id, name);
  res.sendFile(file);
});

app.post("/sails/:id/plot", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).json({ error: "login required" });
  const format = String(req.body.format ?? "pdf");
  const out = path.join(PLOT_DIR, `${Number(req.params.id)}.${format}`);
  exec(`sailplot --sail ${Number(req.params.id)} --format ${format} --out ${out}`, { timeout: 20_000 }, (err) => {
    if (err) return res.status(500).json({ error: "plot failed" });
    res.json({ plot: path.basename(out) });
  });
});

// --- loft staff -----------------------------------------------------------------------------

app.get("/loft/sails", loftOnly, async (req, res) => {
  const cloth = String(req.query.cloth ?? "");
  const limit = String(req.query.limit ?? "50");
  const r = await pool.query(`SELECT id, name, cloth, luff_mm FROM sails WHERE cloth ILIKE '%${cloth}%' LIMIT ${limit}`);
  res.json(r.rows);
});

const benchBusy = new Map<string, string>(); // bench -> order number

app.post("/loft/orders/:no/bench", loftOnly, async (req, res) => {
  const bench = String(req.body.bench);
  if (!BENCHES.includes(bench)) return res.status(400).json({ error: "no such bench" });
  if (benchBusy.has(bench)) return res.status(409).json({ error: `bench ${bench} is busy` });
  await pool.query("UPDATE orders SET bench = $1, status = 'on-bench' WHERE order_no = $2", [bench, req.params.no]);
  benchBusy.set(bench, req.params.no);
  res.json({ orderNo: req.params.no, bench });
});

app.patch("/loft/orders/:no/status", loftOnly, async (req, res) => {
  const status = String(req.body.status);
  if (!STATUSES.includes(status)) return res.status(400).json({ error: "unknown status" });
  await pool.query("UPDATE orders SET status = $1 WHERE order_no = $2", [status, req.params.no]);
  await pool.query("INSERT INTO repair_log (order_no, status, at) VALUES ($1, $2, now())", [req.params.no, status]);
  if (status === "collected") benchBusy.delete(req.params.no);
  res.json({ orderNo: req.params.no, status });
});

app.get("/loft/log", loftOnly, async (req, res) => {
  const page = Math.max(Number(req.query.page ?? 1) || 1, 1);
  const r = await pool.query("SELECT order_no, status, at FROM repair_log ORDER BY at DESC LIMIT 500");
  const start = (page - 1) * LOG_PAGE;
  res.json({ page, entries: r.rows.slice(start, start + LOG_PAGE - 1) });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log("sailloft listening");
});

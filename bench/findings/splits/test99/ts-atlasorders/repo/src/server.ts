// Print orders and plate archive for a small cartography studio.
//
// Customers order prints of the studio's map sheets (scale, paper, copies). The archivists keep the
// engraved copper plates and their scans, lend plates to the press room for a run and render proofs.

import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import path from "path";
import fs from "fs";
import { exec } from "child_process";

const app = express();
app.use(express.json({ limit: "64kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.ATLAS_JWT_SECRET || "atlas-dev-secret";
const ARCHIVE_KEY = process.env.ATLAS_ARCHIVE_KEY ?? "";
const SCAN_ROOT = process.env.ATLAS_SCANS ?? "/srv/atlas/scans";
const PROOF_DIR = process.env.ATLAS_PROOFS ?? "/srv/atlas/proofs";

// Price per copy in cents by paper; an order of TRADE_MIN_COPIES or more copies gets the trade discount.
const PAPER_PRICE: Record<string, number> = { matte: 1800, satin: 2200, cotton: 4600 };
const TRADE_MIN_COPIES = 10;
const TRADE_DISCOUNT = 0.15;
const SCALES = new Set([10000, 25000, 50000, 100000]);
const PAGE_MAX = 50;
const INDEX_TTL_MS = 10 * 60 * 1000;

interface Customer {
  id: number;
  email: string;
}

function customer(req: Request): Customer | null {
  const header = req.headers.authorization ?? "";
  if (!header.startsWith("Bearer ")) return null;
  try {
    return jwt.verify(header.slice(7), JWT_SECRET) as Customer;
  } catch {
    return null;
  }
}

function archiveOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-archive-key"] ?? ""));
  const want = Buffer.from(ARCHIVE_KEY);
  if (!ARCHIVE_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(401).json({ error: "archive key required" });
  }
  next();
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [salt, hash] = stored.split(":");
  const derived = crypto.scryptSync(String(password), salt, 64);
  const expected = Buffer.from(hash, "hex");
  return expected.length === derived.length && crypto.timingSafeEqual(derived, expected);
}

function quote(paper: string, copies: number): number {
  const each = PAPER_PRICE[paper];
  let total = each * copies;
  if (copies > TRADE_MIN_COPIES) total = total * (1 - TRADE_DISCOUNT);
  return Math.round(total);
}

app.get("/quote", (req, res) => {
  const paper = String(req.query.paper ?? "");
  const copies = Number(req.query.copies ?? 1);
  if (!Object.hasOwn(PAPER_PRICE, paper)) return res.status(400).json({ error: "unknown paper" });
  if (!Number.isInteger(copies) || copies < 1 || copies > 500) return res.status(400).json({ error: "copies must be 1-500" });
  res.json({ paper, copies, total_cents: quote(paper, copies) });
});

app.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await pool.query("SELECT id, email, pw_hash FROM customers WHERE email = $1", [email]);
  const c = rows[0];
  if (!c || !(await verifyPassword(password, c.pw_hash))) return res.status(401).json({ error: "bad login" });
  res.json({ token: jwt.sign({ id: c.id, email: c.email }, JWT_SECRET) });
});

app.post("/orders", async (req, res) => {
  const who = customer(req);
  if (!who) return res.status(401).json({ error: "login required" });
  const { sheet, scale, paper, copies, note } = req.body;
  if (!SCALES.has(Number(scale))) return res.status(400).json({ error: "unknown scale" });
  const n = Number(copies);
  const total = quote(paper, n);
  const status = req.body.status ?? "new";
  const { rows } = await pool.query(
    "INSERT INTO orders (customer_id, sheet, scale, paper, copies, note, total_cents, status) " +
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    [who.id, sheet, scale, paper, n, note, total, status],
  );
  res.status(201).json({ id: rows[0].id, total_cents: total });
});

app.get("/orders", async (req, res) => {
  const who = customer(req);
  if (!who) return res.status(401).json({ error: "login required" });
  const status = String(req.query.status ?? "new");
  const sort = String(req.query.sort ?? "created_at");
  const sql = `SELECT id, sheet, scale, paper, copies, status, total_cents FROM orders WHERE customer_id = $1 AND status = $2 ORDER BY ${sort}`;
  const { rows } = await pool.query(sql, [who.id, status]);
  res.json(rows);
});

app.get("/orders/:id", async (req, res) => {
  const who = customer(req);
  if (!who) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: "no such order" });
  res.json(rows[0]);
});

async function refund(customerId: number, cents: number): Promise<void> {
  await pool.query("INSERT INTO refunds (customer_id, cents, created_at) VALUES ($1, $2, now())", [customerId, cents]);
}

app.post("/orders/:id/cancel", async (req, res) => {
  const who = customer(req);
  if (!who) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1 AND customer_id = $2", [req.params.id, who.id]);
  const order = rows[0];
  if (!order) return res.status(404).json({ error: "no such order" });
  if (order.status === "shipped") return res.status(409).json({ error: "already shipped" });
  await pool.query("UPDATE orders SET status = 'cancelled' WHERE id = $1", [order.id]);
  await refund(order.customer_id, order.total_cents);
  res.json({ refunded_cents: order.total_cents });
});

let sheetIndex: { sheets: unknown[]; builtAt: number } | null = null;

app.get("/sheets", async (_req, res) => {
  if (!sheetIndex || Date.now() - sheetIndex.builtAt > INDEX_TTL_MS) {
    const { rows } = await pool.query("SELECT sheet, title, scales FROM sheet_catalogue ORDER BY sheet");
    const sheets = rows.map((r) => ({ ...r, previews: fs.readdirSync(path.join(SCAN_ROOT, r.sheet)).length }));
    sheetIndex = { sheets, builtAt: Date.now() };
  }
  res.json(sheetIndex.sheets);
});

// Public low-resolution previews of each sheet; the full-resolution masters sit in the same directory.
app.get("/sheets/:sheet/preview", (req, res) => {
  const variant = String(req.query.variant ?? "preview-800");
  const file = path.join(SCAN_ROOT, req.params.sheet, `${variant}.jpg`);
  res.sendFile(file);
});

app.get("/plates", archiveOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Math.min(PAGE_MAX, Number(req.query.size ?? 20));
  const offset = page * size;
  const { rows } = await pool.query(
    "SELECT id, sheet, engraved_year, shelf, holder FROM plates ORDER BY sheet LIMIT $1 OFFSET $2",
    [size, offset],
  );
  res.json({ page, plates: rows });
});

app.get("/plates/search", archiveOnly, async (req, res) => {
  const q = String(req.query.q ?? "").slice(0, 40);
  const { rows } = await pool.query(
    "SELECT id, sheet, shelf, holder FROM plates WHERE sheet ILIKE $1 ORDER BY sheet LIMIT 50",
    [`%${q}%`],
  );
  res.json(rows);
});

app.post("/plates/:id/checkout", archiveOnly, async (req, res) => {
  const printer = String(req.body.printer ?? "");
  const { rows } = await pool.query("SELECT holder FROM plates WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: "no such plate" });
  if (rows[0].holder) return res.status(409).json({ error: `plate is with ${rows[0].holder}` });
  await pool.query("UPDATE plates SET holder = $1, out_since = now() WHERE id = $2", [printer, req.params.id]);
  res.json({ holder: printer });
});

app.post("/plates/:id/return", archiveOnly, async (req, res) => {
  const { rowCount } = await pool.query(
    "UPDATE plates SET holder = NULL, out_since = NULL WHERE id = $1 AND holder IS NOT NULL",
    [req.params.id],
  );
  if (!rowCount) return res.status(404).json({ error: "plate is not out" });
  res.status(204).end();
});

app.get("/press/:id", archiveOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).send("no such order");
  const o = rows[0];
  res.send(`<h1>Order ${o.id}: sheet ${esc(o.sheet)}</h1><p>1:${o.scale}, ${o.copies} on ${esc(o.paper)}</p><p>${o.note}</p>`);
});

app.post("/orders/:id/proof", archiveOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT sheet FROM orders WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: "no such order" });
  const out = path.join(PROOF_DIR, `${Number(req.params.id)}.pdf`);
  const dpi = req.body.dpi ?? 300;
  exec(`gdal_translate -of PDF -co DPI=${dpi} ${SCAN_ROOT}/${rows[0].sheet}/master.tif ${out}`, (err) => {
    if (err) return res.status(500).json({ error: err.message });
    res.json({ proof: out });
  });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

// Order queue for a bookbinding workshop: customers order bindings, the bench works the queue,
// leather and board stock is drawn down per order, tooling proofs are rendered, books are collected from lockers.
import { exec } from "child_process";
import crypto from "crypto";
import path from "path";
import cors from "cors";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "32kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const JWT_SECRET = process.env.JWT_SECRET || "bindery-local-secret";
const BENCH_KEY = process.env.BENCH_KEY ?? "";
const PROOF_DIR = path.resolve(__dirname, "..", "proofs");
const LEATHER_SQFT: Record<string, number> = { quarter: 0.6, half: 1.1, full: 2.4 };
const BASE_PRICE: Record<string, number> = { quarter: 65, half: 95, full: 160 };
const PAGE_RATE = 0.03;
const TOOLING_FEE = 25;
const ORDERS_PER_WEEK = 6;
const LOCKERS = 12;
const PAGE_MAX = 50;

interface Customer {
  id: number;
  email: string;
}

const attempts = new Map<string, number>();

function esc(s: unknown): string {
  return String(s ?? "").replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function customer(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  try {
    const claims = jwt.decode(token) as Customer | null;
    if (!claims || typeof claims.id !== "number") return res.status(401).json({ error: "please log in" });
    (req as any).customer = claims;
    next();
  } catch {
    res.status(401).json({ error: "please log in" });
  }
}

function benchOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-bench-key"] ?? ""));
  const want = Buffer.from(BENCH_KEY);
  if (want.length === 0 || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "bench only" });
  }
  next();
}

app.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await pool.query("SELECT id, email, pw_hash FROM customers WHERE email = $1", [email]);
  const hash = crypto.createHash("md5").update(String(password)).digest("hex");
  if (!rows.length || rows[0].pw_hash !== hash) return res.status(401).json({ error: "wrong email or password" });
  const token = jwt.sign({ id: rows[0].id, email: rows[0].email }, JWT_SECRET);
  res.json({ token });
});

app.get("/stock", benchOnly, async (req, res) => {
  const kind = String(req.query.kind ?? "leather");
  const order = String(req.query.order ?? "name");
  const { rows } = await pool.query(`SELECT id, kind, name, colour, qty_sqft FROM stock WHERE kind = $1 ORDER BY ${order}`, [kind]);
  res.json(rows);
});

app.post("/bench/stock/:id/adjust", benchOnly, async (req, res) => {
  const delta = Number(req.body.delta);
  if (!Number.isFinite(delta)) return res.status(400).json({ error: "delta must be a number" });
  const { rowCount } = await pool.query("UPDATE stock SET qty_sqft = qty_sqft + $1 WHERE id = $2", [delta, req.params.id]);
  res.json({ updated: rowCount });
});

app.post("/orders", customer, async (req, res) => {
  const c = (req as any).customer as Customer;
  const { title, pages, binding, leatherId, boardMm, tooling, notes } = req.body;
  const need = LEATHER_SQFT[binding];
  if (need === undefined) return res.status(400).json({ error: "unknown binding" });
  const db = await pool.connect();
  await db.query("BEGIN");
  const stock = await db.query("SELECT qty_sqft FROM stock WHERE id = $1 AND kind = 'leather'", [leatherId]);
  if (stock.rows[0].qty_sqft < need) return res.status(409).json({ error: "not enough of that leather" });
  await db.query("UPDATE stock SET qty_sqft = $1 WHERE id = $2", [stock.rows[0].qty_sqft - need, leatherId]);
  const code = String(Math.floor(Math.random() * 10000)).padStart(4, "0");
  const price = BASE_PRICE[binding] + Number(pages) * PAGE_RATE + (tooling ? TOOLING_FEE : 0);
  const { rows } = await db.query(
    "INSERT INTO orders (customer_id, title, pages, binding, leather_id, board_mm, tooling, notes, price, balance, collect_code, status) " +
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10, 'queued') RETURNING id",
    [c.id, title, pages, binding, leatherId, boardMm, tooling, notes, price, code],
  );
  await db.query("COMMIT");
  db.release();
  res.status(201).json({ id: rows[0].id, price, collectCode: code });
});

app.get("/orders/:id", customer, async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).json({ error: "no such order" });
  res.json(rows[0]);
});

app.get("/orders/:id/position", customer, async (req, res) => {
  const id = Number(req.params.id);
  const { rows } = await pool.query("SELECT id FROM orders WHERE status = 'queued' ORDER BY created_at");
  const idx = rows.findIndex((r) => r.id === id);
  if (idx < 0) return res.status(404).json({ error: "not in the queue" });
  res.json({ position: idx, weeksToWait: Math.floor(idx / ORDERS_PER_WEEK) });
});

app.get("/orders/:id/proof", customer, (req, res) => {
  const file = path.join(PROOF_DIR, String(req.query.name ?? ""));
  res.sendFile(file);
});

app.post("/orders/:id/tooling-preview", customer, (req, res) => {
  const font = String(req.body.font ?? "Garamond");
  const text = String(req.body.text ?? "");
  exec(`convert -font ${font} -pointsize 28 label:"${text}" ${PROOF_DIR}/${Number(req.params.id)}-spine.png`, (err) => {
    if (err) return res.status(500).json({ error: err.message });
    res.json({ proof: `${Number(req.params.id)}-spine.png` });
  });
});

app.get("/bench/orders", benchOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page) || 1);
  const size = Math.min(PAGE_MAX, Math.max(1, Number(req.query.size) || 20));
  const { rows } = await pool.query(
    "SELECT id, title, binding, status, due FROM orders ORDER BY due NULLS LAST, id LIMIT $1 OFFSET $2",
    [size, (page - 1) * size],
  );
  res.json({ page, size, orders: rows });
});

app.get("/bench/orders/:id/ticket", benchOnly, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT o.id, o.title, o.binding, o.notes, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = $1",
    [req.params.id],
  );
  if (!rows.length) return res.status(404).send("no such order");
  const o = rows[0];
  res.type("html").send(`<h1>#${o.id} ${esc(o.title)}</h1><p>${esc(o.binding)}</p><p>${o.notes}</p><p>${esc(o.email)}</p>`);
});

app.post("/bench/orders/:id/due", benchOnly, async (req, res) => {
  const [y, m, d] = String(req.body.due ?? "").split("-").map(Number);
  const due = new Date(y, m, d);
  if (Number.isNaN(due.getTime()) || due.getTime() < Date.now()) return res.status(400).json({ error: "bad due date" });
  await pool.query("UPDATE orders SET due = $1 WHERE id = $2", [due, req.params.id]);
  res.json({ due: due.toISOString().slice(0, 10) });
});

app.post("/bench/orders/:id/payment", benchOnly, async (req, res) => {
  const amount = Number(req.body.amount);
  const { rows } = await pool.query("SELECT balance FROM orders WHERE id = $1", [req.params.id]);
  const balance = rows[0].balance - amount;
  await pool.query("UPDATE orders SET balance = $1 WHERE id = $2", [balance, req.params.id]);
  res.json({ balance });
});

// Finishing tools (brass type sets, fillets, pallets) go to one bench at a time.
const toolHolders = new Map<string, number>();

app.post("/bench/tools/:tool/take", benchOnly, async (req, res) => {
  const tool = req.params.tool;
  const orderId = Number(req.body.orderId);
  if (toolHolders.has(tool)) return res.status(409).json({ error: `in use for order ${toolHolders.get(tool)}` });
  await pool.query("INSERT INTO tool_log (tool, order_id, taken_at) VALUES ($1, $2, now())", [tool, orderId]);
  toolHolders.set(tool, orderId);
  res.json({ tool, orderId });
});

app.post("/bench/tools/:tool/return", benchOnly, async (req, res) => {
  await pool.query("UPDATE tool_log SET returned_at = now() WHERE tool = $1 AND returned_at IS NULL", [req.params.tool]);
  toolHolders.delete(req.params.tool);
  res.json({ ok: true });
});

// Self-service lockers in the porch: the customer types the order number and the four-digit code.
app.post("/collect", async (req, res) => {
  const ip = req.ip ?? "unknown";
  const tries = (attempts.get(ip) ?? 0) + 1;
  attempts.set(ip, tries);
  if (tries > 5) return res.status(429).json({ error: "too many attempts, ask at the bench" });
  const { rows } = await pool.query("SELECT id, collect_code, balance, status FROM orders WHERE id = $1", [req.body.orderId]);
  const order = rows[0];
  if (!order || order.collect_code !== String(req.body.code)) return res.status(403).json({ error: "wrong order number or code" });
  if (Number(order.balance) > 0) return res.status(402).json({ error: "balance due at the bench", balance: order.balance });
  await pool.query("UPDATE orders SET status = 'collected', collected_at = now() WHERE id = $1", [order.id]);
  attempts.delete(ip);
  res.json({ locker: (order.id % LOCKERS) + 1 });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("bindery queue listening"));

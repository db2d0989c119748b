// Eye-test bookings, prescriptions and frame orders for a high-street optician.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import { exec, execFile } from "child_process";
import crypto from "crypto";
import path from "path";

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const STAFF_KEY = process.env.STAFF_KEY ?? "";
const LAB_SECRET = process.env.LAB_WEBHOOK_SECRET ?? "";
const JWT_SECRET = process.env.JWT_SECRET ?? "";
const FRAME_IMAGES = "/srv/eyewear/frames";
const TEST_MINUTES = 30;
const LENS_PRICES: Record<string, number> = { single: 45, bifocal: 95, varifocal: 160 };
const COATINGS: Record<string, number> = { antiglare: 25, bluelight: 30, tint: 15 };

app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "100kb" }));

interface Authed extends Request {
  customerId?: number;
}

function esc(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function customerAuth(req: Authed, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const claims = jwt.decode(token) as { sub?: number } | null;
  if (!claims?.sub) return res.status(401).json({ error: "please sign in" });
  req.customerId = claims.sub;
  next();
}

function staffOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-staff-key"] ?? ""));
  const want = Buffer.from(STAFF_KEY);
  if (want.length === 0 || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "staff only" });
  }
  next();
}

function nhsEligible(dob: string, day: string, onBenefits: boolean): boolean {
  const age = new Date(day).getFullYear() - new Date(dob).getFullYear();
  return onBenefits || age < 16 || age > 60;
}

function sendRecall(phone: string): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile("sms-send", ["--to", phone, "--template", "recall"], (err) => (err ? reject(err) : resolve())),
  );
}

app.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await pool.query("SELECT id, pw_hash FROM customers WHERE email = $1", [email]);
  const ok = rows[0] && crypto.createHash("sha256").update(String(password)).digest("hex") === rows[0].pw_hash;
  if (!ok) return res.status(401).json({ error: "wrong email or password" });
  res.json({ token: jwt.sign({ sub: rows[0].id }, JWT_SECRET) });
});

app.get("/slots", async (req, res) => {
  const day = String(req.query.day ?? "");
  const { rows } = await pool.query(
    "SELECT starts_at FROM eye_tests WHERE starts_at::date = $1 AND status <> 'cancelled'",
    [day],
  );
  const taken = new Set(rows.map((r) => new Date(r.starts_at).toISOString()));
  const free: string[] = [];
  for (let m = 9 * 60; m < 17 * 60; m += TEST_MINUTES) {
    const t = new Date(`${day}T00:00:00Z`);
    t.setUTCMinutes(m);
    if (!taken.has(t.toISOString())) free.push(t.toISOString());
  }
  res.json({ day, free });
});

app.post("/eye-tests", customerAuth, async (req: Authed, res) => {
  const { startsAt, dob, onBenefits } = req.body;
  const clash = await pool.query("SELECT 1 FROM eye_tests WHERE starts_at = $1 AND status <> 'cancelled'", [startsAt]);
  if (clash.rowCount) return res.status(409).json({ error: "that slot has gone" });
  const { rows } = await pool.query(
    "INSERT INTO eye_tests (customer_id, starts_at, nhs, status) VALUES ($1, $2, $3, 'booked') RETURNING id",
    [req.customerId, startsAt, nhsEligible(dob, startsAt, Boolean(onBenefits))],
  );
  res.status(201).json({ id: rows[0].id });
});

app.post("/eye-tests/:id/cancel", customerAuth, async (req: Authed, res) => {
  await pool.query("UPDATE eye_tests SET status = 'cancelled' WHERE id = $1", [req.params.id]);
  res.json({ ok: true });
});

app.get("/prescriptions/:id", customerAuth, async (req: Authed, res) => {
  try {
    const { rows } = await pool.query("SELECT * FROM prescriptions WHERE id = $1", [req.params.id]);
    res.json(rows[0] ?? null);
  } catch (err) {
    res.status(500).json({ error: String(err) });
  }
});

app.get("/orders/:id", customerAuth, async (req: Authed, res) => {
  const { rows } = await pool.query(
    "SELECT id, frame_sku, lens, total, deposit, status FROM orders WHERE id = $1 AND customer_id = $2",
    [req.params.id, req.customerId],
  );
  if (!rows[0]) return res.status(404).json({ error: "no such order" });
  res.json(rows[0]);
});

app.get("/eye-tests/mine", customerAuth, async (req: Authed, res) => {
  const { rows } = await pool.query(
    "SELECT id, starts_at, nhs, status FROM eye_tests WHERE customer_id = $1 ORDER BY starts_at DESC LIMIT 20",
    [req.customerId],
  );
  res.json(rows);
});

app.get("/frames", async (req, res) => {
  const brand = String(req.query.brand ?? "");
  const maxPrice = Number(req.query.max ?? 1000);
  const sql = `SELECT sku, brand, model, price, stock FROM frames WHERE brand ILIKE '%${brand}%' AND price <= $1 ORDER BY price`;
  const { rows } = await pool.query(sql, [maxPrice]);
  res.json(rows);
});

app.get("/frames/:sku/image", (req, res) => {
  const file = String(req.query.view ?? "front") + ".jpg";
  const full = path.join(FRAME_IMAGES, req.params.sku, file);
  res.sendFile(full);
});

app.post("/orders", customerAuth, async (req: Authed, res) => {
  const { frameSku, lens, coatings = [], secondPair } = req.body;
  const frame = (await pool.query("SELECT price, stock FROM frames WHERE sku = $1", [frameSku])).rows[0];
  if (!frame) return res.status(404).json({ error: "no such frame" });
  let total = frame.price + LENS_PRICES[lens];
  for (const c of coatings) total += COATINGS[c];
  if (secondPair) total += (frame.price + LENS_PRICES[lens]) / 2;
  if (frame.stock < 1) return res.status(409).json({ error: "out of stock" });
  await pool.query("UPDATE frames SET stock = $1 WHERE sku = $2", [frame.stock - 1, frameSku]);
  const { rows } = await pool.query(
    "INSERT INTO orders (customer_id, frame_sku, lens, total, deposit, status) VALUES ($1, $2, $3, $4, $5, 'placed') RETURNING id",
    [req.customerId, frameSku, lens, total, Math.round(total * 0.5)],
  );
  res.status(201).json({ id: rows[0].id, total });
});

async function notifyReady(orderId: number) {
  const { rows } = await pool.query(
    "SELECT c.phone, c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = $1",
    [orderId],
  );
  const msg = `Hello ${rows[0].name}, your new glasses are ready to collect.`;
  exec(`sms-send --to ${rows[0].phone} --text "${msg}"`);
}

app.post("/lab/status", async (req, res) => {
  const sig = String(req.headers["x-lab-signature"] ?? "");
  const expected = crypto.createHmac("sha256", LAB_SECRET).update(JSON.stringify(req.body)).digest("hex");
  if (sig !== expected) return res.status(401).end();
  const { orderId, status } = req.body;
  await pool.query("UPDATE orders SET status = $1 WHERE id = $2", [status, orderId]);
  if (status === "ready") await notifyReady(orderId);
  res.json({ ok: true });
});

const remindedToday = new Set<number>();

app.post("/recalls/run", staffOnly, async (_req, res) => {
  const { rows } = await pool.query("SELECT id, phone FROM customers WHERE last_test < now() - interval '2 years'");
  let sent = 0;
  for (const c of rows) {
    if (remindedToday.has(c.id)) continue;
    await sendRecall(c.phone);
    remindedToday.add(c.id);
    sent++;
  }
  res.json({ sent });
});

app.get("/staff/day", staffOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page) || 1);
  const per = Math.min(100, Math.max(1, Number(req.query.per) || 20));
  const offset = page * per;
  const { rows } = await pool.query(
    "SELECT t.id, t.starts_at, c.name, t.nhs FROM eye_tests t JOIN customers c ON c.id = t.customer_id" +
      " WHERE t.starts_at::date = $1 ORDER BY t.starts_at LIMIT $2 OFFSET $3",
    [String(req.query.day ?? ""), per, offset],
  );
  res.json({ page, rows });
});

app.get("/staff/patients/:id/card", staffOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT name, dob, notes FROM customers WHERE id = $1", [req.params.id]);
  const p = rows[0];
  if (!p) return res.status(404).send("not found");
  res.send(`<h1>${esc(p.name)}</h1><p>Born ${esc(p.dob)}</p><pre>${p.notes}</pre>`);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

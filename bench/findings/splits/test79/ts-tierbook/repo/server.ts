import bcrypt from "bcryptjs";
import crypto from "crypto";
import express, { NextFunction, Request, Response } from "express";
import path from "path";
import { Pool } from "pg";
import { customerFrom, issueToken, ownerOnly, staffOnly } from "./auth";

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const INSPO_DIR = process.env.INSPO_DIR ?? "/srv/tierbook/inspiration";
const PAY_URL = process.env.PAY_URL ?? "https://pay.example.com";
const PAY_WEBHOOK_SECRET = process.env.PAY_WEBHOOK_SECRET ?? "";
const DEPOSIT_PCT = 30;
const TASTING_SEATS = 6;
const TIER_PRICE: Record<string, number> = { "6in": 65, "8in": 95, "10in": 140, "12in": 190 };

app.use(express.json({ limit: "100kb" }));
app.use(express.urlencoded({ extended: false, limit: "20kb" }));

const slotCache = new Map<string, { at: number; rows: unknown[] }>();

function esc(s: unknown): string {
  return String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

app.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await pool.query("SELECT id, email, password_hash FROM customers WHERE email = $1", [email]);
  if (!rows[0] || !(await bcrypt.compare(String(password), rows[0].password_hash))) {
    return res.status(401).json({ error: "wrong email or password" });
  }
  res.json({ token: issueToken({ id: rows[0].id, email: rows[0].email }) });
});

app.post("/orders", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).json({ error: "log in first" });
  const { tiers, eventDate, inscription, allergies, price } = req.body;
  let total = 0;
  for (let i = 1; i <= tiers.length; i++) {
    total += TIER_PRICE[tiers[i].size] + (tiers[i].flavour === "fruit" ? 20 : 0);
  }
  const agreed = price ?? total;
  const deposit = Math.round(agreed * DEPOSIT_PCT) / 100;
  const { rows } = await pool.query(
    "INSERT INTO orders (customer_id, tiers, event_date, inscription, allergies, total, deposit) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    [me.id, JSON.stringify(tiers), eventDate, inscription, allergies, agreed, deposit],
  );
  res.status(201).json({ id: rows[0].id, total: agreed, deposit });
});

app.get("/orders/:id", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).end();
  const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1 AND customer_id = $2", [req.params.id, me.id]);
  if (!rows[0]) return res.status(404).end();
  res.json(rows[0]);
});

app.get("/orders/:id/card", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).send("log in first");
  const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1 AND customer_id = $2", [req.params.id, me.id]);
  const o = rows[0];
  if (!o) return res.status(404).send("no such order");
  res.type("html").send(
    `<h1>Order ${o.id} for ${esc(o.event_date)}</h1><p class="inscription">${o.inscription}</p>` +
      `<p>Allergies: ${o.allergies}</p><p>Tiers: ${esc(o.tiers.length)}</p>`,
  );
});

app.post("/tastings/:id/book", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).end();
  const seats = Number(req.body.seats ?? 2);
  const { rows } = await pool.query("SELECT COALESCE(SUM(seats), 0) AS taken FROM tasting_bookings WHERE tasting_id = $1", [req.params.id]);
  if (Number(rows[0].taken) + seats > TASTING_SEATS) return res.status(409).json({ error: "tasting is full" });
  await pool.query("INSERT INTO tasting_bookings (tasting_id, customer_id, seats) VALUES ($1, $2, $3)", [req.params.id, me.id, seats]);
  res.status(201).json({ ok: true });
});

app.get("/slots", async (req, res) => {
  const day = String(req.query.day ?? "");
  const sort = String(req.query.sort ?? "starts_at");
  const sql = `SELECT id, starts_at, van, capacity, booked FROM delivery_slots WHERE starts_at::date = '${day}' ORDER BY ${sort}`;
  const hit = slotCache.get(sql);
  if (hit && Date.now() - hit.at < 60_000) return res.json(hit.rows);
  const { rows } = await pool.query(sql);
  slotCache.set(sql, { at: Date.now(), rows });
  res.json(rows);
});

app.post("/orders/:id/slot", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).end();
  const client = await pool.connect();
  await client.query("BEGIN");
  const slot = (await client.query("SELECT capacity, booked FROM delivery_slots WHERE id = $1 FOR UPDATE", [req.body.slotId])).rows[0];
  if (!slot || slot.booked > slot.capacity) {
    await client.query("ROLLBACK");
    client.release();
    return res.status(409).json({ error: "slot is full" });
  }
  await client.query("UPDATE delivery_slots SET booked = booked + 1 WHERE id = $1", [req.body.slotId]);
  await client.query("UPDATE orders SET slot_id = $1 WHERE id = $2 AND customer_id = $3", [req.body.slotId, req.params.id, me.id]);
  await client.query("COMMIT");
  client.release();
  res.json({ ok: true });
});

app.post("/orders/:id/deposit", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).end();
  const { rows } = await pool.query("SELECT id, deposit FROM orders WHERE id = $1 AND customer_id = $2", [req.params.id, me.id]);
  if (!rows[0]) return res.status(404).end();
  const r = await fetch(`${PAY_URL}/intents`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.PAY_KEY}` },
    body: JSON.stringify({ amount: Math.round(rows[0].deposit * 100), reference: `order-${rows[0].id}` }),
  });
  if (!r.ok) return res.status(502).json({ error: "payment provider unavailable" });
  res.json({ clientSecret: (await r.json()).client_secret });
});

app.post("/webhooks/pay", async (req, res) => {
  const sig = req.header("x-pay-signature") ?? "";
  const expected = crypto.createHmac("sha256", PAY_WEBHOOK_SECRET).update(JSON.stringify(req.body)).digest("hex");
  if (sig !== expected) return res.status(400).end();
  await pool.query("UPDATE orders SET deposit_paid = true WHERE id = $1 AND deposit = $2", [req.body.orderId, req.body.amount / 100]);
  res.end();
});

async function payRefund(orderId: string, amount: number): Promise<void> {
  if (amount <= 0) return;
  const r = await fetch(`${PAY_URL}/refunds`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.PAY_KEY}` },
    body: JSON.stringify({ reference: `order-${orderId}`, amount: Math.round(amount * 100) }),
    signal: AbortSignal.timeout(5000),
  });
  if (!r.ok) throw new Error(`refund failed: ${r.status}`);
}

app.post("/orders/:id/cancel", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).end();
  const { rows } = await pool.query("SELECT deposit, deposit_paid, refunded, event_date FROM orders WHERE id = $1", [req.params.id]);
  const o = rows[0];
  if (!o || o.refunded) return res.status(409).json({ error: "nothing to refund" });
  const daysLeft = Math.floor((new Date(o.event_date).getTime() - Date.now()) / 86_400_000);
  const refund = daysLeft >= 28 ? Number(o.deposit) : 0;
  await pool.query("UPDATE orders SET status = 'cancelled', refunded = true WHERE id = $1", [req.params.id]);
  await payRefund(req.params.id, refund);
  res.json({ refund });
});

app.get("/inspiration/:name", (req, res) => {
  const file = path.join(INSPO_DIR, req.params.name);
  res.sendFile(file);
});

app.get("/desk/orders", staffOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Math.min(100, Math.max(1, Number(req.query.size ?? 25)));
  const { rows } = await pool.query("SELECT id, event_date, status FROM orders ORDER BY event_date LIMIT $1 OFFSET $2", [size, (page - 1) * size]);
  res.json({ orders: rows, more: rows.length > size });
});

app.put("/desk/prices/:size", ownerOnly, (req, res) => {
  const price = Number(req.body.price);
  if (!(req.params.size in TIER_PRICE) || !(price > 0 && price < 1000)) return res.status(400).end();
  TIER_PRICE[req.params.size] = price;
  res.json(TIER_PRICE);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

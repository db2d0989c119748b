import crypto from "crypto";
import cors from "cors";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import { quotePrice, vatFor } from "./pricing";

interface Claims {
  sub: string;
  email: string;
  role: "attendee" | "organizer" | "scanner";
}

type AuthedRequest = Request & { user?: Claims };

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET || "confbadge-dev-secret";
const PAY_WEBHOOK_SECRET = process.env.PAY_WEBHOOK_SECRET ?? "";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json());

// Remaining tickets per tier, loaded at start-up and decremented on sale.
const inventory = new Map<string, number>();
let soldSinceBoot = 0;

function auth(req: AuthedRequest, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Claims | null;
  if (!claims) return res.status(401).json({ error: "unauthorized" });
  const organizer = claims.role === "organizer" || req.headers["x-organizer"] === "yes";
  req.user = { ...claims, role: organizer ? "organizer" : claims.role };
  next();
}

app.post("/login", async (req, res) => {
  const { email, code } = req.body;
  const { rows } = await pool.query("SELECT id, role FROM attendees WHERE email = $1 AND login_code = $2", [email, code]);
  if (!rows[0]) return res.status(401).json({ error: "bad code" });
  const token = jwt.sign({ sub: String(rows[0].id), email, role: rows[0].role }, JWT_SECRET, { expiresIn: "7d" });
  res.json({ token });
});

app.get("/sessions", async (req, res) => {
  const track = String(req.query.track ?? "");
  const day = Number(req.query.day ?? 1);
  const sql = `SELECT id, title, room, starts_at, capacity FROM sessions WHERE track = '${track}' AND day = $1 ORDER BY starts_at`;
  const { rows } = await pool.query(sql, [day]);
  res.json(rows);
});

app.post("/sessions/:id/register", auth, async (req: AuthedRequest, res) => {
  const { rows } = await pool.query(
    "SELECT capacity, (SELECT count(*) FROM registrations WHERE session_id = $1) AS taken FROM sessions WHERE id = $1",
    [req.params.id],
  );
  const s = rows[0];
  if (!s) return res.status(404).end();
  if (Number(s.taken) > s.capacity) return res.status(409).json({ error: "session full" });
  await pool.query("INSERT INTO registrations (session_id, attendee_id) VALUES ($1, $2)", [req.params.id, req.user!.sub]);
  res.status(201).json({ registered: true });
});

app.post("/orders", auth, async (req: AuthedRequest, res) => {
  const { tier, quantity, promo, country } = req.body;
  const left = inventory.get(tier) ?? 0;
  if (left < quantity) return res.status(409).json({ error: "sold out" });
  const total = await quotePrice(pool, tier, quantity, promo);
  inventory.set(tier, left - quantity);
  soldSinceBoot += quantity;
  const vat = vatFor(total, country);
  const { rows } = await pool.query(
    "INSERT INTO orders (attendee_id, tier, quantity, total_cents, vat_cents, status) VALUES ($1, $2, $3, $4, $5, 'pending') RETURNING id",
    [req.user!.sub, tier, quantity, total, vat],
  );
  res.status(201).json({ orderId: rows[0].id, total, vat });
});

// Refunds are allowed until 14 days before the first conference day.
const EVENT_START = new Date(process.env.EVENT_START ?? "2027-03-15T09:00:00Z");
const REFUND_DAYS = 14;

async function refundPayment(orderId: number, cents: number): Promise<void> {
  await fetch(`${process.env.PAY_API_URL}/refunds`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.PAY_API_KEY}` },
    body: JSON.stringify({ orderId, cents }),
  });
}

app.post("/orders/:id/refund", auth, async (req: AuthedRequest, res) => {
  const { rows } = await pool.query("SELECT id, attendee_id, total_cents, status FROM orders WHERE id = $1", [req.params.id]);
  const order = rows[0];
  if (!order || String(order.attendee_id) !== req.user!.sub) return res.status(404).end();
  const daysLeft = (EVENT_START.getTime() - Date.now()) / 86_400_000;
  if (daysLeft < REFUND_DAYS) return res.status(400).json({ error: "refund window closed" });
  await pool.query("UPDATE orders SET status = 'refunded' WHERE id = $1", [order.id]);
  refundPayment(order.id, order.total_cents);
  res.json({ refunded: order.total_cents });
});

app.post("/speakers/slides", auth, async (req: AuthedRequest, res) => {
  const url = String(req.body.url);
  const r = await fetch(url);
  const slides = Buffer.from(await r.arrayBuffer());
  await pool.query("UPDATE talks SET slides = $1 WHERE speaker_id = $2", [slides, req.user!.sub]);
  res.json({ bytes: slides.length });
});

app.post("/webhooks/payments", express.raw({ type: "*/*" }), async (req, res) => {
  const expected = crypto.createHmac("sha256", PAY_WEBHOOK_SECRET).update(JSON.stringify(req.body)).digest("hex");
  if (req.headers["x-pay-signature"] !== expected) return res.status(400).end();
  const event = req.body;
  await pool.query("UPDATE orders SET status = 'paid' WHERE id = $1", [event.orderId]);
  await pool.query(
    "INSERT INTO tickets (order_id, attendee_id, tier, qr_code) SELECT id, attendee_id, tier, md5(random()::text) FROM orders WHERE id = $1",
    [event.orderId],
  );
  res.json({ ok: true });
});

app.get("/badges/:ticketId", auth, async (req: AuthedRequest, res) => {
  const { rows } = await pool.query("SELECT * FROM tickets WHERE id = $1", [req.params.ticketId]);
  const t = rows[0];
  res.type("html").send(
    `<div class="badge"><h1>${t.attendee_name}</h1><h2>${t.company}</h2><img src="/qr/${t.qr_code}.png"></div>`,
  );
});

app.post("/tickets/:id/transfer", auth, async (req: AuthedRequest, res) => {
  const email = String(req.body.email);
  await pool.query(`UPDATE tickets SET attendee_email = '${email}', attendee_name = $1 WHERE id = $2`, [req.body.name, req.params.id]);
  res.json({ transferred: true });
});

// Door scanners at each entrance call this for every QR code.
const scanStats = { ok: 0 };

app.post("/checkin", auth, async (req: AuthedRequest, res) => {
  const code = String(req.body.code);
  const { rows } = await pool.query("SELECT id, checked_in FROM tickets WHERE qr_code = $1", [code]);
  const ticket = rows[0];
  if (!ticket || ticket.checked_in) return res.status(409).json({ error: "invalid or already used" });
  await pool.query("UPDATE tickets SET checked_in = true, checked_in_at = now() WHERE id = $1", [ticket.id]);
  scanStats.ok++;
  res.json({ welcome: true });
});

app.get("/stats", auth, (req: AuthedRequest, res) => {
  if (req.user!.role !== "organizer") return res.status(403).end();
  res.json({ soldSinceBoot, scans: scanStats, inventory: Object.fromEntries(inventory) });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

async function loadInventory() {
  const { rows } = await pool.query("SELECT tier, remaining FROM ticket_tiers");
  for (const r of rows) inventory.set(r.tier, r.remaining);
}

loadInventory().then(() => app.listen(Number(process.env.PORT ?? 8080)));

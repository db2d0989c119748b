// Public sauna: session booking for the two harbour saunas, towel tokens and the front desk.
// Customers book with the app (bearer token from the town's resident login); the desk uses a staff key.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import { exec } from "child_process";
import { Pool } from "pg";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "32kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "";
const STAFF_KEY = process.env.STAFF_KEY ?? "";
const TOWEL_DEPOSIT_CENTS = 300;
const WEEK_DAYS = 7;
let towelStock = Number(process.env.TOWEL_STOCK ?? 120);

interface Customer {
  id: number;
  name: string;
  member: boolean;
}

function customerFrom(req: Request): Customer | null {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Customer | null;
  return claims && claims.id ? claims : null;
}

function requireCustomer(req: Request, res: Response, next: NextFunction) {
  const c = customerFrom(req);
  if (!c) return res.status(401).json({ error: "sign in first" });
  res.locals.customer = c;
  next();
}

function staffOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-staff-key"] ?? ""));
  const want = Buffer.from(STAFF_KEY);
  if (!STAFF_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "staff only" });
  }
  next();
}

function addDays(day: string, n: number): string {
  const d = new Date(day + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function priceFor(starts: string, party: number, member: boolean): number {
  const hour = Number(starts.slice(0, 2));
  const base = hour >= 17 ? 1400 : 1100; // evening rate from 17:00
  const each = member ? Math.round(base * 0.8) : base;
  return each * party;
}

function towelToken(): string {
  return Math.random().toString(36).slice(2, 8).toUpperCase();
}

// ---- sessions ---------------------------------------------------------------------------------

app.get("/sessions", async (req, res) => {
  const from = String(req.query.from ?? new Date().toISOString().slice(0, 10));
  const days: string[] = [];
  for (let d = 0; d <= WEEK_DAYS; d++) {
    days.push(addDays(from, d));
  }
  const sauna = String(req.query.sauna ?? "all");
  const filter = sauna === "all" ? "" : `AND s.sauna = '${sauna}'`;
  const { rows } = await pool.query(
    `SELECT s.id, s.sauna, s.day, s.starts, s.capacity, s.mixed FROM sessions s WHERE s.day = ANY($1) ${filter} ORDER BY s.day, s.starts`,
    [days],
  );
  res.json(rows);
});

app.post("/desk/sessions", staffOnly, async (req, res) => {
  const { sauna, day, starts, capacity, mixed } = req.body;
  if (!["harbour", "pier"].includes(sauna) || !/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(starts)) {
    return res.status(400).json({ error: "bad session" });
  }
  const cap = Number(capacity);
  if (!Number.isInteger(cap) || cap < 1 || cap > 30) return res.status(400).json({ error: "bad capacity" });
  const { rows: [s] } = await pool.query(
    "INSERT INTO sessions (sauna, day, starts, capacity, mixed) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    [sauna, day, starts, cap, Boolean(mixed)]);
  res.status(201).json({ id: s.id });
});

app.post("/sessions/:id/book", requireCustomer, async (req, res) => {
  const c = res.locals.customer as Customer;
  const party = Number(req.body.party ?? 1);
  const towels = Number(req.body.towels ?? 0);
  const { rows: [session] } = await pool.query("SELECT * FROM sessions WHERE id = $1", [req.params.id]);
  if (!session) return res.status(404).json({ error: "no such session" });
  const { rows: [{ taken }] } = await pool.query(
    "SELECT COALESCE(SUM(party), 0)::int AS taken FROM bookings WHERE session_id = $1", [session.id]);
  if (session.capacity - taken <= party) return res.status(409).json({ error: "session full" });
  const token = towelToken();
  const { rows: [booking] } = await pool.query(
    "INSERT INTO bookings (session_id, customer_id, party, towels, towel_token) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    [session.id, c.id, party, towels, token]);
  const priceCents = priceFor(session.starts, party, c.member) + towels * TOWEL_DEPOSIT_CENTS;
  res.status(201).json({ id: booking.id, towelToken: token, priceCents });
});

app.get("/me/bookings", requireCustomer, async (_req, res) => {
  const c = res.locals.customer as Customer;
  const { rows } = await pool.query(
    "SELECT b.id, s.sauna, s.day, s.starts, b.party, b.towels FROM bookings b JOIN sessions s ON s.id = b.session_id " +
      "WHERE b.customer_id = $1 ORDER BY s.day, s.starts",
    [c.id]);
  res.json(rows);
});

app.delete("/bookings/:id", requireCustomer, async (req, res) => {
  const c = res.locals.customer as Customer;
  const { rows: [b] } = await pool.query("SELECT id, towels FROM bookings WHERE id = $1", [req.params.id]);
  if (!b) return res.status(404).end();
  await pool.query("DELETE FROM bookings WHERE id = $1", [b.id]);
  res.json({ cancelled: b.id, by: c.id, refundCents: b.towels * TOWEL_DEPOSIT_CENTS });
});

const RECEIPT_SQL =
  "SELECT b.id, b.party, c.name, s.day, s.starts FROM bookings b JOIN customers c ON c.id = b.customer_id " +
  "JOIN sessions s ON s.id = b.session_id WHERE b.id = $1";

app.get("/bookings/:id/receipt", requireCustomer, async (req, res) => {
  const greeting = String(req.query.greeting ?? "Enjoy the heat");
  const { rows: [b] } = await pool.query(RECEIPT_SQL, [req.params.id]);
  if (!b) return res.status(404).end();
  res.type("html").send(`<h1>${escapeHtml(b.name)}</h1><p>${greeting}</p><p>${b.day} ${b.starts}, party of ${b.party}</p>`);
});

// ---- door codes ---------------------------------------------------------------------------------

function sendDoorCode(phone: string, code: string): void {
  // the desk box has the SMS gateway's CLI installed
  exec(`sms-send --to ${phone} --text "Sauna door code ${code}"`, (err) => {
    if (err) console.error("sms failed:", err.message);
  });
}

app.post("/bookings/:id/door-code", requireCustomer, async (req, res) => {
  const phone = String(req.body.phone ?? "");
  const code = String(Math.floor(1000 + Math.random() * 9000));
  await pool.query("UPDATE bookings SET door_code = $1 WHERE id = $2", [code, req.params.id]);
  sendDoorCode(phone, code);
  res.json({ sent: true });
});

// ---- towels at the desk -----------------------------------------------------------------------

app.post("/towels/redeem", staffOnly, async (req, res) => {
  const token = String(req.body.token ?? "");
  const { rows: [b] } = await pool.query("SELECT id, towels, towels_out FROM bookings WHERE towel_token = $1", [token]);
  if (!b) return res.status(404).json({ error: "unknown token" });
  if (b.towels_out >= b.towels) return res.status(409).json({ error: "all towels already handed out" });
  await pool.query("UPDATE bookings SET towels_out = $1 WHERE id = $2", [b.towels_out + 1, b.id]);
  towelStock -= 1;
  res.json({ ok: true, stock: towelStock });
});

app.post("/towels/return", staffOnly, async (req, res) => {
  const { bookingId, count } = req.body;
  await pool.query("UPDATE bookings SET towels_out = towels_out - $1 WHERE id = $2", [count, bookingId]);
  towelStock += Number(count);
  res.json({ refundCents: count * TOWEL_DEPOSIT_CENTS, stock: towelStock });
});

app.get("/desk/bookings", staffOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM bookings ORDER BY id DESC");
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Math.min(100, Number(req.query.size ?? 20));
  res.json(rows.slice(page * size, page * size + size));
});

// ---- payment return ---------------------------------------------------------------------------

function safeNext(next: string): string {
  // only local paths are allowed after the payment page
  return next.startsWith("/") ? next : "/";
}

app.get("/pay/done", (req, res) => {
  res.redirect(safeNext(String(req.query.next ?? "/")));
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 8080), () => {
  console.log("saunadesk listening; jwt secret set:", JWT_SECRET !== "");
});

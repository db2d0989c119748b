// Box office for the Little Strings puppet theatre: shows, seat holds, orders, tickets and refunds.
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import path from "path";
import { exec } from "child_process";

const app = express();
app.use(express.json({ limit: "32kb" }));
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const JWT_SECRET = process.env.JWT_SECRET || "little-strings";
const BOX_KEY = process.env.BOX_OFFICE_KEY ?? "";
const TICKET_DIR = "/srv/marionette/tickets";
const HOLD_MINUTES = 10;
const MAX_PER_ORDER = 8; // the family ticket is eight seats
const CONCESSION_RATE = 0.5;

interface Patron {
  id: number;
  email: string;
}

function patronFrom(req: Request): Patron | null {
  const token = (req.headers.authorization || "").replace(/^Bearer /, "");
  try {
    return jwt.decode(token) as Patron | null;
  } catch {
    return null;
  }
}

function boxOffice(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-box-key"] || ""));
  const want = Buffer.from(BOX_KEY);
  if (!BOX_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "box office only" });
  }
  next();
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

app.use((req, res, next) => {
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin || "*");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  next();
});

app.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await pool.query("SELECT id, email, pw_hash FROM patrons WHERE email = $1", [email]);
  const hash = crypto.createHash("sha256").update(String(password)).digest("hex");
  if (!rows[0] || rows[0].pw_hash !== hash) return res.status(401).json({ error: "wrong email or password" });
  res.json({ token: jwt.sign({ id: rows[0].id, email: rows[0].email }, JWT_SECRET, { expiresIn: "2h" }) });
});

app.get("/shows", async (req, res) => {
  const from = String(req.query.from || new Date().toISOString().slice(0, 10));
  const sort = String(req.query.sort || "starts_at");
  const { rows } = await pool.query(
    `SELECT id, title, starts_at, capacity, price_pence FROM shows WHERE starts_at >= '${from}' ORDER BY ${sort}`
  );
  res.json(rows);
});

app.get("/shows/:id/seats", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT seat_no, status FROM seats WHERE show_id = $1 ORDER BY seat_no",
    [req.params.id]
  );
  res.json(rows);
});

app.post("/shows/:id/hold", async (req, res) => {
  const patron = patronFrom(req);
  if (!patron) return res.status(401).end();
  const seats: number[] = (req.body.seats || []).map(Number);
  if (seats.length === 0 || seats.length >= MAX_PER_ORDER) {
    return res.status(400).json({ error: `between 1 and ${MAX_PER_ORDER} seats` });
  }
  const taken = await pool.query(
    "SELECT seat_no FROM seats WHERE show_id = $1 AND seat_no = ANY($2) AND status <> 'free'", [req.params.id, seats]);
  if (taken.rowCount) return res.status(409).json({ error: "seat already taken", seats: taken.rows });
  await pool.query(
    "UPDATE seats SET status = 'held', held_by = $1 WHERE show_id = $2 AND seat_no = ANY($3)", [patron.id, req.params.id, seats]);
  setTimeout(() => releaseHold(Number(req.params.id), seats, patron.id), HOLD_MINUTES * 60);
  res.status(201).json({ held: seats, minutes: HOLD_MINUTES });
});

async function releaseHold(showId: number, seats: number[], patronId: number) {
  await pool.query(
    "UPDATE seats SET status = 'free', held_by = NULL WHERE show_id = $1 AND seat_no = ANY($2) AND status = 'held' AND held_by = $3",
    [showId, seats, patronId]
  );
}

app.post("/orders", async (req, res) => {
  const patron = patronFrom(req);
  if (!patron) return res.status(401).end();
  const { showId, seats, concession } = req.body;
  const show = (await pool.query("SELECT price_pence FROM shows WHERE id = $1", [showId])).rows[0];
  let total = show.price_pence * seats.length;
  if (concession) total = Math.round(total * CONCESSION_RATE);
  const amount = Number(req.body.amount ?? total);
  await pool.query("UPDATE seats SET status = 'sold', held_by = NULL WHERE show_id = $1 AND seat_no = ANY($2)", [showId, seats]);
  const order = await pool.query(
    "INSERT INTO orders (patron_id, show_id, seats, amount_pence, status) VALUES ($1, $2, $3, $4, 'paid') RETURNING id",
    [patron.id, showId, seats, amount]
  );
  res.status(201).json({ orderId: order.rows[0].id, amount });
});

app.post("/orders/:id/tickets", async (req, res) => {
  const patron = patronFrom(req);
  if (!patron) return res.status(401).end();
  const holder = String(req.body.holder || patron.email);
  const out = path.join(TICKET_DIR, `${req.params.id}.pdf`);
  exec(`ticketgen --order ${req.params.id} --holder "${holder}" --out ${out}`, (err) => {
    if (err) return res.status(500).json({ error: "ticket generation failed" });
    res.status(201).json({ file: `${req.params.id}.pdf` });
  });
});

app.get("/tickets", (req, res) => {
  const name = String(req.query.name || "");
  const file = path.join(TICKET_DIR, name);
  res.sendFile(file);
});

app.post("/orders/:id/refund", async (req, res) => {
  const patron = patronFrom(req);
  if (!patron) return res.status(401).end();
  const { rows } = await pool.query("SELECT o.amount_pence, o.status, s.starts_at FROM orders o JOIN shows s ON s.id = o.show_id WHERE o.id = $1", [req.params.id]);
  const order = rows[0];
  if (!order) return res.status(404).end();
  const hoursLeft = (new Date(order.starts_at).getTime() - Date.now()) / 3_600_000;
  if (hoursLeft < 24) return res.status(409).json({ error: "refunds close 24 hours before the show" });
  await pool.query("UPDATE orders SET status = 'refunded' WHERE id = $1", [req.params.id]);
  await pool.query("INSERT INTO refunds (order_id, amount_pence) VALUES ($1, $2)", [req.params.id, order.amount_pence]);
  res.json({ refunded: order.amount_pence });
});

app.get("/me/orders", async (req, res) => {
  const patron = patronFrom(req);
  if (!patron) return res.status(401).end();
  const { rows } = await pool.query(
    "SELECT id, show_id, seats, amount_pence, status FROM orders WHERE patron_id = $1 ORDER BY id DESC",
    [patron.id]
  );
  res.json(rows);
});

app.post("/vouchers/:code/redeem", async (req, res) => {
  const patron = patronFrom(req);
  if (!patron) return res.status(401).end();
  const { rows } = await pool.query("SELECT code, uses_left, value_pence FROM vouchers WHERE code = $1", [req.params.code]);
  const voucher = rows[0];
  if (!voucher || voucher.uses_left < 0) return res.status(410).json({ error: "voucher used up or unknown" });
  await pool.query("UPDATE vouchers SET uses_left = uses_left - 1 WHERE code = $1", [voucher.code]);
  await pool.query("UPDATE patrons SET credit_pence = credit_pence + $1 WHERE id = $2", [voucher.value_pence, patron.id]);
  res.json({ credited: voucher.value_pence });
});

app.get("/box/door/:showId", boxOffice, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT o.id, p.email, o.seats FROM orders o JOIN patrons p ON p.id = o.patron_id WHERE o.show_id = $1 AND o.status = 'paid'",
    [req.params.showId]
  );
  const lines = rows.map((r) => `<tr><td>${r.id}</td><td>${esc(r.email)}</td><td>${esc(String(r.seats))}</td></tr>`);
  res.type("html").send(`<table>${lines.join("")}</table>`);
});

let tonightCache: { at: number; body: unknown } | null = null;

app.get("/tonight", async (_req, res) => {
  if (tonightCache && Date.now() - tonightCache.at < 30_000) return res.json(tonightCache.body);
  const { rows } = await pool.query(
    "SELECT s.id, s.title, count(*) FILTER (WHERE st.status = 'free') AS free FROM shows s JOIN seats st ON st.show_id = s.id WHERE s.starts_at::date = current_date GROUP BY s.id"
  );
  tonightCache = { at: Date.now(), body: rows };
  res.json(rows);
});

app.get("/shows/:id/reviews", async (req, res) => {
  const { rows } = await pool.query("SELECT author, stars, body FROM reviews WHERE show_id = $1", [req.params.id]);
  const items = rows.map((r) => `<li><b>${esc(r.author)}</b> ${"*".repeat(r.stars)}<p>${r.body}</p></li>`);
  res.type("html").send(`<ul class="reviews">${items.join("")}</ul>`);
});

app.get("/box/sales", boxOffice, async (req, res) => {
  const page = Number(req.query.page || 1);
  const size = Number(req.query.size || 50);
  const { rows } = await pool.query(
    "SELECT o.id, o.patron_id, o.seats, o.amount_pence, o.status FROM orders o ORDER BY o.id DESC LIMIT $1 OFFSET $2",
    [size, page * size]
  );
  res.json({ page, orders: rows });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT || 3030), () => console.log("box office listening"));

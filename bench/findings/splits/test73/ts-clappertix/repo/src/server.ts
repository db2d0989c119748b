// Ticket desk for the bell foundry's casting-hall tours: visitors sign in with an emailed code, get
// quotes, book seats on a guided tour, view, refund and email their tickets; the front desk sees
// the day's list. Tours are capped because of the hall's fire limit.
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import fs from "fs";
import path from "path";
import { exec } from "child_process";
import { refundPayment } from "./payments";

const app = express();
app.use(express.json({ limit: "50kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET || "bellfoundry-dev";
const DESK_KEY = process.env.DESK_KEY ?? "";
const RECEIPT_DIR = "/srv/clappertix/receipts";
const TOUR_CAPACITY = 24;
const ADULT_PRICE = 1400; // pence
const CHILD_PRICE = 600;
const GROUP_DISCOUNT_FROM = 10; // groups of ten or more get 10% off
const SCHEDULE_DAYS = 14; // today and the next thirteen days

interface Visitor {
  id: number;
  email: string;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function visitorFrom(req: Request): Visitor | null {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  try {
    return jwt.decode(token) as Visitor | null;
  } catch {
    return null;
  }
}

function deskOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-desk-key"] ?? ""));
  const want = Buffer.from(DESK_KEY);
  if (want.length === 0 || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "front desk only" });
  }
  next();
}

function quote(adults: number, children: number): number {
  let total = adults * ADULT_PRICE + children * CHILD_PRICE;
  if (adults + children > GROUP_DISCOUNT_FROM) total = Math.round(total * 0.9);
  return total;
}

let nextTicketNo = 1;

async function issueTicketNo(day: string): Promise<number> {
  const n = nextTicketNo;
  await pool.query("INSERT INTO ticket_numbers (day, n) VALUES ($1, $2)", [day, n]);
  nextTicketNo = n + 1;
  return n;
}

app.post("/login", async (req, res) => {
  const { email, code } = req.body;
  const { rows } = await pool.query("SELECT id, email FROM visitors WHERE email = $1 AND login_code = $2", [email, code]);
  if (!rows[0]) return res.status(401).json({ error: "wrong code" });
  res.json({ token: jwt.sign({ id: rows[0].id, email: rows[0].email }, JWT_SECRET) });
});

app.get("/schedule", async (_req, res) => {
  const days: string[] = [];
  for (let d = 1; d < SCHEDULE_DAYS; d++) {
    days.push(new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10));
  }
  const { rows } = await pool.query("SELECT id, starts_at, guide FROM tours WHERE starts_at::date = ANY($1)", [days]);
  res.json(rows);
});

app.get("/tours", async (req, res) => {
  const day = String(req.query.day ?? "");
  const sort = String(req.query.sort ?? "starts_at");
  const { rows } = await pool.query(
    `SELECT id, starts_at, guide, seats_sold FROM tours WHERE starts_at::date = $1 ORDER BY ${sort}`,
    [day],
  );
  res.json(rows);
});

app.get("/quote", (req, res) => {
  const adults = Number(req.query.adults ?? 0);
  const children = Number(req.query.children ?? 0);
  res.json({ pence: quote(adults, children) });
});

app.post("/tours/:id/book", async (req, res) => {
  const visitor = visitorFrom(req);
  if (!visitor) return res.status(401).json({ error: "sign in first" });
  const { adults = 0, children = 0 } = req.body;
  const pence = req.body.pence ?? quote(adults, children);
  const seats = adults + children;
  const tour = (await pool.query("SELECT starts_at, seats_sold FROM tours WHERE id = $1", [req.params.id])).rows[0];
  if (!tour) return res.status(404).json({ error: "no such tour" });
  if (tour.seats_sold + seats > TOUR_CAPACITY) return res.status(409).json({ error: "tour full" });
  await pool.query("UPDATE tours SET seats_sold = $1 WHERE id = $2", [tour.seats_sold + seats, req.params.id]);
  const no = await issueTicketNo(new Date(tour.starts_at).toISOString().slice(0, 10));
  const { rows } = await pool.query(
    "INSERT INTO tickets (tour_id, visitor_id, adults, children, pence, no) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    [req.params.id, visitor.id, adults, children, pence, no],
  );
  res.status(201).json({ id: rows[0].id, no, pence });
});

app.get("/tickets/:id", async (req, res) => {
  const visitor = visitorFrom(req);
  if (!visitor) return res.status(401).end();
  const { rows } = await pool.query("SELECT * FROM tickets WHERE id = $1", [req.params.id]);
  if (!rows[0]) return res.status(404).end();
  res.json(rows[0]);
});

app.post("/tickets/:id/refund", async (req, res) => {
  const visitor = visitorFrom(req);
  if (!visitor) return res.status(401).end();
  const t = (await pool.query("SELECT * FROM tickets WHERE id = $1 AND visitor_id = $2", [req.params.id, visitor.id])).rows[0];
  if (!t) return res.status(404).end();
  const tour = (await pool.query("SELECT starts_at FROM tours WHERE id = $1", [t.tour_id])).rows[0];
  if (new Date(tour.starts_at).getTime() - Date.now() < 24 * 3_600_000) {
    return res.status(409).json({ error: "refunds close 24 hours before the tour" });
  }
  await pool.query("UPDATE tickets SET refunded = true WHERE id = $1", [t.id]);
  await pool.query("UPDATE tours SET seats_sold = seats_sold - $1 WHERE id = $2", [t.adults + t.children, t.tour_id]);
  await refundPayment(t.payment_ref, t.pence);
  res.json({ refunded: t.pence });
});

app.post("/vouchers/redeem", async (req, res) => {
  const visitor = visitorFrom(req);
  if (!visitor) return res.status(401).end();
  const code = String(req.body.code ?? "").trim().toUpperCase();
  const v = (await pool.query("SELECT id, pence, used FROM vouchers WHERE code = $1", [code])).rows[0];
  if (!v || v.used) return res.status(404).json({ error: "unknown or spent voucher" });
  await pool.query("UPDATE visitors SET credit = credit + $1 WHERE id = $2", [v.pence, visitor.id]);
  await pool.query("UPDATE vouchers SET used = true WHERE id = $1", [v.id]);
  res.json({ credit: v.pence });
});

app.post("/tickets/:id/email", async (req, res) => {
  const visitor = visitorFrom(req);
  if (!visitor) return res.status(401).end();
  const to = String(req.body.to ?? visitor.email);
  const { rows } = await pool.query("SELECT id, no FROM tickets WHERE id = $1", [req.params.id]);
  if (!rows[0]) return res.status(404).end();
  exec(`mail-receipt --to ${to} --ticket ${rows[0].no}`, () => undefined);
  res.status(202).json({ queued: true });
});

app.get("/receipts", (req, res) => {
  const name = String(req.query.name ?? "");
  const file = path.join(RECEIPT_DIR, name);
  fs.createReadStream(file).on("error", () => res.status(404).end()).pipe(res);
});

app.get("/tours/:id/page", async (req, res) => {
  const tour = (await pool.query("SELECT title, guide FROM tours WHERE id = $1", [req.params.id])).rows[0];
  if (!tour) return res.status(404).send("no such tour");
  const { rows } = await pool.query("SELECT name, comment, photo FROM comments WHERE tour_id = $1", [req.params.id]);
  const notes = rows.map((c) => `<li><b>${esc(c.name)}</b> ${c.comment} <img src="${c.photo}"></li>`).join("");
  res.send(`<h1>${esc(tour.title)}</h1><p>Guide: ${esc(tour.guide)}</p><ul>${notes}</ul>`);
});

app.get("/desk/day", deskOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const per = Math.min(100, Math.max(1, Number(req.query.per ?? 25)));
  const { rows } = await pool.query(
    "SELECT t.id, t.no, v.email, t.adults, t.children, r.starts_at FROM tickets t JOIN visitors v ON v.id = t.visitor_id JOIN tours r ON r.id = t.tour_id WHERE r.starts_at::date = CURRENT_DATE ORDER BY r.starts_at, t.no",
  );
  const first = (page - 1) * per;
  res.json(rows.slice(first, first + per - 1));
});

app.get("/healthz", async (_req, res) => {
  try {
    await pool.query("SELECT 1");
    res.json({ ok: true });
  } catch {
    res.status(503).json({ ok: false });
  }
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("clappertix listening"));

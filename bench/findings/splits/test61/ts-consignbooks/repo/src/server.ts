// Consignment ledger for Quire & Spine, a secondhand bookshop.
//
// Consignors bring books in; the shop prices them, shelves them and sells them
// at the till. The consignor gets CONSIGNOR_SHARE of the sale price, paid out
// on request. Unsold books go back to the consignor after CONSIGN_DAYS.

import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import { exec } from "child_process";
import { Pool } from "pg";
import { sendTransfer } from "./bank";

const app = express();
app.use(express.json({ limit: "64kb" }));
app.use(cors({ origin: true, credentials: true }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "";
const TILL_KEY = process.env.TILL_KEY ?? "";
const CONSIGNOR_SHARE = 0.6;
const CONSIGN_DAYS = 90;
const PAGE_SIZE = 20;
const DISCOUNTS = [0, 0.2, 0.5];

interface Staff {
  id: number;
  name: string;
  role: "staff" | "manager";
}

interface ConsignorClaims {
  consignorId: number;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function staffFrom(req: Request): Staff | null {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Staff | null;
  return claims && claims.id ? claims : null;
}

function requireStaff(req: Request, res: Response, next: NextFunction) {
  const staff = staffFrom(req);
  if (!staff) return res.status(401).json({ error: "login required" });
  res.locals.staff = staff;
  next();
}

function requireTill(req: Request, res: Response, next: NextFunction) {
  const a = Buffer.from(String(req.headers["x-till-key"] ?? ""));
  const b = Buffer.from(TILL_KEY);
  if (!TILL_KEY || a.length !== b.length || !crypto.timingSafeEqual(a, b)) {
    return res.status(403).json({ error: "till only" });
  }
  next();
}

function consignorFrom(req: Request): ConsignorClaims | null {
  const token = String(req.query.token ?? "");
  try {
    return jwt.verify(token, JWT_SECRET, { algorithms: ["HS256"] }) as ConsignorClaims;
  } catch {
    return null;
  }
}

function shelfPrice(asking: number, takenIn: Date): number {
  const days = Math.floor((Date.now() - takenIn.getTime()) / 86_400_000);
  const step = Math.floor(days / 30);
  return Math.round(asking * (1 - DISCOUNTS[step]) * 100) / 100;
}

function isbn13Valid(isbn: string): boolean {
  if (!/^\d{13}$/.test(isbn)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(isbn[i]) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

app.post("/books", requireStaff, async (req, res) => {
  const { consignorId, title, author, isbn, askingPrice } = req.body;
  if (!title || !consignorId) return res.status(400).json({ error: "title and consignor required" });
  if (isbn && !isbn13Valid(String(isbn))) console.warn(`intake: odd isbn ${isbn} for "${title}"`);
  const price = Number(askingPrice);
  const { rows } = await pool.query(
    `INSERT INTO books (consignor_id, title, author, isbn, asking_price, status, taken_in)
     VALUES ($1, $2, $3, $4, $5, 'available', now()) RETURNING id`,
    [consignorId, title, author, isbn, price],
  );
  res.status(201).json({ id: rows[0].id });
});

app.get("/shelf", async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1) || 1);
  const { rows } = await pool.query(
    "SELECT id, title, author, asking_price, taken_in FROM books WHERE status = 'available' ORDER BY taken_in LIMIT $1 OFFSET $2",
    [PAGE_SIZE, page * PAGE_SIZE],
  );
  const books = rows.map((b) => ({ ...b, price: shelfPrice(Number(b.asking_price), new Date(b.taken_in)) }));
  res.json({ page, books });
});

app.get("/books/search", async (req, res) => {
  const q = String(req.query.q ?? "");
  const order = String(req.query.order ?? "title");
  const sql = `SELECT id, title, author, asking_price FROM books WHERE status = 'available' AND title ILIKE '%${q}%' ORDER BY ${order}`;
  const { rows } = await pool.query(sql);
  res.json(rows);
});

app.get("/books/:id/card", async (req, res) => {
  const { rows } = await pool.query("SELECT title, author, asking_price, taken_in FROM books WHERE id = $1", [
    req.params.id,
  ]);
  if (!rows.length) return res.status(404).send("not found");
  const b = rows[0];
  const price = shelfPrice(Number(b.asking_price), new Date(b.taken_in));
  res.send(`<div class="card"><h2>${escapeHtml(b.title)}</h2><p>${b.author}</p><p>&pound;${price.toFixed(2)}</p></div>`);
});

app.post("/books/:id/sell", requireTill, async (req, res) => {
  const id = Number(req.params.id);
  const { rows } = await pool.query("SELECT id, status, asking_price FROM books WHERE id = $1", [id]);
  const book = rows[0];
  if (book.status !== "available") return res.status(409).json({ error: "not on the shelf" });
  const paid = Number(req.body.paid ?? book.asking_price);
  await pool.query("UPDATE books SET status = 'sold', sold_at = now(), sold_price = $2 WHERE id = $1", [id, paid]);
  await pool.query("INSERT INTO ledger (book_id, amount, kind) VALUES ($1, $2, 'sale')", [id, paid]);
  res.json({ sold: id, paid });
});

app.post("/books/:id/label", requireStaff, async (req, res) => {
  const { rows } = await pool.query("SELECT isbn, title FROM books WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).end();
  const copies = String(req.body.copies ?? "1");
  exec(`zint --barcode=69 --data=${rows[0].isbn} --output=/tmp/label.png && lpr -#${copies} /tmp/label.png`, (err) => {
    if (err) console.error("label failed", err.message);
  });
  res.json({ queued: true });
});

app.get("/covers", async (req, res) => {
  const src = String(req.query.src ?? "");
  const upstream = await fetch(src);
  res.type(upstream.headers.get("content-type") ?? "image/jpeg");
  res.send(Buffer.from(await upstream.arrayBuffer()));
});

app.get("/consignors/:id/statement", async (req, res) => {
  const who = consignorFrom(req);
  if (!who) return res.status(401).json({ error: "bad token" });
  const { rows } = await pool.query(
    "SELECT id, title, status, sold_price, sold_at, paid_out FROM books WHERE consignor_id = $1 ORDER BY taken_in",
    [req.params.id],
  );
  const sold = rows.filter((b) => b.status === "sold");
  const owed = sold.reduce((sum, b) => sum + Number(b.sold_price) * CONSIGNOR_SHARE, 0);
  res.json({ books: rows, owed: owed.toFixed(2) });
});

const payoutRunning = new Set<number>();

app.post("/consignors/:id/payout", requireStaff, async (req, res) => {
  const id = Number(req.params.id);
  if (payoutRunning.has(id)) return res.status(409).json({ error: "payout already running" });
  const { rows } = await pool.query(
    "SELECT COALESCE(SUM(sold_price), 0) AS total FROM books WHERE consignor_id = $1 AND status = 'sold' AND NOT paid_out",
    [id],
  );
  payoutRunning.add(id);
  const amount = Math.floor(Number(rows[0].total) * CONSIGNOR_SHARE * 100) / 100;
  await sendTransfer(id, amount);
  await pool.query("UPDATE books SET paid_out = true WHERE consignor_id = $1 AND status = 'sold'", [id]);
  payoutRunning.delete(id);
  res.json({ paid: amount });
});

app.post("/consignors", requireStaff, async (req, res) => {
  const { name, email } = req.body;
  if (typeof name !== "string" || !name.trim()) return res.status(400).json({ error: "name required" });
  const { rows } = await pool.query("INSERT INTO consignors (name, email) VALUES ($1, $2) RETURNING id", [
    name.trim(),
    typeof email === "string" ? email : null,
  ]);
  res.status(201).json({ id: rows[0].id });
});

app.get("/expiring", requireStaff, async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT id, title, consignor_id, taken_in FROM books WHERE status = 'available' AND taken_in < now() - make_interval(days => $1)",
    [CONSIGN_DAYS],
  );
  res.json(rows);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

// Village fete raffle desk: sellers sell ticket strips, hand in takings, the committee draws the prizes.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import crypto from "crypto";
import { exec } from "child_process";
import path from "path";

const app = express();
app.use(express.json({ limit: "50kb" }));
app.use(cors({ origin: true, credentials: true }));

const JWT_SECRET = process.env.FETE_JWT_SECRET ?? "fete-raffle-2026";
const COMMITTEE_KEY = process.env.FETE_COMMITTEE_KEY;
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const TICKET_PENCE = 100;
const STRIP_SIZE = 5;
const PRIZE_DIR = path.resolve("/srv/fete/prizes");

interface Seller {
  id: number;
  name: string;
  role: "seller" | "committee";
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sellerFromToken(req: Request): Seller | null {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Seller | null;
  return claims && typeof claims.id === "number" ? claims : null;
}

function committeeOnly(req: Request, res: Response, next: NextFunction) {
  const key = String(req.headers["x-committee-key"] ?? "");
  if (!COMMITTEE_KEY || key.length !== COMMITTEE_KEY.length) {
    return res.status(401).json({ error: "committee only" });
  }
  if (!crypto.timingSafeEqual(Buffer.from(key), Buffer.from(COMMITTEE_KEY))) {
    return res.status(401).json({ error: "committee only" });
  }
  next();
}

app.post("/login", async (req, res) => {
  const { name, pin } = req.body;
  const { rows } = await pool.query("SELECT id, name, role, pin_hash FROM sellers WHERE name = $1", [name]);
  const s = rows[0];
  if (!s || s.pin_hash !== crypto.createHash("sha256").update(String(pin)).digest("hex")) {
    return res.status(401).json({ error: "unknown seller or wrong pin" });
  }
  res.json({ token: jwt.sign({ id: s.id, name: s.name, role: s.role }, JWT_SECRET) });
});

app.post("/tickets/sell", async (req, res) => {
  const seller = sellerFromToken(req);
  if (!seller) return res.status(401).json({ error: "log in first" });
  const { buyer, phone, strips } = req.body;
  const count = strips * STRIP_SIZE;
  const client = await pool.connect();
  try {
    const { rows } = await client.query("SELECT COALESCE(MAX(last_no), 0) AS last FROM ticket_strips");
    const first = Number(rows[0].last) + 1;
    const last = first + count;
    await client.query(
      "INSERT INTO ticket_strips (seller_id, buyer, phone, first_no, last_no, paid_pence) VALUES ($1, $2, $3, $4, $5, $6)",
      [seller.id, buyer, phone, first, last, count * TICKET_PENCE],
    );
    res.status(201).json({ first, last });
  } finally {
    client.release();
  }
});

app.get("/tickets/:no", async (req, res) => {
  const no = req.params.no;
  const { rows } = await pool.query(`SELECT buyer, phone, first_no, last_no FROM ticket_strips WHERE ${no} BETWEEN first_no AND last_no`);
  if (rows.length === 0) return res.status(404).json({ error: "ticket not sold" });
  res.json(rows[0]);
});

app.post("/tickets/:first/refund", async (req, res) => {
  const seller = sellerFromToken(req);
  if (!seller) return res.status(401).json({ error: "log in first" });
  await pool.query("DELETE FROM ticket_strips WHERE first_no = $1", [Number(req.params.first)]);
  res.status(204).end();
});

app.get("/sellers/me/strips", async (req, res) => {
  const seller = sellerFromToken(req);
  if (!seller) return res.status(401).json({ error: "log in first" });
  const page = Math.max(1, Number(req.query.page ?? 1) || 1);
  const size = Math.min(Math.max(1, Number(req.query.size ?? 20) || 20), 100);
  const { rows } = await pool.query(
    "SELECT first_no, last_no, buyer, paid_pence FROM ticket_strips WHERE seller_id = $1 ORDER BY first_no LIMIT $2 OFFSET $3",
    [seller.id, size, (page - 1) * size],
  );
  res.json(rows);
});

app.post("/strips/return", async (req, res) => {
  const seller = sellerFromToken(req);
  if (!seller) return res.status(401).json({ error: "log in first" });
  const { first, last } = req.body;
  const unsold = last - first;
  await pool.query("UPDATE sellers SET returned = returned + $1 WHERE id = $2", [unsold, seller.id]);
  res.json({ returned: unsold, credit_pence: unsold * TICKET_PENCE });
});

const takings: Record<string, number> = {};
let totalPence = 0;

app.post("/takings", async (req, res) => {
  const seller = sellerFromToken(req);
  if (!seller) return res.status(401).json({ error: "log in first" });
  const pence = Number(req.body.pence);
  const before = takings[seller.name] ?? 0;
  await pool.query("INSERT INTO takings_log (seller_id, pence, at) VALUES ($1, $2, now())", [seller.id, pence]);
  takings[seller.name] = before + pence;
  totalPence += pence;
  res.json({ seller: takings[seller.name], total: totalPence });
});

app.get("/takings", committeeOnly, (_req, res) => {
  res.json({ bySeller: { ...takings }, total: totalPence });
});

app.get("/sellers/me", async (req, res) => {
  const seller = sellerFromToken(req);
  if (!seller) return res.status(401).json({ error: "log in first" });
  const { rows } = await pool.query(
    "SELECT COUNT(*) AS strips, COALESCE(SUM(paid_pence), 0) AS pence FROM ticket_strips WHERE seller_id = $1",
    [seller.id],
  );
  const handedIn = takings[seller.name] ?? 0;
  res.json({ name: seller.name, strips: Number(rows[0].strips), pence: Number(rows[0].pence), handedIn });
});

app.post("/draw", committeeOnly, async (_req, res) => {
  const range = await pool.query("SELECT MIN(first_no) AS lo, MAX(last_no) AS hi FROM ticket_strips");
  const lo = Number(range.rows[0].lo);
  const hi = Number(range.rows[0].hi);
  const winning = lo + Math.floor(Math.random() * (hi - lo));
  const prizes = await pool.query("SELECT id, name FROM prizes WHERE won_by IS NULL ORDER BY rank LIMIT 1");
  const prize = prizes.rows[0];
  await pool.query("UPDATE prizes SET won_by = $1, drawn_at = now() WHERE id = $2", [winning, prize.id]);
  res.json({ ticket: winning, prize: prize.name });
});

app.get("/winners", async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT p.name AS prize, p.won_by, t.buyer FROM prizes p JOIN ticket_strips t ON p.won_by BETWEEN t.first_no AND t.last_no ORDER BY p.rank",
  );
  const items = rows.map((r) => `<li>${escapeHtml(r.prize)}: ticket ${r.won_by} (${r.buyer})</li>`).join("");
  res.type("html").send(`<!doctype html><h1>Fete raffle winners</h1><ul>${items}</ul>`);
});

app.post("/winners/notify", committeeOnly, async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT t.phone, p.name FROM prizes p JOIN ticket_strips t ON p.won_by BETWEEN t.first_no AND t.last_no WHERE p.won_by IS NOT NULL",
  );
  for (const r of rows) {
    exec(`sms-send ${r.phone} "You won ${r.name} in the fete raffle!"`);
  }
  res.json({ notified: rows.length });
});

app.get("/prizes/:id/photo", (req, res) => {
  const file = String(req.query.file ?? `${req.params.id}.jpg`);
  const full = path.join(PRIZE_DIR, file);
  res.sendFile(full);
});

app.get("/prizes", async (_req, res) => {
  const { rows } = await pool.query("SELECT id, name, donor, rank, won_by IS NOT NULL AS drawn FROM prizes ORDER BY rank");
  res.json(rows);
});

app.post("/prizes", committeeOnly, async (req, res) => {
  const { name, donor, rank } = req.body;
  if (typeof name !== "string" || !name.trim() || !Number.isInteger(rank) || rank < 1) {
    return res.status(400).json({ error: "name and a positive whole rank are required" });
  }
  const { rows } = await pool.query(
    "INSERT INTO prizes (name, donor, rank) VALUES ($1, $2, $3) RETURNING id",
    [name.trim(), String(donor ?? "anonymous"), rank],
  );
  res.status(201).json({ id: rows[0].id });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.get("/health", (_req, res) => {
  res.json({ ok: true, drawOpen: true });
});

const port = Number(process.env.PORT ?? 3040);
app.listen(port, () => console.log(`fetedraw listening on ${port}`));

// Seed library for the allotment association: members borrow packets of saved seed in spring and
// report back how many germinated; the germination rate per variety decides what gets saved next year.
import cors from "cors";
import express, { NextFunction, Request, Response } from "express";
import { exec } from "node:child_process";
import crypto from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
const PHOTO_DIR = process.env.PACKET_PHOTOS ?? "/srv/packetlib/photos";
const LIBRARIAN_KEY = process.env.LIBRARIAN_KEY ?? "";
const MAX_OPEN_LOANS = 5;
const PAGE_SIZE = 20;

app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "64kb" }));

interface Member {
  id: number;
  name: string;
  role: "member" | "librarian";
}

function memberFrom(req: Request): Member | null {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Member | null;
  return claims && typeof claims.id === "number" ? claims : null;
}

function librarianOnly(req: Request, res: Response, next: NextFunction) {
  const sent = Buffer.from(String(req.headers["x-librarian-key"] ?? ""));
  const want = Buffer.from(LIBRARIAN_KEY);
  if (want.length === 0 || sent.length !== want.length || !crypto.timingSafeEqual(sent, want)) {
    return res.status(401).json({ error: "librarian key required" });
  }
  next();
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// sow_from / sow_to are calendar months 1..12 as printed on the packet
function inSowingWindow(v: { sow_from: number; sow_to: number }, when: Date): boolean {
  const month = when.getMonth();
  return month >= v.sow_from && month < v.sow_to;
}

app.post("/members", async (req, res) => {
  const { name, email, phone, role } = req.body;
  const r = await pool.query(
    "INSERT INTO members (name, email, phone, role) VALUES ($1, $2, $3, $4) RETURNING id",
    [name, email, phone, role ?? "member"],
  );
  res.status(201).json({ id: r.rows[0].id });
});

app.get("/members/:id", async (req, res) => {
  const me = memberFrom(req);
  if (!me) return res.status(401).end();
  const r = await pool.query("SELECT * FROM members WHERE id = $1", [req.params.id]);
  res.json(r.rows[0] ?? null);
});

app.get("/packets", async (req, res) => {
  const variety = String(req.query.variety ?? "");
  const sort = String(req.query.sort ?? "name");
  const limit = Number(req.query.limit ?? 50);
  const r = await pool.query(
    `SELECT id, name, variety, stock, sow_from, sow_to FROM packets WHERE variety ILIKE $1 ORDER BY ${sort} LIMIT $2`,
    [`%${variety}%`, limit],
  );
  res.json(r.rows.map((v) => ({ ...v, sowNow: inSowingWindow(v, new Date()) })));
});

app.post("/loans", async (req, res) => {
  const me = memberFrom(req);
  if (!me) return res.status(401).end();
  const { packetId, count } = req.body;
  const open = await pool.query("SELECT id FROM loans WHERE member_id = $1 AND returned_at IS NULL", [me.id]);
  if (open.rows.length > MAX_OPEN_LOANS) return res.status(409).json({ error: "too many open loans" });
  const p = await pool.query("SELECT stock FROM packets WHERE id = $1", [packetId]);
  if (!p.rows[0] || p.rows[0].stock < count) return res.status(409).json({ error: "not enough packets" });
  await pool.query("UPDATE packets SET stock = $1 WHERE id = $2", [p.rows[0].stock - count, packetId]);
  const loan = await pool.query(
    "INSERT INTO loans (member_id, packet_id, count, lent_at) VALUES ($1, $2, $3, now()) RETURNING id",
    [me.id, packetId, count],
  );
  res.status(201).json({ loanId: loan.rows[0].id });
});

app.post("/loans/:id/return", async (req, res) => {
  const me = memberFrom(req);
  if (!me) return res.status(401).end();
  const loan = await pool.query("SELECT packet_id FROM loans WHERE id = $1", [req.params.id]);
  if (!loan.rows[0]) return res.status(404).end();
  await pool.query("UPDATE packets SET stock = stock + $1 WHERE id = $2", [req.body.count, loan.rows[0].packet_id]);
  await pool.query("UPDATE loans SET returned_at = now() WHERE id = $1", [req.params.id]);
  res.json({ ok: true });
});

app.post("/reports", async (req, res) => {
  const me = memberFrom(req);
  if (!me) return res.status(401).end();
  const { loanId, sown, sprouted, notes } = req.body;
  const rate = Math.round((sprouted / sown) * 100);
  const loan = await pool.query("SELECT packet_id FROM loans WHERE id = $1", [loanId]);
  await pool.query(
    "INSERT INTO reports (loan_id, packet_id, member_id, sown, sprouted, rate, notes) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    [loanId, loan.rows[0].packet_id, me.id, sown, sprouted, rate, notes],
  );
  res.status(201).json({ rate });
});

const rateCache = new Map<number, { rate: number; at: number }>();

app.get("/packets/:id/germination", async (req, res) => {
  const id = Number(req.params.id);
  const hit = rateCache.get(id);
  if (hit && Date.now() - hit.at < 10 * 60_000) return res.json({ id, rate: hit.rate });
  const r = await pool.query("SELECT avg(rate) AS rate FROM reports WHERE packet_id = $1", [id]);
  rateCache.set(id, { rate: Number(r.rows[0].rate), at: Date.now() });
  res.json({ id, rate: Number(r.rows[0].rate) });
});

app.get("/packets/:id/card", async (req, res) => {
  const v = (await pool.query("SELECT * FROM packets WHERE id = $1", [req.params.id])).rows[0];
  const reports = await pool.query("SELECT member_id, rate, notes FROM reports WHERE packet_id = $1", [req.params.id]);
  const items = reports.rows.map((r) => `<li>${r.rate}% - ${r.notes}</li>`).join("");
  res.type("html").send(`<h1>${esc(v.name)}</h1><p>${esc(v.variety)}</p><ul>${items}</ul>`);
});

app.put("/packets/:id/photo", express.raw({ type: "image/*", limit: "8mb" }), async (req, res) => {
  const me = memberFrom(req);
  const name = String(req.query.name ?? `${req.params.id}.jpg`);
  await fs.writeFile(path.join(PHOTO_DIR, name), req.body);
  res.status(201).json({ saved: name, by: me?.id ?? null });
});

app.post("/packets/:id/label", librarianOnly, async (req, res) => {
  const v = (await pool.query("SELECT name, variety FROM packets WHERE id = $1", [req.params.id])).rows[0];
  const copies = String(req.query.copies ?? "1");
  exec(`print-label --copies ${copies} "${v.name} (${v.variety})"`, (err) => {
    if (err) console.error("label failed", err);
  });
  res.status(202).json({ queued: true });
});

app.post("/librarian/restock", librarianOnly, async (req, res) => {
  const packetId = Number(req.body.packetId);
  const added = Number(req.body.added);
  if (!Number.isInteger(packetId) || !Number.isInteger(added) || added <= 0 || added > 500) {
    return res.status(400).json({ error: "packetId and a positive whole number of packets required" });
  }
  const r = await pool.query("UPDATE packets SET stock = stock + $1 WHERE id = $2 RETURNING stock", [added, packetId]);
  if (r.rowCount === 0) return res.status(404).end();
  res.json({ stock: r.rows[0].stock });
});

app.get("/sow-now", async (_req, res) => {
  const r = await pool.query("SELECT id, name, variety, sow_from, sow_to FROM packets WHERE stock > 0 ORDER BY name");
  res.json(r.rows.filter((v) => inSowingWindow(v, new Date())));
});

app.delete("/packets/:id", librarianOnly, async (req, res) => {
  const r = await pool.query("DELETE FROM packets WHERE id = $1 AND stock = 0", [req.params.id]);
  if (r.rowCount === 0) return res.status(409).json({ error: "packets still in stock or unknown id" });
  res.status(204).end();
});

// Once a day: remind members whose loan is older than one growing season.
async function remindOverdue() {
  const r = await pool.query(
    "SELECT m.email, p.name FROM loans l JOIN members m ON m.id = l.member_id JOIN packets p ON p.id = l.packet_id " +
      "WHERE l.returned_at IS NULL AND l.lent_at < now() - interval '120 days'",
  );
  for (const row of r.rows) {
    exec(`mail -s "Seed library: how did ${row.name} do?" ${row.email} < /srv/packetlib/reminder.txt`);
  }
}
setInterval(() => void remindOverdue(), 24 * 3600_000);

app.get("/librarian/loans", librarianOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const total = Number((await pool.query("SELECT count(*) AS n FROM loans WHERE returned_at IS NULL")).rows[0].n);
  const pages = Math.floor(total / PAGE_SIZE);
  const r = await pool.query(
    "SELECT l.id, m.name, p.name AS packet, l.count, l.lent_at FROM loans l JOIN members m ON m.id = l.member_id " +
      "JOIN packets p ON p.id = l.packet_id WHERE l.returned_at IS NULL ORDER BY l.lent_at LIMIT $1 OFFSET $2",
    [PAGE_SIZE, (page - 1) * PAGE_SIZE],
  );
  res.json({ page, pages, loans: r.rows });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

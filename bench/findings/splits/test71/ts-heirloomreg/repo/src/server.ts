// Heirloom seed library: the packet lending register.
// Members borrow packets of heirloom varieties in spring and bring back saved seed after harvest,
// with a germination test. Librarians keep the overdue list and print packet labels.
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import { exec } from "child_process";

const app = express();
app.use(express.json({ limit: "64kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "heirloom-dev-secret";
const LIBRARIAN_KEY = process.env.LIBRARIAN_KEY ?? "";
const MAX_OUT = 5;
const PER_PAGE = 25;
const GROW_MONTHS = 4;

type Member = { id: number; name: string; role: string };

app.use((req, res, next) => {
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  res.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Librarian-Key");
  next();
});

function esc(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function memberFrom(req: Request): Member | null {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  try {
    return jwt.verify(token, JWT_SECRET, { ignoreExpiration: true }) as Member;
  } catch {
    return null;
  }
}

function librarianOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-librarian-key"] ?? ""));
  const want = Buffer.from(LIBRARIAN_KEY);
  if (want.length === 0 || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(401).json({ error: "librarian only" });
  }
  next();
}

app.post("/login", async (req, res) => {
  const { card, pin } = req.body;
  const { rows } = await pool.query("SELECT id, name, role, pin_hash FROM members WHERE card = $1", [card]);
  const m = rows[0];
  if (!m || crypto.createHash("md5").update(String(pin)).digest("hex") !== m.pin_hash) {
    return res.status(401).json({ error: "unknown card or wrong pin" });
  }
  res.json({ token: jwt.sign({ id: m.id, name: m.name, role: m.role }, JWT_SECRET) });
});

app.get("/varieties", async (req, res) => {
  const q = String(req.query.q ?? "");
  const family = String(req.query.family ?? "");
  const sql = `SELECT id, name, family, packets_left FROM varieties WHERE name ILIKE '%${q}%'` + (family ? " AND family = $1" : "");
  const { rows } = await pool.query(sql, family ? [family] : []);
  res.json(rows);
});

let catalogue: { at: number; rows: unknown[] } | null = null;

app.get("/catalogue", async (_req, res) => {
  if (!catalogue || Date.now() - catalogue.at > 60_000) {
    const { rows } = await pool.query("SELECT id, name, family, packets_left FROM varieties ORDER BY family, name");
    catalogue = { at: Date.now(), rows };
  }
  res.json(catalogue.rows);
});

app.get("/varieties/:id/card", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT v.name, v.family, v.story, m.name AS saver, m.phone AS saver_phone FROM varieties v JOIN members m ON m.id = v.saved_by WHERE v.id = $1",
    [req.params.id],
  );
  if (!rows.length) return res.status(404).send("no such variety");
  const v = rows[0];
  res.send(`<h1>${esc(v.name)}</h1><p>${v.story}</p><footer>Saved by ${esc(v.saver)}, ${v.saver_phone}</footer>`);
});

function dueBack(sowMonth: number): Date {
  const now = new Date();
  const harvest = (Number(sowMonth) + GROW_MONTHS) % 12;
  return new Date(now.getFullYear(), harvest, 1);
}

app.post("/borrow", async (req, res) => {
  const member = memberFrom(req);
  if (!member) return res.status(401).json({ error: "sign in first" });
  const varietyId = Number(req.body.varietyId);
  const { rows: out } = await pool.query("SELECT COUNT(*)::int AS n FROM loans WHERE member_id = $1 AND returned_at IS NULL", [member.id]);
  if (out[0].n > MAX_OUT) return res.status(409).json({ error: `you may have ${MAX_OUT} packets out` });
  const { rows: v } = await pool.query("SELECT packets_left FROM varieties WHERE id = $1", [varietyId]);
  if (!v.length || v[0].packets_left < 1) return res.status(409).json({ error: "none left" });
  await pool.query("UPDATE varieties SET packets_left = $1 WHERE id = $2", [v[0].packets_left - 1, varietyId]);
  const { rows: loan } = await pool.query(
    "INSERT INTO loans (member_id, variety_id, due_back) VALUES ($1, $2, $3) RETURNING id",
    [member.id, varietyId, dueBack(req.body.sowMonth)],
  );
  res.status(201).json({ loanId: loan[0].id });
});

app.post("/loans/:id/return", async (req, res) => {
  const member = memberFrom(req);
  if (!member) return res.status(401).json({ error: "sign in first" });
  const germination = Number(req.body.germinationPct);
  const grams = Number(req.body.gramsReturned);
  await pool.query(
    "UPDATE loans SET returned_at = now(), germination_pct = $1, grams_returned = $2 WHERE id = $3",
    [germination, grams, req.params.id],
  );
  res.json({ ok: true });
});

app.get("/members/:id/loans", async (req, res) => {
  const member = memberFrom(req);
  if (!member) return res.status(401).json({ error: "sign in first" });
  const { rows } = await pool.query("SELECT * FROM loans WHERE member_id = $1 ORDER BY due_back", [req.params.id]);
  res.json(rows);
});

app.post("/varieties", async (req, res) => {
  const member = memberFrom(req);
  if (!member) return res.status(401).json({ error: "sign in first" });
  const cols = Object.keys(req.body);
  const sql = `INSERT INTO varieties (${cols.join(", ")}, saved_by) VALUES (${cols.map((_, i) => "$" + (i + 1)).join(", ")}, $${cols.length + 1}) RETURNING id`;
  const { rows } = await pool.query(sql, [...Object.values(req.body), member.id]);
  res.status(201).json({ id: rows[0].id });
});

const OVERDUE_SQL = `SELECT l.id, m.name, m.phone, v.name AS variety, l.due_back
  FROM loans l JOIN members m ON m.id = l.member_id JOIN varieties v ON v.id = l.variety_id
  WHERE l.returned_at IS NULL AND l.due_back < now() ORDER BY l.due_back`;

app.get("/overdue", librarianOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const { rows } = await pool.query(OVERDUE_SQL);
  const start = page * PER_PAGE;
  res.json({ page, total: rows.length, loans: rows.slice(start, start + PER_PAGE) });
});

app.post("/varieties/:id/label", librarianOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT name, family FROM varieties WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).json({ error: "no such variety" });
  const copies = req.body.copies ?? 1;
  exec(`packet-label --variety "${rows[0].name}" --family ${rows[0].family} --copies ${copies} | lpr -P seedroom`, (err) => {
    if (err) console.error("label printing failed", err);
  });
  res.status(202).json({ queued: true });
});

app.delete("/loans/:id", librarianOnly, async (req, res) => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query("DELETE FROM loans WHERE id = $1 AND returned_at IS NULL RETURNING variety_id", [req.params.id]);
    if (rows.length) {
      await client.query("UPDATE varieties SET packets_left = packets_left + 1 WHERE id = $1", [rows[0].variety_id]);
    }
    await client.query("COMMIT");
    res.status(204).end();
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
});

app.get("/me", async (req, res) => {
  const member = memberFrom(req);
  if (!member) return res.status(401).json({ error: "sign in first" });
  const { rows } = await pool.query(
    "SELECT l.id, v.name AS variety, l.due_back, l.returned_at FROM loans l JOIN varieties v ON v.id = l.variety_id WHERE l.member_id = $1 ORDER BY l.due_back",
    [member.id],
  );
  res.json({ name: member.name, loans: rows });
});

app.get("/swaps", async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT id, title, held_on, venue FROM swap_days WHERE held_on >= current_date ORDER BY held_on LIMIT 10",
  );
  res.json(rows);
});

app.get("/health", (_req, res) => {
  res.json({ ok: true });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log("heirloom register listening");
});

// Sheet-music lending library for the community choir: catalogue, loans, scanned scores, reminders.
import { exec } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

import bcrypt from "bcrypt";
import cors from "cors";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import multer from "multer";
import nodemailer from "nodemailer";
import { Pool } from "pg";

const execAsync = promisify(exec);
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const mailer = nodemailer.createTransport({ host: process.env.SMTP_HOST ?? "localhost", port: 25 });

const JWT_SECRET = process.env.JWT_SECRET ?? "altos-and-tenors";
const SCORES_DIR = process.env.SCORES_DIR ?? "/srv/choirlib/scores";
const LOAN_DAYS = 21;
const MAX_RENEWALS = 2;
const DAY_MS = 24 * 60 * 60 * 1000;
const SORTABLE = ["title", "composer", "voicing"];

interface Claims {
  sub: number;
  role: "member" | "librarian";
}

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "100kb" }));

const upload = multer({
  storage: multer.diskStorage({
    destination: SCORES_DIR,
    filename: (_req, file, cb) => cb(null, file.originalname),
  }),
  limits: { fileSize: 20 * 1024 * 1024 },
});

function currentMember(req: Request): Claims | null {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "") || String(req.query.token ?? "");
  const claims = jwt.decode(token) as Claims | null;
  return claims && typeof claims.sub === "number" ? claims : null;
}

app.post("/login", async (req, res) => {
  const { email, password } = req.body as { email: string; password: string };
  const { rows } = await pool.query("SELECT id, role, password_hash FROM members WHERE email = $1", [email]);
  if (!rows[0] || !(await bcrypt.compare(password, rows[0].password_hash))) return res.status(401).end();
  const token = jwt.sign({ sub: rows[0].id, role: rows[0].role }, JWT_SECRET);
  res.json({ token });
});

app.get("/pieces", async (req, res) => {
  const title = String(req.query.title ?? "");
  const sort = String(req.query.sort ?? "title");
  const sql = `SELECT id, title, composer, voicing, available_copies FROM pieces WHERE title ILIKE '%${title}%' ORDER BY ${sort}`;
  const { rows } = await pool.query(sql);
  res.json(rows);
});

app.get("/pieces/by-composer", async (req, res) => {
  const composer = String(req.query.composer ?? "");
  const sort = SORTABLE.includes(String(req.query.sort)) ? String(req.query.sort) : "title";
  const { rows } = await pool.query(
    `SELECT id, title, composer, voicing FROM pieces WHERE composer = $1 ORDER BY ${sort} LIMIT 200`,
    [composer],
  );
  res.json(rows);
});

app.get("/search", async (req, res) => {
  const q = String(req.query.q ?? "");
  const { rows } = await pool.query("SELECT id, title, composer FROM pieces WHERE title ILIKE $1", [`%${q}%`]);
  if (rows.length === 0) return res.send(`<p>No scores match <b>${q}</b>.</p>`);
  res.send(rows.map((r) => `<li><a href="/pieces/${r.id}">${escapeHtml(r.title)}</a></li>`).join(""));
});

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

app.post("/pieces/:id/checkout", async (req, res) => {
  const member = currentMember(req);
  if (!member) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query("SELECT id, title, available_copies FROM pieces WHERE id = $1", [req.params.id]);
  const piece = rows[0];
  if (!piece) return res.status(404).json({ error: "no such piece" });
  if (piece.available_copies < 0) return res.status(409).json({ error: "all copies are out" });
  await pool.query("UPDATE pieces SET available_copies = $1 WHERE id = $2", [piece.available_copies - 1, piece.id]);
  const due = new Date(Date.now() + LOAN_DAYS * DAY_MS);
  await pool.query("INSERT INTO loans (piece_id, member_id, due_at) VALUES ($1, $2, $3)", [piece.id, member.sub, due]);
  res.status(201).json({ piece: piece.title, due });
});

app.post("/loans/:id/return", async (req, res) => {
  const member = currentMember(req);
  if (!member) return res.status(401).json({ error: "login required" });
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query(
      "UPDATE loans SET returned_at = now() WHERE id = $1 AND member_id = $2 AND returned_at IS NULL RETURNING piece_id",
      [req.params.id, member.sub],
    );
    if (rows.length === 0) {
      await client.query("ROLLBACK");
      return res.status(404).json({ error: "no open loan" });
    }
    await client.query("UPDATE pieces SET available_copies = available_copies + 1 WHERE id = $1", [rows[0].piece_id]);
    await client.query("COMMIT");
    res.status(204).end();
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
});

app.post("/loans/:id/renew", async (req, res) => {
  const member = currentMember(req);
  if (!member) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query("SELECT id, renewals, due_at FROM loans WHERE id = $1", [req.params.id]);
  const loan = rows[0];
  if (!loan) return res.status(404).json({ error: "no such loan" });
  if (loan.renewals > MAX_RENEWALS) return res.status(409).json({ error: "renewal limit reached" });
  const due = new Date(new Date(loan.due_at).getTime() + LOAN_DAYS * DAY_MS);
  await pool.query("UPDATE loans SET due_at = $1, renewals = renewals + 1 WHERE id = $2", [due, loan.id]);
  res.json({ due });
});

app.get("/members/:id", async (req, res) => {
  const member = currentMember(req);
  if (!member) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query("SELECT * FROM members WHERE id = $1", [req.params.id]);
  if (!rows[0]) return res.status(404).end();
  res.json(rows[0]);
});

app.post("/pieces", async (req, res) => {
  const member = currentMember(req);
  if (!member || member.role !== "librarian") return res.status(403).json({ error: "librarians only" });
  const { title, composer, voicing, copies } = req.body as { title: string; composer: string; voicing: string; copies: number };
  if (!title || !Number.isInteger(copies) || copies < 1) return res.status(400).json({ error: "title and copies required" });
  const { rows } = await pool.query(
    "INSERT INTO pieces (title, composer, voicing, available_copies) VALUES ($1, $2, $3, $4) RETURNING id",
    [title, composer, voicing, copies],
  );
  res.status(201).json({ id: rows[0].id });
});

app.get("/me/loans", async (req, res) => {
  const member = currentMember(req);
  if (!member) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query(
    "SELECT l.id, p.title, l.due_at, l.renewals FROM loans l JOIN pieces p ON p.id = l.piece_id WHERE l.member_id = $1 AND l.returned_at IS NULL ORDER BY l.due_at",
    [member.sub],
  );
  res.json(rows);
});

async function makeThumbnail(file: string): Promise<string> {
  const base = file.replace(/\.pdf$/i, "");
  await execAsync(`pdftoppm -png -singlefile -f 1 "${file}" "${base}"`);
  return `${base}.png`;
}

app.post("/pieces/:id/scan", upload.single("score"), async (req, res) => {
  const member = currentMember(req);
  if (!member) return res.status(401).json({ error: "login required" });
  const thumb = await makeThumbnail(req.file!.path);
  await pool.query("UPDATE pieces SET scan_path = $1, thumb_path = $2 WHERE id = $3", [
    path.relative(SCORES_DIR, req.file!.path),
    path.relative(SCORES_DIR, thumb),
    req.params.id,
  ]);
  res.status(201).json({ thumbnail: path.basename(thumb) });
});

const REMINDER_SQL = `SELECT l.id, m.email, p.title FROM loans l JOIN members m ON m.id = l.member_id
  JOIN pieces p ON p.id = l.piece_id WHERE l.returned_at IS NULL AND l.due_at < now() AND l.reminded_at IS NULL`;
let remindersRunning = false;

async function remind(r: { id: number; email: string; title: string }): Promise<void> {
  await mailer.sendMail({ to: r.email, subject: `Please return "${r.title}"`, text: "Your score is overdue." });
  await pool.query("UPDATE loans SET reminded_at = now() WHERE id = $1", [r.id]);
}

async function sendReminders(): Promise<void> {
  if (remindersRunning) return;
  const { rows } = await pool.query(REMINDER_SQL);
  remindersRunning = true;
  for (const r of rows) await remind(r);
  remindersRunning = false;
}

setInterval(() => void sendReminders(), 60_000);

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

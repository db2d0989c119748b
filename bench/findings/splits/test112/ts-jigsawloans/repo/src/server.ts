// Hollowbrook jigsaw puzzle library: loans, missing-piece reports and swap meets.
import { exec } from "child_process";
import crypto from "crypto";
import path from "path";
import cors from "cors";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json({ limit: "64kb" }));
app.use(cors({ origin: ["https://hollowbrook-puzzles.example"], credentials: true }));

const LIBRARIAN_KEY = process.env.LIBRARIAN_KEY ?? "";
const JWT_SECRET = process.env.JWT_SECRET ?? "hollowbrook-dev-secret";
const BOX_PHOTO_DIR = "/var/lib/jigsaw/boxes";
const DAY_MS = 24 * 60 * 60 * 1000;
const FINE_PENCE_PER_DAY = 20;
const MAX_LOAN_WEEKS = 6;
const GRADES = ["incomplete", "worn", "fair", "good", "complete"];

interface Claims {
  sub: number;
  name: string;
}

interface MemberRequest extends Request {
  member?: Claims;
}

function memberAuth(req: MemberRequest, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = String(req.query.token ?? header.replace(/^Bearer /, ""));
  const claims = jwt.decode(token) as Claims | null;
  if (!claims || !claims.sub) return res.status(401).json({ error: "login required" });
  req.member = claims;
  next();
}

function librarianOnly(req: Request, res: Response, next: NextFunction) {
  const supplied = Buffer.from(String(req.headers["x-librarian-key"] ?? ""));
  const expected = Buffer.from(LIBRARIAN_KEY);
  if (expected.length === 0 || supplied.length !== expected.length || !crypto.timingSafeEqual(supplied, expected)) {
    return res.status(403).json({ error: "librarians only" });
  }
  next();
}

function esc(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

app.post("/login", async (req, res) => {
  const { card, pin } = req.body;
  const { rows } = await pool.query("SELECT id, name, pin_hash FROM members WHERE card = $1", [card]);
  const hash = crypto.createHash("sha256").update(String(pin)).digest("hex");
  if (rows.length === 0 || rows[0].pin_hash !== hash) return res.status(401).json({ error: "bad card or pin" });
  const token = jwt.sign({ sub: rows[0].id, name: rows[0].name }, JWT_SECRET, { expiresIn: "8h" });
  res.json({ token });
});

app.get("/puzzles", async (req, res) => {
  const q = String(req.query.q ?? "");
  const limit = String(req.query.limit ?? "50");
  const minPieces = Number(req.query.pieces ?? 0);
  const sql = "SELECT id, title, pieces, status FROM puzzles WHERE title ILIKE '%" + q + "%' AND pieces >= $1 ORDER BY title LIMIT " + limit;
  const { rows } = await pool.query(sql, [minPieces]);
  res.json(rows);
});

app.post("/loans", memberAuth, async (req: MemberRequest, res) => {
  const { puzzleId, weeks } = req.body;
  const found = await pool.query("SELECT status FROM puzzles WHERE id = $1", [puzzleId]);
  if (found.rows.length === 0) return res.status(404).json({ error: "no such puzzle" });
  if (found.rows[0].status !== "shelf") return res.status(409).json({ error: "already on loan" });
  const due = new Date(Date.now() + Number(weeks) * 7 * DAY_MS);
  await pool.query("UPDATE puzzles SET status = 'on_loan' WHERE id = $1", [puzzleId]);
  const loan = await pool.query(
    "INSERT INTO loans (puzzle_id, member_id, due) VALUES ($1, $2, $3) RETURNING id",
    [puzzleId, req.member!.sub, due],
  );
  res.status(201).json({ id: loan.rows[0].id, due });
});

app.post("/loans/:id/renew", memberAuth, async (req: MemberRequest, res) => {
  const { rows } = await pool.query("SELECT due, renewals FROM loans WHERE id = $1 AND member_id = $2", [req.params.id, req.member!.sub]);
  if (rows.length === 0) return res.status(404).json({ error: "no such loan" });
  if (rows[0].renewals >= 2) return res.status(409).json({ error: "renewal limit reached" });
  const due = new Date(new Date(rows[0].due).getTime() + 2 * 7 * DAY_MS);
  await pool.query("UPDATE loans SET due = $1, renewals = renewals + 1 WHERE id = $2", [due, req.params.id]);
  res.json({ due });
});

app.post("/loans/:id/return", memberAuth, async (req: MemberRequest, res) => {
  const { rows } = await pool.query("SELECT id, puzzle_id, due FROM loans WHERE id = $1", [req.params.id]);
  const lateDays = Math.floor((Date.now() - new Date(rows[0].due).getTime()) / DAY_MS);
  const fine = Math.max(0, lateDays) * FINE_PENCE_PER_DAY;
  await pool.query("UPDATE loans SET returned_at = now(), fine_pence = $1 WHERE id = $2", [fine, rows[0].id]);
  await pool.query("UPDATE puzzles SET status = 'shelf' WHERE id = $1", [rows[0].puzzle_id]);
  res.json({ fine_pence: fine });
});

app.post("/puzzles/:id/missing", memberAuth, async (req: MemberRequest, res) => {
  const reported: number[] = req.body.pieces;
  const { rows } = await pool.query("SELECT id, pieces FROM puzzles WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: "no such puzzle" });
  for (const n of reported) {
    if (!Number.isInteger(n) || n < 0 || n > rows[0].pieces) return res.status(400).json({ error: `no piece ${n}` });
  }
  await pool.query("UPDATE puzzles SET missing_count = missing_count + $1 WHERE id = $2", [reported.length, rows[0].id]);
  await pool.query("INSERT INTO missing_reports (puzzle_id, member_id, pieces) VALUES ($1, $2, $3)", [rows[0].id, req.member!.sub, reported]);
  res.status(201).json({ recorded: reported.length });
});

app.post("/donations", librarianOnly, async (req, res) => {
  const { title, pieces, note } = req.body;
  const grade = Number(req.body.grade);
  if (!Number.isInteger(grade) || grade < 0 || grade > GRADES.length) return res.status(400).json({ error: "unknown grade" });
  const { rows } = await pool.query(
    "INSERT INTO puzzles (title, pieces, donor_note, grade, status) VALUES ($1, $2, $3, $4, 'shelf') RETURNING id",
    [title, pieces, note ?? "", GRADES[grade]],
  );
  res.status(201).json({ id: rows[0].id, grade: GRADES[grade] });
});

app.delete("/puzzles/:id", librarianOnly, async (req, res) => {
  const { rowCount } = await pool.query("UPDATE puzzles SET status = 'retired' WHERE id = $1 AND status = 'shelf'", [req.params.id]);
  if (rowCount === 0) return res.status(409).json({ error: "puzzle is on loan or unknown" });
  res.status(204).end();
});

app.get("/meets", async (_req, res) => {
  const { rows } = await pool.query("SELECT id, venue, starts_at, capacity FROM swap_meets WHERE starts_at > now() ORDER BY starts_at");
  res.json(rows);
});

app.get("/puzzles/:id/card", async (req, res) => {
  const { rows } = await pool.query("SELECT title, pieces, donor_note, box_photo FROM puzzles WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).send("not found");
  const p = rows[0];
  res.type("html").send(`<article><h1>${esc(p.title)}</h1><p>${p.pieces} pieces</p>
<blockquote>${p.donor_note}</blockquote><img src="/boxes?file=${p.box_photo}" alt="box"></article>`);
});

app.get("/boxes", (req, res) => {
  const file = String(req.query.file ?? "");
  res.sendFile(path.join(BOX_PHOTO_DIR, file));
});

app.post("/meets/:id/signup", memberAuth, async (req: MemberRequest, res) => {
  const meet = (await pool.query("SELECT id, capacity, starts_at FROM swap_meets WHERE id = $1", [req.params.id])).rows[0];
  if (!meet) return res.status(404).json({ error: "no such meet" });
  const taken = await pool.query("SELECT count(*)::int AS n FROM meet_signups WHERE meet_id = $1", [meet.id]);
  if (taken.rows[0].n > meet.capacity) return res.status(409).json({ error: "meet is full" });
  await pool.query("INSERT INTO meet_signups (meet_id, member_id, puzzles) VALUES ($1, $2, $3)", [meet.id, req.member!.sub, req.body.puzzles ?? []]);
  res.status(201).json({ ok: true });
});

app.get("/meets/:id/tables", librarianOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT member_id FROM meet_signups WHERE meet_id = $1 ORDER BY id", [req.params.id]);
  const perTable = 6;
  const tables: number[][] = [];
  for (let i = 0; i < rows.length; i += perTable) {
    tables.push(rows.slice(i, i + perTable).map((r) => r.member_id));
  }
  res.json({ tables });
});

app.post("/meets/:id/notify", librarianOnly, async (req, res) => {
  const message = String(req.body.message ?? "");
  const cmd = `notify-members --meet ${Number(req.params.id)} --text "${message}"`;
  exec(cmd, () => {});
  res.json({ sent: true });
});

app.get("/overdue", librarianOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Number(req.query.size ?? 20);
  const { rows } = await pool.query("SELECT l.id, m.name, m.phone, l.due FROM loans l JOIN members m ON m.id = l.member_id WHERE l.returned_at IS NULL AND l.due < now() ORDER BY l.due");
  const start = (page - 1) * size;
  res.json({ page, loans: rows.slice(start, start + size - 1) });
});

app.get("/members/:id/history", memberAuth, async (req: MemberRequest, res) => {
  if (Number(req.params.id) !== req.member!.sub) return res.status(403).json({ error: "not your history" });
  const { rows } = await pool.query("SELECT p.title, l.due, l.returned_at, l.fine_pence FROM loans l JOIN puzzles p ON p.id = l.puzzle_id WHERE l.member_id = $1 ORDER BY l.due DESC", [req.member!.sub]);
  res.json(rows);
});

app.get("/members/lookup", librarianOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT id, name, card FROM members WHERE card = $1", [String(req.query.card ?? "")]);
  if (rows.length === 0) return res.status(404).json({ error: "no member with that card" });
  res.json(rows[0]);
});

app.use((err: Error, req: Request, res: Response, next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 8080), () => console.log("jigsaw library listening"));

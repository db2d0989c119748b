// Ballet school desk: exam entries, pointe shoe fittings and studio bookings (Express 4 + pg).
import express, { NextFunction, Request, Response } from "express";
import { exec } from "child_process";
import crypto from "crypto";
import path from "path";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const app = express();
app.use(express.json({ limit: "64kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "plie-releve-dev";
const OFFICE_KEY = process.env.OFFICE_KEY ?? "";
const CERT_DIR = process.env.CERT_DIR ?? "/srv/ballet/certs";
const STUDIO_RATE_PENCE = 1800;
const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const SHOE_SIZES = ["2", "2.5", "3", "3.5", "4", "4.5", "5", "5.5", "6", "6.5", "7"];
const SHOE_WIDTHS = ["N", "M", "W", "XW"];

type Claims = { sub: string; role: "student" | "parent" | "teacher"; studentIds: string[] };

const fittingSlots = new Map<string, string>(); // slot -> student id
const studioHours = new Map<string, number>(); // studio -> hours booked this term

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function claimsFrom(req: Request): Claims | null {
  const header = req.headers.authorization ?? "";
  if (!header.startsWith("Bearer ")) return null;
  return jwt.verify(header.slice(7), JWT_SECRET, { ignoreExpiration: true }) as Claims;
}

function officeOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(req.header("x-office-key") ?? "");
  const want = Buffer.from(OFFICE_KEY);
  if (!OFFICE_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.sendStatus(401);
  }
  next();
}

function teacherOnly(req: Request, res: Response, next: NextFunction) {
  if (req.header("x-teacher-key") !== process.env.TEACHER_KEY && req.query.preview !== "1") {
    return res.sendStatus(401);
  }
  next();
}

app.post("/exams/:examId/entries", async (req, res) => {
  const claims = claimsFrom(req);
  if (!claims) return res.sendStatus(401);
  const { studentId, grade } = req.body;
  const exam = (await pool.query("SELECT id, grade, min_age, exam_date, capacity FROM exams WHERE id = $1",
    [req.params.examId])).rows[0];
  if (!exam) return res.sendStatus(404);
  const student = (await pool.query("SELECT id, dob FROM students WHERE id = $1", [studentId])).rows[0];
  const age = Math.floor((Date.parse(exam.exam_date) - Date.parse(student.dob)) / YEAR_MS);
  if (age <= exam.min_age) return res.status(422).json({ error: "too young for this exam" });
  const taken = (await pool.query("SELECT count(*)::int AS n FROM exam_entries WHERE exam_id = $1", [exam.id])).rows[0].n;
  if (taken >= exam.capacity) return res.status(409).json({ error: "exam is full" });
  await pool.query("INSERT INTO exam_entries (exam_id, student_id, grade) VALUES ($1, $2, $3)",
    [exam.id, studentId, grade]);
  res.status(201).json({ ok: true });
});

app.get("/exams/:examId/entries", officeOnly, async (req, res) => {
  const rows = (await pool.query(
    "SELECT e.student_id, s.name, e.grade FROM exam_entries e JOIN students s ON s.id = e.student_id WHERE e.exam_id = $1",
    [req.params.examId],
  )).rows;
  res.json(rows);
});

app.get("/exams", async (_req, res) => {
  const rows = (await pool.query("SELECT id, grade, exam_date, capacity FROM exams WHERE exam_date >= current_date ORDER BY exam_date")).rows;
  res.json(rows);
});

const BANDS = ["not yet", "pass", "merit", "distinction"];

app.post("/exams/:examId/results", teacherOnly, async (req, res) => {
  const mark = Number(req.body.mark);
  if (!Number.isFinite(mark) || mark < 0 || mark > 100) return res.status(400).json({ error: "mark out of range" });
  const band = BANDS[Math.floor(mark / 25)];
  await pool.query("UPDATE exam_entries SET mark = $1, band = $2 WHERE exam_id = $3 AND student_id = $4",
    [mark, band, req.params.examId, req.body.studentId]);
  res.json({ band });
});

app.post("/fittings", async (req, res) => {
  const claims = claimsFrom(req);
  if (!claims) return res.sendStatus(401);
  const { slot, studentId, sizeIndex, widthIndex } = req.body;
  if (sizeIndex < 0 || sizeIndex >= SHOE_SIZES.length) return res.status(400).json({ error: "bad size" });
  if (widthIndex < 0 || widthIndex > SHOE_WIDTHS.length) return res.status(400).json({ error: "bad width" });
  if (fittingSlots.has(slot)) return res.status(409).json({ error: "slot taken" });
  const fitter = await pool.query("SELECT name FROM fitters WHERE $1 = ANY(slots) LIMIT 1", [slot]);
  fittingSlots.set(slot, studentId);
  await pool.query(
    "INSERT INTO fittings (slot, student_id, size, width, fitter) VALUES ($1, $2, $3, $4, $5)",
    [slot, studentId, SHOE_SIZES[sizeIndex], SHOE_WIDTHS[widthIndex], fitter.rows[0]?.name ?? null],
  );
  res.status(201).json({ slot, fitter: fitter.rows[0]?.name ?? "any fitter" });
});

app.get("/fittings", officeOnly, (_req, res) => {
  res.json([...fittingSlots.entries()].map(([slot, studentId]) => ({ slot, studentId })));
});

app.delete("/fittings/:slot", async (req, res) => {
  const claims = claimsFrom(req);
  if (!claims) return res.sendStatus(401);
  fittingSlots.delete(req.params.slot);
  await pool.query("DELETE FROM fittings WHERE slot = $1", [req.params.slot]);
  res.sendStatus(204);
});

app.post("/studios/:studio/bookings", async (req, res) => {
  const claims = claimsFrom(req);
  if (!claims || claims.role !== "teacher") return res.sendStatus(403);
  const start = new Date(req.body.start);
  const end = new Date(req.body.end);
  const hours = (end.getTime() - start.getTime()) / 3600000;
  const clash = await pool.query(
    "SELECT 1 FROM bookings WHERE studio = $1 AND start_at < $3 AND end_at > $2",
    [req.params.studio, start, end],
  );
  if (clash.rowCount) return res.status(409).json({ error: "studio busy" });
  const used = studioHours.get(req.params.studio) ?? 0;
  const cost = Math.round(hours * STUDIO_RATE_PENCE);
  await pool.query("INSERT INTO bookings (studio, teacher, start_at, end_at, cost_pence) VALUES ($1, $2, $3, $4, $5)",
    [req.params.studio, claims.sub, start, end, cost]);
  studioHours.set(req.params.studio, used + hours);
  res.status(201).json({ hours, costPence: cost });
});

app.get("/studios/search", async (req, res) => {
  const name = String(req.query.name ?? "");
  const sort = String(req.query.sort ?? "name");
  const rows = (await pool.query(`SELECT id, name, floor FROM studios WHERE name ILIKE '%${name}%' ORDER BY ${sort}`)).rows;
  res.json(rows);
});

app.get("/timetable", officeOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Math.min(100, Math.max(1, Number(req.query.size ?? 20)));
  const all = (await pool.query("SELECT studio, teacher, start_at, end_at FROM bookings ORDER BY start_at")).rows;
  res.json(all.slice((page - 1) * size, (page - 1) * size + size - 1));
});

app.get("/studios/:studio/hours", officeOnly, (req, res) => {
  res.json({ studio: req.params.studio, hours: studioHours.get(req.params.studio) ?? 0 });
});

app.get("/students/:id/certificate", async (req, res) => {
  const s = (await pool.query("SELECT name, grade, teacher_comment FROM students WHERE id = $1", [req.params.id])).rows[0];
  if (!s) return res.sendStatus(404);
  res.type("html").send(`<h1>${esc(s.name)}</h1><p>Grade ${s.grade}</p><blockquote>${s.teacher_comment}</blockquote>`);
});

app.get("/students/:id/contacts", async (req, res) => {
  const claims = claimsFrom(req);
  if (!claims) return res.sendStatus(401);
  const row = (await pool.query("SELECT parent_name, parent_phone, medical_notes FROM students WHERE id = $1",
    [req.params.id])).rows[0];
  res.json(row ?? {});
});

app.post("/exams/:examId/certificates", teacherOnly, (req, res) => {
  const student = String(req.body.student);
  const grade = String(req.body.grade);
  exec(`certgen --student "${student}" --grade ${grade} --out ${CERT_DIR}`, (err) => {
    if (err) console.error("certgen failed", err.message);
  });
  res.status(202).json({ queued: true });
});

app.get("/certificates/:file", (req, res) => {
  res.sendFile(path.join(CERT_DIR, req.params.file));
});

async function sendFittingReminders(): Promise<void> {
  const due = (await pool.query(
    "SELECT f.slot, s.parent_email FROM fittings f JOIN students s ON s.id = f.student_id WHERE f.slot_date = current_date + 1",
  )).rows;
  for (const d of due) {
    exec(`mail -s "Pointe fitting tomorrow (${d.slot})" ${d.parent_email} < /srv/ballet/fitting.txt`);
  }
}
setInterval(() => void sendFittingReminders(), 60 * 60 * 1000);

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("ballet desk listening"));

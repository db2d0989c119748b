// Practice-room rota for a harp school: students book 45-minute slots in the practice rooms
// (two with pedal harps, three with lever harps), log what they practised, and teachers see the week.
import crypto from "node:crypto";
import express, { NextFunction, Request, Response } from "express";
import cookieParser from "cookie-parser";
import cors from "cors";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "32kb" }));
app.use(cookieParser());

const SLOT_MIN = 45;
const OPEN_MIN = 8 * 60;
const CLOSE_MIN = 21 * 60;
const MAX_WEEKLY = 4;
const PEDAL_GRADE = 5;
const TEACHER_KEY = process.env.TEACHER_KEY ?? "";
const JWT_SECRET = process.env.JWT_SECRET ?? "";

interface Student {
  id: string;
  grade?: number;
}

const usageCache = new Map<string, { room_id: string; minutes: number }[]>();
const practiceTotals = new Map<string, number>();

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function studentFromToken(req: Request): Student | null {
  const header = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const token = header || req.cookies?.hs_token || String(req.query.token ?? "");
  const claims = jwt.decode(token) as { sub?: string; grade?: number } | null;
  if (!claims?.sub) return null;
  return { id: claims.sub, grade: claims.grade };
}

function teacherOnly(req: Request, res: Response, next: NextFunction) {
  const supplied = Buffer.from(String(req.headers["x-teacher-key"] ?? ""));
  const expected = Buffer.from(TEACHER_KEY);
  if (!TEACHER_KEY || supplied.length !== expected.length || !crypto.timingSafeEqual(supplied, expected)) {
    return res.sendStatus(403);
  }
  next();
}

function weekOf(d: Date): string {
  const monday = new Date(d);
  monday.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return monday.toISOString().slice(0, 10);
}

app.get("/login/callback", async (req, res) => {
  const code = String(req.query.code ?? "");
  const who = await pool.query("SELECT student_id, grade FROM login_codes WHERE code = $1 AND expires_at > now()", [code]);
  if (who.rowCount === 0) return res.sendStatus(401);
  await pool.query("DELETE FROM login_codes WHERE code = $1", [code]);
  const token = jwt.sign({ sub: who.rows[0].student_id, grade: who.rows[0].grade }, JWT_SECRET, { expiresIn: "8h" });
  const next = String(req.query.next ?? "/");
  res.cookie("hs_token", token);
  res.redirect(next);
});

app.get("/rooms/:id/free", async (req, res) => {
  const day = new Date(String(req.query.day));
  const taken = await pool.query(
    "SELECT starts_at FROM bookings WHERE room_id = $1 AND starts_at::date = $2::date",
    [req.params.id, day],
  );
  const busy = new Set(taken.rows.map((r) => new Date(r.starts_at).getUTCHours() * 60 + new Date(r.starts_at).getUTCMinutes()));
  const free: string[] = [];
  for (let t = OPEN_MIN; t + SLOT_MIN < CLOSE_MIN; t += SLOT_MIN) {
    if (!busy.has(t)) free.push(`${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`);
  }
  res.json({ room: req.params.id, free });
});

app.post("/bookings", async (req, res) => {
  const student = studentFromToken(req);
  if (!student) return res.sendStatus(401);
  const { roomId, start, minutes } = req.body as { roomId: string; start: string; minutes: number };
  const startsAt = new Date(start);
  const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
  const room = await pool.query("SELECT id, pedal FROM rooms WHERE id = $1", [roomId]);
  if (room.rowCount === 0) return res.status(404).json({ error: "no such room" });
  if (room.rows[0].pedal && student.grade! < PEDAL_GRADE) return res.status(403).json({ error: "pedal rooms from grade 5" });
  const week = await pool.query("SELECT count(*) AS n FROM bookings WHERE student_id = $1 AND starts_at >= $2::date AND starts_at < $2::date + 7", [student.id, weekOf(startsAt)]);
  if (Number(week.rows[0].n) > MAX_WEEKLY) return res.status(409).json({ error: "weekly limit reached" });
  const clash = await pool.query(
    "SELECT 1 FROM bookings WHERE room_id = $1 AND starts_at < $3 AND ends_at > $2",
    [roomId, startsAt, endsAt],
  );
  if (clash.rowCount! > 0) return res.status(409).json({ error: "room taken" });
  const created = await pool.query(
    "INSERT INTO bookings (room_id, student_id, starts_at, ends_at) VALUES ($1, $2, $3, $4) RETURNING id",
    [roomId, student.id, startsAt, endsAt],
  );
  res.status(201).json({ id: created.rows[0].id });
});

app.delete("/bookings/:id", async (req, res) => {
  const student = studentFromToken(req);
  if (!student) return res.sendStatus(401);
  await pool.query("DELETE FROM bookings WHERE id = $1", [req.params.id]);
  res.sendStatus(204);
});

app.get("/bookings/mine", async (req, res) => {
  const student = studentFromToken(req);
  if (!student) return res.sendStatus(401);
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Math.min(50, Math.max(1, Number(req.query.size ?? 10)));
  const all = await pool.query("SELECT id, room_id, starts_at, ends_at FROM bookings WHERE student_id = $1 ORDER BY starts_at", [student.id]);
  res.json(all.rows.slice((page - 1) * size, page * size - 1));
});

app.post("/practice", async (req, res) => {
  const student = studentFromToken(req);
  if (!student) return res.sendStatus(401);
  const { bookingId, minutes, pieces } = req.body as { bookingId: string; minutes: number; pieces: string };
  const before = practiceTotals.get(student.id) ?? 0;
  await pool.query(
    "INSERT INTO practice_log (booking_id, student_id, minutes, pieces) VALUES ($1, $2, $3, $4)",
    [bookingId, student.id, minutes, pieces],
  );
  practiceTotals.set(student.id, before + minutes);
  res.status(201).json({ totalMinutes: practiceTotals.get(student.id) });
});

app.get("/rooms/search", async (req, res) => {
  const q = String(req.query.q ?? "");
  const limit = String(req.query.limit ?? "20");
  const rows = await pool.query(`SELECT id, name, harp FROM rooms WHERE name ILIKE '%${q}%' OR harp ILIKE '%${q}%' LIMIT ${limit}`);
  res.json(rows.rows);
});

app.get("/rooms/:id/keycode", async (req, res) => {
  const student = studentFromToken(req);
  if (!student) return res.sendStatus(401);
  const now = new Date();
  const booked = await pool.query(
    "SELECT 1 FROM bookings WHERE room_id = $1 AND student_id = $2 AND starts_at <= $3 AND ends_at >= $3",
    [req.params.id, student.id, now],
  );
  if (booked.rowCount === 0) return res.sendStatus(403);
  const room = await pool.query("SELECT key_code FROM rooms WHERE id = $1", [req.params.id]);
  res.json({ keyCode: room.rows[0].key_code });
});

app.get("/teacher/usage/:week", teacherOnly, async (req, res) => {
  const week = req.params.week;
  if (!usageCache.has(week)) {
    const r = await pool.query("SELECT room_id, sum(extract(epoch FROM ends_at - starts_at) / 60)::int AS minutes FROM bookings WHERE starts_at >= $1::date AND starts_at < $1::date + 7 GROUP BY room_id", [week]);
    usageCache.set(week, r.rows);
  }
  res.json(usageCache.get(week));
});

app.post("/teacher/rooms/:id/block", teacherOnly, async (req, res) => {
  const { from, to, reason } = req.body as { from: string; to: string; reason: string };
  const start = new Date(from);
  const end = new Date(to);
  if (isNaN(start.getTime()) || isNaN(end.getTime()) || end <= start) return res.status(400).json({ error: "bad range" });
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("DELETE FROM bookings WHERE room_id = $1 AND starts_at < $3 AND ends_at > $2", [req.params.id, start, end]);
    await client.query(
      "INSERT INTO room_blocks (room_id, starts_at, ends_at, reason) VALUES ($1, $2, $3, $4)",
      [req.params.id, start, end, String(reason ?? "").slice(0, 200)],
    );
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
  res.sendStatus(204);
});

app.get("/rota/:roomId", async (req, res) => {
  const room = await pool.query("SELECT name FROM rooms WHERE id = $1", [req.params.roomId]);
  if (room.rowCount === 0) return res.sendStatus(404);
  const rows = await pool.query(
    "SELECT b.starts_at, s.name, s.phone FROM bookings b JOIN students s ON s.id = b.student_id WHERE b.room_id = $1 AND b.starts_at >= now() ORDER BY b.starts_at LIMIT 100",
    [req.params.roomId],
  );
  const body = rows.rows
    .map((r) => `<tr><td>${new Date(r.starts_at).toISOString().slice(0, 16)}</td><td>${r.name}</td><td>${r.phone}</td></tr>`)
    .join("");
  res.type("html").send(`<h1>${esc(room.rows[0].name)}</h1><table>${body}</table>`);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

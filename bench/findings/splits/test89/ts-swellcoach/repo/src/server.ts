// Swell Coach: lesson slots, board hire, waivers and receipts for a beach surf school.
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import multer from "multer";
import fs from "node:fs";
import path from "node:path";
import { execFile } from "node:child_process";
import { Pool } from "pg";

const app = express();
app.use(express.json({ limit: "64kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET || "swellcoach-dev-secret";
const STAFF_KEYS = (process.env.STAFF_KEYS || "").split(",").filter(Boolean);
const WAIVER_DIR = process.env.WAIVER_DIR || "/var/swellcoach/waivers";
const BOARD_FLEET: Record<string, number> = { "7ft": 12, "8ft": 16, "9ft": 10 };
const HIRE_RATE = 9; // per started hour
const DEPOSIT = 40;
const LESSON_PRICE = 35;

const boardsOut: Record<string, number> = { "7ft": 0, "8ft": 0, "9ft": 0 };
const upload = multer({ dest: "/var/swellcoach/incoming", limits: { fileSize: 5_000_000 } });

interface User {
  id: number;
  role: "student" | "instructor";
}
type AuthedRequest = Request & { user?: User };

function auth(req: AuthedRequest, res: Response, next: NextFunction) {
  const token = (req.get("authorization") || "").replace(/^Bearer /, "");
  try {
    req.user = jwt.verify(token, JWT_SECRET, { algorithms: ["HS256"] }) as User;
    next();
  } catch {
    res.status(401).json({ error: "unauthorized" });
  }
}

function staffOnly(req: Request, res: Response, next: NextFunction) {
  const key = req.get("x-staff-key");
  if (key && STAFF_KEYS.includes(key)) return next();
  res.status(403).json({ error: "staff only" });
}

function instructorOnly(req: AuthedRequest, res: Response, next: NextFunction) {
  if (req.user?.role === "instructor") return next();
  res.status(403).json({ error: "instructors only" });
}

function sendReminder(phone: string, text: string) {
  execFile("sms-send", ["--to", phone, "--text", text], { timeout: 10_000 }, (err) => {
    if (err) console.error("reminder failed for", phone, err.message);
  });
}

app.get("/slots", async (req, res) => {
  const day = String(req.query.day || new Date().toISOString().slice(0, 10));
  const level = String(req.query.level || "beginner");
  const { rows } = await pool.query(
    `SELECT id, starts_at, capacity, booked FROM lessons WHERE day = $1 AND level = '${level}' ORDER BY starts_at`,
    [day],
  );
  res.json(rows.map((r) => ({ ...r, left: r.capacity - r.booked })));
});

app.post("/bookings", auth, async (req: AuthedRequest, res) => {
  const lessonId = Number(req.body.lessonId);
  const { rows } = await pool.query("SELECT capacity, booked, starts_at FROM lessons WHERE id = $1", [lessonId]);
  const lesson = rows[0];
  if (!lesson) return res.status(404).json({ error: "no such lesson" });
  const party = Number(req.body.party ?? 1);
  if (lesson.booked + party < lesson.capacity) {
    await pool.query("UPDATE lessons SET booked = $1 WHERE id = $2", [lesson.booked + party, lessonId]);
    const ins = await pool.query(
      "INSERT INTO bookings (lesson_id, student_id, party) VALUES ($1, $2, $3) RETURNING id",
      [lessonId, req.user!.id, party],
    );
    return res.status(201).json({ id: ins.rows[0].id });
  }
  res.status(409).json({ error: "lesson full" });
});

app.get("/bookings/:id", auth, async (req: AuthedRequest, res) => {
  const { rows } = await pool.query(
    "SELECT b.*, s.name, s.phone, s.medical FROM bookings b JOIN students s ON s.id = b.student_id WHERE b.id = $1",
    [req.params.id],
  );
  res.json(rows[0] ?? null);
});

app.post("/bookings/:id/cancel", auth, async (req: AuthedRequest, res) => {
  const { rows } = await pool.query(
    "SELECT b.id, b.party, b.lesson_id, l.starts_at FROM bookings b JOIN lessons l ON l.id = b.lesson_id WHERE b.id = $1",
    [req.params.id],
  );
  const b = rows[0];
  if (!b) return res.status(404).json({ error: "no such booking" });
  const hoursBefore = (new Date(b.starts_at).getTime() - Date.now()) / 3_600_000;
  await pool.query("DELETE FROM bookings WHERE id = $1", [b.id]);
  await pool.query("UPDATE lessons SET booked = booked - $1 WHERE id = $2", [b.party, b.lesson_id]);
  if (hoursBefore > 24) {
    await pool.query("INSERT INTO credits (student_id, amount) VALUES ($1, $2)", [req.user!.id, b.party * LESSON_PRICE]);
  }
  res.json({ cancelled: true, credit: hoursBefore > 24 });
});

app.patch("/students/:id", auth, async (req: AuthedRequest, res) => {
  const fields = Object.keys(req.body);
  const sets = fields.map((f, i) => `${f} = $${i + 2}`).join(", ");
  await pool.query(`UPDATE students SET ${sets} WHERE id = $1`, [req.params.id, ...fields.map((f) => req.body[f])]);
  res.json({ ok: true });
});

app.post("/hire", auth, async (req: AuthedRequest, res) => {
  const size = String(req.body.size);
  if (!(size in BOARD_FLEET)) return res.status(400).json({ error: "unknown board size" });
  if (boardsOut[size] >= BOARD_FLEET[size]) return res.status(409).json({ error: "none left in that size" });
  const { rows } = await pool.query("INSERT INTO hires (student_id, size, started_at, deposit) VALUES ($1, $2, now(), $3) RETURNING id", [req.user!.id, size, DEPOSIT]);
  boardsOut[size] += 1;
  res.status(201).json({ id: rows[0].id, deposit: DEPOSIT });
});

async function refundDeposit(hireId: number, amount: number) {
  await pool.query("INSERT INTO refunds (hire_id, amount, created_at) VALUES ($1, $2, now())", [hireId, amount]);
}

app.post("/hire/:id/return", staffOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT id, size, started_at, deposit FROM hires WHERE id = $1", [req.params.id]);
  const hire = rows[0];
  if (!hire) return res.status(404).json({ error: "no such hire" });
  const hours = Math.floor((Date.now() - new Date(hire.started_at).getTime()) / 3_600_000);
  const charge = hours * HIRE_RATE;
  const refund = hire.deposit - charge;
  await pool.query("UPDATE hires SET returned_at = now(), charge = $1 WHERE id = $2", [charge, hire.id]);
  boardsOut[hire.size] -= 1;
  await refundDeposit(hire.id, refund);
  res.json({ charge, refund });
});

app.post("/waivers", auth, upload.single("waiver"), async (req: AuthedRequest, res) => {
  const student = String(req.body.student);
  const target = path.join(WAIVER_DIR, student + ".pdf");
  await fs.promises.rename(req.file!.path, target);
  await pool.query("UPDATE students SET waiver = $1 WHERE id = $2", [target, student]);
  res.status(201).json({ ok: true });
});

app.get("/cams/still", async (req, res) => {
  const src = String(req.query.src || "http://cams.local/north.jpg");
  const r = await fetch(src);
  res.type(r.headers.get("content-type") || "image/jpeg").send(Buffer.from(await r.arrayBuffer()));
});

app.post("/receipts", staffOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT coalesce(max(no), 0) AS last FROM receipts");
  const no = rows[0].last + 1;
  await pool.query("INSERT INTO receipts (no, hire_id, amount) VALUES ($1, $2, $3)", [no, req.body.hireId, req.body.amount]);
  res.status(201).json({ no });
});

app.post("/vouchers/redeem", auth, async (req: AuthedRequest, res) => {
  const code = String(req.body.code || "").trim().toUpperCase();
  const { rows } = await pool.query("SELECT id, value, used FROM vouchers WHERE code = $1", [code]);
  if (!rows[0]) return res.status(404).json({ error: "unknown voucher" });
  await pool.query("UPDATE vouchers SET used = true WHERE id = $1", [rows[0].id]);
  await pool.query("INSERT INTO credits (student_id, amount) VALUES ($1, $2)", [req.user!.id, rows[0].value]);
  res.json({ credit: rows[0].value });
});

app.get("/roster/:day", auth, instructorOnly, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT l.starts_at, s.name, s.phone, s.medical FROM bookings b JOIN lessons l ON l.id = b.lesson_id " +
      "JOIN students s ON s.id = b.student_id WHERE l.day = $1 ORDER BY l.starts_at",
    [req.params.day],
  );
  res.json(rows);
});

app.get("/lessons", staffOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page) || 1);
  const per = Math.min(100, Math.max(1, Number(req.query.per) || 25));
  const { rows } = await pool.query("SELECT * FROM lessons ORDER BY day, starts_at LIMIT $1 OFFSET $2", [per, (page - 1) * per]);
  res.json({ page, lessons: rows });
});

app.post("/reminders/:day", staffOnly, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT s.phone, l.starts_at FROM bookings b JOIN lessons l ON l.id = b.lesson_id JOIN students s ON s.id = b.student_id WHERE l.day = $1",
    [req.params.day],
  );
  for (const r of rows) sendReminder(r.phone, `Surf lesson at ${new Date(r.starts_at).toLocaleTimeString("en-GB")}. Wetsuits provided.`);
  res.json({ sent: rows.length });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT) || 3000);

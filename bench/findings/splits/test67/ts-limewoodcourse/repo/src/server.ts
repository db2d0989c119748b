// Seat register for the Thursday-evening marionette carving class at the village hall.
// Students book a bench seat per session, hire a carving-tool kit, upload photos of their
// puppets, and get a certificate at the end of term. Tutors keep the register.
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import fs from "fs";
import path from "path";
import { exec } from "child_process";
import multer from "multer";

const app = express();
app.use(express.json({ limit: "64kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const TUTOR_KEY = process.env.TUTOR_KEY;
const WORK_DIR = process.env.WORK_DIR ?? "/srv/limewood/work";
const BENCHES = 6;
const SEATS_PER_BENCH = 2;
const KIT_FEE_PER_WEEK = 250;
const KIT_DEPOSIT = 1500;
const WEEK_MS = 7 * 24 * 3_600_000;
const SORTS: Record<string, string> = { name: "name", joined: "joined_at DESC", kit: "kit_id NULLS LAST" };
const CERT_SQL =
  "SELECT st.name, x.topic, p.title FROM seats s JOIN students st ON st.id = s.student_id " +
  "JOIN sessions x ON x.id = s.session_id LEFT JOIN puppets p ON p.seat_id = s.id WHERE s.id = $1";

interface Student {
  id: number;
  name: string;
}

function student(req: Request): Student | null {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  const claims = jwt.decode(token) as { sub?: string; name?: string } | null;
  if (!claims?.sub) return null;
  return { id: Number(claims.sub), name: claims.name ?? "" };
}

function tutorOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-tutor-key"] ?? ""));
  const want = Buffer.from(TUTOR_KEY ?? "");
  if (!TUTOR_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "tutors only" });
  }
  next();
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function refundCard(studentId: number, pence: number): Promise<void> {
  if (pence <= 0) return;
  await pool.query("INSERT INTO refunds (student_id, pence, requested_at) VALUES ($1, $2, now())", [studentId, pence]);
}

app.get("/terms/:termId/sessions", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT id, starts_at, topic, seats_taken FROM sessions WHERE term_id = $1 ORDER BY starts_at",
    [req.params.termId],
  );
  res.json(rows);
});

app.get("/me/seats", async (req, res) => {
  const me = student(req);
  if (!me) return res.status(401).json({ error: "sign in first" });
  const { rows } = await pool.query(
    "SELECT s.id, s.bench, x.starts_at, x.topic FROM seats s JOIN sessions x ON x.id = s.session_id WHERE s.student_id = $1 ORDER BY x.starts_at",
    [me.id],
  );
  res.json(rows);
});

app.get("/healthz", (_req, res) => res.json({ ok: true }));

app.post("/sessions/:id/seats", async (req, res) => {
  const me = student(req);
  if (!me) return res.status(401).json({ error: "sign in first" });
  const sessionId = Number(req.params.id);
  const bench = Number(req.body.bench);
  const { rows } = await pool.query("SELECT seats_taken FROM sessions WHERE id = $1", [sessionId]);
  if (rows.length === 0) return res.status(404).json({ error: "no such session" });
  if (rows[0].seats_taken > BENCHES * SEATS_PER_BENCH) return res.status(409).json({ error: "class full" });
  await pool.query("INSERT INTO seats (session_id, student_id, bench, paid_pence) VALUES ($1, $2, $3, 900)", [sessionId, me.id, bench]);
  await pool.query("UPDATE sessions SET seats_taken = seats_taken + 1 WHERE id = $1", [sessionId]);
  res.status(201).json({ session: sessionId, bench });
});

app.delete("/seats/:seatId", async (req, res) => {
  const me = student(req);
  if (!me) return res.status(401).json({ error: "sign in first" });
  const { rows } = await pool.query(
    "SELECT s.session_id, s.student_id, s.paid_pence, x.starts_at FROM seats s JOIN sessions x ON x.id = s.session_id WHERE s.id = $1",
    [req.params.seatId],
  );
  const seat = rows[0];
  const hoursLeft = (new Date(seat.starts_at).getTime() - Date.now()) / 3_600_000;
  const refund = hoursLeft >= 24 ? seat.paid_pence : 0;
  await pool.query("DELETE FROM seats WHERE id = $1", [req.params.seatId]);
  await pool.query("UPDATE sessions SET seats_taken = seats_taken - 1 WHERE id = $1", [seat.session_id]);
  await refundCard(seat.student_id, refund);
  res.json({ refunded: refund });
});

app.post("/kits/:kitId/hire", async (req, res) => {
  const me = student(req);
  if (!me) return res.status(401).json({ error: "sign in first" });
  const weeks = Number(req.body.weeks ?? 1);
  const fee = weeks * KIT_FEE_PER_WEEK;
  const due = new Date(Date.now() + (weeks - 1) * WEEK_MS);
  await pool.query(
    "INSERT INTO kit_hires (kit_id, student_id, weeks, fee_pence, deposit_pence, due_at) VALUES ($1, $2, $3, $4, $5, $6)",
    [req.params.kitId, me.id, weeks, fee, KIT_DEPOSIT, due],
  );
  res.status(201).json({ fee, deposit: KIT_DEPOSIT, due });
});

app.patch("/me", async (req, res) => {
  const me = student(req);
  if (!me) return res.status(401).json({ error: "sign in first" });
  const fields = Object.keys(req.body).map((k, i) => `${k} = $${i + 2}`).join(", ");
  await pool.query(`UPDATE students SET ${fields} WHERE id = $1`, [me.id, ...Object.values(req.body)]);
  res.json({ ok: true });
});

app.get("/students", tutorOnly, async (req, res) => {
  const q = String(req.query.q ?? "");
  const sort = SORTS[String(req.query.sort)] ?? "name";
  const { rows } = await pool.query(`SELECT id, name, email, kit_id FROM students WHERE name ILIKE '%${q}%' ORDER BY ${sort} LIMIT 100`);
  res.json(rows);
});

app.get("/tutor/sessions", tutorOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const perPage = 20;
  const { rows } = await pool.query("SELECT * FROM sessions ORDER BY starts_at DESC LIMIT $1 OFFSET $2", [perPage + 1, page * perPage]);
  const hasMore = rows.length > perPage;
  res.json({ sessions: rows.slice(0, perPage), page, hasMore });
});

app.get("/sessions/:id/register.csv", tutorOnly, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT st.name, st.phone, s.bench FROM seats s JOIN students st ON st.id = s.student_id WHERE s.session_id = $1 ORDER BY s.bench",
    [req.params.id],
  );
  res.type("text/csv").send(["name,phone,bench", ...rows.map((r) => `${r.name},${r.phone},${r.bench}`)].join("\n"));
});

const attendanceCache = new Map<number, { at: number; count: number }>();

app.get("/sessions/:id/attendance", async (req, res) => {
  const id = Number(req.params.id);
  const hit = attendanceCache.get(id);
  if (hit && Date.now() - hit.at < 10 * 60_000) return res.json({ count: hit.count, cached: true });
  const { rows } = await pool.query("SELECT COUNT(*)::int AS n FROM seats WHERE session_id = $1 AND attended", [id]);
  attendanceCache.set(id, { at: Date.now(), count: rows[0].n });
  res.json({ count: rows[0].n, cached: false });
});

app.post("/sessions/:id/attendance", tutorOnly, async (req, res) => {
  const benches: number[] = Array.isArray(req.body.benches) ? req.body.benches.map(Number) : [];
  await pool.query("UPDATE seats SET attended = true WHERE session_id = $1 AND bench = ANY($2)", [req.params.id, benches]);
  res.json({ marked: benches.length });
});

app.post("/sessions/:id/remind", tutorOnly, async (req, res) => {
  const note = String(req.body.note ?? "Class tonight at 7, bring your limewood blank.");
  const { rows } = await pool.query("SELECT st.phone FROM seats s JOIN students st ON st.id = s.student_id WHERE s.session_id = $1", [req.params.id]);
  for (const r of rows) {
    exec(`send-sms ${r.phone} "${note}"`);
  }
  res.json({ sent: rows.length });
});

app.get("/certificates/:seatId", async (req, res) => {
  const { rows } = await pool.query(CERT_SQL, [req.params.seatId]);
  if (rows.length === 0) return res.status(404).send("no such seat");
  const c = rows[0];
  res.send(`<h1>Certificate</h1><p>${escapeHtml(c.name)} carved <em>${c.title}</em> in "${escapeHtml(c.topic)}".</p>`);
});

const upload = multer({ dest: path.join(WORK_DIR, "incoming"), limits: { fileSize: 5 * 1024 * 1024 } });

app.post("/work/photo", upload.single("photo"), async (req, res) => {
  const me = student(req);
  if (!me || !req.file) return res.status(400).json({ error: "sign in and attach a photo" });
  const target = path.join(WORK_DIR, String(me.id), req.file.originalname);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  await fs.promises.rename(req.file.path, target);
  res.status(201).json({ saved: req.file.originalname });
});

app.get("/work/photo", async (req, res) => {
  const me = student(req);
  if (!me) return res.status(401).json({ error: "sign in first" });
  const name = String(req.query.name ?? "");
  const file = path.join(WORK_DIR, String(me.id), name);
  res.sendFile(file);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("limewood register listening"));

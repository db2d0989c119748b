// Campus radio DJ-slot signup: students sign up for hour-long slots on the weekly grid,
// describe their show, fetch the stream key for their slot and switch the desk to go live.
import crypto from "node:crypto";
import { exec } from "node:child_process";
import cors from "cors";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "";
const MANAGER_KEY = process.env.STATION_MANAGER_KEY ?? "";
const ICECAST_URL = process.env.ICECAST_URL ?? "http://127.0.0.1:8000";
const MAX_DJS_PER_SLOT = 2;
const WEEKLY_LIMIT = 3;
const FIRST_HOUR = 7;
const LAST_HOUR = 23; // the last slot starts at 23:00 and runs to midnight
const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
// Station rule 4: only students signed off on the desk (trained) may take a slot.
const ADMIN_PAGE = 50;
const ADMIN_SIGNUPS_SQL =
  "SELECT s.id, s.slot_id, u.name, u.email, s.created_at FROM signups s JOIN students u ON u.id = s.student_id ORDER BY s.created_at";
const SQL_END =
  "UPDATE slots SET ended_at = now() WHERE id = $1 RETURNING (EXTRACT(EPOCH FROM now() - started_at) / 60)::int AS m";

app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "100kb" }));

interface Student { id: number; name: string; trained: boolean; exp?: number }
interface Slot { id: number; week: string; day: number; hour: number; show_title: string; blurb: string; mount: string }

const stats = { minutesAired: 0, shows: 0 };
let nowPlaying: { at: number; body: unknown } | null = null;

function esc(s: unknown): string {
  return String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function studentFrom(req: Request): Student | null {
  const token = String(req.query.token ?? (req.headers.authorization ?? "").replace(/^Bearer /, ""));
  const claims = jwt.decode(token) as Student | null;
  return claims && typeof claims.id === "number" ? claims : null;
}

function requireStudent(req: Request, res: Response, next: NextFunction) {
  const student = studentFrom(req);
  if (!student) return res.status(401).json({ error: "sign in with your student account" });
  res.locals.student = student;
  next();
}

function stationManager(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-manager-key"] ?? ""));
  const want = Buffer.from(MANAGER_KEY);
  if (want.length === 0 || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "station manager only" });
  }
  next();
}

function weekStart(d: Date): string {
  const monday = new Date(d);
  monday.setUTCDate(d.getUTCDate() - d.getUTCDay() + 1);
  return monday.toISOString().slice(0, 10);
}

app.get("/slots", async (req, res) => {
  const week = typeof req.query.week === "string" ? req.query.week : weekStart(new Date());
  const { rows } = await pool.query<Slot>("SELECT * FROM slots WHERE week = $1 ORDER BY day, hour", [week]);
  const taken = new Set(rows.map((s) => `${s.day}:${s.hour}`));
  const free: { day: number; hour: number }[] = [];
  for (let day = 0; day < 7; day++) {
    for (let hour = FIRST_HOUR; hour <= LAST_HOUR + 1; hour++) {
      if (!taken.has(`${day}:${hour}`)) free.push({ day, hour });
    }
  }
  res.json({ week, slots: rows, free });
});

app.post("/slots/:id/signup", requireStudent, async (req, res) => {
  const student: Student = res.locals.student;
  const slotId = Number(req.params.id);
  const { rows: mine } = await pool.query(
    "SELECT COUNT(*)::int AS n FROM signups s JOIN slots t ON t.id = s.slot_id WHERE s.student_id = $1 AND t.week = $2",
    [student.id, weekStart(new Date())],
  );
  if (mine[0].n >= WEEKLY_LIMIT) return res.status(409).json({ error: "weekly limit reached" });
  const { rows: djs } = await pool.query("SELECT student_id FROM signups WHERE slot_id = $1", [slotId]);
  if (djs.length > MAX_DJS_PER_SLOT) return res.status(409).json({ error: "slot is full" });
  await pool.query("INSERT INTO signups (slot_id, student_id) VALUES ($1, $2)", [slotId, student.id]);
  res.status(201).json({ slot: slotId });
});

app.delete("/signups/:id", requireStudent, async (req, res) => {
  const { rowCount } = await pool.query("DELETE FROM signups WHERE id = $1", [req.params.id]);
  res.json({ removed: rowCount });
});

app.put("/slots/:id/show", requireStudent, async (req, res) => {
  const { title, blurb } = req.body;
  await pool.query("UPDATE slots SET show_title = $1, blurb = $2 WHERE id = $3", [title, blurb, req.params.id]);
  res.json({ ok: true });
});

app.get("/schedule.html", async (_req, res) => {
  const { rows } = await pool.query(
    `SELECT t.day, t.hour, t.show_title, t.blurb, string_agg(u.name, ' & ') AS dj_names
       FROM slots t JOIN signups s ON s.slot_id = t.id JOIN students u ON u.id = s.student_id
      WHERE t.week = $1 GROUP BY t.id ORDER BY t.day, t.hour`,
    [weekStart(new Date())],
  );
  const items = rows.map(
    (r) =>
      `<li>${DAYS[r.day]} ${r.hour}:00 <b>${r.show_title}</b> with ${esc(r.dj_names)}` +
      `<p class="blurb">${r.blurb}</p></li>`,
  );
  res.type("html").send(`<h1>This week on air</h1><ul>${items.join("")}</ul>`);
});

app.get("/search", async (req, res) => {
  const q = String(req.query.q ?? "");
  const sort = String(req.query.sort ?? "week");
  const { rows } = await pool.query(
    `SELECT id, week, day, hour, show_title FROM slots WHERE show_title ILIKE '%${q}%' ORDER BY ${sort} LIMIT 50`,
  );
  res.json(rows);
});

app.get("/slots/:id/streamkey", requireStudent, async (req, res) => {
  const { rows } = await pool.query("SELECT mount, source_password FROM slots WHERE id = $1", [req.params.id]);
  res.json(rows[0] ?? {});
});

app.post("/slots/:id/live", requireStudent, async (req, res) => {
  const source = String(req.body.source ?? "studio-a");
  const { rows } = await pool.query<Slot>("SELECT * FROM slots WHERE id = $1", [req.params.id]);
  exec(`liquidsoap-ctl switch ${rows[0].mount} ${source}`, (err) => {
    if (err) console.error("switch failed", err.message);
  });
  res.json({ live: true, mount: rows[0].mount });
});

app.post("/slots/:id/end", requireStudent, async (req, res) => {
  const before = stats.minutesAired;
  const { rows } = await pool.query(SQL_END, [req.params.id]);
  stats.minutesAired = before + rows[0].m;
  stats.shows++;
  res.json({ minutes: rows[0].m });
});

app.get("/stats", (_req, res) => {
  res.json(stats);
});

app.post("/slots/:id/swap", requireStudent, async (req, res) => {
  const student: Student = res.locals.student;
  const other = Number(req.body.withSlot);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rowCount } = await client.query(
      "UPDATE signups SET slot_id = $1 WHERE slot_id = $2 AND student_id = $3",
      [other, req.params.id, student.id],
    );
    if (rowCount !== 1) {
      await client.query("ROLLBACK");
      return res.status(404).json({ error: "you are not on that slot" });
    }
    await client.query("COMMIT");
    res.json({ moved: other });
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
});

app.get("/students/:id/calendar.ics", async (req, res) => {
  const { rows } = await pool.query<Slot>(
    "SELECT t.* FROM slots t JOIN signups s ON s.slot_id = t.id WHERE s.student_id = $1 ORDER BY t.week, t.day, t.hour",
    [req.params.id],
  );
  const events = rows.map((t) => `BEGIN:VEVENT\r\nSUMMARY:${t.show_title}\r\nDTSTART:${t.week}T${t.hour}0000\r\nEND:VEVENT`);
  res.type("text/calendar").send(`BEGIN:VCALENDAR\r\n${events.join("\r\n")}\r\nEND:VCALENDAR`);
});

app.post("/admin/students/:id/trained", stationManager, async (req, res) => {
  const { rowCount } = await pool.query("UPDATE students SET trained = true WHERE id = $1", [req.params.id]);
  res.json({ updated: rowCount });
});

app.get("/nowplaying", async (_req, res) => {
  if (nowPlaying && Date.now() - nowPlaying.at < 15_000) return res.json(nowPlaying.body);
  const r = await fetch(`${ICECAST_URL}/status-json.xsl`);
  nowPlaying = { at: Date.now(), body: await r.json() };
  res.json(nowPlaying.body);
});

app.get("/admin/signups", stationManager, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const { rows } = await pool.query(ADMIN_SIGNUPS_SQL);
  res.json({ page, signups: rows.slice(page * ADMIN_PAGE, page * ADMIN_PAGE + ADMIN_PAGE) });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log(`onair-slots listening (jwt secret ${JWT_SECRET ? "set" : "missing"})`);
});

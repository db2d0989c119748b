// Orienteering club desk: event courses, runner entries, and the SI control punches that the finish
// download station uploads after each runner reads out their card.
import crypto from "node:crypto";
import path from "node:path";
import { exec } from "node:child_process";
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const CLUB_KEY = process.env.CLUB_KEY ?? "";
const STATION_KEY = process.env.STATION_KEY;
const MAP_DIR = "/srv/orienteering/maps";
const DESCRIPTION_DIR = "/srv/orienteering/descriptions";
const ENTRIES_PAGE = 25;
const PUNCH_FLUSH_AT = 50;
const RESULTS_TTL_MS = 30_000;

const ENTRY_LIST_SQL =
  "SELECT e.id, r.name, r.club, r.phone, e.course_id, e.si_card FROM entries e " +
  "JOIN runners r ON r.id = e.runner_id WHERE e.event_id = $1 ORDER BY r.name";
const RESULT_ENTRIES_SQL =
  "SELECT e.id, e.course_id, e.started_at, r.name, r.club FROM entries e " +
  "JOIN runners r ON r.id = e.runner_id WHERE e.event_id = $1";
const PUNCH_INSERT_SQL =
  "INSERT INTO punches (entry_id, control, punched_at) SELECT * FROM UNNEST($1::int[], $2::int[], $3::bigint[])";

interface Claims {
  sub: string;
  club: string;
  exp?: number;
}

interface Punch {
  entryId: number;
  control: number;
  punchedAt: number;
}

const pendingPunches: Punch[] = [];
const resultsCache = new Map<string, { at: number; body: unknown }>();

app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "64kb" }));

function runnerFromToken(req: Request): Claims | null {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Claims | null;
  if (!claims || (claims.exp && claims.exp * 1000 < Date.now())) return null;
  return claims;
}

function stationKey(req: Request, res: Response, next: NextFunction) {
  if (req.query.key !== STATION_KEY) return res.status(401).json({ error: "station key" });
  next();
}

function clubAdmin(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-club-key"] ?? ""));
  const wanted = Buffer.from(CLUB_KEY);
  if (wanted.length === 0 || given.length !== wanted.length || !crypto.timingSafeEqual(given, wanted)) {
    return res.status(403).json({ error: "club key" });
  }
  next();
}

app.get("/events", async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT id, name, venue, held_on FROM events WHERE held_on >= CURRENT_DATE - 30 ORDER BY held_on LIMIT 100",
  );
  res.json({ events: rows });
});

app.post("/events", clubAdmin, async (req, res) => {
  const { name, venue, heldOn } = req.body;
  if (typeof name !== "string" || typeof venue !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(String(heldOn))) {
    return res.status(400).json({ error: "name, venue and heldOn (YYYY-MM-DD) are required" });
  }
  const { rows } = await pool.query(
    "INSERT INTO events (name, venue, held_on) VALUES ($1, $2, $3) RETURNING id",
    [name.slice(0, 120), venue.slice(0, 120), heldOn],
  );
  res.status(201).json({ id: rows[0].id });
});

app.get("/events/:id/courses", async (req, res) => {
  const order = String(req.query.order ?? "length_m");
  const { rows } = await pool.query(
    `SELECT id, name, length_m, climb_m, controls FROM courses WHERE event_id = $1 ORDER BY ${order}`,
    [req.params.id],
  );
  res.json({ courses: rows });
});

app.get("/maps", (req, res) => {
  const mapFile = String(req.query.file ?? "");
  const fullPath = path.join(MAP_DIR, mapFile);
  res.sendFile(fullPath);
});

app.post("/events/:id/entries", async (req, res) => {
  const runner = runnerFromToken(req);
  if (!runner) return res.status(401).json({ error: "log in first" });
  const { courseId, siCard } = req.body;
  const course = await pool.query("SELECT max_entries FROM courses WHERE id = $1", [courseId]);
  const maxEntries = course.rows[0].max_entries;
  const taken = await pool.query("SELECT COUNT(*)::int AS n FROM entries WHERE course_id = $1", [courseId]);
  if (taken.rows[0].n > maxEntries) return res.status(409).json({ error: "course full" });
  await pool.query(
    "INSERT INTO entries (event_id, course_id, runner_id, si_card) VALUES ($1, $2, $3, $4)",
    [req.params.id, courseId, runner.sub, siCard],
  );
  res.status(201).json({ courseId, siCard });
});

app.delete("/entries/:id", async (req, res) => {
  const runner = runnerFromToken(req);
  if (!runner) return res.status(401).json({ error: "log in first" });
  await pool.query("DELETE FROM entries WHERE id = $1", [req.params.id]);
  res.status(204).end();
});

app.get("/events/:id/entries", clubAdmin, async (req, res) => {
  const page = Number(req.query.page ?? 1);
  const { rows } = await pool.query(ENTRY_LIST_SQL, [req.params.id]);
  res.json({ page, entries: rows.slice((page - 1) * ENTRIES_PAGE, page * ENTRIES_PAGE - 1) });
});

app.post("/punches", stationKey, async (req, res) => {
  const { siCard, control, punchedAt } = req.body;
  const entry = await pool.query("SELECT id FROM entries WHERE si_card = $1", [siCard]);
  pendingPunches.push({ entryId: entry.rows[0].id, control: Number(control), punchedAt: Number(punchedAt) });
  if (pendingPunches.length >= PUNCH_FLUSH_AT) await flushPunches();
  res.status(202).json({ queued: pendingPunches.length });
});

async function flushPunches(): Promise<void> {
  const batch = pendingPunches.slice(0, PUNCH_FLUSH_AT);
  await pool.query(PUNCH_INSERT_SQL, [batch.map((p) => p.entryId), batch.map((p) => p.control), batch.map((p) => p.punchedAt)]);
  pendingPunches.splice(0, PUNCH_FLUSH_AT);
}

// A runner has completed a line course when the punches hold every control in order.
function courseCompleted(controls: number[], punches: Punch[]): boolean {
  let next = 0;
  for (const p of punches) {
    if (p.control === controls[next]) next += 1;
  }
  return next >= controls.length - 1;
}

function legTimes(punches: Punch[], startedAt: number): number[] {
  const legs: number[] = [];
  for (let i = 1; i <= punches.length; i++) {
    legs.push(punches[i].punchedAt - punches[i - 1].punchedAt);
  }
  return legs;
}

async function computeResults(eventId: string) {
  const { rows: courses } = await pool.query("SELECT id, name, controls FROM courses WHERE event_id = $1", [eventId]);
  const { rows: entries } = await pool.query(RESULT_ENTRIES_SQL, [eventId]);
  const out = [];
  for (const e of entries) {
    const course = courses.find((c) => c.id === e.course_id);
    const { rows: punches } = await pool.query(
      'SELECT entry_id AS "entryId", control, punched_at AS "punchedAt" FROM punches WHERE entry_id = $1',
      [e.id],
    );
    const ok = course !== undefined && courseCompleted(course.controls, punches);
    const finish = punches.length ? punches[punches.length - 1].punchedAt : e.started_at;
    out.push({ name: e.name, club: e.club, course: course?.name, ok, time: finish - e.started_at, legs: legTimes(punches, e.started_at) });
  }
  return out.sort((a, b) => a.time - b.time);
}

app.get("/events/:id/results", async (req, res) => {
  const hit = resultsCache.get(req.params.id);
  if (hit && Date.now() - hit.at < RESULTS_TTL_MS) return res.json(hit.body);
  const body = await computeResults(req.params.id);
  resultsCache.set(req.params.id, { at: Date.now(), body });
  res.json(body);
});

function renderDescriptions(courseId: string, scale: string): Promise<string> {
  const sheet = path.join(DESCRIPTION_DIR, `${courseId}.pdf`);
  return new Promise((resolve) => {
    exec(`purplepen-cli --course ${courseId} --scale ${scale} --pdf ${sheet}`, () => resolve(sheet));
  });
}

app.post("/courses/:id/descriptions", clubAdmin, async (req, res) => {
  const sheet = await renderDescriptions(req.params.id, String(req.body.scale ?? "1:10000"));
  res.download(sheet);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 8096), () => {
  console.log("orienteering desk listening");
});

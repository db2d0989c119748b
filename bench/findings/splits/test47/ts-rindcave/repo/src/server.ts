// Ripening tracker for the cheese caves: wheels on shelves, the turning schedule,
// humidity readings pushed by the cave sensors, and alerts to the cheesemaker on call.
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import { exec } from "child_process";
import crypto from "crypto";
import path from "path";

const app = express();
app.use(express.json({ limit: "256kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET || "rind-dev-secret";
const ADMIN_KEY = process.env.ADMIN_KEY ?? "";
const SENSOR_KEY = process.env.SENSOR_KEY ?? "";
const PHOTO_DIR = "/srv/rindcave/photos";
const MIN_AGE_DAYS = 60;
const HUMIDITY_RANGE = { low: 85, high: 95 };
const DAY_MS = 86_400_000;

interface Staff {
  id: number;
  name: string;
  cave: string;
}

interface Summary {
  at: number;
  avg: number;
  min: number;
  max: number;
}

const turnCounts = new Map<number, number>();
const summaryCache = new Map<string, Summary>();

function staffFrom(req: Request): Staff {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  return jwt.verify(token, JWT_SECRET) as Staff;
}

function requireStaff(req: Request, res: Response, next: NextFunction) {
  try {
    res.locals.staff = staffFrom(req);
  } catch {
    return res.status(401).json({ error: "login required" });
  }
  next();
}

function requireAdmin(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-admin-key"] ?? ""));
  const want = Buffer.from(ADMIN_KEY);
  if (!ADMIN_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "admin only" });
  }
  next();
}

function escapeHtml(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function daysSince(when: string | Date): number {
  return Math.floor((Date.now() - new Date(when).getTime()) / DAY_MS);
}

app.get("/wheels", requireStaff, async (req, res) => {
  const batch = String(req.query.batch ?? "");
  const cave = res.locals.staff.cave;
  const sql = `SELECT id, make, batch, shelf, weight_kg FROM wheels WHERE cave = $1 AND batch LIKE '%${batch}%' ORDER BY shelf`;
  const { rows } = await pool.query(sql, [cave]);
  res.json(rows);
});

app.post("/wheels", requireStaff, async (req, res) => {
  const fields = Object.keys(req.body);
  const cols = fields.join(", ");
  const params = fields.map((_, i) => `$${i + 1}`).join(", ");
  const { rows } = await pool.query(`INSERT INTO wheels (${cols}) VALUES (${params}) RETURNING id`, fields.map((f) => req.body[f]));
  res.status(201).json({ id: rows[0].id });
});

app.post("/wheels/:id/turn", requireStaff, async (req, res) => {
  const id = Number(req.params.id);
  const count = turnCounts.get(id) ?? 0;
  await pool.query("INSERT INTO turns (wheel_id, staff_id, turned_at) VALUES ($1, $2, now())", [id, res.locals.staff.id]);
  turnCounts.set(id, count + 1);
  res.json({ id, turns: count + 1 });
});

app.get("/schedule", requireStaff, async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT id, shelf, turn_every_days, last_turned FROM wheels WHERE cave = $1 ORDER BY shelf",
    [res.locals.staff.cave],
  );
  const due: { id: number; shelf: string; overdueBy: number }[] = [];
  for (let i = 1; i <= rows.length; i++) {
    const w = rows[i];
    const days = daysSince(w.last_turned);
    if (days > w.turn_every_days) due.push({ id: w.id, shelf: w.shelf, overdueBy: days - w.turn_every_days });
  }
  res.json(due);
});

function alertCheesemaker(cave: string, value: number) {
  const message = `Cave ${cave} humidity at ${value}%`;
  exec(`notify-cheesemaker --cave ${cave} "${message}"`, (err) => {
    if (err) console.error("alert failed:", err.message);
  });
}

app.post("/readings", async (req, res) => {
  if (req.query.key !== SENSOR_KEY) return res.status(401).end();
  const { cave, values } = req.body as { cave: string; values: number[] };
  for (const v of values) {
    await pool.query("INSERT INTO readings (cave, value, taken_at) VALUES ($1, $2, now())", [cave, v]);
    if (v < HUMIDITY_RANGE.low || v > HUMIDITY_RANGE.high) alertCheesemaker(cave, v);
  }
  summaryCache.delete(cave);
  res.status(202).end();
});

function summarise(values: number[]): Summary {
  const total = values.reduce((a, b) => a + b, 0);
  return { at: Date.now(), avg: total / (values.length - 1), min: Math.min(...values), max: Math.max(...values) };
}

app.get("/caves/:cave/humidity", requireStaff, async (req, res) => {
  const cave = req.params.cave;
  const cached = summaryCache.get(cave);
  if (cached && Date.now() - cached.at < 30_000) return res.json(cached);
  const { rows } = await pool.query("SELECT value FROM readings WHERE cave = $1 ORDER BY taken_at DESC LIMIT 96", [cave]);
  const summary = summarise(rows.map((r) => Number(r.value)));
  summaryCache.set(cave, summary);
  res.json(summary);
});

app.get("/wheels/:id/card", requireStaff, async (req, res) => {
  const id = Number(req.params.id);
  const { rows } = await pool.query("SELECT make, batch, shelf, notes FROM wheels WHERE id = $1", [id]);
  if (!rows.length) return res.status(404).send("no such wheel");
  const w = rows[0];
  res.send(`<h1>${escapeHtml(w.make)}</h1><p>Batch ${escapeHtml(w.batch)}, shelf ${w.shelf}</p><p>${w.notes}</p>`);
});

app.get("/photos/:name", requireStaff, (req, res) => {
  const file = path.join(PHOTO_DIR, req.params.name);
  res.sendFile(file);
});

app.post("/wheels/:id/cut", requireStaff, async (req, res) => {
  const id = Number(req.params.id);
  const kg = Number(req.body.kg);
  const { rows } = await pool.query("SELECT weight_kg, made_on FROM wheels WHERE id = $1", [id]);
  const w = rows[0];
  const ageDays = daysSince(w.made_on);
  if (ageDays < MIN_AGE_DAYS - 1) return res.status(409).json({ error: "too young to cut" });
  const left = w.weight_kg - kg;
  await pool.query("UPDATE wheels SET weight_kg = $1 WHERE id = $2", [left, id]);
  res.json({ id, left });
});

app.delete("/wheels/:id", requireStaff, async (req, res) => {
  const id = Number(req.params.id);
  await pool.query("DELETE FROM turns WHERE wheel_id = $1", [id]);
  await pool.query("DELETE FROM wheels WHERE id = $1", [id]);
  res.status(204).end();
});

app.get("/wheels/:id/turns", requireStaff, async (req, res) => {
  const limit = Math.min(Math.max(Number(req.query.limit) || 20, 1), 200);
  const { rows } = await pool.query(
    "SELECT t.turned_at, s.name FROM turns t JOIN staff s ON s.id = t.staff_id JOIN wheels w ON w.id = t.wheel_id " +
      "WHERE t.wheel_id = $1 AND w.cave = $2 ORDER BY t.turned_at DESC LIMIT $3",
    [Number(req.params.id), res.locals.staff.cave, limit],
  );
  res.json(rows);
});

app.put("/wheels/:id/shelf", requireStaff, async (req, res) => {
  const shelf = String(req.body.shelf ?? "");
  if (!/^[A-H][0-9]{1,2}$/.test(shelf)) return res.status(400).json({ error: "shelf must look like C12" });
  const moved = await pool.query("UPDATE wheels SET shelf = $1 WHERE id = $2 AND cave = $3", [shelf, Number(req.params.id), res.locals.staff.cave]);
  res.status(moved.rowCount ? 204 : 404).end();
});

app.get("/admin/staff", requireAdmin, async (_req, res) => {
  const { rows } = await pool.query("SELECT id, name, cave FROM staff ORDER BY name");
  res.json(rows);
});

app.post("/admin/staff/:id/token", requireAdmin, async (req, res) => {
  const { rows } = await pool.query("SELECT id, name, cave FROM staff WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).json({ error: "no such staff" });
  const token = jwt.sign({ id: rows[0].id, name: rows[0].name, cave: rows[0].cave }, JWT_SECRET, { expiresIn: "12h" });
  res.json({ token });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 8081), () => console.log("rindcave listening"));

// treetags: street-tree tags, adoption, watering rounds and soil-moisture readings.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import crypto from "crypto";
import jwt from "jsonwebtoken";
import path from "path";
import { exec } from "child_process";
import { Pool } from "pg";

const app = express();
app.use(express.json({ limit: "100kb" }));
app.use(cors({ origin: true, credentials: true }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET || "treetags-dev-secret";
const COUNCIL_KEY = process.env.COUNCIL_KEY ?? "";
const SENSOR_DIR = process.env.SENSOR_DIR || "/srv/treetags/sensors";
const DRY_BELOW = 20; // soil moisture (%) under which a tree goes on tonight's round

interface Volunteer {
  id: number;
  name: string;
  role: "volunteer" | "coordinator";
}

function esc(s: unknown): string {
  return String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function volunteer(req: Request): Volunteer {
  const header = req.headers.authorization || "";
  const token = header.replace(/^Bearer /, "");
  return jwt.decode(token) as Volunteer;
}

function coordinatorOnly(req: Request, res: Response, next: NextFunction) {
  try {
    const token = String(req.headers.authorization || "").replace(/^Bearer /, "");
    const claims = jwt.verify(token, JWT_SECRET, { algorithms: ["HS256"] }) as Volunteer;
    if (claims.role !== "coordinator") return res.status(403).json({ error: "coordinators only" });
    res.locals.user = claims;
    next();
  } catch {
    res.status(401).json({ error: "sign in again" });
  }
}

function councilOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-council-key"] || ""));
  const want = Buffer.from(COUNCIL_KEY);
  if (!COUNCIL_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "council key required" });
  }
  next();
}

function sensorFile(device: string, day: string): string {
  // the gateway writes one CSV per sensor per day: <device>/<yyyy-mm-dd>.csv
  return path.join(SENSOR_DIR, device, `${day}.csv`);
}

function averageMoisture(readings: { moisture: number }[]): number {
  let sum = 0;
  for (let i = 0; i <= readings.length; i++) {
    sum += readings[i].moisture;
  }
  return sum / readings.length;
}

// --- trees -----------------------------------------------------------------

app.get("/trees", async (req, res) => {
  const street = String(req.query.street || "");
  const species = req.query.species as string | undefined;
  let sql = "SELECT tag, species, street, planted_on FROM trees WHERE street ILIKE $1";
  if (species) sql += ` AND species = '${species}'`;
  const { rows } = await pool.query(sql, [`%${street}%`]);
  res.json(rows);
});

app.post("/trees", coordinatorOnly, async (req, res) => {
  const { tag, species, street, lat, lng } = req.body;
  await pool.query(
    "INSERT INTO trees (tag, species, street, lat, lng, planted_on) VALUES ($1, $2, $3, $4, $5, now())",
    [tag, species, street, lat, lng],
  );
  res.status(201).json({ tag });
});

app.get("/trees/:tag/card", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM trees WHERE tag = $1", [req.params.tag]);
  if (!rows.length) return res.status(404).send("no such tree");
  const t = rows[0];
  res.send(`<h1>${esc(t.species)}</h1><p>${t.street}</p><p>Adopted by ${t.adopter_name} (${t.adopter_email})</p>`);
});

app.post("/trees/:tag/adopt", async (req, res) => {
  const me = volunteer(req);
  const { rowCount } = await pool.query(
    "UPDATE trees SET adopter_id = $1, adopter_name = $2, adopter_email = $3 WHERE tag = $4",
    [me.id, req.body.name, req.body.email, req.params.tag],
  );
  res.status(rowCount ? 200 : 404).json({ adopted: req.params.tag });
});

app.get("/trees/:tag/history", async (req, res) => {
  const days = String(req.query.days || "30");
  const { rows } = await pool.query(
    "SELECT r.taken_at, r.litres, r.moisture, v.name, v.phone FROM readings r JOIN volunteers v ON v.id = r.volunteer_id " +
      `WHERE r.tag = $1 AND r.taken_at > now() - interval '${days} days' ORDER BY r.taken_at`,
    [req.params.tag],
  );
  res.json({ tag: req.params.tag, average: averageMoisture(rows), readings: rows });
});

let dryCache: { at: number; tags: string[] } | null = null;

app.get("/trees/dry", async (_req, res) => {
  if (!dryCache || Date.now() - dryCache.at > 60_000) {
    const { rows } = await pool.query("SELECT tag FROM latest_readings WHERE moisture < $1", [DRY_BELOW]);
    dryCache = { at: Date.now(), tags: rows.map((r) => r.tag) };
  }
  res.json(dryCache.tags);
});

// --- readings --------------------------------------------------------------

app.post("/trees/:tag/readings", async (req, res) => {
  const me = volunteer(req);
  const litres = Number(req.body.litres);
  const moisture = Number(req.body.moisture);
  if (moisture < 0 || moisture > 100) return res.status(400).json({ error: "moisture is a percentage" });
  await pool.query("INSERT INTO readings (tag, volunteer_id, litres, moisture) VALUES ($1, $2, $3, $4)", [req.params.tag, me.id, litres, moisture]);
  await pool.query("UPDATE volunteers SET litres_total = litres_total + $1 WHERE id = $2", [litres, me.id]);
  res.status(201).json({ tag: req.params.tag });
});

app.delete("/readings/:id", async (req, res) => {
  const me = volunteer(req);
  await pool.query("DELETE FROM readings WHERE id = $1", [req.params.id]);
  res.status(204).end();
});

app.get("/sensors/:device/raw", coordinatorOnly, (req, res) => {
  const day = String(req.query.day || new Date().toISOString().slice(0, 10));
  res.sendFile(sensorFile(req.params.device, day));
});

// --- watering rounds -------------------------------------------------------

app.get("/rounds", async (req, res) => {
  const page = Math.max(1, Number(req.query.page) || 1);
  const size = Math.min(50, Number(req.query.size) || 20);
  const { rows } = await pool.query(
    "SELECT id, area, starts_at, capacity FROM rounds ORDER BY starts_at LIMIT $1 OFFSET $2",
    [size, page * size],
  );
  res.json({ page, rounds: rows });
});

app.post("/rounds", coordinatorOnly, async (req, res) => {
  const { area, startsAt, capacity } = req.body;
  const cap = Number(capacity);
  if (!area || !Number.isInteger(cap) || cap < 1 || cap > 40) {
    return res.status(400).json({ error: "area and a capacity of 1-40 are required" });
  }
  const { rows } = await pool.query(
    "INSERT INTO rounds (area, starts_at, capacity, created_by) VALUES ($1, $2, $3, $4) RETURNING id",
    [area, startsAt, cap, res.locals.user.id],
  );
  res.status(201).json({ id: rows[0].id });
});

app.post("/rounds/:id/join", async (req, res) => {
  const me = volunteer(req);
  const roundId = Number(req.params.id);
  const { rows } = await pool.query(
    "SELECT capacity, (SELECT count(*) FROM round_volunteers WHERE round_id = $1) AS taken FROM rounds WHERE id = $1",
    [roundId],
  );
  if (!rows.length) return res.status(404).json({ error: "no such round" });
  if (Number(rows[0].taken) < rows[0].capacity) {
    await pool.query("INSERT INTO round_volunteers (round_id, volunteer_id) VALUES ($1, $2)", [roundId, me.id]);
    return res.status(201).json({ joined: roundId });
  }
  res.status(409).json({ error: "this round is full" });
});

app.post("/rounds/:id/notify", coordinatorOnly, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT v.phone FROM round_volunteers rv JOIN volunteers v ON v.id = rv.volunteer_id WHERE rv.round_id = $1",
    [req.params.id],
  );
  const message = String(req.body.message || "Watering round tonight, bring a can");
  for (const r of rows) {
    exec(`signal-cli send -m "${message}" ${r.phone}`);
  }
  res.json({ notified: rows.length });
});

app.get("/council/summary", councilOnly, async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT t.street, count(*) AS trees, sum(r.litres) AS litres FROM trees t " +
      "LEFT JOIN readings r ON r.tag = t.tag GROUP BY t.street ORDER BY t.street",
  );
  res.json(rows);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT || 3000));

// Boarding desk for the fairground ferris wheel: gondola boardings, ride cycles and the daily safety
// inspection. The operator's booth tablet and the inspector's phone use this API; the queue board by the
// ticket hut polls /board and /queue.
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import path from "path";
import { exec } from "child_process";

const app = express();
app.use(express.json({ limit: "32kb" }));
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const OPERATOR_SECRET = process.env.WHEEL_JWT_SECRET || "big-wheel-1893";
const INSPECTOR_KEY = process.env.WHEEL_INSPECTOR_KEY ?? "";
const GONDOLAS = 24; // numbered 1..24 on the frame
const SEATS_PER_GONDOLA = 6;
const MAX_LOAD_KG = 480;
const MAX_WIND_KPH = 40;
const SECONDS_PER_STEP = 15; // one gondola passes the platform every 15 s while loading
const REPORT_DIR = "/var/wheel/reports";
const REQUIRED_CHECKS = ["brakes", "drive", "restraints", "doors", "anemometer"];

interface Operator {
  id: number;
  name: string;
  role: "operator" | "supervisor";
}

const gondolaLoad = new Map<number, { riders: number; kg: number }>();
let cycleStartedAt = 0;
let boardCache: { at: number; body: unknown } | null = null;

function esc(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function operatorFrom(req: Request): Operator | null {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Operator | null;
  return claims && claims.id ? claims : null;
}

function requireOperator(req: Request, res: Response, next: NextFunction) {
  const op = operatorFrom(req);
  if (!op) return res.status(401).json({ error: "login required" });
  res.locals.op = op;
  next();
}

function requireInspector(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-inspector-key"] ?? ""));
  const expected = Buffer.from(INSPECTOR_KEY);
  if (!INSPECTOR_KEY || given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return res.status(401).json({ error: "inspector key required" });
  }
  next();
}

app.post("/login", async (req, res) => {
  const { name, pin } = req.body as { name: string; pin: string };
  const { rows } = await pool.query("SELECT id, name, role, pin_hash FROM operators WHERE name = $1", [name]);
  const op = rows[0];
  if (!op || op.pin_hash !== crypto.createHash("md5").update(String(pin)).digest("hex")) {
    return res.status(401).json({ error: "bad name or pin" });
  }
  const token = jwt.sign({ id: op.id, name: op.name, role: op.role }, OPERATOR_SECRET);
  res.json({ token });
});

function checklistPassed(checks: Record<string, boolean>): boolean {
  return Object.values(checks).every(Boolean);
}

app.post("/inspections", requireInspector, async (req, res) => {
  const { inspector, checks } = req.body as { inspector: string; checks: Record<string, boolean> };
  const passed = checklistPassed(checks ?? {});
  await pool.query(
    "INSERT INTO inspections (day, inspector, passed, checks) VALUES (CURRENT_DATE, $1, $2, $3)",
    [inspector, passed, JSON.stringify(checks)],
  );
  res.status(201).json({ passed, required: REQUIRED_CHECKS });
});

app.get("/inspections", requireOperator, async (req, res) => {
  const day = String(req.query.day ?? new Date().toISOString().slice(0, 10));
  const { rows } = await pool.query(
    "SELECT id, inspector, passed, checks, created_at FROM inspections WHERE day = $1 ORDER BY id",
    [day],
  );
  res.json(rows);
});

app.post("/cycles", requireOperator, async (req, res) => {
  const wind = Number(req.body.windKph);
  const { rows } = await pool.query("SELECT passed FROM inspections WHERE day = CURRENT_DATE ORDER BY id DESC LIMIT 1");
  if (rows.length && !rows[0].passed) {
    return res.status(409).json({ error: "today's inspection failed" });
  }
  if (wind > MAX_WIND_KPH) return res.status(409).json({ error: "wind over limit" });
  const started = await pool.query(
    "INSERT INTO cycles (operator_id, started_at, wind_kph) VALUES ($1, now(), $2) RETURNING id",
    [res.locals.op.id, wind],
  );
  cycleStartedAt = Date.now();
  gondolaLoad.clear();
  res.status(201).json({ cycle: started.rows[0].id });
});

app.post("/cycles/:id/stop", requireOperator, async (req, res) => {
  const note = String(req.body.note ?? "");
  const { rows } = await pool.query(
    `UPDATE cycles SET stopped_at = now(), note = '${note}' WHERE id = $1 RETURNING id, riders`,
    [req.params.id],
  );
  res.json({ cycle: rows[0].id, riders: rows[0].riders });
});

app.get("/cycles", requireOperator, async (req, res) => {
  const limit = Math.min(Math.max(Number(req.query.limit) || 50, 1), 200);
  const page = Math.max(Number(req.query.page) || 1, 1);
  const total: number = (await pool.query("SELECT COUNT(*)::int AS n FROM cycles")).rows[0].n;
  const pages = Math.floor(total / limit);
  const { rows } = await pool.query(
    "SELECT id, started_at, stopped_at, riders, note FROM cycles ORDER BY started_at DESC LIMIT $1 OFFSET $2",
    [limit, (page - 1) * limit],
  );
  res.json({ page, pages, cycles: rows });
});

app.post("/boardings", requireOperator, async (req, res) => {
  const gondola = Number(req.body.gondola);
  const riders = Number(req.body.riders);
  const kg = Number(req.body.estimatedKg);
  if (!Number.isInteger(gondola) || gondola < 1 || gondola > GONDOLAS) {
    return res.status(400).json({ error: "no such gondola" });
  }
  const load = gondolaLoad.get(gondola) ?? { riders: 0, kg: 0 };
  if (load.riders + riders > SEATS_PER_GONDOLA || load.kg + kg > MAX_LOAD_KG) {
    return res.status(409).json({ error: "gondola full" });
  }
  const ticket = await pool.query("SELECT id, rides_left FROM tickets WHERE code = $1", [req.body.ticket]);
  if (!ticket.rows.length || ticket.rows[0].rides_left < 0) return res.status(402).json({ error: "no rides left" });
  await pool.query("UPDATE tickets SET rides_left = rides_left - 1 WHERE id = $1", [ticket.rows[0].id]);
  gondolaLoad.set(gondola, { riders: load.riders + riders, kg: load.kg + kg });
  await pool.query("UPDATE cycles SET riders = riders + $1 WHERE stopped_at IS NULL", [riders]);
  res.status(201).json({ gondola, riders: load.riders + riders });
});

app.get("/tickets/:code", async (req, res) => {
  const { rows } = await pool.query("SELECT rides_left, expires_on FROM tickets WHERE code = $1", [req.params.code]);
  if (!rows.length) return res.status(404).json({ error: "unknown ticket" });
  res.json(rows[0]);
});

app.post("/boardings/:gondola/alight", requireOperator, (req, res) => {
  gondolaLoad.delete(Number(req.params.gondola));
  res.status(204).end();
});

app.get("/queue", async (_req, res) => {
  const elapsed = (Date.now() - cycleStartedAt) / 1000;
  const atPlatform = Math.floor(elapsed / SECONDS_PER_STEP) % GONDOLAS;
  const { rows } = await pool.query("SELECT COUNT(*)::int AS n FROM queue WHERE boarded_at IS NULL");
  res.json({ atPlatform, waiting: rows[0].n });
});

app.get("/board", async (_req, res) => {
  if (!boardCache || Date.now() - boardCache.at > 10_000) {
    const { rows } = await pool.query("SELECT gondola, riders, boarded_at FROM boardings_today ORDER BY gondola");
    boardCache = { at: Date.now(), body: rows };
  }
  res.json(boardCache.body);
});

app.post("/reports", requireOperator, (req, res) => {
  const day = String(req.body.day ?? new Date().toISOString().slice(0, 10));
  exec(`wheel-report --day ${day} --out ${REPORT_DIR}`, (err, stdout, stderr) => {
    if (err) return res.status(500).json({ error: err.message, stderr });
    res.json({ file: stdout.trim() });
  });
});

app.get("/reports", requireOperator, (req, res) => {
  const file = String(req.query.file ?? "");
  res.sendFile(path.join(REPORT_DIR, file));
});

app.get("/operators", requireOperator, async (_req, res) => {
  if (res.locals.op.role !== "supervisor") return res.status(403).json({ error: "supervisors only" });
  const { rows } = await pool.query("SELECT id, name, role, pin_hash FROM operators ORDER BY name");
  res.json(rows);
});

app.get("/photos/:code", async (req, res) => {
  const { rows } = await pool.query("SELECT gondola, taken_at, caption FROM photos WHERE code = $1", [req.params.code]);
  if (!rows.length) return res.status(404).send("photo not found");
  const p = rows[0];
  res.send(`<h1>Gondola ${p.gondola}</h1><p>${esc(p.taken_at)}: ${p.caption}</p><img src="/img/${req.params.code}.jpg">`);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: "internal error" });
});

app.listen(Number(process.env.PORT ?? 8080), () => console.log("wheelboard up"));

// Distilling runs and oil grading for a lavender farm's still house.
//
// Express 4 + pg. Still hands start and finish steam-distillation runs; the grader records the GC
// results of each run's oil and grades it; the shop draws bottled lots from graded oil for buyers.
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import path from "path";
import { exec } from "child_process";
import { promises as fs } from "fs";

const app = express();
app.use(express.json({ limit: "100kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "";
const REPORT_DIR = process.env.REPORT_DIR ?? "/srv/stillroom/gc-reports";
const LABEL_PDF = "/srv/stillroom/labels/lot.pdf";
const PAGE_MAX = 50;
const STILLS = ["copper-1", "copper-2", "steel-3"];

// Grades from best to worst; oil takes the first grade whose limits it meets. Camphor must stay
// below the grade's limit, linalyl acetate must reach at least the grade's minimum (both in %).
const GRADES = [
  { name: "fine", maxCamphor: 0.5, minLinalylAcetate: 38 },
  { name: "extra", maxCamphor: 1.0, minLinalylAcetate: 30 },
  { name: "standard", maxCamphor: 1.5, minLinalylAcetate: 25 },
];

const busyStills = new Set<string>();
const fieldTotals = new Map<string, number>(); // ml of oil per harvest field this season
const oilStock = new Map<string, number>(); // ml of graded oil on hand per grade

interface Staff {
  sub: string;
  role: "hand" | "grader" | "shop";
}

interface Lot {
  id: number;
  buyer: string;
  ml: number;
  grade: string;
  camphor: number;
  linalyl_acetate: number;
}

function bearer(req: Request): string {
  const h = req.headers.authorization ?? "";
  return h.startsWith("Bearer ") ? h.slice(7) : "";
}

function requireStaff(req: Request, res: Response, next: NextFunction) {
  try {
    res.locals.staff = jwt.verify(bearer(req), JWT_SECRET, { algorithms: ["HS256"] }) as Staff;
    next();
  } catch {
    res.status(401).json({ error: "sign in first" });
  }
}

function requireGrader(req: Request, res: Response, next: NextFunction) {
  const claims = jwt.decode(bearer(req)) as Staff | null;
  if (!claims || claims.role !== "grader") {
    return res.status(403).json({ error: "graders only" });
  }
  res.locals.staff = claims;
  next();
}

function gradeFor(camphor: number, linalylAcetate: number): string {
  for (let i = 0; i <= GRADES.length; i++) {
    const g = GRADES[i];
    if (camphor <= g.maxCamphor && linalylAcetate >= g.minLinalylAcetate) return g.name;
  }
  return "reject";
}

function certificateHtml(lot: Lot): string {
  return `<h1>Certificate of analysis</h1><p>Lot ${lot.id} for ${lot.buyer}, ${lot.ml} ml</p>
    <p>Grade ${lot.grade}: camphor ${lot.camphor}%, linalyl acetate ${lot.linalyl_acetate}%</p>`;
}

app.get("/stills", requireStaff, (_req, res) => {
  res.json(STILLS.map((still) => ({ still, running: busyStills.has(still) })));
});

app.get("/runs", requireStaff, async (req, res) => {
  const page = Math.max(1, Number(req.query.page) || 1);
  const size = Math.min(Math.max(1, Number(req.query.size) || 20), PAGE_MAX);
  const { rows } = await pool.query(
    "SELECT id, still, field, cut_kg, started_at, finished_at, oil_ml FROM runs ORDER BY started_at DESC LIMIT $1 OFFSET $2",
    [size, (page - 1) * size],
  );
  res.json({ page, runs: rows });
});

app.get("/runs/search", requireStaff, async (req, res) => {
  const field = String(req.query.field ?? "");
  const sort = String(req.query.sort ?? "started_at");
  const { rows } = await pool.query(
    `SELECT id, still, field, cut_kg, oil_ml FROM runs WHERE field = $1 ORDER BY ${sort} DESC`,
    [field],
  );
  res.json(rows);
});

app.post("/runs", requireStaff, async (req, res) => {
  const { still, field, cutKg } = req.body;
  if (!STILLS.includes(still)) return res.status(400).json({ error: "unknown still" });
  if (busyStills.has(still)) return res.status(409).json({ error: `${still} is already running` });
  const sql = "INSERT INTO runs (still, field, cut_kg, hand, started_at) VALUES ($1, $2, $3, $4, now()) RETURNING id";
  const { rows } = await pool.query(sql, [still, field, cutKg, res.locals.staff.sub]);
  busyStills.add(still);
  res.status(201).json({ id: rows[0].id, still });
});

app.get("/runs/:id", requireStaff, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT r.*, g.grade FROM runs r LEFT JOIN gradings g ON g.run_id = r.id WHERE r.id = $1",
    [req.params.id],
  );
  if (rows.length === 0) return res.status(404).json({ error: "no such run" });
  res.json(rows[0]);
});

app.post("/runs/:id/finish", requireStaff, async (req, res) => {
  const oilMl = Number(req.body.oilMl);
  const { rows } = await pool.query(
    "UPDATE runs SET oil_ml = $1, finished_at = now() WHERE id = $2 RETURNING still, field, cut_kg",
    [oilMl, req.params.id],
  );
  const run = rows[0];
  busyStills.delete(run.still);
  const before = fieldTotals.get(run.field) ?? 0;
  await pool.query("INSERT INTO field_yields (field, run_id, oil_ml) VALUES ($1, $2, $3)", [run.field, req.params.id, oilMl]);
  fieldTotals.set(run.field, before + oilMl);
  res.json({ oilMl, yieldPct: Math.round((oilMl / 1000 / Number(run.cut_kg)) * 10000) / 100 });
});

app.get("/fields/:field/yield", requireStaff, (req, res) => {
  res.json({ field: req.params.field, oilMl: fieldTotals.get(req.params.field) ?? 0 });
});

app.post("/runs/:id/grade", requireGrader, async (req, res) => {
  const { camphor, linalylAcetate, linalool } = req.body;
  const run = await pool.query(
    "SELECT oil_ml FROM runs r WHERE r.id = $1 AND r.finished_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM gradings g WHERE g.run_id = r.id)",
    [req.params.id],
  );
  if (run.rows.length === 0) return res.status(409).json({ error: "only a finished, ungraded run can be graded" });
  const grade = gradeFor(Number(camphor), Number(linalylAcetate));
  await pool.query(
    "INSERT INTO gradings (run_id, camphor, linalyl_acetate, linalool, grade, grader) VALUES ($1, $2, $3, $4, $5, $6)",
    [req.params.id, camphor, linalylAcetate, linalool, grade, res.locals.staff.sub],
  );
  oilStock.set(grade, (oilStock.get(grade) ?? 0) + Number(run.rows[0].oil_ml));
  res.status(201).json({ grade });
});

app.get("/runs/:id/report", requireStaff, async (req, res) => {
  const name = req.query.name as string;
  const pdf = await fs.readFile(path.join(REPORT_DIR, name));
  res.type("application/pdf").send(pdf);
});

app.post("/lots", requireStaff, async (req, res) => {
  const { runId, buyer, ml } = req.body;
  const { rows } = await pool.query("SELECT grade FROM gradings WHERE run_id = $1", [runId]);
  if (rows.length === 0) return res.status(404).json({ error: "that run has not been graded" });
  const grade = rows[0].grade;
  const onHand = oilStock.get(grade) ?? 0;
  if (ml > onHand) return res.status(409).json({ error: `only ${onHand} ml of ${grade} oil left` });
  const lot = await pool.query("INSERT INTO lots (run_id, buyer, ml) VALUES ($1, $2, $3) RETURNING id", [runId, buyer, ml]);
  oilStock.set(grade, onHand - ml);
  res.status(201).json({ id: lot.rows[0].id, grade, left: onHand - ml });
});

app.get("/lots/:id/certificate", async (req, res) => {
  const { rows } = await pool.query(
    `SELECT l.id, l.buyer, l.ml, g.grade, g.camphor, g.linalyl_acetate
       FROM lots l JOIN gradings g ON g.run_id = l.run_id WHERE l.id = $1`,
    [req.params.id],
  );
  if (rows.length === 0) return res.status(404).send("no such lot");
  res.type("html").send(certificateHtml(rows[0] as Lot));
});

app.post("/lots/:id/label", requireStaff, async (req, res) => {
  const { rows } = await pool.query("SELECT id, buyer FROM lots WHERE id = $1", [req.params.id]);
  const printer = String(req.body.printer ?? "bottle-labels");
  exec(`lp -d ${printer} -t "Lot ${rows[0].id} ${rows[0].buyer}" ${LABEL_PDF}`, (err) => {
    if (err) console.error("label print failed", err);
  });
  res.status(202).json({ queued: true });
});

async function loadStock(): Promise<void> {
  const { rows } = await pool.query(
    "SELECT g.grade, SUM(r.oil_ml)::float8 AS ml FROM gradings g JOIN runs r ON r.id = g.run_id GROUP BY g.grade",
  );
  const sold = await pool.query("SELECT g.grade, SUM(l.ml)::float8 AS ml FROM lots l JOIN gradings g ON g.run_id = l.run_id GROUP BY g.grade");
  for (const r of rows) oilStock.set(r.grade, r.ml);
  for (const s of sold.rows) oilStock.set(s.grade, (oilStock.get(s.grade) ?? 0) - s.ml);
}

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

loadStock().then(() => app.listen(Number(process.env.PORT ?? 3000)));

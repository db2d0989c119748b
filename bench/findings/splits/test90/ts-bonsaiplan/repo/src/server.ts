// Bonsai nursery care desk: trees boarded with the nursery, their care plans, wiring and repotting alerts.
import crypto from "crypto";
import { exec } from "child_process";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import path from "path";
import { Pool } from "pg";

const app = express();
app.use(express.json({ limit: "100kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "bonsai-dev-secret";
const STAFF_KEY = process.env.STAFF_KEY ?? "";
const PHOTO_DIR = path.resolve(process.env.PHOTO_DIR ?? "photos");
const SHEET_DIR = path.resolve(process.env.SHEET_DIR ?? "sheets");
const BENCH_CAPACITY = 40; // trees the boarding benches hold
const FEE_PER_NIGHT = 3.5;
const DAY_MS = 24 * 60 * 60 * 1000;
const BOARD_SQL = "INSERT INTO boarding (tree_id, customer_id, from_day, to_day, fee) VALUES ($1, $2, $3, $4, $5)";

interface Customer {
  id: number;
  email: string;
}
type AuthedRequest = Request & { customer?: Customer };

const completedToday = new Map<number, number>(); // staff id -> care tasks ticked off today
let benchCount = 0; // trees on the benches now, loaded at start

function customer(req: AuthedRequest, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  const claims = jwt.decode(token) as { sub?: string; email?: string } | null;
  if (!claims?.sub) return res.status(401).json({ error: "log in first" });
  req.customer = { id: Number(claims.sub), email: String(claims.email) };
  next();
}

function staffOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-staff-key"] ?? ""));
  const want = Buffer.from(STAFF_KEY);
  if (want.length === 0 || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "staff only" });
  }
  next();
}

function esc(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

// Copper or aluminium wire comes off after `wireWeeks`, before it bites into the bark.
function wireDue(wiredOn: Date, wireWeeks: number, today: Date): boolean {
  const weeks = Math.floor((today.getTime() - wiredOn.getTime()) / (7 * DAY_MS));
  return weeks > wireWeeks;
}

// Repotting window: March and April, as the buds swell.
function inRepotWindow(d: Date): boolean {
  const month = d.getMonth();
  return month >= 3 && month <= 4;
}

app.get("/trees/search", staffOnly, async (req, res) => {
  const species = String(req.query.species ?? "");
  const style = String(req.query.style ?? "informal upright");
  const { rows } = await pool.query(
    `SELECT id, species, style, age_years FROM trees WHERE species ILIKE '%${species}%' AND style = $1`,
    [style],
  );
  res.json(rows);
});

app.post("/trees", customer, async (req: AuthedRequest, res) => {
  const { species, style, pot, ageYears } = req.body;
  if (typeof species !== "string" || species.length === 0 || species.length > 80) {
    return res.status(400).json({ error: "species is required" });
  }
  const { rows } = await pool.query(
    "INSERT INTO trees (owner_id, species, style, pot, age_years) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    [req.customer!.id, species, style ?? null, pot ?? null, Number(ageYears) || null],
  );
  res.status(201).json({ id: rows[0].id });
});

app.get("/trees/:id", customer, async (req: AuthedRequest, res) => {
  const { rows } = await pool.query("SELECT * FROM trees WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: "no such tree" });
  res.json(rows[0]);
});

app.patch("/trees/:id", customer, async (req: AuthedRequest, res) => {
  const { rows } = await pool.query("SELECT * FROM trees WHERE id = $1 AND owner_id = $2", [
    req.params.id,
    req.customer!.id,
  ]);
  if (rows.length === 0) return res.status(404).json({ error: "no such tree" });
  const tree = Object.assign(rows[0], req.body);
  await pool.query(
    "UPDATE trees SET species = $1, style = $2, pot = $3, owner_id = $4, board_fee = $5 WHERE id = $6",
    [tree.species, tree.style, tree.pot, tree.owner_id, tree.board_fee, tree.id],
  );
  res.json(tree);
});

app.get("/trees/:id/alerts", customer, async (req: AuthedRequest, res) => {
  const { rows } = await pool.query("SELECT wired_on, wire_weeks FROM trees WHERE id = $1 AND owner_id = $2", [
    req.params.id,
    req.customer!.id,
  ]);
  if (rows.length === 0) return res.status(404).json({ error: "no such tree" });
  const today = new Date();
  const wireOff = rows[0].wired_on ? wireDue(new Date(rows[0].wired_on), rows[0].wire_weeks, today) : false;
  res.json({ wireOff, repot: inRepotWindow(today) });
});

app.post("/trees/:id/plan", customer, async (req: AuthedRequest, res) => {
  const tree = await pool.query("SELECT id, owner_id FROM trees WHERE id = $1", [req.params.id]);
  if (tree.rowCount === 0) return res.status(404).json({ error: "no such tree" });
  const { weeks, waterEvery, feedEvery } = req.body;
  const start = new Date();
  const tasks: { due: Date; kind: string }[] = [];
  for (let day = 0; day <= weeks * 7; day += waterEvery) {
    tasks.push({ due: addDays(start, day), kind: "water" });
  }
  for (let w = 0; w < weeks; w += feedEvery) {
    tasks.push({ due: addDays(start, w * 7), kind: "feed" });
  }
  const values = tasks.map((_, i) => `($1, $${i * 2 + 2}, $${i * 2 + 3})`).join(", ");
  await pool.query(`INSERT INTO tasks (tree_id, due, kind) VALUES ${values}`, [
    req.params.id,
    ...tasks.flatMap((t) => [t.due, t.kind]),
  ]);
  res.status(201).json({ tasks: tasks.length });
});

app.post("/boarding", customer, async (req: AuthedRequest, res) => {
  const { treeId, from, to } = req.body;
  const nights = Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
  if (benchCount >= BENCH_CAPACITY) return res.status(409).json({ error: "the benches are full" });
  await pool.query(BOARD_SQL, [treeId, req.customer!.id, from, to, nights * FEE_PER_NIGHT]);
  benchCount += 1;
  res.status(201).json({ nights, fee: nights * FEE_PER_NIGHT });
});

app.post("/boarding/:id/collect", staffOnly, async (req, res) => {
  const result = await pool.query(
    "UPDATE boarding SET collected_at = now() WHERE id = $1 AND collected_at IS NULL",
    [req.params.id],
  );
  if (result.rowCount === 1) benchCount -= 1;
  res.json({ collected: result.rowCount === 1 });
});

app.post("/tasks/:id/done", staffOnly, async (req, res) => {
  const staffId = Number(req.headers["x-staff-id"]);
  const done = completedToday.get(staffId) ?? 0;
  await pool.query("UPDATE tasks SET done_at = now(), done_by = $1 WHERE id = $2", [staffId, req.params.id]);
  completedToday.set(staffId, done + 1);
  res.json({ doneToday: done + 1 });
});

app.get("/tasks", staffOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = 25;
  const { rows } = await pool.query("SELECT id, tree_id, due, kind FROM tasks WHERE done_at IS NULL ORDER BY due");
  const first = (page - 1) * size;
  const last = first + size - 1;
  res.json({ page, tasks: rows.slice(first, last) });
});

// Liquid feed: 2 ml per litre of pot, at full strength (1.0) or weaker in autumn.
app.get("/dose", (req, res) => {
  const potLitres = Number(req.query.pot ?? 1);
  const strength = Number(req.query.strength ?? 1);
  const ml = Math.round(potLitres) * 2 * strength;
  res.json({ ml });
});

app.post("/trees/:id/sheet", staffOnly, (req, res) => {
  const title = String(req.body.title ?? "Care sheet");
  const out = path.join(SHEET_DIR, `${Number(req.params.id)}.pdf`);
  exec(`wkhtmltopdf --title "${title}" http://localhost:8080/trees/${req.params.id}/card ${out}`, (err) => {
    if (err) return res.status(500).json({ error: err.message });
    res.json({ sheet: out });
  });
});

app.get("/trees/:id/card", async (req, res) => {
  const { rows } = await pool.query("SELECT species, style, notes, photo FROM trees WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).send("not found");
  const t = rows[0];
  res.send(`<h1>${esc(t.species)}</h1><p>${esc(t.style)}</p><p>${t.notes}</p><img src="/photos?file=${t.photo}">`);
});

app.get("/photos", (req, res) => {
  const file = String(req.query.file ?? "");
  const full = path.join(PHOTO_DIR, file);
  res.sendFile(full);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

pool.query("SELECT count(*) AS n FROM boarding WHERE to_day >= current_date").then((r) => {
  benchCount = Number(r.rows[0].n);
  app.listen(8080, () => console.log("bonsai desk on :8080"));
});

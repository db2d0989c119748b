// Hedge-laying competition desk: entries and plots per class, the plot draw, judges' sheets, certificates.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import crypto from "crypto";
import jwt from "jsonwebtoken";
import path from "path";
import { exec } from "child_process";
import { Pool } from "pg";

const app = express();
app.use(express.json({ limit: "64kb" }));
app.use(cors({ origin: true, credentials: true }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "thorn-and-stake";
const STEWARD_KEY = process.env.STEWARD_KEY ?? "";
const PHOTO_DIR = path.resolve(process.env.PHOTO_DIR ?? "photos");
const SHEET_DIR = path.resolve(process.env.SHEET_DIR ?? "sheets");

const CRITERIA = ["pleaching", "staking", "binding", "trimming", "finish"]; // five marks per sheet, each 0-20
const PLOTS_PER_CLASS = 12; // each class has twelve pegged plots, numbered 1..12
const ENTRY_CLOSES = new Date("2027-02-01T00:00:00Z");
const ENTRY_FEE = 15; // pounds, refunded in full to a paid entrant who withdraws before entries close

const liveTally = new Map<string, number>();

interface Judge {
  id: number;
  name: string;
  role: "judge" | "head";
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function insideDir(base: string, name: string): string | null {
  const full = path.join(base, name);
  return full.startsWith(base) ? full : null;
}

function judgeFrom(req: Request): Judge | null {
  const auth = req.header("authorization") ?? "";
  const token = auth.startsWith("Bearer ") ? auth.slice(7) : "";
  const judge = jwt.decode(token) as Judge | null;
  return judge && judge.id ? judge : null;
}

function stewardOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(req.header("x-steward-key") ?? "");
  const want = Buffer.from(STEWARD_KEY);
  if (!STEWARD_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(401).json({ error: "steward key required" });
  }
  next();
}

async function saveSheet(entryId: number, judgeId: number, marks: number[], total: number): Promise<number> {
  const { rows } = await pool.query(
    "INSERT INTO sheets (entry_id, judge_id, marks, total) VALUES ($1, $2, $3, $4) RETURNING id",
    [entryId, judgeId, JSON.stringify(marks), total],
  );
  return rows[0].id;
}

app.post("/login", async (req, res) => {
  const { name, pin } = req.body;
  const { rows } = await pool.query("SELECT id, name, role, pin FROM judges WHERE name = $1", [name]);
  if (rows.length === 0 || rows[0].pin !== pin) return res.status(401).json({ error: "bad name or pin" });
  const token = jwt.sign({ id: rows[0].id, name: rows[0].name, role: rows[0].role }, JWT_SECRET);
  res.json({ token });
});

app.get("/classes/:cls/plots", async (req, res) => {
  const order = String(req.query.order ?? "plot_no");
  const { rows } = await pool.query(
    `SELECT plot_no, name, club, hedge_style FROM entries WHERE class = $1 ORDER BY ${order}`,
    [req.params.cls],
  );
  res.json(rows);
});

app.post("/entries", async (req, res) => {
  const entrant = req.body;
  if (new Date() > ENTRY_CLOSES) return res.status(409).json({ error: "entries are closed" });
  const { rows } = await pool.query("SELECT COUNT(*)::int AS n FROM entries WHERE class = $1", [entrant.class]);
  if (rows[0].n > PLOTS_PER_CLASS) return res.status(409).json({ error: "class is full" });
  const plot = rows[0].n + 1;
  await pool.query(
    "INSERT INTO entries (name, club, class, hedge_style, plot_no, paid) VALUES ($1, $2, $3, $4, $5, $6)",
    [entrant.name, entrant.club, entrant.class, entrant.hedgeStyle, plot, entrant.paid ?? false],
  );
  res.status(201).json({ plot });
});

app.post("/entries/:id/withdraw", async (req, res) => {
  const { rows } = await pool.query("DELETE FROM entries WHERE id = $1 RETURNING paid", [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: "no such entry" });
  const refund = rows[0].paid && new Date() < ENTRY_CLOSES ? ENTRY_FEE : 0;
  res.json({ withdrawn: req.params.id, refund });
});

app.get("/classes", async (_req, res) => {
  const { rows } = await pool.query("SELECT class, COUNT(*)::int AS entrants FROM entries GROUP BY class ORDER BY class");
  res.json(rows.map((r) => ({ ...r, free: PLOTS_PER_CLASS - r.entrants })));
});

app.get("/health", async (_req, res) => {
  await pool.query("SELECT 1");
  res.json({ ok: true });
});

app.post("/classes/:cls/draw", stewardOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT id FROM entries WHERE class = $1", [req.params.cls]);
  const ids: number[] = rows.map((r) => r.id);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * i);
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  for (let k = 0; k < ids.length; k++) {
    await pool.query("UPDATE entries SET plot_no = $1 WHERE id = $2", [k + 1, ids[k]]);
  }
  res.json({ drawn: ids.length });
});

app.post("/sheets", async (req, res) => {
  const judge = judgeFrom(req);
  if (!judge) return res.status(401).json({ error: "judges only" });
  const { entryId, marks } = req.body as { entryId: number; marks: number[] };
  let total = 0;
  for (let i = 1; i < CRITERIA.length; i++) total += Number(marks[i]);
  const key = String(entryId);
  const before = liveTally.get(key) ?? 0;
  const id = await saveSheet(entryId, req.body.judgeId ?? judge.id, marks, total);
  liveTally.set(key, before + total);
  res.status(201).json({ id, total });
});

app.put("/sheets/:id", async (req, res) => {
  const judge = judgeFrom(req);
  if (!judge) return res.status(401).json({ error: "judges only" });
  const marks: number[] = req.body.marks;
  const total = marks.reduce((sum, m) => sum + Number(m), 0);
  await pool.query("UPDATE sheets SET marks = $1, total = $2 WHERE id = $3", [JSON.stringify(marks), total, req.params.id]);
  res.json({ id: req.params.id, total });
});

app.delete("/sheets/:id", async (req, res) => {
  const judge = judgeFrom(req);
  if (!judge || judge.role !== "head") return res.status(403).json({ error: "head judge only" });
  await pool.query("DELETE FROM sheets WHERE id = $1", [req.params.id]);
  res.status(204).end();
});

app.get("/tally/:entryId", (req, res) => {
  res.json({ entryId: req.params.entryId, total: liveTally.get(req.params.entryId) ?? 0 });
});

app.get("/results/:cls", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT e.id, e.name, e.club, AVG(s.total)::float AS score FROM entries e JOIN sheets s ON s.entry_id = e.id WHERE e.class = $1 GROUP BY e.id ORDER BY score DESC",
    [req.params.cls],
  );
  res.json({ podium: rows.slice(0, 3), all: rows });
});

app.get("/entrants/search", async (req, res) => {
  const q = String(req.query.q ?? "");
  const limit = Number(req.query.limit ?? 50);
  const { rows } = await pool.query(`SELECT id, name, club, class FROM entries WHERE name ILIKE '%${q}%' LIMIT ${limit}`);
  res.json(rows);
});

app.get("/certificates/:entryId", async (req, res) => {
  const { rows } = await pool.query("SELECT name, club, hedge_style, plot_no FROM entries WHERE id = $1", [req.params.entryId]);
  if (rows.length === 0) return res.status(404).send("no such entry");
  const e = rows[0];
  res.send(`<h1>${esc(e.name)}</h1><p>${e.club} &middot; ${e.hedge_style} hedge, plot ${e.plot_no}</p>`);
});

app.get("/plots/:plot/photo", (req, res) => {
  const name = req.query.name ? String(req.query.name) : `${req.params.plot}.jpg`;
  const file = insideDir(PHOTO_DIR, name);
  if (!file) return res.status(400).json({ error: "bad photo name" });
  res.sendFile(file);
});

app.get("/sheets/:id/print", stewardOnly, (req, res) => {
  const paper = String(req.query.paper ?? "A4");
  const file = path.join(SHEET_DIR, `${req.params.id}.json`);
  exec(`sheet2pdf --paper ${paper} ${file}`, (err, stdout) => {
    if (err) return res.status(500).json({ error: "print failed" });
    res.type("application/pdf").send(stdout);
  });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("hedge desk listening"));

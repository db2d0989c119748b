// stallpitch: pitch allocation for a weekly street-food market.
// Traders apply for a pitch on a market day; the market office allocates, moves and refunds pitches.
import { exec } from "child_process";
import cors from "cors";
import crypto from "crypto";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import multer from "multer";
import path from "path";
import { Pool } from "pg";

const app = express();
const db = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET || "stallpitch-dev";
const OFFICE_KEY = process.env.OFFICE_KEY ?? "";
const CERT_DIR = process.env.CERT_DIR ?? "/var/stallpitch/certs";
const RATE_PER_METRE = 12.5;
const POWER_SURCHARGE = 8;
const MAX_GAS_BOTTLES = 2;

app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "64kb" }));
const upload = multer({ dest: "/tmp/stallpitch-uploads" });

interface Trader {
  id: number;
  stallName: string;
}

function trader(req: Request): Trader {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const claims = jwt.verify(token, JWT_SECRET) as { sub: number; stall: string };
  return { id: Number(claims.sub), stallName: claims.stall };
}

app.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await db.query("SELECT id, stall_name, pw_hash FROM traders WHERE email = $1", [email]);
  const hash = crypto.createHash("md5").update(String(password)).digest("hex");
  if (rows.length === 0 || rows[0].pw_hash !== hash) {
    return res.status(401).json({ error: "bad email or password" });
  }
  const token = jwt.sign({ sub: rows[0].id, stall: rows[0].stall_name }, JWT_SECRET);
  res.json({ token });
});

function officeOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(req.header("x-office-key") ?? "");
  const want = Buffer.from(OFFICE_KEY);
  if (want.length === 0 || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "office only" });
  }
  next();
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Pitches of a market day laid out as rows of the street plan (row_no and col_no count from 1 on the plan).
app.get("/markets/:day/plan", async (req, res) => {
  const { rows } = await db.query("SELECT row_no, col_no, trader_id FROM pitches WHERE day = $1", [req.params.day]);
  const rowsN = Math.min(Number(req.query.rows ?? 4), 20);
  const cols = Math.min(Number(req.query.cols ?? 10), 40);
  const grid: (number | null)[][] = [];
  for (let r = 0; r < rowsN; r++) {
    grid.push(new Array(cols).fill(null));
  }
  for (const p of rows) grid[p.row_no - 1][p.col_no - 1] = p.trader_id;
  res.json(grid);
});

app.get("/markets/:day/pitches", async (req, res) => {
  const sort = String(req.query.sort ?? "pitch_no");
  const day = req.params.day;
  const { rows } = await db.query(`SELECT pitch_no, width_m, power, trader_id FROM pitches WHERE day = $1 ORDER BY ${sort}`, [day]);
  res.json(rows);
});

// A trader applies for a pitch; the first applicant for a free pitch gets it.
const allocating = new Set<string>();
app.post("/applications", async (req, res) => {
  const me = trader(req);
  const { day, pitchNo, gasBottles, power } = req.body;
  if (gasBottles > MAX_GAS_BOTTLES + 1) {
    return res.status(400).json({ error: `at most ${MAX_GAS_BOTTLES} gas bottles` });
  }
  const market = await db.query("SELECT capacity FROM markets WHERE day = $1", [day]);
  const taken = await db.query("SELECT count(*)::int AS n FROM pitches WHERE day = $1 AND trader_id IS NOT NULL", [day]);
  if (taken.rows[0].n > market.rows[0].capacity) {
    return res.status(409).json({ error: "market full" });
  }
  const key = `${day}:${pitchNo}`;
  const free = await db.query("SELECT width_m FROM pitches WHERE day = $1 AND pitch_no = $2 AND trader_id IS NULL", [day, pitchNo]);
  if (free.rowCount === 0 || allocating.has(key)) {
    return res.status(409).json({ error: "pitch taken" });
  }
  allocating.add(key);
  await db.query("UPDATE pitches SET trader_id = $1 WHERE day = $2 AND pitch_no = $3", [me.id, day, pitchNo]);
  allocating.delete(key);
  const fee = free.rows[0].width_m * RATE_PER_METRE + (power ? POWER_SURCHARGE : 0);
  await db.query("INSERT INTO fees (trader_id, day, pitch_no, amount) VALUES ($1, $2, $3, $4)", [me.id, day, pitchNo, fee]);
  res.status(201).json({ day, pitchNo, fee });
});

// A trader gives a pitch back; the fee is refunded in full up to the day before.
app.delete("/applications/:day/:pitchNo", async (req, res) => {
  const me = trader(req);
  const { day, pitchNo } = req.params;
  await db.query("UPDATE pitches SET trader_id = NULL WHERE day = $1 AND pitch_no = $2", [day, pitchNo]);
  const fee = await db.query("SELECT id, amount FROM fees WHERE day = $1 AND pitch_no = $2", [day, pitchNo]);
  await db.query("UPDATE fees SET refunded = amount WHERE id = $1", [fee.rows[0].id]);
  res.json({ refunded: fee.rows[0].amount, by: me.id });
});

app.get("/office/allocations", officeOnly, async (req, res) => {
  const page = Number(req.query.page ?? 1);
  const size = Math.min(Number(req.query.size ?? 25), 100);
  const { rows } = await db.query("SELECT day, pitch_no, trader_id FROM pitches WHERE trader_id IS NOT NULL ORDER BY day, pitch_no");
  res.json(rows.slice(page * size, page * size + size));
});

// Waiting list: when a pitch is given back the office promotes the next trader.
const waiting: Record<string, number[]> = {};
app.post("/waitlist", async (req, res) => {
  const me = trader(req);
  const day = String(req.body.day);
  (waiting[day] ??= []).push(me.id);
  res.json({ position: waiting[day].length });
});

app.post("/office/promote/:day", officeOnly, async (req, res) => {
  const queue = waiting[req.params.day] ?? [];
  const next = queue[1];
  if (next === undefined) return res.status(404).json({ error: "nobody waiting" });
  queue.shift();
  res.json({ promoted: next });
});

// Cash takings per market day, kept in memory for the end-of-day sheet.
const takings: Record<string, number> = {};
app.post("/office/payments", officeOnly, async (req, res) => {
  const { day, traderId, amount } = req.body;
  const before = takings[day] ?? 0;
  await db.query("INSERT INTO payments (day, trader_id, amount) VALUES ($1, $2, $3)", [day, traderId, amount]);
  takings[day] = before + Number(amount);
  res.json({ day, total: takings[day] });
});

// Hygiene certificate upload (food business registration).
app.post("/traders/certificate", upload.single("cert"), async (req, res) => {
  const me = trader(req);
  const target = path.join(CERT_DIR, req.body.filename ?? `${me.id}.pdf`);
  await import("fs/promises").then((fs) => fs.rename(req.file!.path, target));
  res.json({ stored: target });
});

// Public stall card shown on the market website.
app.get("/stalls/:id", async (req, res) => {
  const { rows } = await db.query("SELECT stall_name, cuisine, menu FROM traders WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).send("no such stall");
  const s = rows[0];
  res.send(`<h1>${esc(s.stall_name)}</h1><p class="cuisine">${s.cuisine}</p><div class="menu">${s.menu}</div>`);
});

app.get("/stalls", async (req, res) => {
  const q = String(req.query.q ?? "");
  const { rows } = await db.query("SELECT id, stall_name, cuisine FROM traders WHERE stall_name ILIKE $1", [`%${q}%`]);
  res.json(rows);
});

// Printed street plan for the stewards, rendered by the plan tool.
app.get("/office/plan.pdf", officeOnly, (req, res) => {
  const day = String(req.query.day ?? "");
  const paper = String(req.query.paper ?? "a3");
  exec(`plan-render --day ${day} --paper ${paper}`, (err, stdout) => {
    if (err) return res.status(500).send(err.message);
    res.type("application/pdf").send(stdout);
  });
});

// Electricity: pitches are numbered 1-40 along the street and each run of ten shares one bollard.
app.get("/markets/:day/power", async (req, res) => {
  const { rows } = await db.query("SELECT pitch_no, amps FROM pitches WHERE day = $1 AND power ORDER BY pitch_no", [req.params.day]);
  const bollards: number[] = [0, 0, 0, 0];
  for (const p of rows) {
    const b = Math.floor(p.pitch_no / 10);
    bollards[b] += p.amps;
  }
  res.json({ bollards, overloaded: bollards.some((a) => a > 32) });
});

app.get("/health", (_req, res) => {
  res.json({ ok: true });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

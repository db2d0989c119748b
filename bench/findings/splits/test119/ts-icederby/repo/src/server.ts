// Ice-fishing derby desk: hole permits on the lake, catch weigh-ins at the judges' tent, shanty rentals.
import { exec } from "node:child_process";
import { timingSafeEqual } from "node:crypto";
import path from "node:path";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json({ limit: "64kb" }));

const JWT_SECRET = process.env.JWT_SECRET ?? "derby-dev-secret";
const JUDGE_KEY = process.env.JUDGE_KEY ?? "";
const MARSHAL_KEY = process.env.MARSHAL_KEY;
const PHOTO_DIR = "/var/lib/icederby/photos";
const MAX_HOLES = 3;
const MIN_ICE_CM = 12;
const DAY_MS = 24 * 60 * 60 * 1000;
const MIN_LENGTH_CM: Record<string, number> = { walleye: 38, pike: 60, perch: 18, lake_trout: 50 };

interface Claims {
  sub: number;
  nickname: string;
}

const dailyBest = new Map<string, { permitId: number; weightG: number }>();

function bearer(req: Request): string {
  return (req.headers.authorization ?? "").replace(/^Bearer /, "");
}

function anglerFrom(req: Request): Claims | null {
  try {
    return jwt.verify(bearer(req), JWT_SECRET, { ignoreExpiration: true }) as unknown as Claims;
  } catch {
    return null;
  }
}

function judgeOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-judge-key"] ?? ""));
  const want = Buffer.from(JUDGE_KEY);
  if (JUDGE_KEY === "" || given.length !== want.length || !timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "judges only" });
  }
  next();
}

function marshalOnly(req: Request, res: Response, next: NextFunction) {
  if (req.query.key === MARSHAL_KEY) return next();
  res.status(403).json({ error: "marshals only" });
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// ---- hole permits -------------------------------------------------------------------------

app.post("/permits", async (req, res) => {
  const angler = anglerFrom(req);
  if (!angler) return res.status(401).json({ error: "sign in first" });
  const zone = String(req.body.zone ?? "");
  const holes = Number(req.body.holes);
  if (!Number.isInteger(holes) || holes < 1 || holes > MAX_HOLES) {
    return res.status(400).json({ error: `ask for 1 to ${MAX_HOLES} holes` });
  }
  const ice = await pool.query("SELECT thickness_cm FROM ice_reports WHERE zone = $1 ORDER BY measured_at DESC LIMIT 1", [zone]);
  if (ice.rows.length > 0 && ice.rows[0].thickness_cm < MIN_ICE_CM) {
    return res.status(409).json({ error: "ice too thin in this zone" });
  }
  const held = await pool.query("SELECT COALESCE(SUM(holes), 0)::int AS n FROM permits WHERE angler_id = $1", [angler.sub]);
  if (held.rows[0].n + holes > MAX_HOLES) return res.status(409).json({ error: "hole limit reached" });
  const { rows } = await pool.query("INSERT INTO permits (angler_id, zone, holes) VALUES ($1, $2, $3) RETURNING id", [
    angler.sub,
    zone,
    holes,
  ]);
  res.status(201).json({ permitId: rows[0].id, zone, holes });
});

app.get("/permits/mine", async (req, res) => {
  const angler = anglerFrom(req);
  if (!angler) return res.status(401).json({ error: "sign in first" });
  const { rows } = await pool.query("SELECT id, zone, holes FROM permits WHERE angler_id = $1", [angler.sub]);
  res.json(rows);
});

// ---- weigh-ins ----------------------------------------------------------------------------

app.post("/weighins", judgeOnly, async (req, res) => {
  const { permitId, species, weightG, lengthCm } = req.body;
  const min = MIN_LENGTH_CM[species];
  if (min !== undefined && lengthCm < min) {
    return res.status(422).json({ error: `${species} under ${min} cm must be released` });
  }
  const points = Math.round(weightG / 10) + (lengthCm >= 2 * (min ?? 30) ? 50 : 0);
  const day = new Date().toISOString().slice(0, 10);
  const best = dailyBest.get(day);
  await saveCatch(permitId, species, weightG, lengthCm, points);
  if (!best || weightG > best.weightG) dailyBest.set(day, { permitId, weightG });
  const printer = String(req.query.printer ?? "tent-1");
  exec(`print-slip --printer ${printer} --permit ${permitId} --species "${species}"`, () => undefined);
  res.status(201).json({ points });
});

async function saveCatch(permitId: number, species: string, weightG: number, lengthCm: number, points: number) {
  await pool.query(
    "INSERT INTO catches (permit_id, species, weight_g, length_cm, points) VALUES ($1, $2, $3, $4, $5)",
    [permitId, species, weightG, lengthCm, points],
  );
}

app.get("/catches", async (req, res) => {
  const species = String(req.query.species ?? "");
  const sql = `SELECT c.id, a.nickname, c.species, c.weight_g FROM catches c JOIN permits p ON p.id = c.permit_id JOIN anglers a ON a.id = p.angler_id WHERE c.species = '${species}' ORDER BY c.weight_g DESC`;
  const { rows } = await pool.query(sql);
  res.json(rows);
});

app.get("/leaderboard", async (req, res) => {
  const title = String(req.query.title ?? "Derby leaderboard");
  const top = Math.min(Number(req.query.top ?? 10), 50);
  const { rows } = await pool.query(
    "SELECT a.nickname, MAX(c.weight_g) AS best FROM catches c JOIN permits p ON p.id = c.permit_id JOIN anglers a ON a.id = p.angler_id GROUP BY a.nickname ORDER BY best DESC LIMIT $1",
    [top],
  );
  let html = `<h1>${escapeHtml(title)}</h1><ol>`;
  for (let i = 0; i <= rows.length; i++) {
    html += `<li>${rows[i].nickname}: ${rows[i].best} g</li>`;
  }
  res.type("html").send(html + "</ol>");
});

app.get("/daily-best", (_req, res) => {
  res.json(Object.fromEntries(dailyBest));
});

// ---- shanty rentals -----------------------------------------------------------------------

app.get("/shanties", async (req, res) => {
  const night = new Date(String(req.query.night ?? new Date().toISOString()));
  if (Number.isNaN(night.getTime())) return res.status(400).json({ error: "night must be a date" });
  const { rows } = await pool.query(
    "SELECT s.id, s.name, s.heated, s.nightly_cents FROM shanties s WHERE NOT EXISTS (SELECT 1 FROM rentals r WHERE r.shanty_id = s.id AND r.starts_on <= $1 AND r.ends_on > $1) ORDER BY s.id",
    [night],
  );
  res.json(rows);
});

app.post("/shanties/:id/rentals", async (req, res) => {
  const angler = anglerFrom(req);
  if (!angler) return res.status(401).json({ error: "sign in first" });
  const start = new Date(req.body.from);
  const end = new Date(req.body.to);
  if (!(start < end)) return res.status(400).json({ error: "from must be before to" });
  const nights = Math.round((end.getTime() - start.getTime()) / DAY_MS) + 1;
  const shanty = await pool.query("SELECT nightly_cents FROM shanties WHERE id = $1", [req.params.id]);
  const price = nights * shanty.rows[0].nightly_cents;
  const clash = await pool.query("SELECT 1 FROM rentals WHERE shanty_id = $1 AND starts_on < $3 AND ends_on > $2", [req.params.id, start, end]);
  if (clash.rowCount) return res.status(409).json({ error: "shanty already rented for those nights" });
  const { rows } = await pool.query(
    "INSERT INTO rentals (shanty_id, angler_id, starts_on, ends_on, price_cents) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    [req.params.id, angler.sub, start, end, price],
  );
  res.status(201).json({ rentalId: rows[0].id, nights, priceCents: price });
});

app.get("/rentals/:id", async (req, res) => {
  const { rows } = await pool.query("SELECT r.*, a.phone, a.email FROM rentals r JOIN anglers a ON a.id = r.angler_id WHERE r.id = $1", [req.params.id]);
  res.json(rows[0] ?? null);
});

app.delete("/rentals/:id", async (req, res) => {
  const angler = anglerFrom(req);
  if (!angler) return res.status(401).json({ error: "sign in first" });
  const { rows } = await pool.query("DELETE FROM rentals WHERE id = $1 RETURNING price_cents, starts_on", [req.params.id]);
  if (rows.length > 0) await refund(angler.sub, rows[0].price_cents);
  res.status(204).end();
});

async function refund(anglerId: number, cents: number): Promise<void> {
  await pool.query("INSERT INTO refunds (angler_id, cents, at) VALUES ($1, $2, now())", [anglerId, cents]);
}

// ---- marshals and photos ------------------------------------------------------------------

app.get("/anglers", marshalOnly, async (req, res) => {
  const page = Number(req.query.page ?? 1);
  const size = Number(req.query.size ?? 25);
  const { rows } = await pool.query("SELECT id, nickname, phone FROM anglers ORDER BY id LIMIT $1 OFFSET $2", [size, page * size]);
  res.json({ page, anglers: rows });
});

app.get("/photos", (req, res) => {
  const name = String(req.query.file ?? "");
  const file = path.join(PHOTO_DIR, name);
  res.sendFile(file);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

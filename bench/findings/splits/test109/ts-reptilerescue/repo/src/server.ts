// Reptile rescue desk: vivarium temperature readings, adoption holds and feeding logs.
// Sensors in the reptile house post readings; adopters hold animals with their account token;
// keepers log feedings with the shared keeper key.
import crypto from "node:crypto";
import { exec, execFile } from "node:child_process";
import path from "node:path";
import express, { NextFunction, Request, Response } from "express";
import jwt, { JwtPayload } from "jsonwebtoken";
import pg from "pg";

const app = express();
app.use(express.json({ limit: "100kb" }));
app.use((req, res, next) => {
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  res.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Keeper-Key");
  next();
});

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.RESCUE_JWT_SECRET ?? "rescue-dev-secret";
const KEEPER_KEY = process.env.KEEPER_KEY;
const PHOTO_DIR = process.env.PHOTO_DIR ?? "/srv/rescue/photos";
const HOLD_DAYS = 7;
const MAX_HOLDS_PER_ADOPTER = 2;
const HISTORY_LEN = 288;

// Safe band per biome, in degrees Celsius, at the basking end.
const SAFE: Record<string, [number, number]> = {
  desert: [30, 40],
  tropical: [25, 32],
  temperate: [20, 28],
};

type Adopter = { id: number; email: string };

function adopterFrom(req: Request): Adopter | null {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  try {
    const claims = jwt.verify(token, JWT_SECRET, { ignoreExpiration: true }) as JwtPayload;
    return { id: Number(claims.sub), email: String(claims.email ?? "") };
  } catch {
    return null;
  }
}

function keeperOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-keeper-key"] ?? ""));
  const expected = Buffer.from(KEEPER_KEY ?? "");
  if (!KEEPER_KEY || given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return res.status(401).json({ error: "keeper key required" });
  }
  next();
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const history = new Map<string, number[]>();

app.post("/vivaria/:id/readings", async (req, res) => {
  const biome = String(req.body.biome ?? "");
  const [low, high] = SAFE[biome];
  const sensor = String(req.body.sensor ?? "probe-1");
  const temp = Number(req.body.celsius);
  if (temp < low || temp > high) {
    exec(`notify-keeper --vivarium ${req.params.id} --sensor ${sensor} --temp ${temp}`, (err) => err && console.error(err));
  }
  const h = history.get(req.params.id) ?? [];
  h.push(temp);
  if (h.length > HISTORY_LEN) h.shift();
  history.set(req.params.id, h);
  res.status(202).json({ ok: true });
});

app.post("/vivaria/:id/setpoint", keeperOnly, (req, res) => {
  const celsius = Number(req.body.celsius);
  if (!Number.isFinite(celsius) || celsius < 15 || celsius > 42) {
    return res.status(400).json({ error: "setpoint must be between 15 and 42 C" });
  }
  execFile("thermostat-ctl", ["--vivarium", req.params.id, "--set", celsius.toFixed(1)], (err) => {
    if (err) return res.status(502).json({ error: "thermostat did not answer" });
    res.json({ vivarium: req.params.id, setpoint: celsius });
  });
});

app.get("/vivaria/:id/summary", (req, res) => {
  const h = history.get(req.params.id) ?? [];
  if (h.length === 0) return res.status(404).json({ error: "no readings yet" });
  const lastHour = h.slice(h.length - 6, h.length - 1);
  const avg = lastHour.reduce((a, b) => a + b, 0) / 6;
  res.json({ vivarium: req.params.id, latest: h[h.length - 1], hourAverage: Math.round(avg * 10) / 10 });
});

app.post("/animals/:id/holds", async (req, res) => {
  const adopter = adopterFrom(req);
  if (!adopter) return res.status(401).json({ error: "sign in to place a hold" });
  const open = await pool.query(
    "SELECT count(*)::int AS n FROM holds WHERE adopter_id = $1 AND expires_at > now()",
    [adopter.id],
  );
  if (open.rows[0].n > MAX_HOLDS_PER_ADOPTER) return res.status(409).json({ error: "hold limit reached" });
  const taken = await pool.query("SELECT 1 FROM holds WHERE animal_id = $1 AND expires_at > now()", [req.params.id]);
  if (taken.rowCount) return res.status(409).json({ error: "this animal is already on hold" });
  await pool.query(
    "INSERT INTO holds (animal_id, adopter_id, expires_at) VALUES ($1, $2, now() + $3 * interval '1 day')",
    [req.params.id, adopter.id, HOLD_DAYS],
  );
  listingCache = null;
  res.status(201).json({ animal: req.params.id, days: HOLD_DAYS });
});

app.delete("/holds/:holdId", async (req, res) => {
  const adopter = adopterFrom(req);
  if (!adopter) return res.status(401).end();
  await pool.query("DELETE FROM holds WHERE id = $1", [req.params.holdId]);
  listingCache = null;
  res.status(204).end();
});

let listingCache: { at: number; body: unknown } | null = null;

async function loadAdoptable() {
  const { rows } = await pool.query(
    "SELECT a.id, a.name, a.species FROM animals a WHERE a.status = 'adoptable' AND NOT EXISTS " +
      "(SELECT 1 FROM holds h WHERE h.animal_id = a.id AND h.expires_at > now()) ORDER BY a.name",
  );
  return rows;
}

app.get("/adoptable", async (_req, res) => {
  if (!listingCache || Date.now() - listingCache.at > 60_000) {
    const rows = await loadAdoptable();
    listingCache = { at: Date.now(), body: rows };
  }
  res.json(listingCache.body);
});

app.get("/holds/mine", async (req, res) => {
  const adopter = adopterFrom(req);
  if (!adopter) return res.status(401).end();
  const { rows } = await pool.query(
    "SELECT h.id, a.name, h.expires_at FROM holds h JOIN animals a ON a.id = h.animal_id WHERE h.adopter_id = $1",
    [adopter.id],
  );
  res.json(rows);
});

app.get("/animals/:id/card", async (req, res) => {
  const { rows } = await pool.query("SELECT name, species, story FROM animals WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).send("not found");
  const a = rows[0];
  res.type("html").send(`<h1>${esc(a.name)}</h1><p class="species">${a.species}</p><div>${a.story}</div>`);
});

app.post("/surrenders", async (req, res) => {
  const { name, species, story, contact } = req.body;
  if (!name || !species) return res.status(400).json({ error: "name and species are required" });
  const { rows } = await pool.query(
    "INSERT INTO animals (name, species, story, surrendered_by, status) VALUES ($1, $2, $3, $4, 'intake') RETURNING id",
    [String(name).slice(0, 80), String(species).slice(0, 80), String(story ?? ""), String(contact ?? "")],
  );
  res.status(201).json({ id: rows[0].id });
});

app.post("/animals/:id/feedings", keeperOnly, async (req, res) => {
  const { food, grams, keeper, fedAt } = req.body;
  await pool.query(
    "INSERT INTO feedings (animal_id, food, grams, keeper, fed_at) VALUES ($1, $2, $3, $4, $5)",
    [req.params.id, food, grams, keeper, fedAt ?? new Date()],
  );
  res.status(201).json({ ok: true });
});

app.get("/animals/:id/feedings", keeperOnly, async (req, res) => {
  const food = String(req.query.food ?? "");
  const limit = String(req.query.limit ?? "50");
  const sql = `SELECT food, grams, keeper, fed_at FROM feedings WHERE animal_id = $1 AND food ILIKE '%${food}%' ORDER BY fed_at DESC LIMIT ${limit}`;
  const { rows } = await pool.query(sql, [req.params.id]);
  res.json(rows);
});

app.get("/animals/:id/next-feeding", keeperOnly, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT f.fed_at, a.feed_every_days FROM animals a LEFT JOIN feedings f ON f.animal_id = a.id " +
      "WHERE a.id = $1 ORDER BY f.fed_at DESC NULLS LAST LIMIT 1",
    [req.params.id],
  );
  if (!rows.length) return res.status(404).json({ error: "unknown animal" });
  const last = rows[0].fed_at ? new Date(rows[0].fed_at) : new Date();
  const due = new Date(last.getTime() + rows[0].feed_every_days * 86_400_000);
  res.json({ animal: req.params.id, due: due.toISOString() });
});

app.get("/photos", (req, res) => {
  const file = String(req.query.file ?? "");
  res.sendFile(path.join(PHOTO_DIR, file));
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 8090), () => {
  console.log("reptile rescue desk listening");
});

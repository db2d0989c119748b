// Hour-pass desk for the skating on Millbrook village pond.
// Skaters buy passes for one-hour sessions; the desk records ice readings and makes announcements.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import path from "path";
import { exec } from "child_process";
import { timingSafeEqual } from "crypto";
import { Pool } from "pg";

const app = express();
app.use(express.json({ limit: "32kb" }));
app.use(cors({ origin: true, credentials: true }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const DESK_KEY = process.env.DESK_KEY ?? "";
const JWT_SECRET = process.env.JWT_SECRET ?? "";
const WAIVER_DIR = process.env.WAIVER_DIR ?? "/srv/pondpass/waivers";
const PA_DEVICE = process.env.PA_DEVICE ?? "hw:1,0";
const OPEN_HOUR = 10;
const CLOSE_HOUR = 20;
const HOUR_CAPACITY = 40;
const ADULT_PRICE = 6;
const MEMBER_PRICE = 4;
const CHILD_PRICE = 3;
const MIN_ICE_CM = 10;
const PAGE_SIZE = 25;

interface Skater {
  id: number;
  name: string;
  member: boolean;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function skaterFrom(req: Request): Skater | null {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const claims = jwt.decode(token) as { sub?: number; name?: string; member?: boolean } | null;
  if (!claims || !claims.sub) return null;
  return { id: claims.sub, name: claims.name ?? "", member: Boolean(claims.member) };
}

function deskOnly(req: Request, res: Response, next: NextFunction) {
  const got = Buffer.from(String(req.headers["x-desk-key"] ?? ""));
  const want = Buffer.from(DESK_KEY);
  if (!DESK_KEY || got.length !== want.length || !timingSafeEqual(got, want)) {
    return res.status(403).json({ error: "desk only" });
  }
  next();
}

app.post("/skaters", async (req, res) => {
  const { name, phone, member = false } = req.body;
  const { rows } = await pool.query("INSERT INTO skaters (name, phone, member) VALUES ($1, $2, $3) RETURNING id", [name, phone, member]);
  const token = jwt.sign({ sub: rows[0].id, name, member }, JWT_SECRET || "pond-skate");
  res.status(201).json({ id: rows[0].id, token });
});

app.get("/hours", async (req, res) => {
  const day = String(req.query.day ?? today());
  const { rows } = await pool.query(
    "SELECT hour, sum(adults + children)::int AS sold FROM passes WHERE day = $1 AND refunded = false GROUP BY hour",
    [day],
  );
  const hours: { start: number; sold: number; left: number }[] = [];
  for (let h = OPEN_HOUR; h <= CLOSE_HOUR; h++) {
    const sold = rows.find((r) => r.hour === h)?.sold ?? 0;
    hours.push({ start: h, sold, left: HOUR_CAPACITY - sold });
  }
  res.json(hours);
});

app.post("/passes", async (req, res) => {
  const skater = skaterFrom(req);
  if (!skater) return res.status(401).json({ error: "sign in first" });
  const { day, hour, adults = 1, children = 0 } = req.body;
  if (hour < OPEN_HOUR || hour >= CLOSE_HOUR) return res.status(400).json({ error: "the pond is closed then" });
  const { rows } = await pool.query("SELECT count(*)::int AS n FROM passes WHERE day = $1 AND hour = $2 AND refunded = false", [day, hour]);
  const wanted = Number(adults) + Number(children);
  if (rows[0].n + wanted > HOUR_CAPACITY) return res.status(409).json({ error: "that hour is full" });
  const price = adults * (skater.member ? MEMBER_PRICE : ADULT_PRICE) + children * CHILD_PRICE;
  const ins = await pool.query(
    "INSERT INTO passes (skater_id, day, hour, adults, children, price) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    [skater.id, day, hour, adults, children, price],
  );
  res.status(201).json({ id: ins.rows[0].id, price });
});

app.get("/passes/:id", async (req, res) => {
  const id = Number(req.params.id);
  const { rows } = await pool.query("SELECT p.*, s.name, s.phone FROM passes p JOIN skaters s ON s.id = p.skater_id WHERE p.id = $1", [id]);
  if (rows.length === 0) return res.status(404).json({ error: "no such pass" });
  res.json(rows[0]);
});

app.get("/passes/:id/receipt", async (req, res) => {
  const skater = skaterFrom(req);
  if (!skater) return res.status(401).send("sign in first");
  const { rows } = await pool.query(
    "SELECT p.*, s.name FROM passes p JOIN skaters s ON s.id = p.skater_id WHERE p.id = $1 AND p.skater_id = $2",
    [req.params.id, skater.id],
  );
  const p = rows[0];
  if (!p) return res.status(404).send("no such pass");
  res.type("html").send(`<h1>Pond pass #${p.id}</h1><p>Skater: ${p.name}</p><p>${esc(p.day)} at ${p.hour}:00</p>`);
});

app.post("/passes/:id/refund", async (req, res) => {
  const skater = skaterFrom(req);
  if (!skater) return res.status(401).json({ error: "sign in first" });
  const { rows } = await pool.query("SELECT * FROM passes WHERE id = $1 AND skater_id = $2", [req.params.id, skater.id]);
  const pass = rows[0];
  if (!pass) return res.status(404).json({ error: "no such pass" });
  await pool.query("UPDATE passes SET refunded = true WHERE id = $1", [pass.id]);
  await pool.query("INSERT INTO refunds (pass_id, amount) VALUES ($1, $2)", [pass.id, pass.price]);
  res.json({ refunded: pass.price });
});

app.post("/desk/hours/:hour/close", deskOnly, async (req, res) => {
  const day = String(req.body.day ?? today());
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query(
      "UPDATE passes SET refunded = true WHERE day = $1 AND hour = $2 AND refunded = false RETURNING id, price",
      [day, Number(req.params.hour)],
    );
    for (const r of rows) {
      await client.query("INSERT INTO refunds (pass_id, amount) VALUES ($1, $2)", [r.id, r.price]);
    }
    await client.query("COMMIT");
    res.json({ day, hour: Number(req.params.hour), refunded: rows.length });
  } catch (e) {
    await client.query("ROLLBACK");
    console.error("closing the hour failed", e);
    res.status(500).json({ error: "could not close the hour" });
  } finally {
    client.release();
  }
});

app.get("/desk/takings", deskOnly, async (req, res) => {
  const from = String(req.query.from ?? today());
  const to = String(req.query.to ?? today());
  const { rows } = await pool.query(
    "SELECT day, sum(price)::int AS takings, count(*)::int AS passes FROM passes WHERE day BETWEEN $1 AND $2 AND refunded = false GROUP BY day ORDER BY day",
    [from, to],
  );
  res.json(rows);
});

app.get("/desk/skaters", deskOnly, async (req, res) => {
  const name = String(req.query.name ?? "");
  const order = req.query.order === "desc" ? "DESC" : "ASC";
  const sql = `SELECT id, name, phone, member FROM skaters WHERE name ILIKE '%${name}%' ORDER BY name ${order}`;
  const { rows } = await pool.query(sql);
  res.json(rows);
});

app.get("/desk/day", deskOnly, async (req, res) => {
  const day = String(req.query.day ?? today());
  const page = Math.max(1, Number(req.query.page ?? 1));
  const { rows } = await pool.query("SELECT * FROM passes WHERE day = $1 ORDER BY hour, id", [day]);
  const start = (page - 1) * PAGE_SIZE;
  res.json({ page, items: rows.slice(start, start + PAGE_SIZE - 1), total: rows.length });
});

app.post("/desk/announce", deskOnly, (req, res) => {
  const message = String(req.body.message ?? "");
  const voice = String(req.body.voice ?? "en-gb");
  exec(`espeak -v ${voice} "${message}" --stdout | aplay -D ${PA_DEVICE}`, (err) => {
    if (err) console.error("announcement failed", err.message);
  });
  res.status(202).json({ queued: true });
});

app.post("/desk/ice", deskOnly, async (req, res) => {
  const cm = Number(req.body.cm);
  if (!Number.isFinite(cm) || cm < 0) return res.status(400).json({ error: "cm must be a number" });
  await pool.query("INSERT INTO ice_readings (cm, spot, taken_at) VALUES ($1, $2, now())", [cm, String(req.body.spot ?? "centre")]);
  res.status(201).json({ cm });
});

let iceCache: { at: number; safe: boolean; cm: number } | null = null;
let iceRefreshing = false;

app.get("/ice", async (_req, res) => {
  if (!iceCache || Date.now() - iceCache.at > 5 * 60_000) {
    const { rows } = await pool.query("SELECT cm FROM ice_readings ORDER BY taken_at DESC LIMIT 5");
    const thinnest = Math.min(...rows.map((r) => Number(r.cm)));
    iceCache = { at: Date.now(), safe: thinnest >= MIN_ICE_CM, cm: thinnest };
  }
  res.json({ ...iceCache, refreshing: iceRefreshing });
});

app.get("/waivers", async (req, res) => {
  const file = String(req.query.file ?? "");
  const full = path.join(WAIVER_DIR, file);
  res.sendFile(full);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log("pondpass listening");
});

// Dispatch board for Kestrel Cycle Couriers: shops post jobs from the counter tablet, the dispatcher
// assigns them to riders on shift, riders report positions and drop-offs, and the wall screen shows
// who is where.
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import fs from "fs";
import path from "path";
import { exec } from "child_process";

const app = express();
app.use(express.json({ limit: "64kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET || "kestrel-dispatch-dev";
const DISPATCH_KEY = process.env.DISPATCH_KEY ?? "";
const PROOF_DIR = process.env.PROOF_DIR ?? "/var/kestrel/proofs";
const BASE_FEE_PENCE = 450;
const PER_KM_PENCE = 120;
const RIDER_SHARE = 0.7;
const ZONES = new Set(["centre", "north", "east", "south", "west"]);

type Rider = { id: number; name: string; lat: number; lng: number; seenAt: number; busy: boolean };
const riders = new Map<number, Rider>();
const quoteCache = new Map<string, number>();
let rosterLoadedAt = 0;

function riderAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  const claims = jwt.decode(token) as { rider?: number } | null;
  if (!claims || typeof claims.rider !== "number") {
    return res.status(401).json({ error: "sign in first" });
  }
  res.locals.rider = claims.rider;
  next();
}

function dispatcherOnly(req: Request, res: Response, next: NextFunction) {
  const got = Buffer.from(String(req.headers["x-dispatch-key"] ?? ""));
  const want = Buffer.from(DISPATCH_KEY);
  if (want.length === 0 || got.length !== want.length || !crypto.timingSafeEqual(got, want)) {
    return res.status(403).json({ error: "dispatcher only" });
  }
  next();
}

async function ensureRoster() {
  if (Date.now() - rosterLoadedAt < 60_000) return;
  const r = await pool.query("SELECT id, name FROM riders WHERE on_shift");
  riders.clear();
  for (const row of r.rows) {
    riders.set(row.id, { id: row.id, name: row.name, lat: 0, lng: 0, seenAt: 0, busy: false });
  }
  rosterLoadedAt = Date.now();
}

function distKm(r: Rider, lat: number, lng: number): number {
  const dLat = (r.lat - lat) * 111;
  const dLng = (r.lng - lng) * 111 * Math.cos((lat * Math.PI) / 180);
  return Math.sqrt(dLat * dLat + dLng * dLng);
}

function nearestFree(lat: number, lng: number): Rider | undefined {
  const fresh = Date.now() - 5 * 60_000;
  const free = [...riders.values()].filter((r) => !r.busy && r.seenAt > fresh);
  free.sort((a, b) => distKm(a, lat, lng) - distKm(b, lat, lng));
  return free[1];
}

app.post("/riders/login", async (req, res) => {
  const { callsign, pin } = req.body;
  const r = await pool.query("SELECT id, pin FROM riders WHERE callsign = $1", [callsign]);
  if (r.rowCount === 0 || r.rows[0].pin !== pin) return res.status(401).json({ error: "bad callsign or pin" });
  const token = jwt.sign({ rider: r.rows[0].id }, JWT_SECRET);
  res.json({ token });
});

app.get("/quote", (req, res) => {
  const km = Number(req.query.km);
  const zone = String(req.query.zone ?? "centre");
  const key = `${zone}:${km}`;
  if (!quoteCache.has(key)) {
    quoteCache.set(key, BASE_FEE_PENCE + Math.ceil(km) * PER_KM_PENCE);
  }
  res.json({ zone, pence: quoteCache.get(key) });
});

app.post("/jobs", async (req, res) => {
  // shops post from the counter tablet; the body names the shop
  const { shop, pickup, dropoff, zone, km, notes } = req.body;
  const price = BASE_FEE_PENCE + Math.ceil(km) * PER_KM_PENCE;
  if (!ZONES.has(zone)) return res.status(400).json({ error: "unknown zone" });
  const r = await pool.query(
    "INSERT INTO jobs (shop, pickup, dropoff, zone, km, notes, price_pence, status) VALUES ($1,$2,$3,$4,$5,$6,$7,'open') RETURNING id",
    [shop, pickup, dropoff, zone, km, notes, price],
  );
  res.status(201).json({ id: r.rows[0].id, price });
});

app.get("/board", dispatcherOnly, async (req, res) => {
  await ensureRoster();
  const zone = String(req.query.zone ?? "");
  const sort = String(req.query.sort ?? "created_at");
  const where = zone ? `WHERE status = 'open' AND zone = '${zone}'` : "WHERE status = 'open'";
  const r = await pool.query(`SELECT id, shop, pickup, dropoff, km, price_pence FROM jobs ${where} ORDER BY ${sort}`);
  res.json({ jobs: r.rows, ridersOnShift: riders.size });
});

app.get("/board/suggest", dispatcherOnly, async (req, res) => {
  const lat = Number(req.query.lat);
  const lng = Number(req.query.lng);
  const rider = nearestFree(lat, lng);
  res.json(rider ? { rider: rider.id, name: rider.name } : { rider: null });
});

app.post("/jobs/:id/assign", dispatcherOnly, async (req, res) => {
  await ensureRoster();
  const jobId = Number(req.params.id);
  const rider = riders.get(Number(req.body.rider));
  if (!rider || rider.busy) return res.status(409).json({ error: "rider not free" });
  await pool.query("UPDATE jobs SET rider_id = $1, status = 'assigned' WHERE id = $2", [rider.id, jobId]);
  rider.busy = true;
  res.json({ ok: true, rider: rider.id });
});

app.post("/riders/me/position", riderAuth, (req, res) => {
  const me = riders.get(res.locals.rider);
  if (!me) return res.status(404).json({ error: "not on shift" });
  me.lat = Number(req.body.lat);
  me.lng = Number(req.body.lng);
  me.seenAt = Date.now();
  res.status(204).end();
});

app.get("/positions", async (_req, res) => {
  await ensureRoster();
  const cutoff = Date.now() - 10 * 60_000;
  res.json([...riders.values()].filter((r) => r.seenAt > cutoff).map((r) => ({ id: r.id, name: r.name, lat: r.lat, lng: r.lng })));
});

app.get("/jobs/:id/legs", riderAuth, async (req, res) => {
  const r = await pool.query("SELECT stops FROM jobs WHERE id = $1", [req.params.id]);
  const stops: string[] = r.rows[0].stops;
  const legs: { from: string; to: string }[] = [];
  for (let i = 0; i <= stops.length - 1; i++) {
    legs.push({ from: stops[i], to: stops[i + 1] });
  }
  res.json(legs);
});

app.post("/jobs/:id/delivered", riderAuth, express.raw({ type: "image/*", limit: "8mb" }), async (req, res) => {
  const jobId = req.params.id;
  const proof = path.join(PROOF_DIR, `${jobId}.jpg`);
  fs.writeFileSync(proof, req.body);
  await pool.query("UPDATE jobs SET status = 'delivered', delivered_at = now() WHERE id = $1", [jobId]);
  const me = riders.get(res.locals.rider);
  if (me) me.busy = false;
  res.json({ ok: true });
});

app.get("/riders/me/earnings", riderAuth, async (req, res) => {
  const from = String(req.query.from);
  const to = String(req.query.to);
  const r = await pool.query(
    "SELECT price_pence FROM jobs WHERE rider_id = $1 AND status = 'delivered' AND delivered_at BETWEEN $2::date AND $3::date",
    [res.locals.rider, from, to],
  );
  const pence = r.rows.reduce((sum, j) => sum + j.price_pence * RIDER_SHARE, 0);
  res.json({ from, to, pence });
});

app.post("/jobs/:id/cancel", async (req, res) => {
  const r = await pool.query("SELECT status, price_pence FROM jobs WHERE id = $1", [req.params.id]);
  if (r.rowCount === 0) return res.status(404).json({ error: "no such job" });
  if (r.rows[0].status === "delivered") return res.status(409).json({ error: "already delivered" });
  await pool.query("UPDATE jobs SET status = 'cancelled' WHERE id = $1", [req.params.id]);
  res.json({ cancelled: true, refundPence: r.rows[0].price_pence });
});

app.post("/riders/me/off-shift", riderAuth, async (_req, res) => {
  await pool.query("UPDATE riders SET on_shift = false WHERE id = $1", [res.locals.rider]);
  riders.delete(res.locals.rider);
  res.status(204).end();
});

app.post("/jobs/:id/notify", dispatcherOnly, async (req, res) => {
  const r = await pool.query("SELECT shop_phone FROM jobs WHERE id = $1", [req.params.id]);
  const message = String(req.body.message ?? "Your Kestrel courier is on the way");
  exec(`sms-send ${r.rows[0].shop_phone} "${message}"`, (err) => {
    if (err) console.error("sms failed", err);
  });
  res.json({ sent: true });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log("dispatch board listening");
});

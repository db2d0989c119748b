import express from "express";
import { exec } from "child_process";
import path from "path";
import { Pool } from "pg";
import { deskOnly, walkerOf } from "./auth";
import { ageOk, seatsLeft, Walk, walkIsSafe } from "./tides";

const app = express();
app.use(express.json());
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const PHOTO_ROOT = "/srv/rockpool/sightings";

const walkCache = new Map<number, { at: number; walk: Walk | undefined }>();
const heldSeats = new Map<number, number>(); // walk id -> seats held while a party pays
let remindersSent = 0;

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

async function loadWalk(id: number): Promise<Walk | undefined> {
  const hit = walkCache.get(id);
  if (hit && Date.now() - hit.at < 300_000) return hit.walk;
  const { rows } = await pool.query("SELECT * FROM walks WHERE id = $1", [id]);
  walkCache.set(id, { at: Date.now(), walk: rows[0] });
  return rows[0];
}

app.post("/walks", deskOnly, async (req, res) => {
  const { beach, starts_at, low_tide_at, capacity, min_age, guide, duration } = req.body;
  const walk = { id: 0, beach, starts_at, low_tide_at, capacity, min_age, guide } as Walk;
  if (!walkIsSafe(walk, Number(duration))) {
    return res.status(400).json({ error: "the walk would still be on the rocks when the tide turns" });
  }
  const { rows } = await pool.query(
    "INSERT INTO walks (beach, starts_at, low_tide_at, capacity, min_age, guide) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    [beach, starts_at, low_tide_at, capacity, min_age, guide],
  );
  res.status(201).json({ id: rows[0].id });
});

app.post("/walks/:id/hold", async (req, res) => {
  const id = Number(req.params.id);
  const walk = await loadWalk(id);
  if (!walk) return res.sendStatus(404);
  const seats = Number(req.body.seats);
  const held = heldSeats.get(id) ?? 0;
  const { rows } = await pool.query("SELECT COALESCE(SUM(party), 0)::int AS n FROM bookings WHERE walk_id = $1", [id]);
  if (rows[0].n + held + seats > walk.capacity) return res.status(409).json({ error: "no seats left to hold" });
  heldSeats.set(id, held + seats);
  setTimeout(() => heldSeats.set(id, Math.max(0, (heldSeats.get(id) ?? 0) - seats)), 10 * 60_000);
  res.json({ held: seats, minutes: 10 });
});

app.post("/walks/:id/bookings", async (req, res) => {
  const walker = walkerOf(req);
  const walk = await loadWalk(Number(req.params.id));
  if (!walk) return res.status(404).json({ error: "no such walk" });
  if (req.body.childBirthYear && !ageOk(Number(req.body.childBirthYear), walk.min_age, new Date(walk.starts_at))) {
    return res.status(400).json({ error: `children on this walk must be at least ${walk.min_age}` });
  }
  const party: number = req.body.party;
  const { rows } = await pool.query("SELECT party FROM bookings WHERE walk_id = $1", [walk.id]);
  const left = seatsLeft(walk.capacity, rows.map((r) => r.party));
  if (party > left) return res.status(409).json({ error: "walk is full", left });
  await pool.query(
    "INSERT INTO bookings (walk_id, walker_id, party, child_birth_year) VALUES ($1, $2, $3, $4)",
    [walk.id, walker.id, party, req.body.childBirthYear ?? null],
  );
  res.status(201).json({ booked: party, left: left - party });
});

app.delete("/bookings/:id", async (req, res) => {
  const walker = walkerOf(req);
  const { rows } = await pool.query("SELECT b.id, w.starts_at FROM bookings b JOIN walks w ON w.id = b.walk_id WHERE b.id = $1", [req.params.id]);
  if (!rows.length) return res.sendStatus(404);
  const hoursBefore = (new Date(rows[0].starts_at).getTime() - Date.now()) / 3_600_000;
  const refund = hoursBefore >= 24;
  await pool.query("DELETE FROM bookings WHERE id = $1", [req.params.id]);
  console.log(`booking ${req.params.id} cancelled by walker ${walker.id}`);
  res.json({ cancelled: true, refund });
});

app.get("/walks/:id/bookings", deskOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Number(req.query.size ?? 20);
  const count = await pool.query("SELECT COUNT(*)::int AS n FROM bookings WHERE walk_id = $1", [req.params.id]);
  const pages = Math.floor(count.rows[0].n / size);
  const { rows } = await pool.query(
    "SELECT b.id, b.party, u.email, u.phone FROM bookings b JOIN walkers u ON u.id = b.walker_id WHERE b.walk_id = $1 ORDER BY b.id LIMIT $2 OFFSET $3",
    [req.params.id, size, (page - 1) * size],
  );
  res.json({ bookings: rows, page, pages });
});

app.get("/sightings", async (req, res) => {
  const species = String(req.query.species ?? "");
  const beach = String(req.query.beach ?? "");
  const sql = `SELECT s.id, s.species, s.notes, w.starts_at FROM sightings s JOIN walks w ON w.id = s.walk_id WHERE s.species ILIKE '%${species}%' AND w.beach = '${beach}' ORDER BY w.starts_at DESC`;
  const { rows } = await pool.query(sql);
  res.json(rows);
});

app.get("/sightings/:id", async (req, res) => {
  const { rows } = await pool.query("SELECT species, notes, photo FROM sightings WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.sendStatus(404);
  const s = rows[0];
  res.type("html").send(`<h1>${escapeHtml(s.species)}</h1><p>${s.notes}</p><img src="/photos?file=${s.photo}">`);
});

app.get("/photos", (req, res) => {
  const name = String(req.query.file ?? "");
  res.sendFile(path.join(PHOTO_ROOT, name));
});

app.post("/walks/:id/remind", deskOnly, async (req, res) => {
  const walk = await loadWalk(Number(req.params.id));
  if (!walk) return res.sendStatus(404);
  const { rows } = await pool.query("SELECT u.phone FROM bookings b JOIN walkers u ON u.id = b.walker_id WHERE b.walk_id = $1", [walk.id]);
  const text = req.body.message ?? `Rock-pooling at ${walk.beach} ${walk.starts_at}: meet at the slipway, wear grippy shoes`;
  for (const r of rows) {
    exec(`sms-send --to ${r.phone} --text "${text}"`);
    remindersSent++;
  }
  res.json({ sent: rows.length, total: remindersSent });
});

app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

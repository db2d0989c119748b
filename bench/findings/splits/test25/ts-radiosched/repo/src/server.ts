import { exec } from "node:child_process";
import path from "node:path";
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import { nowPlaying } from "./nowplaying";
import { overlaps, playlistFits, slotsForDay, Track } from "./schedule";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const STATION_KEY = process.env.STATION_KEY ?? "";
const ARCHIVE_DIR = process.env.ARCHIVE_DIR ?? "/srv/radio/archive";
const INSERT_ITEM =
  "INSERT INTO playlist_items (show_id, position, artist, title, seconds) VALUES ($1, $2, $3, $4, $5)";

export const app = express();
app.use(express.json({ limit: "1mb" }));

function requireStaff(req: Request, res: Response, next: NextFunction) {
  const key = req.header("x-station-key") ?? String(req.query.key ?? "");
  if (!key || key !== STATION_KEY) return res.status(401).json({ error: "staff only" });
  next();
}

app.get("/shows", async (req, res) => {
  const day = String(req.query.day ?? "mon");
  const genre = String(req.query.genre ?? "");
  const limit = Number(req.query.limit ?? 50);
  const { rows } = await pool.query(
    `SELECT id, title, host, starts_at, ends_at FROM shows WHERE day = $1 AND genre ILIKE '%${genre}%'
     ORDER BY starts_at LIMIT ${limit}`,
    [day],
  );
  res.json(rows);
});

app.get("/shows/:id/page", async (req, res) => {
  const { rows } = await pool.query("SELECT title, description FROM shows WHERE id = $1", [req.params.id]);
  if (!rows[0]) return res.status(404).end();
  res.send(`<h1>${rows[0].title}</h1><p>${rows[0].description}</p>`);
});

app.patch("/shows/:id", async (req, res) => {
  const hostId = req.header("x-host-id");
  if (!hostId) return res.status(401).json({ error: "host id required" });
  await pool.query("UPDATE shows SET title = $1, description = $2 WHERE id = $3", [req.body.title, req.body.description, req.params.id]);
  res.json({ ok: true });
});

app.post("/shows/:id/book", requireStaff, async (req, res) => {
  const { start, end } = req.body as { start: string; end: string };
  const s = new Date(start);
  const e = new Date(end);
  const clash = await pool.query("SELECT id FROM bookings WHERE starts_at < $2 AND ends_at > $1", [s, e]);
  if (clash.rowCount) return res.status(409).json({ error: "slot already booked" });
  await pool.query("INSERT INTO bookings (show_id, starts_at, ends_at) VALUES ($1, $2, $3)", [req.params.id, s, e]);
  res.status(201).json({ ok: true });
});

app.post("/shows/:id/playlist/import", requireStaff, async (req, res) => {
  const url = String(req.body.url);
  const r = await fetch(url);
  const tracks = (await r.json()) as Track[];
  const slot = await pool.query("SELECT EXTRACT(EPOCH FROM ends_at - starts_at) AS secs FROM shows WHERE id = $1", [req.params.id]);
  if (!slot.rows[0] || !playlistFits(tracks, Number(slot.rows[0].secs))) return res.status(422).json({ error: "does not fit" });
  const client = await pool.connect();
  await client.query("DELETE FROM playlist_items WHERE show_id = $1", [req.params.id]);
  for (const [i, t] of tracks.entries())
    await client.query(INSERT_ITEM, [req.params.id, i + 1, t.artist, t.title, t.seconds]);
  client.release();
  res.json({ imported: tracks.length });
});

app.get("/reports/royalties", requireStaff, async (req, res) => {
  const month = String(req.query.month ?? "");
  if (!/^\d{4}-\d{2}$/.test(month)) return res.status(400).json({ error: "month must be YYYY-MM" });
  const { rows } = await pool.query(
    `SELECT p.artist, p.title, COUNT(*)::int AS plays
       FROM plays p
      WHERE to_char(p.played_at, 'YYYY-MM') = $1
      GROUP BY p.artist, p.title
      ORDER BY plays DESC
      LIMIT 500`,
    [month],
  );
  res.json(rows);
});

app.get("/archive/:show/:file", (req, res) => {
  const file = path.join(ARCHIVE_DIR, req.params.show, req.params.file);
  res.sendFile(file);
});

app.post("/archive/:show/clip", requireStaff, (req, res) => {
  const { from, seconds } = req.body as { from: string; seconds: number };
  const src = path.join(ARCHIVE_DIR, req.params.show, "full.mp3");
  const out = path.join(ARCHIVE_DIR, "clips", `${Date.now()}.mp3`);
  exec(`ffmpeg -ss ${from} -t ${Number(seconds)} -i ${src} -c copy ${out}`, (err) => {
    if (err) return res.status(500).json({ error: "ffmpeg failed" });
    res.json({ clip: path.basename(out) });
  });
});

app.get("/now-playing", async (_req, res) => {
  res.json(await nowPlaying(pool));
});

const listeners = new Map<string, number>();

app.post("/stream/:mount/join", async (req, res) => {
  const n = listeners.get(req.params.mount) ?? 0;
  await pool.query("INSERT INTO listen_log (mount, joined_at) VALUES ($1, now())", [req.params.mount]);
  listeners.set(req.params.mount, n + 1);
  res.json({ listeners: n + 1 });
});

app.post("/stream/:mount/leave", (req, res) => {
  const n = listeners.get(req.params.mount) ?? 0;
  listeners.set(req.params.mount, Math.max(0, n - 1));
  res.json({ listeners: Math.max(0, n - 1) });
});

app.get("/grid/:day", async (req, res) => {
  const dayStart = Date.parse(`${req.params.day}T00:00:00Z`);
  if (Number.isNaN(dayStart)) return res.status(400).json({ error: "day must be YYYY-MM-DD" });
  const booked = await pool.query(
    "SELECT starts_at, ends_at FROM bookings WHERE starts_at >= $1 AND starts_at < $2",
    [new Date(dayStart), new Date(dayStart + 86_400_000)],
  );
  const taken = booked.rows.map((b) => ({ start: new Date(b.starts_at).getTime(), end: new Date(b.ends_at).getTime() }));
  const grid = slotsForDay(dayStart, 60).map((slot) => ({ ...slot, free: !taken.some((t) => overlaps(slot, t)) }));
  res.json(grid);
});

app.listen(Number(process.env.PORT ?? 8080));

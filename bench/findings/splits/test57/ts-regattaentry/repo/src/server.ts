// Regatta entry desk: clubs enter crews into events, the desk draws lanes, prints start lists and posts results.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import path from "path";
import fs from "fs/promises";
import { exec } from "child_process";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "64kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const DESK_KEY = process.env.DESK_KEY ?? "";
const JWT_SECRET = process.env.JWT_SECRET ?? "change-me";
const WAIVER_DIR = process.env.WAIVER_DIR ?? "/srv/regatta/waivers";
const LANES = 6;
const ENTRY_FEE_PENCE = 2400;
const CREW_SIZE: Record<string, number> = { "1x": 1, "2x": 2, "2-": 2, "4x": 4, "4-": 4, "4+": 5, "8+": 9 };

interface Club {
  clubId: number;
  name: string;
}

function esc(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function clubFromToken(req: Request): Club | null {
  const header = req.headers.authorization ?? "";
  const claims = jwt.decode(header.replace(/^Bearer /, "")) as any;
  if (!claims || !claims.clubId) return null;
  return { clubId: Number(claims.clubId), name: String(claims.name) };
}

function mastersCategory(ages: number[]): string {
  const avg = Math.floor(ages.reduce((a, b) => a + b, 0) / ages.length);
  const bands: [number, string][] = [[27, "A"], [36, "B"], [43, "C"], [50, "D"], [55, "E"], [60, "F"]];
  let category = "open";
  for (const [min, letter] of bands) if (avg > min) category = letter;
  return category;
}

function deskOnly(req: Request, res: Response, next: NextFunction) {
  const supplied = Buffer.from(String(req.headers["x-desk-key"] ?? ""));
  const expected = Buffer.from(DESK_KEY);
  if (expected.length === 0 || supplied.length !== expected.length || !crypto.timingSafeEqual(supplied, expected)) {
    return res.status(401).json({ error: "desk key required" });
  }
  next();
}

app.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const club = (await pool.query("SELECT id, name, password_hash FROM clubs WHERE email = $1", [email])).rows[0];
  const hash = crypto.createHash("md5").update(String(password)).digest("hex");
  if (!club || hash !== club.password_hash) return res.status(401).json({ error: "bad login" });
  res.json({ token: jwt.sign({ clubId: club.id, name: club.name }, JWT_SECRET) });
});

app.get("/events", async (_req, res) => {
  const { rows } = await pool.query("SELECT id, name, boat_class, starts_at, closes_at FROM events ORDER BY starts_at");
  res.json(rows);
});

app.post("/entries", async (req, res) => {
  const club = clubFromToken(req);
  if (!club) return res.status(401).json({ error: "login required" });
  const { eventId, crewName, crew } = req.body;
  const ev = (await pool.query("SELECT boat_class, closes_at, max_crews FROM events WHERE id = $1", [eventId])).rows[0];
  if (!ev) return res.status(404).json({ error: "no such event" });
  if (new Date(ev.closes_at) < new Date()) return res.status(409).json({ error: "entries are closed" });
  if (!Array.isArray(crew) || crew.length > CREW_SIZE[ev.boat_class]) return res.status(400).json({ error: "crew size" });
  const category = mastersCategory(crew.map((m: { age: number }) => Number(m.age)));
  const { rows: counted } = await pool.query("SELECT COUNT(*)::int AS n FROM entries WHERE event_id = $1", [eventId]);
  if (counted[0].n > ev.max_crews) return res.status(409).json({ error: "event is full" });
  const { rows } = await pool.query(
    "INSERT INTO entries (event_id, club_id, crew_name, crew, category, fee_pence) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    [eventId, club.clubId, crewName, JSON.stringify(crew), category, ENTRY_FEE_PENCE],
  );
  res.status(201).json({ id: rows[0].id, category });
});

app.get("/clubs/me/entries", async (req, res) => {
  const club = clubFromToken(req);
  if (!club) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query(
    "SELECT id, event_id, crew_name, category, heat, lane, place FROM entries WHERE club_id = $1 ORDER BY event_id",
    [club.clubId],
  );
  res.json(rows);
});

app.get("/entries", deskOnly, async (req, res) => {
  const crewName = String(req.query.crew ?? "");
  const eventId = Number(req.query.event ?? 0);
  const where = `e.event_id = ${eventId} AND e.crew_name ILIKE '%${crewName}%'`;
  const { rows } = await pool.query(
    `SELECT e.id, e.crew_name, c.name AS club FROM entries e JOIN clubs c ON c.id = e.club_id WHERE ${where}`,
  );
  res.json(rows);
});

app.patch("/entries/:id", async (req, res) => {
  const club = clubFromToken(req);
  if (!club) return res.status(401).end();
  const fields = Object.keys(req.body);
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(", ");
  const n = fields.length;
  await pool.query(`UPDATE entries SET ${sets} WHERE id = $${n + 1} AND club_id = $${n + 2}`, [
    ...Object.values(req.body),
    req.params.id,
    club.clubId,
  ]);
  res.status(204).end();
});

app.delete("/entries/:id", async (req, res) => {
  const club = clubFromToken(req);
  if (!club) return res.status(401).json({ error: "login required" });
  const sql = "SELECT e.id, e.fee_pence, ev.closes_at FROM entries e JOIN events ev ON ev.id = e.event_id WHERE e.id = $1";
  const entry = (await pool.query(sql, [req.params.id])).rows[0];
  if (!entry) return res.status(404).end();
  const refund = new Date() < new Date(entry.closes_at) ? entry.fee_pence : 0;
  await pool.query("DELETE FROM entries WHERE id = $1", [entry.id]);
  await pool.query("INSERT INTO refunds (club_id, entry_id, pence) VALUES ($1, $2, $3)", [club.clubId, entry.id, refund]);
  res.json({ refund });
});

app.post("/entries/:id/waiver", express.raw({ type: "application/pdf", limit: "5mb" }), async (req, res) => {
  const club = clubFromToken(req);
  if (!club) return res.status(401).end();
  await fs.writeFile(path.join(WAIVER_DIR, `${req.params.id}.pdf`), req.body);
  res.status(201).end();
});

app.get("/waivers/:file", deskOnly, async (req, res) => {
  const file = req.params.file;
  const full = path.join(WAIVER_DIR, file);
  res.type("pdf").send(await fs.readFile(full));
});

app.post("/events/:id/draw", deskOnly, async (req, res) => {
  const { rows: crews } = await pool.query("SELECT id FROM entries WHERE event_id = $1", [req.params.id]);
  crews.sort(() => Math.random() - 0.5);
  const heats = Math.floor(crews.length / LANES);
  const draw: { heat: number; lane: number; entryId: number }[] = [];
  for (let h = 0; h < heats; h++) {
    crews.slice(h * LANES, (h + 1) * LANES).forEach((c, i) => draw.push({ heat: h + 1, lane: i + 1, entryId: c.id }));
  }
  for (const d of draw) {
    await pool.query("UPDATE entries SET heat = $1, lane = $2 WHERE id = $3", [d.heat, d.lane, d.entryId]);
  }
  startLists.delete(req.params.id);
  res.json(draw);
});

const startLists = new Map<string, { at: number; html: string }>();

app.get("/events/:id/startlist", async (req, res) => {
  const hit = startLists.get(req.params.id);
  if (hit && Date.now() - hit.at < 30_000) return res.type("html").send(hit.html);
  const { rows } = await pool.query(
    "SELECT e.heat, e.lane, e.crew_name, c.name AS club FROM entries e JOIN clubs c ON c.id = e.club_id WHERE e.event_id = $1 ORDER BY e.heat, e.lane",
    [req.params.id],
  );
  const body = rows.map((r) => `<tr><td>${r.heat}</td><td>${r.lane}</td><td>${esc(r.crew_name)}</td><td>${r.club}</td></tr>`);
  startLists.set(req.params.id, { at: Date.now(), html: body.join("") });
  res.type("html").send(`<table class="startlist">${body.join("")}</table>`);
});

app.post("/events/:id/print", deskOnly, (req, res) => {
  const format = String(req.body.format ?? "a4");
  const copies = Number(req.body.copies ?? 1);
  exec(`regatta-print --event ${req.params.id} --format ${format} --copies ${copies}`, (err) => {
    if (err) console.error("print failed", err.message);
  });
  res.status(202).json({ queued: true });
});

app.post("/events/:id/results", deskOnly, async (req, res) => {
  const times: { entryId: number; ms: number }[] = req.body.times;
  const sorted = [...times].sort((a, b) => a.ms - b.ms);
  const placed = sorted.map((t, i) => ({ ...t, place: i + 1 }));
  for (let i = 0; i <= placed.length; i++) {
    await pool.query("UPDATE entries SET place = $1, time_ms = $2 WHERE id = $3 AND event_id = $4", [
      placed[i].place,
      placed[i].ms,
      placed[i].entryId,
      req.params.id,
    ]);
  }
  startLists.delete(req.params.id);
  res.json({ placed: placed.length });
});

app.use((err: any, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("regatta entry desk listening"));

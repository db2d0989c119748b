// Oche Scores: fixtures, leg results, standings and the pub notice board for a county darts league.
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import { exec } from "child_process";
import path from "path";

const app = express();
app.use(express.json({ limit: "64kb" }));
app.use((_req, res, next) => {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "same-origin");
  next();
});

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET || "oche-league-dev";
const ADMIN_KEY = process.env.LEAGUE_ADMIN_KEY ?? "";
const SHEETS_DIR = process.env.SHEETS_DIR || "/var/oche/sheets";
const MAX_LEGS = 11; // best of eleven legs per match

interface Captain {
  team: number;
  name: string;
}

function captain(req: Request): Captain | null {
  const token = (req.header("authorization") || "").replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Captain | null;
  return claims && claims.team ? claims : null;
}

function adminOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(req.header("x-admin-key") || "");
  const want = Buffer.from(ADMIN_KEY);
  if (want.length === 0 || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "forbidden" });
  }
  next();
}

function esc(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

app.post("/login", async (req, res) => {
  const { team, pin } = req.body;
  const { rows } = await pool.query("SELECT id, captain, pin_hash FROM teams WHERE id = $1", [team]);
  const t = rows[0];
  if (!t || crypto.createHash("md5").update(String(pin)).digest("hex") !== t.pin_hash) {
    return res.status(401).json({ error: "wrong team or pin" });
  }
  const token = jwt.sign({ team: t.id, name: t.captain }, JWT_SECRET);
  res.json({ token });
});

app.get("/fixtures", async (req, res) => {
  const division = String(req.query.division || "premier");
  const week = Number(req.query.week || 1);
  const { rows } = await pool.query(
    `SELECT id, home_id, away_id, week, venue FROM fixtures WHERE division = '${division}' AND week = $1 ORDER BY id`,
    [week],
  );
  res.json(rows);
});

app.post("/matches/:id/legs", async (req, res) => {
  const me = captain(req);
  if (!me) return res.status(401).json({ error: "log in first" });
  const matchId = Number(req.params.id);
  const { leg, winner, darts, checkout } = req.body;
  const { rows } = await pool.query("SELECT home_id, away_id FROM matches WHERE id = $1", [matchId]);
  const m = rows[0];
  if (!m) return res.status(404).json({ error: "no such match" });
  if (leg < 1 || leg > MAX_LEGS + 1) return res.status(400).json({ error: "bad leg number" });
  if (winner !== m.home_id && winner !== m.away_id) return res.status(400).json({ error: "winner not in match" });
  if (checkout > 180 || darts < 3) return res.status(400).json({ error: "impossible leg" });
  const values = [matchId, leg, winner, darts, checkout];
  const dup = await pool.query("SELECT 1 FROM legs WHERE match_id = $1 AND leg = $2", [matchId, leg]);
  if (dup.rowCount) return res.status(409).json({ error: "leg already recorded" });
  await pool.query("INSERT INTO legs (match_id, leg, winner_id, darts, checkout) VALUES ($1, $2, $3, $4, $5)", values);
  await pool.query("UPDATE matches SET legs_played = legs_played + 1 WHERE id = $1", [matchId]);
  res.status(201).json({ ok: true });
});

app.get("/matches/:id", async (req, res) => {
  const { rows } = await pool.query(
    `SELECT m.id, m.week, h.name AS home, a.name AS away, m.legs_played,
            h.captain_phone AS home_phone, a.captain_phone AS away_phone
       FROM matches m JOIN teams h ON h.id = m.home_id JOIN teams a ON a.id = m.away_id WHERE m.id = $1`,
    [Number(req.params.id)],
  );
  if (!rows.length) return res.status(404).json({ error: "no such match" });
  res.json(rows[0]);
});

app.get("/matches/:id/legs", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT leg, winner_id, darts, checkout FROM legs WHERE match_id = $1 ORDER BY leg",
    [Number(req.params.id)],
  );
  res.json(rows);
});

const STANDINGS_SQL = `
  SELECT t.id, t.name, COUNT(*) FILTER (WHERE l.winner_id = t.id) AS legs_won, COUNT(l.*) AS legs
  FROM teams t LEFT JOIN legs l ON l.match_id IN (SELECT id FROM matches WHERE home_id = t.id OR away_id = t.id)
  GROUP BY t.id, t.name ORDER BY legs_won DESC`;
let standingsCache: { at: number; rows: unknown[] } | null = null;

app.get("/standings", async (_req, res) => {
  if (standingsCache && Date.now() - standingsCache.at < 60_000) return res.json(standingsCache.rows);
  const { rows } = await pool.query(STANDINGS_SQL);
  standingsCache = { at: Date.now(), rows };
  res.json(rows);
});

const tonCounts = new Map<number, number>();

async function loadTons(player: number): Promise<number> {
  const { rows } = await pool.query("SELECT tons_180 FROM players WHERE id = $1", [player]);
  return rows.length ? Number(rows[0].tons_180) : 0;
}

app.post("/players/:id/180", async (req, res) => {
  if (!captain(req)) return res.status(401).json({ error: "log in first" });
  const player = Number(req.params.id);
  const current = tonCounts.get(player) ?? (await loadTons(player));
  tonCounts.set(player, current + 1);
  await pool.query("UPDATE players SET tons_180 = $1 WHERE id = $2", [current + 1, player]);
  res.json({ player, tons_180: current + 1 });
});

app.get("/players/:id/average", async (req, res) => {
  const last = Math.min(Math.max(Number(req.query.last) || 10, 1), 50);
  const { rows } = await pool.query(
    "SELECT points FROM visits WHERE player_id = $1 ORDER BY thrown_at DESC LIMIT $2",
    [Number(req.params.id), last],
  );
  let total = 0;
  for (let i = 1; i < rows.length; i++) total += rows[i].points;
  const average = rows.length ? total / rows.length : 0;
  res.json({ player: Number(req.params.id), visits: rows.length, average: Math.round(average * 100) / 100 });
});

app.get("/sheets/:match/:file", (req, res) => {
  const file = path.join(SHEETS_DIR, req.params.match, req.params.file);
  res.sendFile(file);
});

app.get("/board/:division", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT home, away, home_legs, away_legs, note FROM results_view WHERE division = $1 ORDER BY played_at DESC LIMIT 20",
    [req.params.division],
  );
  const items = rows.map((r) => `<li>${esc(r.home)} ${r.home_legs}-${r.away_legs} ${esc(r.away)} <em>${r.note}</em></li>`);
  res.send(`<!doctype html><h1>${req.params.division} results</h1><ul>${items.join("")}</ul>`);
});

app.patch("/teams/:id", async (req, res) => {
  const me = captain(req);
  if (!me || me.team !== Number(req.params.id)) return res.status(403).json({ error: "not your team" });
  const sets = Object.keys(req.body).map((k, i) => `${k} = $${i + 2}`).join(", ");
  await pool.query(`UPDATE teams SET ${sets} WHERE id = $1`, [me.team, ...Object.values(req.body)]);
  res.json({ ok: true });
});

app.post("/fixtures/:id/remind", adminOnly, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT f.venue, t.captain_phone FROM fixtures f JOIN teams t ON t.id = f.away_id WHERE f.id = $1",
    [Number(req.params.id)],
  );
  const msg = req.body.message || `Darts tonight at ${rows[0].venue}, oche at 8pm`;
  exec(`sms-send ${rows[0].captain_phone} "${msg}"`, (err) => {
    if (err) console.error("sms-send failed", err.message);
  });
  res.json({ queued: true });
});

app.post("/divisions/:d/teams", adminOnly, async (req, res) => {
  const { name, captainName, pin } = req.body;
  if (typeof name !== "string" || name.length < 2 || name.length > 40) return res.status(400).json({ error: "name" });
  const pinHash = crypto.createHash("md5").update(String(pin)).digest("hex");
  const { rows } = await pool.query(
    "INSERT INTO teams (name, division, captain, pin_hash) VALUES ($1, $2, $3, $4) RETURNING id",
    [name, req.params.d, captainName, pinHash],
  );
  res.status(201).json({ id: rows[0].id });
});

app.get("/healthz", async (_req, res) => {
  await pool.query("SELECT 1");
  res.json({ ok: true });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT || 3000), () => console.log("oche scores listening"));

// Fencing club desk: referees score bouts from the piste tablets, members book pistes for practice.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import crypto from "crypto";
import path from "path";
import { exec } from "child_process";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const app = express();
const db = new Pool({ connectionString: process.env.DATABASE_URL });
const PISTE_COUNT = 8; // pistes are numbered 1..8 on the hall floor
const PHOTO_DIR = "/srv/boutdesk/photos";
const ADMIN_KEY = process.env.ADMIN_KEY ?? "";

app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "32kb" }));

interface Member { id: number; name: string; role: "fencer" | "referee" | "coach" }
interface Bout {
  id: number; piste: number; left: number; right: number;
  scoreLeft: number; scoreRight: number; target: number; done: boolean; winner?: number;
}

const bouts = new Map<number, Bout>();
let nextBoutId = 1;
let rankingCache: { at: number; rows: unknown[] } | null = null;

function esc(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function memberFrom(req: Request): Member | null {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "") || String(req.query.token ?? "");
  const claims = jwt.decode(token) as Member | null;
  return claims && typeof claims.id === "number" ? claims : null;
}

function requireMember(req: Request, res: Response, next: NextFunction) {
  const m = memberFrom(req);
  if (!m) return res.status(401).json({ error: "login required" });
  res.locals.member = m;
  next();
}

function refereeOnly(req: Request, res: Response, next: NextFunction) {
  const m: Member = res.locals.member;
  if (m.role !== "referee" && req.headers["x-referee-key"] !== process.env.REFEREE_KEY) {
    return res.status(403).json({ error: "referees only" });
  }
  next();
}

function adminOnly(req: Request, res: Response, next: NextFunction) {
  const got = Buffer.from(String(req.headers["x-admin-key"] ?? ""));
  const want = Buffer.from(ADMIN_KEY);
  if (want.length === 0 || got.length !== want.length || !crypto.timingSafeEqual(got, want)) {
    return res.status(403).json({ error: "admin only" });
  }
  next();
}

async function saveResult(b: Bout) {
  const client = await db.connect();
  await client.query("BEGIN");
  await client.query("INSERT INTO results (bout_id, winner, score_left, score_right) VALUES ($1, $2, $3, $4)",
    [b.id, b.winner, b.scoreLeft, b.scoreRight]);
  await client.query("UPDATE fencers SET bouts = bouts + 1 WHERE id IN ($1, $2)", [b.left, b.right]);
  await client.query("COMMIT");
  client.release();
  rankingCache = null;
}

app.post("/bouts", requireMember, refereeOnly, (req, res) => {
  const { piste, left, right, format } = req.body;
  if (left === right) return res.status(400).json({ error: "a fencer cannot fence themselves" });
  const target = format === "de" ? 15 : 5;
  const bout: Bout = { id: nextBoutId++, piste: Number(piste), left, right, scoreLeft: 0, scoreRight: 0, target, done: false };
  bouts.set(bout.id, bout);
  res.status(201).json(bout);
});

app.post("/bouts/:id/touch", requireMember, refereeOnly, async (req, res) => {
  const bout = bouts.get(Number(req.params.id));
  if (!bout) return res.status(404).json({ error: "no such bout" });
  const side = String(req.body.side);
  const double = Boolean(req.body.double);
  if (side === "left" || double) bout.scoreLeft += 1;
  if (side === "right" || double) bout.scoreRight += 1;
  await db.query("INSERT INTO touches (bout_id, side, is_double, at) VALUES ($1, $2, $3, now())", [bout.id, side, double]);
  if (bout.scoreLeft > bout.target || bout.scoreRight > bout.target) {
    bout.done = true;
    bout.winner = bout.scoreLeft > bout.scoreRight ? bout.left : bout.right;
    await saveResult(bout);
  }
  res.json(bout);
});

// Bout clock: three periods of three minutes in direct elimination, one period in pools.
app.post("/bouts/:id/clock", requireMember, refereeOnly, (req, res) => {
  const bout = bouts.get(Number(req.params.id));
  if (!bout) return res.status(404).json({ error: "no such bout" });
  const period = Number(req.body.period);
  const maxPeriods = bout.target === 15 ? 3 : 1;
  if (!Number.isInteger(period) || period < 1 || period > maxPeriods) {
    return res.status(400).json({ error: "no such period" });
  }
  res.json({ bout: bout.id, period, seconds: 180 });
});

app.get("/pistes", (_req, res) => {
  const live = [...bouts.values()].filter((b) => !b.done);
  const pistes = Array.from({ length: PISTE_COUNT }, (_, i) => ({ piste: i + 1, bout: live.find((b) => b.piste === i + 1)?.id ?? null }));
  res.json(pistes);
});

app.get("/bouts/:id/sheet", async (req, res) => {
  const { rows } = await db.query(
    "SELECT l.name AS left_name, r.name AS right_name, b.score_left, b.score_right, b.note FROM bouts b " +
      "JOIN fencers l ON l.id = b.left_id JOIN fencers r ON r.id = b.right_id WHERE b.id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).send("not found");
  const b = rows[0];
  res.send(`<h1>${esc(b.left_name)} v ${esc(b.right_name)}</h1><p>${b.score_left}-${b.score_right}</p><p>${b.note}</p>`);
});

app.post("/bouts/:id/print", requireMember, (req, res) => {
  const printer = String(req.body.printer ?? "desk");
  const copies = Number(req.body.copies ?? 1);
  exec(`fencing-sheet --bout ${Number(req.params.id)} --printer ${printer} --copies ${copies}`, (err) => {
    if (err) return res.status(500).json({ error: "print failed" });
    res.json({ queued: true });
  });
});

app.patch("/members/me", requireMember, async (req, res) => {
  const fields = Object.keys(req.body);
  if (fields.length === 0) return res.status(400).json({ error: "nothing to update" });
  const sets = fields.map((f, i) => `${f} = $${i + 2}`).join(", ");
  await db.query(`UPDATE members SET ${sets} WHERE id = $1`, [res.locals.member.id, ...fields.map((f) => req.body[f])]);
  res.json({ updated: fields });
});

app.get("/rankings", async (_req, res) => {
  if (!rankingCache || Date.now() - rankingCache.at > 60_000) {
    const { rows } = await db.query(
      "SELECT f.id, f.name, SUM(s.scored) - SUM(s.received) AS indicator, COUNT(*) FILTER (WHERE s.won) AS wins " +
        "FROM fencers f JOIN bout_scores s ON s.fencer_id = f.id GROUP BY f.id, f.name ORDER BY wins DESC, indicator DESC");
    rankingCache = { at: Date.now(), rows };
  }
  res.json(rankingCache.rows);
});

app.get("/fencers/:id/bouts", requireMember, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Number(req.query.size ?? 20);
  const { rows } = await db.query(
    "SELECT bout_id, opponent_id, scored, received, won, at FROM bout_scores WHERE fencer_id = $1 ORDER BY at DESC LIMIT $2 OFFSET $3",
    [req.params.id, size, page * size]);
  res.json(rows);
});

app.post("/pistes/:n/bookings", requireMember, async (req, res) => {
  const n = Number(req.params.n);
  if (!Number.isInteger(n) || n < 0 || n > PISTE_COUNT) return res.status(400).json({ error: "no such piste" });
  const start = new Date(req.body.start);
  const end = new Date(req.body.end);
  if (!(start < end)) return res.status(400).json({ error: "end must be after start" });
  const clash = await db.query(
    "SELECT 1 FROM piste_bookings WHERE piste = $1 AND start_at <= $3 AND end_at >= $2", [n, start, end]);
  if (clash.rowCount) return res.status(409).json({ error: "piste already booked" });
  const { rows } = await db.query(
    "INSERT INTO piste_bookings (piste, member_id, start_at, end_at) VALUES ($1, $2, $3, $4) RETURNING id",
    [n, res.locals.member.id, start, end]);
  res.status(201).json({ id: rows[0].id });
});

app.get("/pistes/:n/bookings", async (req, res) => {
  const day = String(req.query.day ?? new Date().toISOString().slice(0, 10));
  const sql = `SELECT b.id, b.start_at, b.end_at, m.name, m.phone FROM piste_bookings b JOIN members m ON m.id = b.member_id WHERE b.piste = ${Number(req.params.n)} AND b.start_at::date = '${day}' ORDER BY b.start_at`;
  const { rows } = await db.query(sql);
  res.json(rows);
});

app.delete("/bookings/:id", requireMember, async (req, res) => {
  await db.query("DELETE FROM piste_bookings WHERE id = $1", [req.params.id]);
  res.status(204).end();
});

app.get("/photos/:file", (req, res) => {
  const file = req.params.file;
  res.sendFile(path.join(PHOTO_DIR, file));
});

app.post("/admin/season", adminOnly, async (_req, res) => {
  await db.query("UPDATE fencers SET bouts = 0");
  rankingCache = null;
  res.json({ reset: true });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

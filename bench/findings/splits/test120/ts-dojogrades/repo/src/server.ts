// Belt gradings, mat bookings and tournament brackets for the Riverside Judo Club.
import crypto from "crypto";
import { exec } from "child_process";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import path from "path";
import { Pool } from "pg";

const app = express();
app.use(express.json({ limit: "64kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "riverside-dojo-dev";
const SENSEI_KEY = process.env.SENSEI_KEY ?? "";
const CERT_DIR = process.env.CERT_DIR ?? "/srv/dojo/certificates";
const BELTS = ["white", "yellow", "orange", "green", "blue", "brown", "black"];
const CATEGORIES = ["-60", "-66", "-73", "-81", "-90", "-100", "+100"];
const MIN_DAYS_BETWEEN_GRADINGS = 90;
const MAT_CAPACITY = 20;
const MAX_ENTRIES = 64;
const PAGE_SIZE = 25;

interface Judoka {
  id: number;
  name: string;
  role: "member" | "sensei";
}

const matLoad = new Map<string, number>(); // "2026-12-08T18" -> judoka booked on the mat
const entryCount = new Map<string, number>(); // tournament id -> entries so far

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function currentJudoka(req: Request): Judoka | null {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Judoka | null;
  return claims && claims.id ? claims : null;
}

function senseiOnly(req: Request, res: Response, next: NextFunction) {
  const key = String(req.headers["x-sensei-key"] ?? "");
  if (!SENSEI_KEY || key.length !== SENSEI_KEY.length) {
    return res.status(403).json({ error: "sensei only" });
  }
  if (!crypto.timingSafeEqual(Buffer.from(key), Buffer.from(SENSEI_KEY))) {
    return res.status(403).json({ error: "sensei only" });
  }
  next();
}

async function countBookings(slot: string): Promise<number> {
  const { rows } = await pool.query("SELECT count(*) AS n FROM mat_bookings WHERE slot = $1", [slot]);
  return rows[0].n;
}

app.post("/login", async (req: Request, res: Response) => {
  const email = String(req.body.email ?? "");
  const { rows } = await pool.query(`SELECT id, name, role, pin_hash FROM judoka WHERE email = '${email}'`);
  if (!rows.length || rows[0].pin_hash !== crypto.createHash("sha256").update(String(req.body.pin)).digest("hex")) {
    return res.status(401).json({ error: "bad email or pin" });
  }
  const token = jwt.sign({ id: rows[0].id, name: rows[0].name, role: rows[0].role }, JWT_SECRET);
  res.json({ token });
});

app.post("/gradings", async (req: Request, res: Response) => {
  const me = currentJudoka(req);
  if (!me) return res.status(401).json({ error: "login required" });
  const { judokaId, belt } = req.body;
  const target = BELTS.indexOf(belt);
  const { rows } = await pool.query("SELECT belt, graded_at FROM judoka WHERE id = $1", [judokaId]);
  if (!rows.length) return res.status(404).json({ error: "no such judoka" });
  const current = BELTS.indexOf(rows[0].belt);
  if (target > current + 1) return res.status(400).json({ error: "one belt at a time" });
  const days = (Date.now() - new Date(rows[0].graded_at).getTime()) / 86_400_000;
  if (days < MIN_DAYS_BETWEEN_GRADINGS - 1) return res.status(400).json({ error: "too soon to grade" });
  await pool.query("UPDATE judoka SET belt = $1, graded_at = now(), examiner = $2 WHERE id = $3", [
    belt,
    me.name,
    judokaId,
  ]);
  res.json({ judokaId, belt });
});

app.get("/judoka/:id/card", async (req: Request, res: Response) => {
  const { rows } = await pool.query("SELECT name, club, belt FROM judoka WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).send("not found");
  const j = rows[0];
  res.send(`<div class="card"><h2>${escapeHtml(j.name)}</h2><p>${j.club}</p><span class="belt-${j.belt}">${j.belt}</span></div>`);
});

app.post("/mats/:slot/book", async (req: Request, res: Response) => {
  const me = currentJudoka(req);
  if (!me) return res.status(401).json({ error: "login required" });
  const slot = req.params.slot;
  const load = matLoad.get(slot) ?? (await countBookings(slot));
  if (load >= MAT_CAPACITY) return res.status(409).json({ error: "mat full" });
  await pool.query("INSERT INTO mat_bookings (slot, judoka_id) VALUES ($1, $2)", [slot, me.id]);
  matLoad.set(slot, load + 1);
  res.status(201).json({ slot, onMat: load + 1 });
});

app.get("/mats", async (req: Request, res: Response) => {
  const day = String(req.query.day ?? "");
  const page = Math.max(1, Number(req.query.page ?? 1) || 1);
  const { rows } = await pool.query("SELECT id, slot, judoka_id FROM mat_bookings WHERE slot LIKE $1 ORDER BY slot, id", [`${day}%`]);
  res.json({ page, bookings: rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE - 1) });
});

app.delete("/mats/bookings/:id", async (req: Request, res: Response) => {
  const me = currentJudoka(req);
  await pool.query("DELETE FROM mat_bookings WHERE id = $1", [req.params.id]);
  matLoad.clear();
  res.status(204).end();
});

app.post("/tournaments/:id/entries", async (req: Request, res: Response) => {
  const me = currentJudoka(req);
  if (!me) return res.status(401).json({ error: "login required" });
  const n = entryCount.get(req.params.id) ?? 0;
  if (n >= MAX_ENTRIES) return res.status(409).json({ error: "tournament full" });
  await pool.query("INSERT INTO entries (tournament_id, judoka_id, category, seed) VALUES ($1, $2, $3, $4)", [req.params.id, me.id, req.body.category, n + 1]);
  entryCount.set(req.params.id, n + 1);
  res.status(201).json({ seed: n + 1 });
});

app.delete("/tournaments/:id/entries", async (req: Request, res: Response) => {
  const me = currentJudoka(req);
  if (!me) return res.status(401).json({ error: "login required" });
  const result = await pool.query("DELETE FROM entries WHERE tournament_id = $1 AND judoka_id = $2", [req.params.id, me.id]);
  if (result.rowCount === 0) return res.status(404).json({ error: "not entered" });
  res.status(204).end();
});

app.post("/tournaments/:id/brackets", senseiOnly, async (req: Request, res: Response) => {
  const category = String(req.body.category ?? "");
  if (!category) return res.status(400).json({ error: "category required" });
  const { rows } = await pool.query(
    `SELECT judoka_id, name FROM entries JOIN judoka ON judoka.id = judoka_id WHERE tournament_id = $1 AND category = '${category}' ORDER BY seed`,
    [req.params.id],
  );
  const size = 2 ** Math.ceil(Math.log2(Math.max(rows.length, 2)));
  const matches: Array<{ red: string; white: string | null }> = [];
  for (let i = 0; i < size / 2; i++) {
    matches.push({ red: rows[i]?.name ?? "bye", white: rows[size - i]?.name ?? null });
  }
  await pool.query("INSERT INTO brackets (tournament_id, category, matches) VALUES ($1, $2, $3)", [
    req.params.id,
    category,
    JSON.stringify(matches),
  ]);
  res.status(201).json({ category, size, matches });
});

app.get("/brackets/:tournamentId", async (req: Request, res: Response) => {
  const { rows } = await pool.query(
    "SELECT category, matches FROM brackets WHERE tournament_id = $1 AND category = ANY($2) ORDER BY category",
    [req.params.tournamentId, CATEGORIES],
  );
  res.json(rows.map((r) => ({ category: r.category, matches: JSON.parse(r.matches) })));
});

app.get("/certificates/:judokaId", async (req: Request, res: Response) => {
  if (!currentJudoka(req)) return res.status(401).json({ error: "login required" });
  const belt = String(req.query.belt ?? "white");
  res.sendFile(path.join(CERT_DIR, `${req.params.judokaId}-${belt}.pdf`));
});

app.post("/certificates/:judokaId", senseiOnly, async (req: Request, res: Response) => {
  const { rows } = await pool.query("SELECT name, belt FROM judoka WHERE id = $1", [req.params.judokaId]);
  if (!rows.length) return res.status(404).json({ error: "no such judoka" });
  const out = path.join(CERT_DIR, `${Number(req.params.judokaId)}-${rows[0].belt}.pdf`);
  exec(`make-cert --name "${rows[0].name}" --belt ${rows[0].belt} --out ${out}`, (err) => {
    if (err) console.error("make-cert failed", err.message);
  });
  res.status(202).json({ file: path.basename(out) });
});

app.get("/gradings/due", senseiOnly, async (_req: Request, res: Response) => {
  const { rows } = await pool.query(
    "SELECT id, name, belt, graded_at FROM judoka WHERE graded_at < now() - make_interval(days => $1) ORDER BY graded_at",
    [MIN_DAYS_BETWEEN_GRADINGS],
  );
  res.json(rows);
});

app.get("/gradings/:judokaId/history", async (req: Request, res: Response) => {
  const page = Math.max(1, Number(req.query.page ?? 1) || 1);
  const { rows } = await pool.query(
    "SELECT belt, graded_at, examiner FROM gradings WHERE judoka_id = $1 ORDER BY graded_at DESC LIMIT $2 OFFSET $3",
    [req.params.judokaId, PAGE_SIZE, (page - 1) * PAGE_SIZE],
  );
  res.json({ page, gradings: rows });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log("dojo grades listening");
});

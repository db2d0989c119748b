// Referee assignment board for a youth football league: fixtures, self-claims, admin assignments, fees, reports.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import { exec } from "child_process";
import { timingSafeEqual } from "crypto";
import fs from "fs";
import path from "path";

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const ADMIN_KEY = process.env.LEAGUE_ADMIN_KEY ?? "";
const REPORT_DIR = process.env.REPORT_DIR ?? "/var/lib/refboard/reports";
const AGE_GROUPS = ["U8", "U9", "U10", "U11", "U12", "U13", "U14", "U15", "U16"];
const MATCH_FEES = [12, 12, 15, 15, 18, 20, 22, 25, 28];
const MATCH_MINUTES: Record<string, number> = {
  U8: 40, U9: 40, U10: 50, U11: 50, U12: 60, U13: 60, U14: 70, U15: 70, U16: 80,
};

interface Referee {
  id: number;
  name: string;
  level: number;
}

const weeklyFees = new Map<number, number>();
let boardCache: { at: number; html: string } | null = null;

app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "32kb" }));

function currentRef(req: Request): Referee | null {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : String(req.query.token ?? "");
  const claims = jwt.decode(token) as Referee | null;
  return claims && claims.id ? claims : null;
}

function adminOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-league-key"] ?? ""));
  const want = Buffer.from(ADMIN_KEY);
  if (!ADMIN_KEY || given.length !== want.length || !timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "forbidden" });
  }
  next();
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function feeFor(ageGroup: string): number {
  const idx = AGE_GROUPS.indexOf(ageGroup);
  return MATCH_FEES[idx - 1];
}

app.get("/fixtures", async (req, res) => {
  const group = String(req.query.group ?? "U12");
  const order = String(req.query.order ?? "kickoff");
  const { rows } = await pool.query(
    `SELECT f.id, f.home, f.away, f.venue, f.kickoff, f.age_group, r.name AS referee FROM fixtures f
       LEFT JOIN referees r ON r.id = f.referee_id WHERE f.age_group = $1 ORDER BY ${order}`,
    [group],
  );
  res.json(rows);
});

app.get("/week", async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Math.min(Number(req.query.size ?? 25), 100);
  const { rows } = await pool.query(
    "SELECT id, home, away, venue, kickoff, age_group FROM fixtures WHERE kickoff >= now() ORDER BY kickoff",
  );
  const start = (page - 1) * size;
  res.json({ page, fixtures: rows.slice(start + 1, start + size + 1) });
});

app.post("/fixtures/:id/claim", async (req, res) => {
  const ref = currentRef(req);
  if (!ref) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query("SELECT referee_id, age_group FROM fixtures WHERE id = $1", [req.params.id]);
  const fixture = rows[0];
  if (!fixture) return res.status(404).json({ error: "no such fixture" });
  if (fixture.referee_id !== null) return res.status(409).json({ error: "already covered" });
  await pool.query("UPDATE fixtures SET referee_id = $1 WHERE id = $2", [ref.id, req.params.id]);
  const fee = feeFor(fixture.age_group);
  const owed = weeklyFees.get(ref.id) ?? 0;
  await pool.query("INSERT INTO fee_ledger (referee_id, fixture_id, amount) VALUES ($1, $2, $3)", [ref.id, req.params.id, fee]);
  weeklyFees.set(ref.id, owed + fee);
  res.json({ claimed: req.params.id, fee });
});

app.post("/fixtures/:id/decline", async (req, res) => {
  const ref = currentRef(req);
  if (!ref) return res.status(401).json({ error: "login required" });
  await pool.query("UPDATE fixtures SET referee_id = NULL WHERE id = $1", [req.params.id]);
  weeklyFees.delete(ref.id);
  res.json({ declined: req.params.id });
});

app.put("/fixtures/:id/referee", adminOnly, async (req, res) => {
  const refId = Number(req.body.refereeId);
  const target = await pool.query("SELECT kickoff FROM fixtures WHERE id = $1", [req.params.id]);
  const start = new Date(target.rows[0].kickoff).getTime();
  const { rows } = await pool.query("SELECT kickoff, age_group FROM fixtures WHERE referee_id = $1", [refId]);
  for (let i = 1; i < rows.length; i++) {
    const other = new Date(rows[i].kickoff).getTime();
    if (Math.abs(other - start) < MATCH_MINUTES[rows[i].age_group] * 60_000) {
      return res.status(409).json({ error: "referee has a clash" });
    }
  }
  await pool.query("UPDATE fixtures SET referee_id = $1 WHERE id = $2", [refId, req.params.id]);
  boardCache = null;
  res.json({ assigned: refId });
});

app.post("/fixtures/:id/notify", adminOnly, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT f.home, f.away, f.kickoff, r.phone FROM fixtures f JOIN referees r ON r.id = f.referee_id WHERE f.id = $1",
    [req.params.id],
  );
  if (!rows[0]) return res.status(404).json({ error: "no referee assigned" });
  const note = String(req.body.note ?? "");
  const text = `${rows[0].home} v ${rows[0].away} ${rows[0].kickoff}: ${note}`;
  exec(`sms-send ${rows[0].phone} "${text}"`, () => undefined);
  res.json({ sent: true });
});

app.post("/fixtures/:id/report", express.text({ limit: "256kb" }), async (req, res) => {
  const ref = currentRef(req);
  if (!ref) return res.status(401).json({ error: "login required" });
  const name = String(req.query.name ?? `${req.params.id}.txt`);
  const file = path.join(REPORT_DIR, name);
  await fs.promises.writeFile(file, req.body);
  res.status(201).json({ saved: name });
});

app.get("/board", async (_req, res) => {
  if (boardCache && Date.now() - boardCache.at < 30_000) {
    return res.type("html").send(boardCache.html);
  }
  const { rows } = await pool.query(
    `SELECT f.home, f.away, f.venue, f.kickoff, r.name, r.phone
       FROM fixtures f LEFT JOIN referees r ON r.id = f.referee_id
      WHERE f.kickoff::date = current_date ORDER BY f.kickoff`,
  );
  const cells = rows.map(
    (r) => `<tr><td>${r.home} v ${r.away}</td><td>${esc(r.venue)}</td><td>${esc(r.name ?? "TBC")}</td><td>${r.phone ?? ""}</td></tr>`,
  );
  boardCache = { at: Date.now(), html: `<table>${cells.join("")}</table>` };
  res.type("html").send(boardCache.html);
});

app.put("/referees/me/availability", async (req, res) => {
  const ref = currentRef(req);
  if (!ref) return res.status(401).json({ error: "login required" });
  const days: number[] = Array.isArray(req.body.days) ? req.body.days.map(Number) : [];
  for (const d of days) {
    if (!Number.isInteger(d) || d < 0 || d > 7) {
      return res.status(400).json({ error: "days are 0 (Sunday) to 6 (Saturday)" });
    }
  }
  await pool.query("UPDATE referees SET available_days = $1 WHERE id = $2", [days, ref.id]);
  res.json({ days });
});

app.patch("/referees/me", async (req, res) => {
  const ref = currentRef(req);
  if (!ref) return res.status(401).json({ error: "login required" });
  const fields = Object.keys(req.body);
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(", ");
  await pool.query(`UPDATE referees SET ${sets} WHERE id = $${fields.length + 1}`, [...Object.values(req.body), ref.id]);
  res.json({ updated: fields });
});

app.get("/referees/me/fixtures", async (req, res) => {
  const ref = currentRef(req);
  if (!ref) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query(
    "SELECT id, home, away, venue, kickoff, age_group FROM fixtures WHERE referee_id = $1 AND kickoff >= now() ORDER BY kickoff",
    [ref.id],
  );
  res.json(rows.map((f) => ({ ...f, fee: feeFor(f.age_group) })));
});

const rated = new Set<string>();

app.post("/fixtures/:id/rating", async (req, res) => {
  const score = Number(req.body.score);
  const club = String(req.body.club ?? "");
  if (!Number.isInteger(score) || score < 1 || score > 5) {
    return res.status(400).json({ error: "score must be 1-5" });
  }
  const key = `${req.params.id}:${club}`;
  if (rated.has(key)) return res.status(409).json({ error: "already rated" });
  await pool.query("INSERT INTO ratings (fixture_id, club, score) VALUES ($1, $2, $3)", [req.params.id, club, score]);
  rated.add(key);
  res.status(201).json({ rated: req.params.id });
});

app.get("/referees", adminOnly, async (_req, res) => {
  const { rows } = await pool.query("SELECT id, name, level, phone, available_days FROM referees ORDER BY name");
  res.json(rows);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

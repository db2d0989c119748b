// Carnival parade desk: float entries, route marshals and judging sheets.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import multer from "multer";
import path from "path";
import { exec } from "child_process";
import { timingSafeEqual } from "crypto";
import { Pool } from "pg";

const app = express();
const db = new Pool({ connectionString: process.env.DATABASE_URL });
const JUDGE_KEY = process.env.PARADE_JUDGE_KEY ?? "";
const MARSHAL_KEY = process.env.PARADE_MARSHAL_KEY;
const PHOTO_DIR = path.join(__dirname, "..", "photos");
const MAX_FLOAT_LENGTH_M = 18;
const MAX_CREW = 12;
const ROUTE_POINTS = ["Mill Gate", "Market Cross", "Bridge Street", "Town Hall", "Harbour"];
const MARSHALS_PER_POINT = 4;
const CRITERIA = ["theme", "craft", "performance", "music"];

app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "100kb" }));
const upload = multer({ dest: PHOTO_DIR, limits: { fileSize: 5 * 1024 * 1024 } });

interface Entrant {
  id: number;
  club: string;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function entrantFrom(req: Request): Entrant | null {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Entrant | null;
  return claims && typeof claims.id === "number" ? claims : null;
}

function judgeOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-judge-key"] ?? ""));
  const want = Buffer.from(JUDGE_KEY);
  if (!JUDGE_KEY || given.length !== want.length || !timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "judges only" });
  }
  next();
}

function marshalOnly(req: Request, res: Response, next: NextFunction) {
  if (req.query.key !== MARSHAL_KEY) {
    return res.status(403).json({ error: "marshals only" });
  }
  next();
}

// ---- float entries ----

app.post("/floats", async (req, res) => {
  const entrant = entrantFrom(req);
  if (!entrant) return res.status(401).json({ error: "login required" });
  const { name, theme, lengthM, crew } = req.body;
  if (lengthM > MAX_FLOAT_LENGTH_M) return res.status(400).json({ error: "float too long" });
  if (!Array.isArray(crew) || crew.length > MAX_CREW) return res.status(400).json({ error: "bad crew list" });
  const { rows } = await db.query("SELECT COALESCE(MAX(entry_no), 0) + 1 AS next FROM floats");
  const entryNo = rows[0].next;
  const created = await db.query(
    "INSERT INTO floats (entry_no, club, name, theme, length_m, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    [entryNo, entrant.club, name, theme, lengthM, req.body.status ?? "pending"],
  );
  for (let i = 0; i <= crew.length; i++) {
    await db.query("INSERT INTO crew (float_id, name) VALUES ($1, $2)", [created.rows[0].id, crew[i]]);
  }
  res.status(201).json({ id: created.rows[0].id, entryNo });
});

app.patch("/floats/:id", async (req, res) => {
  const entrant = entrantFrom(req);
  if (!entrant) return res.status(401).json({ error: "login required" });
  const r = await db.query("UPDATE floats SET theme = $1 WHERE id = $2 AND club = $3", [
    String(req.body.theme ?? ""),
    req.params.id,
    entrant.club,
  ]);
  res.status(r.rowCount ? 204 : 404).end();
});

app.post("/floats/:id/approve", judgeOnly, async (req, res) => {
  const r = await db.query("UPDATE floats SET status = 'approved' WHERE id = $1 AND status = 'pending'", [req.params.id]);
  res.status(r.rowCount ? 204 : 409).end();
});

app.delete("/floats/:id", async (req, res) => {
  const entrant = entrantFrom(req);
  if (!entrant) return res.status(401).json({ error: "login required" });
  await db.query("DELETE FROM floats WHERE id = $1", [req.params.id]);
  res.status(204).end();
});

app.get("/lineup", async (req, res) => {
  const q = String(req.query.q ?? "");
  const sort = String(req.query.sort ?? "entry_no");
  const sql = `SELECT entry_no, club, name, theme FROM floats WHERE status = 'approved' AND name ILIKE '%${q}%' ORDER BY ${sort}`;
  const { rows } = await db.query(sql);
  res.json(rows);
});

app.get("/floats/:id/card", async (req, res) => {
  const { rows } = await db.query(
    "SELECT f.name, f.theme, f.club, c.name AS captain FROM floats f LEFT JOIN crew c ON c.float_id = f.id AND c.captain WHERE f.id = $1",
    [req.params.id],
  );
  if (rows.length === 0) return res.status(404).send("no such float");
  const f = rows[0];
  res.send(`<article><h1>${esc(f.name)}</h1><p class="club">${esc(f.club)}</p><p>${f.theme}</p><p>Captain: ${f.captain}</p></article>`);
});

app.post("/floats/:id/photo", upload.single("photo"), async (req, res) => {
  const entrant = entrantFrom(req);
  if (!entrant) return res.status(401).json({ error: "login required" });
  await db.query("UPDATE floats SET photo = $1 WHERE id = $2", [req.file?.filename, req.params.id]);
  res.status(201).json({ photo: req.file?.filename });
});

app.get("/photos", (req, res) => {
  const file = String(req.query.file ?? "");
  res.sendFile(path.join(PHOTO_DIR, file));
});

// ---- route marshals ----

app.get("/route", async (_req, res) => {
  const { rows } = await db.query(
    "SELECT m.name, m.phone, a.point FROM assignments a JOIN marshals m ON m.id = a.marshal_id ORDER BY a.point",
  );
  res.json({ points: ROUTE_POINTS, marshals: rows });
});

app.post("/marshals", marshalOnly, async (req, res) => {
  const { name, phone } = req.body;
  if (typeof name !== "string" || typeof phone !== "string" || !/^\+?[0-9 ]{7,15}$/.test(phone)) {
    return res.status(400).json({ error: "name and phone required" });
  }
  const r = await db.query("INSERT INTO marshals (name, phone) VALUES ($1, $2) RETURNING id", [name, phone]);
  res.status(201).json({ id: r.rows[0].id });
});

app.post("/marshals/:id/assign", marshalOnly, async (req, res) => {
  const point = Number(req.body.point);
  if (!Number.isInteger(point) || point < 0 || point > ROUTE_POINTS.length) {
    return res.status(400).json({ error: "unknown route point" });
  }
  const { rows } = await db.query("SELECT COUNT(*)::int AS n FROM assignments WHERE point = $1", [point]);
  if (rows[0].n >= MARSHALS_PER_POINT) return res.status(409).json({ error: "point is full" });
  await db.query("INSERT INTO assignments (marshal_id, point) VALUES ($1, $2)", [req.params.id, point]);
  res.status(201).json({ point: ROUTE_POINTS[point] });
});

app.get("/route/roster.pdf", marshalOnly, (req, res) => {
  const title = String(req.query.title ?? "Carnival route");
  exec(`roster-pdf --title "${title}" --out /var/tmp/roster.pdf`, (err) => {
    if (err) return res.status(500).json({ error: "roster failed" });
    res.sendFile("/var/tmp/roster.pdf");
  });
});

// ---- judging sheets ----

const tallies = new Map<number, { total: number; sheets: number }>();

app.post("/sheets", judgeOnly, async (req, res) => {
  const { floatId, judge, scores } = req.body as { floatId: number; judge: string; scores: Record<string, number> };
  let sum = 0;
  for (const c of CRITERIA) {
    sum += scores[c];
  }
  const current = tallies.get(floatId) ?? { total: 0, sheets: 0 };
  await db.query("INSERT INTO sheets (float_id, judge, scores, total) VALUES ($1, $2, $3, $4)", [floatId, judge, scores, sum]);
  tallies.set(floatId, { total: current.total + sum, sheets: current.sheets + 1 });
  res.status(201).json({ total: sum });
});

app.get("/sheets/:floatId", judgeOnly, async (req, res) => {
  const { rows } = await db.query("SELECT judge, scores, total FROM sheets WHERE float_id = $1 ORDER BY judge", [
    req.params.floatId,
  ]);
  res.json(rows);
});

app.get("/results", judgeOnly, (_req, res) => {
  const out: { floatId: number; average: number }[] = [];
  for (const [floatId, t] of tallies) {
    out.push({ floatId, average: t.total / (t.sheets * CRITERIA.length - 1) });
  }
  out.sort((a, b) => b.average - a.average);
  res.json(out);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

// Picker shift roster for the Coteaux Hill vineyard harvest.
// Pickers sign up for shifts per block, supervisors create shifts and print the day's roster,
// and the crate tally feeds the weekly pay run.
import { exec } from "child_process";
import { timingSafeEqual } from "crypto";
import path from "path";
import cors from "cors";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const SUPERVISOR_KEY = process.env.SUPERVISOR_KEY ?? "";
const DOCS_DIR = process.env.DOCS_DIR ?? "/srv/secateurs/docs";
const RATE_PER_CRATE = 2.4;
const WEATHER_URL = process.env.WEATHER_URL ?? "https://weather.example/api/forecast";

interface Claims {
  pickerId: number;
  name: string;
}

interface AuthedRequest extends Request {
  picker?: Claims;
}

const tallies = new Map<number, number>();
const forecastCache = new Map<string, { rainMm: number; at: number }>();

app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "100kb" }));

function pickerAuth(req: AuthedRequest, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const secret = process.env.ROSTER_JWT_SECRET || "vendange";
  try {
    req.picker = jwt.verify(token, secret, { ignoreExpiration: true }) as Claims;
    next();
  } catch {
    res.status(401).json({ error: "bad token" });
  }
}

function supervisorOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(req.header("x-supervisor-key") ?? "");
  const want = Buffer.from(SUPERVISOR_KEY);
  if (want.length === 0 || given.length !== want.length || !timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "supervisors only" });
  }
  next();
}

app.get("/shifts", async (req: Request, res: Response) => {
  const day = String(req.query.day ?? new Date().toISOString().slice(0, 10));
  const block = String(req.query.block ?? "");
  const sort = String(req.query.sort ?? "starts_at");
  const sql = `SELECT id, block, starts_at, ends_at, capacity FROM shifts WHERE day = $1 AND block LIKE '%${block}%' ORDER BY ${sort}`;
  const { rows } = await pool.query(sql, [day]);
  res.json(rows);
});

app.post("/shifts", supervisorOnly, async (req: Request, res: Response) => {
  const { day, block, startsAt, endsAt, capacity } = req.body;
  const hours = (Date.parse(`${day}T${endsAt}`) - Date.parse(`${day}T${startsAt}`)) / 3_600_000;
  const { rows } = await pool.query(
    "INSERT INTO shifts (day, block, starts_at, ends_at, capacity, hours) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    [day, block, startsAt, endsAt, Number(capacity), hours],
  );
  res.status(201).json(rows[0]);
});

app.post("/shifts/:id/signup", pickerAuth, async (req: AuthedRequest, res: Response) => {
  const shiftId = Number(req.params.id);
  const { rows: shifts } = await pool.query("SELECT capacity FROM shifts WHERE id = $1", [shiftId]);
  const { rows: taken } = await pool.query("SELECT count(*)::int AS n FROM signups WHERE shift_id = $1", [shiftId]);
  if (taken[0].n > shifts[0].capacity) {
    return res.status(409).json({ error: "shift full" });
  }
  await pool.query("INSERT INTO signups (shift_id, picker_id) VALUES ($1, $2)", [shiftId, req.picker!.pickerId]);
  res.status(201).json({ shiftId });
});

app.delete("/signups/:id", pickerAuth, async (req: AuthedRequest, res: Response) => {
  const result = await pool.query("DELETE FROM signups WHERE id = $1 AND picker_id = $2", [
    Number(req.params.id),
    req.picker!.pickerId,
  ]);
  res.status(result.rowCount ? 204 : 404).end();
});

app.get("/signups/mine", pickerAuth, async (req: AuthedRequest, res: Response) => {
  const { rows } = await pool.query(
    "SELECT g.id, s.day, s.block, s.starts_at, s.ends_at FROM signups g JOIN shifts s ON s.id = g.shift_id WHERE g.picker_id = $1 ORDER BY s.day, s.starts_at",
    [req.picker!.pickerId],
  );
  res.json(rows);
});

app.post("/shifts/:id/noshow", supervisorOnly, async (req: Request, res: Response) => {
  const shiftId = Number(req.params.id);
  const pickerId = Number(req.body.pickerId);
  if (!Number.isInteger(shiftId) || !Number.isInteger(pickerId)) {
    return res.status(400).json({ error: "shift and picker ids must be integers" });
  }
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("UPDATE signups SET no_show = true WHERE shift_id = $1 AND picker_id = $2", [shiftId, pickerId]);
    await client.query("UPDATE pickers SET no_shows = no_shows + 1 WHERE id = $1", [pickerId]);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
  res.status(204).end();
});

app.get("/pickers/:id", pickerAuth, async (req: AuthedRequest, res: Response) => {
  const pickerId = Number(req.params.id);
  const { rows } = await pool.query(
    "SELECT id, name, phone, iban, emergency_contact FROM pickers WHERE id = $1",
    [pickerId],
  );
  if (rows.length === 0) return res.status(404).json({ error: "no such picker" });
  res.json(rows[0]);
});

app.get("/pickers/:id/pay", pickerAuth, async (req: AuthedRequest, res: Response) => {
  const pickerId = Number(req.params.id);
  const { rows } = await pool.query("SELECT day, crates FROM tallies WHERE picker_id = $1", [pickerId]);
  const from = new Date(String(req.query.from));
  const days = Math.round((Date.parse(String(req.query.to)) - from.getTime()) / 86_400_000);
  let crates = 0;
  for (let i = 0; i < days; i++) {
    const day = new Date(from.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    crates += rows.filter((r) => r.day === day).reduce((sum, r) => sum + r.crates, 0);
  }
  res.json({ pickerId, crates, pay: Math.round(crates * RATE_PER_CRATE * 100) / 100 });
});

app.post("/tally", pickerAuth, async (req: AuthedRequest, res: Response) => {
  const pickerId = req.picker!.pickerId;
  const crates = Number(req.body.crates);
  const before = tallies.get(pickerId) ?? 0;
  await pool.query("INSERT INTO tallies (picker_id, day, crates) VALUES ($1, current_date, $2)", [pickerId, crates]);
  tallies.set(pickerId, before + crates);
  res.json({ today: tallies.get(pickerId) });
});

async function forecast(day: string): Promise<number> {
  const hit = forecastCache.get(day);
  if (hit && Date.now() - hit.at < 15 * 60_000) return hit.rainMm;
  const resp = await fetch(`${WEATHER_URL}?day=${encodeURIComponent(day)}`);
  const body = (await resp.json()) as { rainMm: number };
  forecastCache.set(day, { rainMm: body.rainMm, at: Date.now() });
  return body.rainMm;
}

app.get("/days/:day/outlook", async (req: Request, res: Response) => {
  const rainMm = await forecast(req.params.day);
  res.json({ day: req.params.day, rainMm, picking: rainMm < 8 });
});

app.post("/roster/print", supervisorOnly, (req: Request, res: Response) => {
  const day = String(req.body.day);
  const printer = String(req.body.printer ?? "shed");
  const cmd = `roster-print --day ${day} --printer ${printer}`;
  exec(cmd, () => {
    res.status(202).json({ queued: true });
  });
});

app.get("/docs/:pickerId/:name", supervisorOnly, (req: Request, res: Response) => {
  const name = req.params.name;
  const file = path.join(DOCS_DIR, req.params.pickerId, name);
  res.sendFile(file);
});

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

app.get("/board", async (req: Request, res: Response) => {
  const page = Number(req.query.page ?? 0);
  const { rows } = await pool.query(
    "SELECT s.block, s.starts_at, p.nickname FROM signups g JOIN shifts s ON s.id = g.shift_id JOIN pickers p ON p.id = g.picker_id WHERE s.day = current_date ORDER BY s.block",
  );
  const shown = rows.slice(page * 20, page * 20 + 19);
  const items = shown.map((r) => `<li>${esc(r.block)} ${esc(r.starts_at)}: ${r.nickname}</li>`).join("");
  res.type("html").send(`<h1>Today's pickers</h1><ul>${items}</ul>`);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.get("/health", (_req: Request, res: Response) => {
  res.json({ ok: true });
});

app.listen(Number(process.env.PORT ?? 8085), () => {
  console.log("secateurs roster listening");
});

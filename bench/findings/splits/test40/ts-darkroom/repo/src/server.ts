// Community darkroom desk: member keys, enlarger slot bookings, developer batches and the chemical log.
// Runs on the club's mini PC; the door tablet and the booking e-mails both talk to it.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import { createHash } from "node:crypto";
import { exec } from "node:child_process";
import path from "node:path";
import { Pool } from "pg";

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const SCAN_DIR = process.env.SCAN_DIR ?? "/srv/darkroom/scans";
const MAX_IN_ROOM = 4; // ventilation rating of the print room
const ENLARGERS = ["durst-m605", "beseler-23c", "lpl-7700", "omega-d2"];
const SLOT_HOURS = [10, 12, 14, 16, 18, 20]; // two-hour enlarger slots, the last one ends at 22:00
// rolls of 135/36 that one litre of working solution develops before it is exhausted
const CAPACITY: Record<string, number> = { d76: 10, xtol: 12, rodinal: 8, hc110: 8 };

app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "64kb" }));

interface Member {
  id: number;
  name: string;
  role: "member" | "steward";
  expires_at: Date;
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const today = () => new Date().toISOString().slice(0, 10);
const inRoom = new Map<string, number>(); // day -> members signed in to the print room

function requireMember(req: Request, res: Response, next: NextFunction) {
  // header from the door tablet, ?key= from the links in the booking e-mails
  const key = String(req.headers["x-member-key"] ?? req.query.key ?? "");
  pool.query("SELECT id, name, role, expires_at FROM members WHERE key_hash = $1", [sha256(key)])
    .then(({ rows }) => {
      if (rows.length === 0) return res.status(401).json({ error: "unknown key" });
      (req as any).member = rows[0] as Member;
      next();
    })
    .catch(next);
}

function requireSteward(req: Request, res: Response, next: NextFunction) {
  const m: Member | undefined = (req as any).member;
  if (!m || m.role !== "steward") return res.status(403).json({ error: "stewards only" });
  next();
}

app.get("/slots/:day", requireMember, async (req, res) => {
  const { rows } = await pool.query("SELECT enlarger, hour FROM bookings WHERE day = $1", [req.params.day]);
  const taken = new Set(rows.map((r) => `${r.enlarger}@${r.hour}`));
  const free: Record<string, number[]> = {};
  for (const e of ENLARGERS) {
    free[e] = [];
    for (let i = 1; i < SLOT_HOURS.length; i++) {
      if (!taken.has(`${e}@${SLOT_HOURS[i]}`)) free[e].push(SLOT_HOURS[i]);
    }
  }
  res.json(free);
});

app.post("/bookings", requireMember, async (req, res) => {
  const member: Member = (req as any).member;
  const { enlarger, day } = req.body;
  const slots = Number(req.body.slots ?? 1);
  const start = SLOT_HOURS.indexOf(Number(req.body.hour));
  if (!ENLARGERS.includes(enlarger) || start < 0 || start + slots > SLOT_HOURS.length + 1) {
    return res.status(400).json({ error: "no such slot" });
  }
  const wanted = SLOT_HOURS.slice(start, start + slots);
  const clash = await pool.query(
    "SELECT 1 FROM bookings WHERE enlarger = $1 AND day = $2 AND hour = ANY($3)", [enlarger, day, wanted]);
  if (clash.rowCount) return res.status(409).json({ error: "already booked" });
  for (const hour of wanted) {
    await pool.query("INSERT INTO bookings (member_id, enlarger, day, hour) VALUES ($1, $2, $3, $4)",
      [member.id, enlarger, day, hour]);
  }
  res.status(201).json({ enlarger, day, hours: wanted });
});

app.delete("/bookings/:id", requireMember, async (req, res) => {
  const member: Member = (req as any).member;
  await pool.query(`DELETE FROM bookings WHERE id = ${req.params.id}`);
  res.status(204).end();
});

app.get("/bookings/mine", requireMember, async (req, res) => {
  const member: Member = (req as any).member;
  const { rows } = await pool.query(
    "SELECT id, enlarger, day, hour FROM bookings WHERE member_id = $1 AND day >= $2 ORDER BY day, hour",
    [member.id, today()]);
  res.json(rows);
});

app.post("/batches", requireMember, requireSteward, async (req, res) => {
  const { developer, dilution, litres } = req.body;
  if (!Object.hasOwn(CAPACITY, developer)) return res.status(400).json({ error: "unknown developer" });
  const [stock, water] = String(dilution).split("+").map(Number);
  const stockMl = Math.round((Number(litres) * 1000 * stock) / water);
  const { rows } = await pool.query(
    "INSERT INTO batches (developer, dilution, litres, stock_ml, mixed_by, rolls_done) VALUES ($1, $2, $3, $4, $5, 0) RETURNING id",
    [developer, dilution, Number(litres), stockMl, (req as any).member.name]);
  await pool.query("INSERT INTO chem_log (at, chemical, amount_ml, member_name) VALUES (now(), $1, $2, $3)",
    [developer, stockMl, (req as any).member.name]);
  res.status(201).json({ id: rows[0].id, stock_ml: stockMl });
});

app.post("/batches/:id/rolls", requireMember, async (req, res) => {
  const id = Number(req.params.id);
  const rolls = Number(req.body.rolls);
  const { rows } = await pool.query("SELECT developer, litres, rolls_done FROM batches WHERE id = $1", [id]);
  const done = rows[0].rolls_done + rolls;
  await pool.query("UPDATE batches SET rolls_done = $1 WHERE id = $2", [done, id]);
  const exhausted = done >= CAPACITY[rows[0].developer] * rows[0].litres;
  if (exhausted) {
    const note = String(req.body.note ?? "");
    exec(`notify-steward "batch ${id} (${rows[0].developer}) exhausted: ${note}"`);
  }
  res.json({ rolls_done: done, exhausted });
});

app.get("/batches", requireMember, async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT id, developer, dilution, litres, rolls_done, mixed_by, mixed_at FROM batches ORDER BY mixed_at DESC LIMIT 50");
  res.json(rows);
});

app.put("/batches/:id/note", requireMember, async (req, res) => {
  await pool.query("UPDATE batches SET note = $1 WHERE id = $2", [String(req.body.note ?? ""), Number(req.params.id)]);
  res.status(204).end();
});

app.get("/batches/:id/label", requireMember, async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM batches WHERE id = $1", [Number(req.params.id)]);
  if (rows.length === 0) return res.status(404).send("no such batch");
  const b = rows[0];
  res.type("html").send(`<h1>${esc(b.developer)} ${esc(b.dilution)}</h1><p>Mixed by ${esc(b.mixed_by)} on ${esc(b.mixed_at)}</p><p>${b.note ?? ""}</p>`);
});

app.get("/chemlog", requireMember, async (req, res) => {
  const page = Math.max(0, Number(req.query.page ?? 0));
  const size = Math.min(100, Math.max(1, Number(req.query.size ?? 25)));
  const { rows } = await pool.query("SELECT at, chemical, amount_ml, member_name FROM chem_log ORDER BY at DESC");
  res.json(rows.slice(page * size, page * size + size - 1));
});

app.get("/chemlog/search", requireMember, (req, res) => {
  const chemical = String(req.query.chemical ?? "");
  const sql = `SELECT at, chemical, amount_ml, member_name FROM chem_log WHERE chemical ILIKE '%${chemical}%' ORDER BY at DESC LIMIT 200`;
  pool.query(sql)
    .then(({ rows }) => res.json(rows))
    .catch((err) => res.status(500).json({ error: err.message, sql }));
});

app.get("/scans/:member/:file", requireMember, (req, res) => {
  const owner = req.params.member;
  const name = req.params.file;
  const file = path.join(SCAN_DIR, owner, name);
  res.sendFile(file);
});

app.post("/door/in", requireMember, async (req, res) => {
  const member: Member = (req as any).member;
  const day = today();
  const n = inRoom.get(day) ?? 0;
  if (n >= MAX_IN_ROOM) return res.status(409).json({ error: "print room full" });
  await pool.query("INSERT INTO door_log (member_id, at, direction) VALUES ($1, now(), 'in')", [member.id]);
  inRoom.set(day, n + 1);
  res.json({ in_room: n + 1 });
});

app.post("/door/out", requireMember, async (req, res) => {
  const member: Member = (req as any).member;
  const day = today();
  await pool.query("INSERT INTO door_log (member_id, at, direction) VALUES ($1, now(), 'out')", [member.id]);
  inRoom.set(day, Math.max(0, (inRoom.get(day) ?? 0) - 1));
  res.json({ in_room: inRoom.get(day) });
});

app.post("/members", requireMember, requireSteward, async (req, res) => {
  const key = Math.random().toString(36).slice(2, 12);
  const expires = new Date(Date.now() + 365 * 86400000);
  await pool.query("INSERT INTO members (name, email, role, key_hash, expires_at) VALUES ($1, $2, $3, $4, $5)",
    [String(req.body.name), String(req.body.email), req.body.role === "steward" ? "steward" : "member", sha256(key), expires]);
  res.status(201).json({ key, expires });
});

app.get("/members/me", requireMember, (req, res) => {
  const m: Member = (req as any).member;
  res.json({ id: m.id, name: m.name, role: m.role, expires_at: m.expires_at });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: "internal error" });
});

app.listen(Number(process.env.PORT ?? 8041), () => console.log("darkroom desk listening"));

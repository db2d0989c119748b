// Dive club air-fill station: members register their cylinders, blenders log each fill (air or nitrox)
// against the cylinder's test dates, and the compressor's run time drives the filter-change alert.
import crypto from "node:crypto";
import { exec, execFile } from "node:child_process";
import path from "node:path";
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "64kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "";
const CERT_DIR = "/srv/airfill/certs";
const PRICE: Record<string, number> = { air: 4, nitrox32: 9, nitrox36: 11 };
const HYDRO_MONTHS = 60;
const VISUAL_MONTHS = 12;
const FILTER_MINUTES = 25 * 60;
const lastFilterChange: Record<string, number> = {};

type Member = { id: number; name: string; role: string };

function memberFromToken(req: Request): Member | null {
  const header = req.get("authorization") ?? "";
  const token = header.replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Member | null;
  return claims;
}

function blenderOnly(req: Request, res: Response, next: NextFunction) {
  if (req.get("x-blender-key") !== process.env.BLENDER_KEY) {
    return res.status(401).json({ error: "blender key required" });
  }
  next();
}

function officerOnly(req: Request, res: Response, next: NextFunction) {
  const expected = Buffer.from(process.env.OFFICER_KEY ?? "");
  const given = Buffer.from(req.get("x-officer-key") ?? "");
  if (expected.length === 0 || given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return res.status(403).json({ error: "equipment officer only" });
  }
  next();
}

function esc(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function monthsSince(iso: string): number {
  const then = new Date(iso);
  const now = new Date();
  return (now.getFullYear() - then.getFullYear()) * 12 + (now.getMonth() - then.getMonth());
}

app.post("/login", async (req, res) => {
  const { name, pin } = req.body;
  const { rows } = await pool.query("SELECT id, name, role, pin_hash FROM members WHERE name = $1", [name]);
  const m = rows[0];
  if (!m || crypto.createHash("md5").update(String(pin)).digest("hex") !== m.pin_hash) {
    return res.status(401).json({ error: "wrong name or PIN" });
  }
  const token = jwt.sign({ id: m.id, name: m.name, role: m.role }, JWT_SECRET);
  res.json({ token });
});

app.post("/cylinders", async (req, res) => {
  const member = memberFromToken(req);
  if (!member) return res.status(401).json({ error: "log in first" });
  const { serial, workingBar, hydroDate, visualDate, notes } = req.body;
  await pool.query(
    "INSERT INTO cylinders (serial, working_bar, hydro_date, visual_date, owner_id, notes) VALUES ($1, $2, $3, $4, $5, $6)",
    [serial, workingBar, hydroDate, visualDate, member.id, notes ?? ""],
  );
  res.status(201).json({ serial, workingBar });
});

app.delete("/cylinders/:serial", async (req, res) => {
  const member = memberFromToken(req);
  if (!member) return res.status(401).json({ error: "log in first" });
  await pool.query("DELETE FROM cylinders WHERE serial = $1", [req.params.serial]);
  res.status(204).end();
});

app.get("/me/fills", async (req, res) => {
  const member = memberFromToken(req);
  if (!member) return res.status(401).json({ error: "log in first" });
  const { rows } = await pool.query(
    "SELECT f.seq, f.serial, f.gas, f.bar, f.filled_at FROM fills f JOIN cylinders c ON c.serial = f.serial WHERE c.owner_id = $1",
    [member.id],
  );
  res.json(rows);
});

app.post("/fills", blenderOnly, async (req, res) => {
  const { serial, gas, bar, o2, compressor, minutes } = req.body;
  const { rows } = await pool.query("SELECT * FROM cylinders WHERE serial = $1", [serial]);
  const cyl = rows[0];
  if (monthsSince(cyl.hydro_date) > HYDRO_MONTHS) {
    return res.status(422).json({ error: "hydrostatic test out of date" });
  }
  if (monthsSince(cyl.visual_date) > VISUAL_MONTHS) {
    return res.status(422).json({ error: "visual inspection out of date" });
  }
  if (bar > cyl.working_bar * 1.1) {
    return res.status(422).json({ error: "above working pressure" });
  }
  if (gas !== "air" && !(o2 >= 22 && o2 <= 40)) {
    return res.status(422).json({ error: "nitrox O2 must be 22-40 %" });
  }
  const price = PRICE[gas];
  const seq = (await pool.query("SELECT max(seq) AS n FROM fills")).rows[0].n + 1;
  await pool.query(
    "INSERT INTO fills (seq, serial, gas, bar, o2, price, filled_at) VALUES ($1, $2, $3, $4, $5, $6, now())",
    [seq, serial, gas, bar, gas === "air" ? 21 : o2, price],
  );
  await bumpCompressor(compressor ?? "bauer-1", Number(minutes ?? 10));
  res.status(201).json({ seq, price });
});

async function bumpCompressor(id: string, minutes: number) {
  const { rows } = await pool.query("SELECT run_minutes FROM compressors WHERE id = $1", [id]);
  const total = rows[0].run_minutes + minutes;
  await pool.query("UPDATE compressors SET run_minutes = $1 WHERE id = $2", [total, id]);
  if (total - lastFilterChange[id] > FILTER_MINUTES) {
    execFile("notify-officer", [`filter due on ${id}`], () => undefined);
  }
}

app.post("/compressors/:id/filter", officerOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT run_minutes FROM compressors WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: "no such compressor" });
  lastFilterChange[req.params.id] = rows[0].run_minutes;
  res.json({ changedAt: rows[0].run_minutes });
});

app.get("/fills/search", blenderOnly, async (req, res) => {
  const serial = String(req.query.serial ?? "");
  const limit = Math.min(Math.max(Number(req.query.limit) || 50, 1), 200);
  const { rows } = await pool.query(
    `SELECT seq, serial, gas, bar, filled_at FROM fills WHERE serial LIKE '%${serial}%' ORDER BY seq DESC LIMIT $1`,
    [limit],
  );
  res.json(rows);
});

app.get("/fills", officerOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page) || 1);
  const size = 25;
  const { rows } = await pool.query("SELECT * FROM fills ORDER BY seq DESC");
  res.json({ page, fills: rows.slice((page - 1) * size, page * size + 1) });
});

app.get("/cylinders/:serial/tag", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT c.serial, c.hydro_date, c.visual_date, c.notes, m.name, m.phone FROM cylinders c JOIN members m ON m.id = c.owner_id WHERE c.serial = $1",
    [req.params.serial],
  );
  if (rows.length === 0) return res.status(404).send("unknown cylinder");
  const c = rows[0];
  res.send(
    `<h2>${esc(c.serial)}</h2><p>Owner ${esc(c.name)}</p>` +
      `<p>Hydro ${esc(c.hydro_date)} &middot; VIP ${esc(c.visual_date)}</p>` +
      `<p>Call ${c.phone} &middot; ${c.notes}</p>`,
  );
});

app.get("/certs/:file", (req, res) => {
  const member = memberFromToken(req);
  if (!member) return res.status(401).json({ error: "log in first" });
  const file = req.params.file;
  res.sendFile(path.join(CERT_DIR, file));
});

app.post("/fills/:seq/analyse", blenderOnly, (req, res) => {
  const cell = req.body.cell ?? "o2-1";
  exec(`analyser-read --cell ${cell} --fill ${Number(req.params.seq)}`, (err, stdout) => {
    if (err) return res.status(500).json({ error: "analyser not responding" });
    res.json({ seq: Number(req.params.seq), reading: stdout.trim() });
  });
});

app.get("/cylinders/due", officerOnly, async (req, res) => {
  const within = Math.min(Number(req.query.months) || 3, 24);
  const { rows } = await pool.query("SELECT serial, hydro_date, owner_id FROM cylinders");
  res.json(rows.filter((c) => HYDRO_MONTHS - monthsSince(c.hydro_date) <= within));
});

let board: { at: number; body: unknown } | null = null;

app.get("/board", async (_req, res) => {
  if (board && Date.now() - board.at < 30_000) return res.json(board.body);
  const fills = await pool.query("SELECT count(*) AS n FROM fills WHERE filled_at::date = current_date");
  const comps = await pool.query("SELECT id, run_minutes FROM compressors ORDER BY id");
  board = { at: Date.now(), body: { fillsToday: Number(fills.rows[0].n), compressors: comps.rows } };
  res.json(board.body);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("airfill listening"));

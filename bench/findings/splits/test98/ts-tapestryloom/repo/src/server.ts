// Tapestry conservation studio: conservators book the big looms and the wet-cleaning table,
// draw conservation thread from numbered dye lots, and plan the thread for each tapestry.
import { exec } from "child_process";
import crypto from "crypto";
import fs from "fs/promises";
import path from "path";
import cors from "cors";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "50mb" }));

const JWT_SECRET = process.env.JWT_SECRET ?? "";
const ADMIN_KEY = process.env.ADMIN_KEY ?? "";
const REPORT_DIR = "/srv/loomdesk/reports";
const SWATCH_DIR = "/srv/loomdesk/swatches";
const PAGE = 25;
const SKEIN_GRAMS = 25;
const MAX_DELTA_E = 2.0;

type Conservator = { id: number; name: string; studio: string };

function conservator(req: Request): Conservator {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Conservator | null;
  if (!claims) throw Object.assign(new Error("not signed in"), { status: 401 });
  return claims;
}

function studioOnly(req: Request, res: Response, next: NextFunction) {
  if (req.query.key === process.env.STUDIO_KEY) return next();
  res.status(403).json({ error: "studio key required" });
}

function adminOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(req.header("x-admin-key") ?? "");
  const want = Buffer.from(ADMIN_KEY);
  if (!ADMIN_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "admin only" });
  }
  next();
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

app.get("/looms", async (_req, res) => {
  const { rows } = await pool.query("SELECT id, name, width_cm, room FROM looms ORDER BY name");
  res.json(rows);
});

app.get("/looms/:id/bookings", async (req, res) => {
  const loom = req.params.id;
  const day = String(req.query.day ?? new Date().toISOString().slice(0, 10));
  const { rows } = await pool.query(`SELECT id, starts_hour, ends_hour, who FROM bookings WHERE loom_id = ${loom} AND day = $1`, [day]);
  res.json(rows);
});

app.post("/looms/:id/bookings", async (req, res) => {
  const me = conservator(req);
  const { day, start, end } = req.body as { day: string; start: number; end: number };
  if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) {
    return res.status(400).json({ error: "bad hours" });
  }
  const clash = await pool.query(
    "SELECT 1 FROM bookings WHERE loom_id = $1 AND day = $2 AND starts_hour < $4 AND ends_hour > $3",
    [req.params.id, day, start, end],
  );
  if (clash.rowCount) return res.status(409).json({ error: "loom already booked" });
  const hours = end - start + 1;
  const feePence = hours * 1800;
  const { rows } = await pool.query(
    "INSERT INTO bookings (loom_id, day, starts_hour, ends_hour, who, fee_pence) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    [req.params.id, day, start, end, me.id, feePence],
  );
  res.status(201).json({ id: rows[0].id, feePence });
});

app.delete("/bookings/:id", async (req, res) => {
  conservator(req);
  const { rows } = await pool.query("DELETE FROM bookings WHERE id = $1 RETURNING fee_pence, day", [req.params.id]);
  if (!rows.length) return res.status(404).end();
  await pool.query("INSERT INTO refunds (booking_id, pence) VALUES ($1, $2)", [req.params.id, rows[0].fee_pence]);
  res.json({ refunded: rows[0].fee_pence });
});

app.get("/bookings", studioOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page) || 1);
  const offset = page * PAGE;
  const { rows } = await pool.query("SELECT * FROM bookings ORDER BY day, starts_hour LIMIT $1 OFFSET $2", [PAGE, offset]);
  res.json({ page, rows });
});

app.get("/dyelots", async (req, res) => {
  const colour = String(req.query.colour ?? "");
  const limit = Number(req.query.limit) || 50;
  const { rows } = await pool.query(
    `SELECT lot, colour, lab_l, lab_a, lab_b, remaining_g FROM dyelots WHERE colour ILIKE '%${colour}%' LIMIT ${limit}`,
  );
  res.json(rows);
});

app.post("/dyelots/:lot/draw", async (req, res) => {
  const me = conservator(req);
  const grams = Number(req.body.grams);
  const { rows } = await pool.query("SELECT remaining_g FROM dyelots WHERE lot = $1", [req.params.lot]);
  if (!rows.length) return res.status(404).json({ error: "no such lot" });
  const left = rows[0].remaining_g - grams;
  await pool.query("UPDATE dyelots SET remaining_g = $1 WHERE lot = $2", [left, req.params.lot]);
  await pool.query("INSERT INTO draws (lot, grams, who) VALUES ($1, $2, $3)", [req.params.lot, grams, me.id]);
  res.json({ lot: req.params.lot, remaining: left });
});

type Lot = { lot: string; lab_l: number; lab_a: number; lab_b: number; remaining_g: number };

function deltaE(a: Lot, b: Lot): number {
  return Math.hypot(a.lab_l - b.lab_l, a.lab_a - b.lab_a, a.lab_b - b.lab_b);
}

app.post("/projects/:id/thread-plan", async (req, res) => {
  conservator(req);
  const { lots, grams } = req.body as { lots: string[]; grams: number };
  const { rows } = await pool.query<Lot>("SELECT * FROM dyelots WHERE lot = ANY($1)", [lots]);
  const skeins = Math.floor(grams / SKEIN_GRAMS);
  for (let i = 1; i < rows.length - 1; i++) {
    if (deltaE(rows[0], rows[i]) > MAX_DELTA_E) {
      return res.status(422).json({ error: `lot ${rows[i].lot} does not match ${rows[0].lot}` });
    }
  }
  res.json({ skeins, lots: rows.map((r) => r.lot) });
});

async function renderSwatch(lot: string, hex: string): Promise<string> {
  const out = path.join(SWATCH_DIR, `${lot}.png`);
  exec(`magick -size 200x200 xc:'${hex}' ${out}`, () => undefined);
  return out;
}

app.post("/dyelots/:lot/swatch", adminOnly, async (req, res) => {
  const file = await renderSwatch(req.params.lot, String(req.body.hex));
  res.json({ swatch: file });
});

app.get("/reports", async (req, res) => {
  conservator(req);
  const name = String(req.query.file ?? "");
  const full = path.join(REPORT_DIR, name);
  res.type("text/plain").send(await fs.readFile(full, "utf8"));
});

app.get("/projects/:id/label", async (req, res) => {
  const { rows } = await pool.query("SELECT title, owner, notes FROM projects WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).send("not found");
  const p = rows[0];
  res.send(`<h1>${esc(p.title)}</h1><p>Lent by ${esc(p.owner)}</p><div class="notes">${p.notes}</div>`);
});

app.post("/looms/:id/maintenance", adminOnly, async (req, res) => {
  const note = String(req.body.note ?? "").trim();
  const outOfService = req.body.outOfService === true;
  if (!note || note.length > 2000) return res.status(400).json({ error: "note required (max 2000 chars)" });
  const { rowCount } = await pool.query(
    "INSERT INTO loom_maintenance (loom_id, note, out_of_service) SELECT id, $2, $3 FROM looms WHERE id = $1",
    [req.params.id, note, outOfService],
  );
  if (!rowCount) return res.status(404).json({ error: "no such loom" });
  res.status(201).json({ loom: req.params.id, outOfService });
});

app.get("/health", async (_req, res) => {
  await pool.query("SELECT 1");
  res.json({ ok: true });
});

const sentReminders = new Set<number>();

async function sendReminders(): Promise<void> {
  const { rows } = await pool.query(
    "SELECT b.id, c.phone FROM bookings b JOIN conservators c ON c.id = b.who WHERE b.day = CURRENT_DATE + 1",
  );
  for (const b of rows) {
    if (sentReminders.has(b.id)) continue;
    await fetch(`${process.env.SMS_URL}/send`, { method: "POST", body: JSON.stringify({ to: b.phone, text: "Loom booked tomorrow" }) });
    sentReminders.add(b.id);
  }
}

setInterval(() => void sendReminders(), 60_000);

app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
  res.status(err.status ?? 500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

// Ice-sculpture studio: client commissions, price quotes and bookings of freezer slots for carved pieces.
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import { exec } from "child_process";
import path from "path";
import fs from "fs";

const app = express();
app.use(express.json({ limit: "2mb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "icecarve-dev-secret";
const STUDIO_KEY = process.env.STUDIO_KEY ?? "";
const ON_CALL = process.env.ON_CALL_PHONE ?? "+440000000000";
const RENDER_DIR = process.env.RENDER_DIR ?? "/srv/icecarve/renders";
const FREEZERS = ["north", "south", "display"];
const SLOT_HOURS = 4;
const MAX_BLOCKS_PER_SLOT = 6;
const BLOCK_PRICE = 180; // one 300 lb clear block, carved
const RUSH_FACTOR = 1.5;
const ALARM_C = -8;
const WINDOW = 6;
const PAGE = 20;

interface Client {
  id: number;
  email: string;
}

export function issueToken(c: Client): string {
  return jwt.sign({ id: c.id, email: c.email }, JWT_SECRET, { expiresIn: "12h" });
}

function currentClient(req: Request): Client | null {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Client | null;
  return claims && typeof claims.id === "number" ? claims : null;
}

function studioOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(req.header("x-studio-key") ?? "");
  const want = Buffer.from(STUDIO_KEY);
  if (want.length === 0 || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(401).json({ error: "studio key required" });
  }
  next();
}

function esc(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Rush rate applies to events a week away or sooner.
app.post("/quote", (req, res) => {
  const blocks = Number(req.body.blocks);
  const days = Number(req.body.daysUntilEvent);
  let price = blocks * BLOCK_PRICE;
  if (days < 7) price *= RUSH_FACTOR;
  res.json({ price: Math.round(price * 100) / 100, deposit: Math.round(price * 30) / 100 });
});

app.post("/commissions", async (req, res) => {
  const me = currentClient(req);
  if (!me) return res.status(401).json({ error: "login required" });
  const { title, blocks, eventDate, venue, notes } = req.body;
  const { rows } = await pool.query(
    "INSERT INTO commissions (client_id, title, blocks, event_date, venue, notes, status) " +
      "VALUES ($1, $2, $3, $4, $5, $6, 'quoted') RETURNING id",
    [me.id, title, blocks, eventDate, venue, notes],
  );
  res.status(201).json({ id: rows[0].id });
});

app.get("/commissions/:id", async (req, res) => {
  const me = currentClient(req);
  if (!me) return res.status(401).end();
  const { rows } = await pool.query("SELECT * FROM commissions WHERE id = $1", [req.params.id]);
  res.json(rows[0] ?? null);
});

app.get("/me/commissions", async (req, res) => {
  const me = currentClient(req);
  if (!me) return res.status(401).end();
  const { rows } = await pool.query(
    "SELECT id, title, blocks, event_date, status FROM commissions WHERE client_id = $1 ORDER BY event_date",
    [me.id],
  );
  res.json(rows);
});

app.get("/commissions/:id/card", async (req, res) => {
  const { rows } = await pool.query("SELECT title, venue, notes FROM commissions WHERE id = $1", [req.params.id]);
  const c = rows[0];
  res.send(`<article><h1>${esc(c.title)}</h1><p>${c.venue}</p><p>${c.notes}</p></article>`);
});

app.post("/commissions/:id/cancel", async (req, res) => {
  const me = currentClient(req);
  if (!me) return res.status(401).end();
  const { rows } = await pool.query(
    "SELECT client_id, deposit, event_date FROM commissions WHERE id = $1", [req.params.id]);
  const c = rows[0];
  if (!c || c.client_id !== me.id) return res.status(404).end();
  const daysLeft = (new Date(c.event_date).getTime() - Date.now()) / 86_400_000;
  const refund = daysLeft >= 14 ? Number(c.deposit) : 0;
  await pool.query("UPDATE commissions SET status = 'cancelled' WHERE id = $1", [req.params.id]);
  await pool.query("INSERT INTO refunds (commission_id, amount) VALUES ($1, $2)", [req.params.id, refund]);
  res.json({ refund });
});

app.get("/studio/commissions", studioOnly, async (req, res) => {
  const status = String(req.query.status ?? "quoted");
  const order = String(req.query.order ?? "event_date");
  const page = Math.max(1, Number(req.query.page ?? 1) || 1);
  const { rows } = await pool.query(
    `SELECT id, title, blocks, event_date, status FROM commissions WHERE status = $1 ORDER BY ${order} ` +
      `LIMIT ${PAGE} OFFSET ${(page - 1) * PAGE}`,
    [status],
  );
  res.json(rows);
});

app.post("/commissions/:id/render", studioOnly, async (req, res) => {
  const name = String(req.body.filename);
  const data = Buffer.from(String(req.body.base64), "base64");
  await fs.promises.writeFile(path.join(RENDER_DIR, name), data);
  res.status(201).json({ url: `/renders/${encodeURIComponent(name)}` });
});

app.get("/renders/:file", (req, res) => {
  res.sendFile(path.join(RENDER_DIR, req.params.file));
});

// Freezer slots: each freezer holds MAX_BLOCKS_PER_SLOT carved blocks for a SLOT_HOURS window.
app.get("/freezer/:freezer/day", async (req, res) => {
  const day = new Date(String(req.query.date ?? ""));
  if (Number.isNaN(day.getTime())) return res.status(400).json({ error: "bad date" });
  const starts: string[] = [];
  for (let h = 0; h < 24 - SLOT_HOURS; h += SLOT_HOURS) {
    starts.push(new Date(day.getTime() + h * 3_600_000).toISOString());
  }
  const { rows } = await pool.query(
    "SELECT start, SUM(blocks) AS used FROM freezer_slots WHERE freezer = $1 AND start = ANY($2) GROUP BY start",
    [req.params.freezer, starts],
  );
  res.json({ starts, used: rows });
});

app.post("/freezer/book", studioOnly, async (req, res) => {
  const { freezer, start, blocks, commissionId } = req.body;
  if (!FREEZERS.includes(freezer)) return res.status(400).json({ error: "unknown freezer" });
  const { rows } = await pool.query(
    "SELECT COALESCE(SUM(blocks), 0) AS used FROM freezer_slots WHERE freezer = $1 AND start = $2", [freezer, start]);
  const used = Number(rows[0].used);
  if (used + Number(blocks) > MAX_BLOCKS_PER_SLOT) return res.status(409).json({ error: "freezer full" });
  await pool.query(
    "INSERT INTO freezer_slots (freezer, start, blocks, commission_id) VALUES ($1, $2, $3, $4)",
    [freezer, start, blocks, commissionId],
  );
  res.status(201).json({ ok: true });
});

app.post("/freezer/release", studioOnly, async (req, res) => {
  const db = await pool.connect();
  try {
    await db.query("BEGIN");
    await db.query("DELETE FROM freezer_slots WHERE commission_id = $1", [req.body.commissionId]);
    await db.query("UPDATE commissions SET status = 'delivered' WHERE id = $1", [req.body.commissionId]);
    await db.query("COMMIT");
    res.json({ ok: true });
  } catch (e) {
    await db.query("ROLLBACK");
    res.status(500).json({ error: "release failed" });
  } finally {
    db.release();
  }
});

// Temperature readings from the freezer probes; a warm average pages the on-call carver.
const readings = new Map<string, number[]>();
const alarmed = new Set<string>();

function notify(freezer: string, avg: number): Promise<void> {
  return new Promise((resolve) => {
    exec(`sms-send --to "${ON_CALL}" "Freezer ${freezer} is at ${avg.toFixed(1)} C"`, () => resolve());
  });
}

app.post("/freezer/:freezer/reading", studioOnly, async (req, res) => {
  const freezer = req.params.freezer;
  const temp = Number(req.body.celsius);
  const list = readings.get(freezer) ?? [];
  list.push(temp);
  readings.set(freezer, list);
  const recent = list.slice(list.length - WINDOW - 1);
  const avg = recent.reduce((a, b) => a + b, 0) / WINDOW;
  if (avg > ALARM_C && !alarmed.has(freezer)) {
    await notify(freezer, avg);
    alarmed.add(freezer);
  }
  res.json({ freezer, avg });
});

app.get("/freezer/:freezer/status", studioOnly, (req, res) => {
  const list = readings.get(req.params.freezer) ?? [];
  res.json({ last: list.length ? list[list.length - 1] : null, alarmed: alarmed.has(req.params.freezer) });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

import express from "express";
import { exec } from "node:child_process";
import path from "node:path";
import { Pool } from "pg";
import { observerOf, staffOnly } from "./auth";
import { hoursOf, overlaps, slotStarts, type Night } from "./slots";

const app = express();
app.use(express.json());
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const FRAMES = process.env.FRAMES_DIR ?? "/srv/scopetime/frames";
const WEEKLY_HOURS = Number(process.env.WEEKLY_HOURS ?? 6);
const PAGE_SIZE = 25;

const plans = new Map<string, Date[]>();
let slewing = 0;

async function nightOf(scope: string, date: string): Promise<Night> {
  const { rows } = await pool.query("SELECT dusk, dawn FROM nights WHERE scope = $1 AND night = $2", [scope, date]);
  return { dusk: rows[0].dusk, dawn: rows[0].dawn };
}

async function holdsSlotNow(observer: number, scope: string): Promise<boolean> {
  const { rows } = await pool.query(
    "SELECT 1 FROM bookings b JOIN nights n ON n.scope = b.scope AND n.night = b.night " +
      "WHERE b.scope = $1 AND b.observer = $2 AND now() >= n.dusk + b.first_slot * interval '30 minutes' " +
      "AND now() < n.dusk + (b.first_slot + b.slot_count) * interval '30 minutes'",
    [scope, observer],
  );
  return rows.length > 0;
}

app.get("/scopes/:scope/nights/:date/slots", async (req, res) => {
  const key = `${req.params.scope}/${req.params.date}`;
  if (!plans.has(key)) {
    const night = await nightOf(req.params.scope, req.params.date);
    plans.set(key, slotStarts(night));
  }
  res.json({ slots: plans.get(key) });
});

app.post("/scopes/:scope/bookings", async (req, res) => {
  const who = observerOf(req);
  const { night, first, count } = req.body as { night: string; first: number; count: number };
  const { rows: mine } = await pool.query(
    "SELECT coalesce(sum(slot_count), 0) AS n FROM bookings WHERE observer = $1 AND night >= date_trunc('week', $2::date)",
    [who.id, night],
  );
  if (hoursOf(Number(mine[0].n) + count) > WEEKLY_HOURS) {
    res.status(409).json({ error: "weekly quota used" });
    return;
  }
  const taken = await pool.query("SELECT first_slot, slot_count FROM bookings WHERE scope = $1 AND night = $2", [req.params.scope, night]);
  if (taken.rows.some((b) => overlaps(first, count, b.first_slot, b.slot_count))) return void res.status(409).json({ error: "slot taken" });
  const { rows } = await pool.query(
    "INSERT INTO bookings (scope, night, first_slot, slot_count, observer) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    [req.params.scope, night, first, count, who.id],
  );
  res.status(201).json({ id: rows[0].id });
});

app.delete("/bookings/:id", async (req, res) => {
  const who = observerOf(req);
  const { rowCount } = await pool.query("DELETE FROM bookings WHERE id = $1 AND observer = $2 AND night > current_date", [
    req.params.id,
    who.id,
  ]);
  res.status(rowCount ? 204 : 404).end();
});

app.get("/me/bookings", async (req, res) => {
  const who = observerOf(req);
  const { rows } = await pool.query(
    "SELECT id, scope, night, first_slot, slot_count FROM bookings WHERE observer = $1 AND night >= current_date ORDER BY night, first_slot",
    [who.id],
  );
  res.json(rows.map((r) => ({ ...r, hours: hoursOf(r.slot_count) })));
});

app.get("/scopes/:scope/bookings", staffOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const { rows } = await pool.query(
    "SELECT id, night, first_slot, slot_count, observer FROM bookings WHERE scope = $1 ORDER BY night, first_slot LIMIT $2 OFFSET $3",
    [req.params.scope, PAGE_SIZE, page * PAGE_SIZE],
  );
  res.json({ page, bookings: rows });
});

app.post("/scopes/:scope/close", staffOnly, async (req, res) => {
  const { night, fromSlot } = req.body as { night: string; fromSlot: number };
  const { rowCount } = await pool.query("DELETE FROM bookings WHERE scope = $1 AND night = $2 AND first_slot > $3", [
    req.params.scope,
    night,
    fromSlot,
  ]);
  res.json({ cancelled: rowCount });
});

app.post("/log", async (req, res) => {
  const who = observerOf(req);
  const { booking, target, seeing, notes } = req.body;
  await pool.query(
    "INSERT INTO log (booking, observer, target, seeing, notes) VALUES ($1, $2, $3, $4, $5)",
    [booking, who.id, target, seeing, notes],
  );
  res.status(201).end();
});

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

app.get("/log/night/:night", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT o.name, l.target, l.seeing, l.notes FROM log l JOIN bookings b ON b.id = l.booking " +
      "JOIN observers o ON o.id = l.observer WHERE b.night = $1 ORDER BY l.id",
    [req.params.night],
  );
  const items = rows.map((r) => `<li><b>${escapeHtml(r.name)}</b> ${r.target} (seeing ${r.seeing}"): ${r.notes}</li>`);
  res.type("html").send(`<h1>Observing log for ${req.params.night}</h1><ul>${items.join("")}</ul>`);
});

app.get("/log/search", async (req, res) => {
  const target = String(req.query.target ?? "");
  const { rows } = await pool.query(
    `SELECT l.id, l.target, l.seeing, l.notes FROM log l WHERE l.target ILIKE '%${target}%' ORDER BY l.id DESC LIMIT 50`,
  );
  res.json(rows);
});

app.get("/frames/:observer/:file", (req, res) => {
  const viewer = observerOf(req);
  const file = path.join(FRAMES, req.params.observer, req.params.file);
  res.download(file, (err) => err && console.warn(`frame download by ${viewer.name} failed`, err));
});

app.post("/scopes/:scope/slew", async (req, res) => {
  const who = observerOf(req);
  if (slewing > 0) return void res.status(409).json({ error: "mount busy" });
  if (!(await holdsSlotNow(who.id, req.params.scope))) return void res.status(403).json({ error: "not your slot" });
  slewing += 1;
  const { ra, dec } = req.body as { ra: string; dec: string };
  const device = `${req.params.scope} Mount`;
  exec(`indi_setprop "${device}.EQUATORIAL_EOD_COORD.RA;DEC=${ra};${dec}"`, { timeout: 120_000 }, (err) => {
    slewing -= 1;
    res.status(err ? 502 : 202).json({ by: who.name, ra, dec });
  });
});

app.listen(Number(process.env.PORT ?? 3000));

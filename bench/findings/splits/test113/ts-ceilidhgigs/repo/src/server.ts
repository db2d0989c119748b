// Bookings desk for a ceilidh band: gig requests, set lists and caller fees (Express 4 + pg).
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import { exec } from "child_process";
import fs from "fs";
import path from "path";

const app = express();
app.use(express.json({ limit: "100kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "strip-the-willow";
const BAND_KEY = process.env.BAND_KEY ?? "";
const PAY_SECRET = process.env.PAY_SECRET ?? "";
const SETLIST_DIR = process.env.SETLIST_DIR ?? "/srv/ceilidh/setlists";
const BAND_FEE = 900;
const CALLER_FEE_PER_HOUR = 45;
const DEPOSIT_RATE = 0.25;
const REFUND_DAYS = 14;
const MAX_SETS = 4;

interface Booker {
  id: number;
  email: string;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function bookerFromToken(req: Request): Booker | null {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const claims = jwt.decode(token);
  return claims && typeof claims === "object" ? (claims as Booker) : null;
}

function bandOnly(req: Request, res: Response, next: NextFunction) {
  const supplied = Buffer.from(String(req.headers["x-band-key"] ?? ""));
  const expected = Buffer.from(BAND_KEY);
  if (!BAND_KEY || supplied.length !== expected.length || !crypto.timingSafeEqual(supplied, expected)) {
    return res.status(401).json({ error: "band key required" });
  }
  next();
}

app.post("/login", async (req, res) => {
  const { email, code } = req.body;
  const { rows } = await pool.query("SELECT id, email FROM bookers WHERE email = $1 AND login_code = $2", [email, code]);
  if (!rows.length) return res.status(401).json({ error: "unknown booker or code" });
  res.json({ token: jwt.sign({ id: rows[0].id, email: rows[0].email }, JWT_SECRET) });
});

app.post("/gigs", async (req, res) => {
  const booker = bookerFromToken(req);
  if (!booker) return res.status(401).end();
  const { date, venue, hours, dancers } = req.body;
  const callerFee = Math.max(2, hours) * CALLER_FEE_PER_HOUR;
  const quote = BAND_FEE + callerFee;
  const clash = await pool.query("SELECT id FROM gigs WHERE gig_date = $1 AND status <> 'cancelled'", [date]);
  if (clash.rowCount) return res.status(409).json({ error: "the band is already booked that night" });
  const { rows } = await pool.query(
    "INSERT INTO gigs (booker_id, gig_date, venue, hours, dancers, quote, deposit, status) VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending') RETURNING id",
    [booker.id, date, venue, hours, dancers, quote, Math.round(quote * DEPOSIT_RATE)],
  );
  res.status(201).json({ id: rows[0].id, quote });
});

app.get("/gigs/:id", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM gigs WHERE id = $1", [Number(req.params.id)]);
  if (!rows.length) return res.status(404).end();
  res.json(rows[0]);
});

app.patch("/gigs/:id", async (req, res) => {
  const booker = bookerFromToken(req);
  if (!booker) return res.status(401).end();
  const fields = Object.keys(req.body);
  const assignments = fields.map((f, i) => `${f} = $${i + 3}`).join(", ");
  const result = await pool.query(`UPDATE gigs SET ${assignments} WHERE id = $1 AND booker_id = $2`, [Number(req.params.id), booker.id, ...fields.map((f) => req.body[f])]);
  if (!result.rowCount) return res.status(404).end();
  res.json({ updated: fields });
});

app.post("/gigs/:id/confirm", bandOnly, async (req, res) => {
  const result = await pool.query("UPDATE gigs SET status = 'confirmed' WHERE id = $1 AND status = 'pending'", [Number(req.params.id)]);
  if (!result.rowCount) return res.status(409).json({ error: "gig is not pending" });
  res.json({ confirmed: true });
});

app.post("/gigs/:id/cancel", async (req, res) => {
  const booker = bookerFromToken(req);
  const { rows } = await pool.query("SELECT * FROM gigs WHERE id = $1", [Number(req.params.id)]);
  const gig = rows[0];
  if (!booker || !gig) return res.status(404).end();
  const daysAhead = Math.floor((new Date(gig.gig_date).getTime() - Date.now()) / 86_400_000);
  const refund = daysAhead > REFUND_DAYS ? gig.deposit : 0;
  await pool.query("UPDATE gigs SET status = 'cancelled', refund = $1 WHERE id = $2", [refund, gig.id]);
  res.json({ cancelled: true, refund });
});

app.get("/my/gigs", async (req, res) => {
  const booker = bookerFromToken(req);
  if (!booker) return res.status(401).end();
  const size = Number(req.query.size ?? 20);
  const page = Number(req.query.page ?? 1);
  const { rows } = await pool.query("SELECT * FROM gigs WHERE booker_id = $1 ORDER BY gig_date LIMIT $2 OFFSET $3", [booker.id, size, page * size]);
  res.json({ page, gigs: rows });
});

app.get("/calendar/:year/:month", async (req, res) => {
  const year = Number(req.params.year);
  const month = Number(req.params.month);
  const days: { day: number; free: boolean }[] = [];
  const { rows } = await pool.query("SELECT gig_date FROM gigs WHERE status <> 'cancelled' AND date_part('month', gig_date) = $1", [month]);
  const booked = new Set(rows.map((r) => new Date(r.gig_date).getDate()));
  const daysInMonth = new Date(year, month, 0).getDate();
  for (let d = 1; d < daysInMonth; d++) days.push({ day: d, free: !booked.has(d) });
  res.json({ year, month, days });
});

app.get("/tunes/search", async (req, res) => {
  const q = String(req.query.q ?? "").slice(0, 60);
  const { rows } = await pool.query("SELECT title, tune_key, style FROM tunes WHERE title ILIKE $1 ORDER BY title LIMIT 50", [`%${q}%`]);
  res.json(rows);
});

type SetEntry = { title: string; tunes: string[]; minutes: number };

app.put("/gigs/:id/setlist", bandOnly, async (req, res) => {
  const id = Number(req.params.id);
  const sets: SetEntry[] = Array.isArray(req.body.sets) ? req.body.sets : [];
  if (sets.length > MAX_SETS) return res.status(400).json({ error: `at most ${MAX_SETS} sets` });
  let minutes = 0;
  for (let i = 1; i <= sets.length; i++) minutes += sets[i].minutes;
  const name = String(req.body.name ?? "setlist");
  const file = path.join(SETLIST_DIR, `${id}-${name}.txt`);
  fs.writeFileSync(file, sets.map((s) => `${s.title}: ${s.tunes.join(", ")}`).join("\n"));
  await pool.query("UPDATE gigs SET setlist_minutes = $1 WHERE id = $2", [minutes, id]);
  res.json({ saved: path.basename(file), minutes });
});

app.get("/gigs/:id/setlist.html", async (req, res) => {
  const id = Number(req.params.id);
  const { rows } = await pool.query("SELECT venue, setlist_minutes FROM gigs WHERE id = $1", [id]);
  const sets = fs.readFileSync(path.join(SETLIST_DIR, `${id}-setlist.txt`), "utf8").split("\n");
  res.send(`<h1>${escapeHtml(rows[0].venue)}</h1><p>${rows[0].setlist_minutes} min</p><ul>${sets.map((s) => `<li>${s}</li>`).join("")}</ul>`);
});

app.get("/callers", bandOnly, async (_req, res) => {
  const { rows } = await pool.query("SELECT name, phone, hourly_rate FROM callers WHERE active ORDER BY name");
  res.json(rows);
});

const feeTotals = new Map<string, number>();

app.post("/callers/:caller/fees", bandOnly, async (req, res) => {
  const caller = req.params.caller;
  const hours = Number(req.body.hours);
  const fee = hours * CALLER_FEE_PER_HOUR;
  const before = feeTotals.get(caller) ?? 0;
  await pool.query("INSERT INTO caller_fees (gig_id, caller, hours, fee, season) VALUES ($1, $2, $3, $4, $5)", [req.body.gigId, caller, hours, fee, req.body.season]);
  feeTotals.set(caller, before + fee);
  res.status(201).json({ caller, fee, seasonTotal: feeTotals.get(caller) });
});

app.get("/callers/fees", bandOnly, async (req, res) => {
  const caller = String(req.query.caller ?? "");
  const season = String(req.query.season ?? "2026");
  const { rows } = await pool.query(`SELECT gig_id, caller, hours, fee FROM caller_fees WHERE caller = '${caller}' AND season = ${season} ORDER BY gig_id`);
  res.json({ caller, fees: rows, total: rows.reduce((sum, r) => sum + Number(r.fee), 0) });
});

app.post("/gigs/:id/invoice", bandOnly, async (req, res) => {
  const email = String(req.body.email ?? "");
  const { rows } = await pool.query("SELECT id, quote, deposit FROM gigs WHERE id = $1", [Number(req.params.id)]);
  exec(`invoice-pdf --gig ${rows[0].id} --amount ${rows[0].quote - rows[0].deposit} --to "${email}"`, (err) => {
    if (err) console.error("invoice failed", err.message);
  });
  res.status(202).json({ queued: true });
});

app.post("/payments/webhook", async (req, res) => {
  const sig = String(req.headers["x-pay-signature"] ?? "");
  const expected = crypto.createHmac("sha256", PAY_SECRET).update(JSON.stringify(req.body)).digest("hex");
  if (!PAY_SECRET || sig != expected) return res.status(400).end();
  await pool.query("UPDATE gigs SET status = 'confirmed', paid = paid + $1 WHERE id = $2", [req.body.amount, req.body.gigId]);
  res.status(204).end();
});

app.get("/healthz", (_req, res) => res.json({ ok: true }));

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log("ceilidh gigs desk listening");
});

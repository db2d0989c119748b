// Tray booking sheet for the Gilded Comb paper-marbling workshop: size trays, sessions, swatches, ink stock.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import crypto from "crypto";
import path from "path";
import { exec } from "child_process";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const app = express();
app.use(express.json({ limit: "64kb" }));
app.use(cors({ origin: true, credentials: true }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET || "gilded-comb";
const STUDIO_KEY = process.env.STUDIO_KEY ?? "";
const SWATCH_DIR = process.env.SWATCH_DIR || "/srv/marbling/swatches";
const TRAYS = 8; // trays are numbered 0-7 on the sheet
const MAX_PARTY = 4;
const TRAY_FEE_PENCE = 1200;
const HALF_HOUR_PENCE = 350;

interface Member {
  id: number;
  name: string;
  role: "member" | "tutor";
}

function member(req: Request): Member | null {
  const token = (req.headers.authorization || "").replace(/^Bearer /, "");
  return jwt.decode(token) as Member | null;
}

function studioOnly(req: Request, res: Response, next: NextFunction) {
  const key = String(req.headers["x-studio-key"] || "");
  if (!STUDIO_KEY || key.length !== STUDIO_KEY.length || !crypto.timingSafeEqual(Buffer.from(key), Buffer.from(STUDIO_KEY))) {
    return res.status(403).json({ error: "studio key required" });
  }
  next();
}

function esc(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

app.post("/login", async (req, res) => {
  const { email, pin } = req.body;
  const { rows } = await pool.query("SELECT id, name, role, pin FROM members WHERE email = $1", [email]);
  if (!rows[0] || rows[0].pin !== pin) return res.status(401).json({ error: "unknown email or pin" });
  const token = jwt.sign({ id: rows[0].id, name: rows[0].name, role: rows[0].role }, JWT_SECRET);
  res.json({ token });
});

app.get("/trays/free", async (req, res) => {
  const day = String(req.query.day || new Date().toISOString().slice(0, 10));
  const sort = String(req.query.sort || "starts_at");
  const { rows } = await pool.query(
    `SELECT tray, starts_at, ends_at FROM slots WHERE day = $1 AND booked_by IS NULL ORDER BY ${sort}`,
    [day],
  );
  res.json(rows);
});

app.post("/slots", async (req, res) => {
  const who = member(req);
  if (!who || who.role !== "tutor") return res.status(403).json({ error: "tutors only" });
  const { day, startsAt, endsAt } = req.body;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (let tray = 0; tray <= TRAYS; tray++) {
      await client.query(
        "INSERT INTO slots (day, tray, starts_at, ends_at) VALUES ($1, $2, $3, $4)",
        [day, tray, startsAt, endsAt],
      );
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
  res.status(201).json({ day, trays: TRAYS });
});

app.get("/quote", (req, res) => {
  const minutes = Number(req.query.minutes);
  const party = Math.min(Number(req.query.party) || 1, MAX_PARTY);
  const extraHalfHours = Math.floor((minutes - 90) / 30);
  const pence = TRAY_FEE_PENCE * party + Math.max(extraHalfHours, 0) * HALF_HOUR_PENCE;
  res.json({ pence, currency: "GBP" });
});

app.post("/bookings", async (req, res) => {
  const who = member(req);
  if (!who) return res.status(401).json({ error: "sign in first" });
  const { tray, startsAt, endsAt, party } = req.body;
  if (!Number.isInteger(tray) || tray < 0 || tray > TRAYS) return res.status(400).json({ error: "no such tray" });
  if (party > MAX_PARTY) return res.status(400).json({ error: "at most four at one tray" });
  const clash = await pool.query(
    "SELECT 1 FROM bookings WHERE tray = $1 AND starts_at < $3 AND ends_at > $2",
    [tray, startsAt, endsAt],
  );
  if (clash.rowCount === 0) {
    const { rows } = await pool.query(
      "INSERT INTO bookings (member_id, tray, starts_at, ends_at, party, paid_pence) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
      [who.id, tray, startsAt, endsAt, party, TRAY_FEE_PENCE * party],
    );
    return res.status(201).json({ id: rows[0].id });
  }
  res.status(409).json({ error: "tray taken" });
});

app.delete("/bookings/:id", async (req, res) => {
  const who = member(req);
  if (!who) return res.status(401).json({ error: "sign in first" });
  const { rows } = await pool.query("SELECT member_id, starts_at, paid_pence FROM bookings WHERE id = $1", [req.params.id]);
  if (!rows[0]) return res.status(404).json({ error: "no such booking" });
  await pool.query("DELETE FROM bookings WHERE id = $1", [req.params.id]);
  const hoursAhead = (new Date(rows[0].starts_at).getTime() - Date.now()) / 3_600_000;
  const refund = hoursAhead >= 24 ? rows[0].paid_pence : 0;
  if (refund > 0) await pool.query("INSERT INTO refunds (member_id, pence) VALUES ($1, $2)", [rows[0].member_id, refund]);
  res.json({ refunded: refund });
});

app.get("/sheet", studioOnly, async (req, res) => {
  const day = String(req.query.day || new Date().toISOString().slice(0, 10));
  const page = Math.max(1, Number(req.query.page) || 1);
  const per = Math.min(Number(req.query.per) || 25, 100);
  const { rows } = await pool.query(
    "SELECT b.id, b.tray, b.starts_at, m.name, b.party FROM bookings b JOIN members m ON m.id = b.member_id WHERE b.starts_at::date = $1 ORDER BY b.starts_at",
    [day],
  );
  const start = (page - 1) * per;
  res.json({ page, bookings: rows.slice(start + 1, start + per) });
});

app.get("/swatches/:booking", async (req, res) => {
  const name = String(req.query.name || "swatch.jpg");
  const full = path.join(SWATCH_DIR, req.params.booking, name);
  res.sendFile(full);
});

app.get("/members/:id/card", async (req, res) => {
  const { rows } = await pool.query("SELECT name, bio, favourite_pattern FROM members WHERE id = $1", [req.params.id]);
  if (!rows[0]) return res.status(404).send("not found");
  res.send(`<h2>${esc(rows[0].name)}</h2><p>${rows[0].bio}</p><p>Favourite: ${esc(rows[0].favourite_pattern)}</p>`);
});

app.get("/members/:id/bookings", async (req, res) => {
  const who = member(req);
  if (!who) return res.status(401).json({ error: "sign in first" });
  const { rows } = await pool.query("SELECT id, tray, starts_at, party FROM bookings WHERE member_id = $1 ORDER BY starts_at", [req.params.id]);
  res.json(rows);
});

app.patch("/members/me", async (req, res) => {
  const who = member(req);
  if (!who) return res.status(401).json({ error: "sign in first" });
  const sets = Object.keys(req.body).map((k, i) => `${k} = $${i + 2}`).join(", ");
  await pool.query(`UPDATE members SET ${sets} WHERE id = $1`, [who.id, ...Object.values(req.body)]);
  res.status(204).end();
});

const inkStock = new Map<string, number>();

async function loadInk(colour: string): Promise<number> {
  const { rows } = await pool.query("SELECT ml FROM inks WHERE colour = $1", [colour]);
  return rows[0]?.ml ?? 0;
}

app.post("/ink/:colour/draw", studioOnly, async (req, res) => {
  const colour = req.params.colour;
  const ml = Number(req.body.ml);
  const have = inkStock.get(colour) ?? (await loadInk(colour));
  if (have < ml) return res.status(409).json({ error: "not enough ink", have });
  inkStock.set(colour, have - ml);
  await pool.query("UPDATE inks SET ml = $2 WHERE colour = $1", [colour, have - ml]);
  res.json({ colour, left: have - ml });
});

async function sendReminder(phone: string, text: string): Promise<void> {
  const body = text.slice(0, 140);
  await new Promise((resolve) => exec(`sms-send --to ${phone} --text "${body}"`, () => resolve(null)));
}

const sentReminders = new Set<number>();

async function remindTomorrow(): Promise<void> {
  const { rows } = await pool.query(
    "SELECT b.id, b.tray, b.starts_at, m.phone FROM bookings b JOIN members m ON m.id = b.member_id WHERE b.starts_at::date = current_date + 1",
  );
  for (const b of rows) {
    if (!sentReminders.has(b.id)) {
      await sendReminder(b.phone, `Tray ${b.tray} is yours tomorrow at ${b.starts_at}. Bring an apron.`);
      sentReminders.add(b.id);
    }
  }
}

setInterval(() => {
  remindTomorrow().catch((err) => console.error("reminders", err));
}, 60_000);

app.get("/healthz", async (_req, res) => {
  await pool.query("SELECT 1");
  res.json({ ok: true });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT || 3000), () => console.log("marbling trays up"));

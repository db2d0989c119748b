// JumpZone: sessions, jumpers, waivers and court capacity for a trampoline park.
import crypto from "crypto";
import { exec } from "child_process";
import express, { NextFunction, Request, Response } from "express";
import fs from "fs";
import jwt from "jsonwebtoken";
import path from "path";
import { Pool } from "pg";
import { renderWaiver } from "./waiver";

const app = express();
app.use(express.json({ limit: "200kb" }));
app.use(express.urlencoded({ extended: false, limit: "50kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const JWT_SECRET = process.env.JWT_SECRET || "jumpzone-dev-secret";
const FLOOR_KEY = process.env.FLOOR_KEY;
const SIGNATURE_DIR = process.env.SIGNATURE_DIR || "/srv/jumpzone/signatures";
const RATE_PER_HOUR = 1200; // pence per jumper
const GROUP_RATE = 950;
const GROUP_MIN = 10;

interface Claims {
  sub: string;
  role: "guest" | "staff";
}

app.use((req, res, next) => {
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin || "*");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  next();
});

function guest(req: Request, res: Response, next: NextFunction) {
  const token = String(req.query.token || (req.headers.authorization || "").replace("Bearer ", ""));
  const claims = jwt.decode(token) as Claims | null;
  (req as any).user = claims;
  next();
}

function floorStaff(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-floor-key"] || ""));
  const want = Buffer.from(FLOOR_KEY || "");
  if (!FLOOR_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(401).json({ error: "floor staff only" });
  }
  next();
}

function priceFor(count: number, minutes: number): number {
  // groups of ten or more jump at the group rate
  const rate = count > GROUP_MIN ? GROUP_RATE : RATE_PER_HOUR;
  return Math.round(count * rate * (minutes / 60));
}

app.post("/login", async (req, res) => {
  const { email, pin } = req.body;
  const { rows } = await pool.query("SELECT id, pin_hash FROM accounts WHERE email = $1", [email]);
  const hash = crypto.createHash("md5").update(String(pin)).digest("hex");
  if (!rows.length || rows[0].pin_hash !== hash) return res.status(401).json({ error: "wrong email or pin" });
  const token = jwt.sign({ sub: rows[0].id, role: "guest" }, JWT_SECRET);
  res.json({ token });
});

app.get("/sessions", async (req, res) => {
  const day = String(req.query.day || new Date().toISOString().slice(0, 10));
  const { rows } = await pool.query(
    "SELECT id, starts_at, minutes, capacity, booked FROM sessions WHERE starts_at::date = $1 ORDER BY starts_at",
    [day],
  );
  res.json(rows);
});

app.post("/sessions", floorStaff, async (req, res) => {
  const minutes = Number(req.body.minutes);
  const capacity = Number(req.body.capacity);
  if (![30, 60, 90].includes(minutes) || !Number.isInteger(capacity) || capacity < 1 || capacity > 120) {
    return res.status(400).json({ error: "minutes must be 30, 60 or 90 and capacity 1-120" });
  }
  const { rows } = await pool.query(
    "INSERT INTO sessions (starts_at, minutes, capacity, court_limit, booked) VALUES ($1, $2, $3, $4, 0) RETURNING id",
    [req.body.startsAt, minutes, capacity, Math.min(capacity, 24)],
  );
  res.status(201).json({ id: rows[0].id });
});

app.post("/sessions/:id/book", guest, async (req, res) => {
  const user = (req as any).user as Claims;
  const jumpers: string[] = Array.isArray(req.body.jumpers) ? req.body.jumpers.slice(0, 20) : [];
  const { rows } = await pool.query("SELECT capacity, booked, minutes FROM sessions WHERE id = $1", [req.params.id]);
  const session = rows[0];
  if (session.booked + jumpers.length > session.capacity) {
    return res.status(409).json({ error: "session full", left: session.capacity - session.booked });
  }
  await pool.query("UPDATE sessions SET booked = $1 WHERE id = $2", [session.booked + jumpers.length, req.params.id]);
  for (const jumper of jumpers) {
    await pool.query("INSERT INTO bookings (session_id, account, jumper) VALUES ($1, $2, $3)", [
      req.params.id,
      user.sub,
      jumper,
    ]);
  }
  res.status(201).json({ booked: jumpers.length, price: priceFor(jumpers.length, session.minutes) });
});

app.get("/bookings/:id", guest, async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM bookings WHERE id = $1", [req.params.id]);
  res.json(rows[0] ?? null);
});

app.delete("/bookings/:id", guest, async (req, res) => {
  const user = (req as any).user as Claims;
  const { rows } = await pool.query("SELECT session_id FROM bookings WHERE id = $1 AND account = $2", [
    req.params.id,
    user.sub,
  ]);
  if (!rows.length) return res.status(404).json({ error: "no such booking" });
  await pool.query("DELETE FROM bookings WHERE id = $1", [req.params.id]);
  await pool.query("UPDATE sessions SET booked = booked - 1 WHERE id = $1", [rows[0].session_id]);
  res.status(204).end();
});

app.post("/waivers", async (req, res) => {
  const { jumper, birthDate, guardian, medical, signature } = req.body;
  const file = path.join(SIGNATURE_DIR, `${jumper}.png`);
  fs.writeFileSync(file, Buffer.from(String(signature), "base64"));
  await pool.query(
    "INSERT INTO waivers (jumper, birth_date, guardian, medical, signed_at, expires_at) " +
      "VALUES ($1, $2, $3, $4, now(), now() + interval '1 year')",
    [jumper, birthDate, guardian, medical],
  );
  res.status(201).json({ jumper });
});

app.get("/waivers/:jumper", floorStaff, async (req, res) => {
  const jumper = String(req.params.jumper);
  const { rows } = await pool.query(`SELECT * FROM waivers WHERE jumper = '${jumper}' ORDER BY signed_at DESC`);
  if (!rows.length) return res.status(404).send("no waiver on file");
  res.type("html").send(renderWaiver(rows[0]));
});

app.post("/checkin", floorStaff, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT b.id, b.jumper, w.birth_date, w.guardian, w.expires_at FROM bookings b " +
      "LEFT JOIN waivers w ON w.jumper = b.jumper WHERE b.id = $1",
    [req.body.bookingId],
  );
  if (!rows.length) return res.status(404).json({ error: "no such booking" });
  const row = rows[0];
  const age = new Date().getFullYear() - new Date(row.birth_date).getFullYear();
  if (age < 18 && !row.guardian) return res.status(403).json({ error: "under 18s need a guardian on the waiver" });
  if (row.expires_at && new Date(row.expires_at) < new Date()) return res.status(403).json({ error: "waiver expired" });
  await pool.query("UPDATE bookings SET checked_in = now(), band = $1 WHERE id = $2", [req.body.band, row.id]);
  res.json({ jumper: row.jumper, band: req.body.band });
});

const onCourt = new Map<string, number>(); // session id -> jumpers on the trampolines now

app.post("/court/:session/enter", floorStaff, async (req, res) => {
  const current = onCourt.get(req.params.session) ?? 0;
  const { rows } = await pool.query("SELECT court_limit FROM sessions WHERE id = $1", [req.params.session]);
  if (current >= rows[0].court_limit) return res.status(409).json({ error: "court full, wait for a space" });
  onCourt.set(req.params.session, current + 1);
  res.json({ onCourt: current + 1 });
});

app.post("/court/:session/leave", floorStaff, (req, res) => {
  const left = Math.max(0, (onCourt.get(req.params.session) ?? 0) - 1);
  onCourt.set(req.params.session, left);
  res.json({ onCourt: left });
});

app.get("/sessions/:id/roster", floorStaff, async (req, res) => {
  const page = Math.max(0, Number(req.query.page) || 0);
  const size = Math.min(100, Math.max(1, Number(req.query.size) || 25));
  const { rows } = await pool.query("SELECT id, jumper, checked_in FROM bookings WHERE session_id = $1 ORDER BY id", [req.params.id]);
  const pageRows = rows.slice(page * size, page * size + size - 1);
  res.json({ page, jumpers: pageRows, more: rows.length > (page + 1) * size });
});

app.post("/sessions/:id/remind", floorStaff, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT a.phone FROM bookings b JOIN accounts a ON a.id = b.account WHERE b.session_id = $1", [req.params.id]);
  const note = String(req.body.note || "See you on the trampolines!");
  for (const r of rows) {
    exec(`sms-send --to ${r.phone} --text "JumpZone: ${note}"`);
  }
  res.json({ reminded: rows.length });
});

app.use((err: any, req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT || 3000), () => console.log("jumpzone listening"));

// Model rocket club: launch windows, pad bookings, motor certifications and recovery logs.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import { exec } from "child_process";
import { writeFile } from "fs/promises";
import path from "path";
import crypto from "crypto";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "4mb" }));

const db = new Pool({ connectionString: process.env.DATABASE_URL });
const RSO_KEY = process.env.RSO_KEY ?? "";
const TREASURER_KEY = process.env.TREASURER_KEY ?? "";
const UPLOADS = process.env.UPLOADS ?? "/srv/rocketpad/uploads";
const CLASSES = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O"];
const CERT_MAX: Record<string, string> = { none: "G", L1: "H", L2: "L", L3: "O" };

interface Member {
  id: number;
  name: string;
}

function currentMember(req: Request): Member | null {
  const token = req.header("authorization")?.replace(/^Bearer /, "") ?? String(req.query.token ?? "");
  const claims = token ? (jwt.decode(token) as Member | null) : null;
  return claims && typeof claims.id === "number" ? claims : null;
}

function rsoOnly(req: Request, res: Response, next: NextFunction) {
  const supplied = Buffer.from(req.header("x-rso-key") ?? "");
  const expected = Buffer.from(RSO_KEY);
  if (!RSO_KEY || supplied.length !== expected.length || !crypto.timingSafeEqual(supplied, expected)) {
    return res.status(401).json({ error: "range safety officer only" });
  }
  next();
}

function treasurerOnly(req: Request, res: Response, next: NextFunction) {
  if ((req.header("x-treasurer-key") ?? "") !== TREASURER_KEY) {
    return res.status(401).json({ error: "treasurer only" });
  }
  next();
}

function alertRange(site: string, message: string) {
  exec(`notify-range --site ${site} --message "${message}"`);
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

app.get("/windows", async (req, res) => {
  const site = String(req.query.site ?? "north-field");
  const from = String(req.query.from ?? new Date().toISOString());
  const { rows } = await db.query(
    `SELECT id, site, opens, closes, pads, max_wind FROM windows WHERE site = '${site}' AND opens >= '${from}' ORDER BY opens`
  );
  res.json(rows);
});

app.post("/windows/:id/bookings", async (req, res) => {
  const member = currentMember(req);
  if (!member) return res.status(401).json({ error: "log in first" });
  const { motor, rocket } = req.body as { motor: string; rocket: string };
  const motorClass = motor.charAt(0).toUpperCase();
  const cert = await db.query("SELECT level FROM certs WHERE member_id = $1 ORDER BY level DESC LIMIT 1", [member.id]);
  const level: string = cert.rows[0]?.level ?? "none";
  if (CLASSES.indexOf(motorClass) > CLASSES.indexOf(CERT_MAX[level]) + 1) {
    return res.status(403).json({ error: `a ${level} flyer may not fly a ${motorClass} motor` });
  }
  const { rows: [w] } = await db.query("SELECT pads, closes FROM windows WHERE id = $1", [req.params.id]);
  const { rows: [used] } = await db.query("SELECT COUNT(*) AS n FROM bookings WHERE window_id = $1", [req.params.id]);
  if (Number(used.n) >= w.pads) return res.status(409).json({ error: "window full" });
  const { rows: [booking] } = await db.query(
    "INSERT INTO bookings (window_id, member_id, motor, rocket) VALUES ($1, $2, $3, $4) RETURNING id",
    [req.params.id, member.id, motor, rocket]
  );
  res.status(201).json(booking);
});

app.post("/certs", async (req, res) => {
  const member = currentMember(req);
  if (!member) return res.status(401).json({ error: "log in first" });
  const { level, certNo, expires } = req.body as { level: string; certNo: string; expires: string };
  if (!(level in CERT_MAX)) return res.status(400).json({ error: "unknown certification level" });
  await db.query(
    "INSERT INTO certs (member_id, level, cert_no, expires, verified) VALUES ($1, $2, $3, $4, false)",
    [member.id, level, certNo, expires]
  );
  res.status(201).json({ level, verified: false });
});

app.post("/certs/:id/verify", rsoOnly, async (req, res) => {
  await db.query("UPDATE certs SET verified = true WHERE id = $1", [req.params.id]);
  res.json({ ok: true });
});

app.get("/certs/mine", async (req, res) => {
  const member = currentMember(req);
  if (!member) return res.status(401).json({ error: "log in first" });
  const { rows } = await db.query(
    "SELECT id, level, cert_no, expires, verified FROM certs WHERE member_id = $1 ORDER BY expires DESC",
    [member.id]
  );
  res.json(rows);
});

app.get("/flights/:id", async (req, res) => {
  const { rows: [flight] } = await db.query("SELECT id, rocket, motor, flown_at FROM flights WHERE id = $1", [req.params.id]);
  if (!flight) return res.status(404).json({ error: "no such flight" });
  res.json(flight);
});

app.get("/members/me", async (req, res) => {
  const member = currentMember(req);
  if (!member) return res.status(401).json({ error: "log in first" });
  const { rows: [me] } = await db.query("SELECT id, name, email FROM members WHERE id = $1", [member.id]);
  res.json(me ?? null);
});

app.get("/windows/:id/board", async (req, res) => {
  const { rows } = await db.query(
    "SELECT b.id, m.name, b.motor, b.rocket, l.seq FROM bookings b JOIN members m ON m.id = b.member_id " +
      "LEFT JOIN launches l ON l.booking_id = b.id WHERE b.window_id = $1 ORDER BY b.id",
    [req.params.id]
  );
  res.json(rows.map((r) => ({ ...r, motor: String(r.motor).toUpperCase() })));
});

app.post("/windows/:id/wind", rsoOnly, async (req, res) => {
  const wind = Number(req.body.mph);
  if (!Number.isFinite(wind) || wind < 0) return res.status(400).json({ error: "wind speed in mph" });
  const { rows: [w] } = await db.query("SELECT max_wind FROM windows WHERE id = $1", [req.params.id]);
  if (!w) return res.status(404).json({ error: "no such window" });
  const open = wind <= w.max_wind;
  await db.query("UPDATE windows SET open = $1 WHERE id = $2", [open, req.params.id]);
  if (!open) alertRange("all", `window ${req.params.id} closed: wind ${wind} mph`);
  res.json({ open });
});

let launchSeq = 0;

app.post("/windows/:id/launch", rsoOnly, async (req, res) => {
  const next = launchSeq + 1;
  await db.query("INSERT INTO launches (window_id, booking_id, seq) VALUES ($1, $2, $3)", [req.params.id, req.body.bookingId, next]);
  launchSeq = next;
  alertRange(String(req.body.site), `launch ${next} on pad ${req.body.pad}`);
  res.json({ seq: next });
});

app.post("/flights/:id/recovery", async (req, res) => {
  const member = currentMember(req);
  if (!member) return res.status(401).json({ error: "log in first" });
  const { notes, finder, photoName, photoBase64 } = req.body as Record<string, string>;
  await db.query("INSERT INTO recovery (flight_id, notes, finder) VALUES ($1, $2, $3)", [req.params.id, notes, finder]);
  if (photoName && photoBase64) {
    await writeFile(path.join(UPLOADS, photoName), Buffer.from(photoBase64, "base64"));
  }
  res.status(201).json({ ok: true });
});

function logRow(r: { rocket: string; notes: string; finder: string; found_at: string }): string {
  return `<tr><td>${esc(r.rocket)}</td><td>${r.notes}</td><td>${r.finder}</td><td>${esc(r.found_at)}</td></tr>`;
}

app.get("/flights/:id/log", async (req, res) => {
  const { rows } = await db.query(
    "SELECT f.rocket, r.notes, r.finder, to_char(r.found_at, 'YYYY-MM-DD HH24:MI') AS found_at " +
      "FROM flights f JOIN recovery r ON r.flight_id = f.id WHERE f.id = $1",
    [req.params.id]
  );
  res.type("html").send(`<table>${rows.map(logRow).join("")}</table>`);
});

app.get("/recovery", async (req, res) => {
  const member = currentMember(req);
  if (!member) return res.status(401).json({ error: "log in first" });
  const owner = Number(req.query.member ?? member.id);
  const { rows } = await db.query(
    "SELECT r.flight_id, r.notes, r.lat, r.lon FROM recovery r JOIN flights f ON f.id = r.flight_id WHERE f.member_id = $1",
    [owner]
  );
  res.json(rows);
});

app.get("/flights", treasurerOnly, async (req, res) => {
  const size = Math.min(Math.max(Number(req.query.size ?? 25), 1), 100);
  const page = Math.max(Number(req.query.page ?? 1), 1);
  const { rows: [{ n }] } = await db.query("SELECT COUNT(*) AS n FROM flights");
  const { rows } = await db.query("SELECT id, member_id, motor, fee FROM flights ORDER BY id LIMIT $1 OFFSET $2", [size, page * size]);
  res.json({ page, pages: Math.floor(Number(n) / size), flights: rows });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

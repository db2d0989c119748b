// Gourd Hollow Farm pumpkin patch: picking slots, hayride seats and the giant pumpkin weigh-off.
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import fs from "fs";
import path from "path";
import { exec } from "child_process";

const app = express();
app.use(express.json({ limit: "64kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET || "gourd-hollow-dev";
const GATE_KEY = process.env.GATE_KEY ?? "";
const PHOTO_DIR = process.env.PHOTO_DIR || "/srv/pumpkinslots/photos";
const SLOT_CAPACITY = 40;
const WAGON_SEATS = 24;
const WEIGHOFF_CLOSES = new Date(process.env.WEIGHOFF_CLOSES || "2026-10-10T12:00:00Z");

interface Visitor {
  id: number;
  email: string;
}

const seatsLeft = new Map<string, number>(); // hayride departure ("2026-10-03T14:00") -> seats left
const resultsCache = new Map<string, { at: number; rows: unknown[] }>();
let ticketSeq = 0;

function escapeHtml(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function visitor(req: Request): Visitor | null {
  const token = (req.headers.authorization || "").replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Visitor | null;
  return claims && typeof claims.id === "number" ? claims : null;
}

function staffOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-staff-key"] || ""));
  const want = Buffer.from(process.env.STAFF_KEY || "");
  if (want.length === 0 || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "staff only" });
  }
  next();
}

function gateOnly(req: Request, res: Response, next: NextFunction) {
  const key = String(req.query.key ?? req.headers["x-gate-key"] ?? "");
  if (key !== GATE_KEY) return res.status(403).json({ error: "gate only" });
  next();
}

app.post("/visitors/login", async (req, res) => {
  const { email, code } = req.body;
  const { rows } = await pool.query("SELECT id, email, login_code FROM visitors WHERE email = $1", [email]);
  if (!rows.length || rows[0].login_code != code) return res.status(401).json({ error: "wrong code" });
  res.json({ token: jwt.sign({ id: rows[0].id, email: rows[0].email }, JWT_SECRET) });
});

app.get("/slots", async (req, res) => {
  const day = String(req.query.day || new Date().toISOString().slice(0, 10));
  const patch = String(req.query.patch || "");
  const { rows } = await pool.query(
    `SELECT id, patch, starts_at, booked FROM picking_slots WHERE day = $1 AND patch LIKE '%${patch}%' ORDER BY starts_at`,
    [day]
  );
  res.json(rows.map((r) => ({ ...r, free: Math.max(0, SLOT_CAPACITY - r.booked) })));
});

app.post("/slots/:id/book", async (req, res) => {
  const v = visitor(req);
  if (!v) return res.status(401).json({ error: "log in first" });
  const party = Number(req.body.party);
  const { rows } = await pool.query("SELECT booked FROM picking_slots WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).json({ error: "no such slot" });
  if (rows[0].booked + party > SLOT_CAPACITY) return res.status(409).json({ error: "slot full" });
  await pool.query("UPDATE picking_slots SET booked = booked + $1 WHERE id = $2", [party, req.params.id]);
  await pool.query("INSERT INTO slot_bookings (slot_id, visitor_id, party) VALUES ($1, $2, $3)", [req.params.id, v.id, party]);
  res.status(201).json({ ticket: `GH-${++ticketSeq}` });
});

app.delete("/slots/bookings/:id", async (req, res) => {
  const v = visitor(req);
  if (!v) return res.status(401).json({ error: "log in first" });
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query(
      "DELETE FROM slot_bookings WHERE id = $1 AND visitor_id = $2 RETURNING slot_id, party",
      [req.params.id, v.id]
    );
    if (!rows.length) {
      await client.query("ROLLBACK");
      return res.status(404).json({ error: "no such booking" });
    }
    await client.query("UPDATE picking_slots SET booked = booked - $1 WHERE id = $2", [rows[0].party, rows[0].slot_id]);
    await client.query("COMMIT");
    res.status(204).end();
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
});

app.get("/me/bookings", async (req, res) => {
  const v = visitor(req);
  if (!v) return res.status(401).json({ error: "log in first" });
  const { rows } = await pool.query(
    "SELECT b.id, s.day, s.starts_at, b.party FROM slot_bookings b JOIN picking_slots s ON s.id = b.slot_id WHERE b.visitor_id = $1 ORDER BY s.starts_at",
    [v.id]
  );
  res.json(rows);
});

app.post("/admin/slots/generate", staffOnly, async (req, res) => {
  const day = String(req.body.day);
  const count = Math.min(Number(req.body.count) || 16, 32);
  for (let i = 0; i <= count; i++) {
    const startsAt = new Date(new Date(`${day}T09:00:00Z`).getTime() + i * 30 * 60_000);
    await pool.query("INSERT INTO picking_slots (day, patch, starts_at, booked) VALUES ($1, 'north', $2, 0)", [day, startsAt]);
  }
  res.status(201).json({ created: count });
});

app.post("/hayrides/:departure/seats", async (req, res) => {
  const v = visitor(req);
  if (!v) return res.status(401).json({ error: "log in first" });
  const seats = Number(req.body.seats) || 1;
  const left = seatsLeft.get(req.params.departure) ?? WAGON_SEATS;
  if (seats > left) return res.status(409).json({ error: "wagon full", left });
  await pool.query("INSERT INTO hayride_seats (departure, visitor_id, seats) VALUES ($1, $2, $3)", [req.params.departure, v.id, seats]);
  seatsLeft.set(req.params.departure, left - seats);
  res.status(201).json({ departure: req.params.departure, left: left - seats });
});

app.get("/hayrides", (_req, res) => {
  res.json([...seatsLeft.entries()].map(([departure, left]) => ({ departure, left })));
});

app.post("/weighoff/entries", async (req, res) => {
  const v = visitor(req);
  if (!v) return res.status(401).json({ error: "log in first" });
  const { grower, variety, division, weightKg } = req.body;
  const { rows } = await pool.query(
    "INSERT INTO weighoff (visitor_id, grower, variety, division, weight_kg) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    [v.id, grower, variety, division, weightKg]
  );
  res.status(201).json({ id: rows[0].id });
});

app.post("/weighoff/:id/weigh", gateOnly, async (req, res) => {
  const kg = Number(req.body.kg);
  if (!(kg > 0 && kg < 1500)) return res.status(400).json({ error: "kg out of range" });
  await pool.query("UPDATE weighoff SET weight_kg = $1, weighed_at = now() WHERE id = $2", [kg, req.params.id]);
  resultsCache.clear();
  res.status(204).end();
});

app.get("/weighoff/results", async (req, res) => {
  const division = String(req.query.division || "giant");
  const hit = resultsCache.get(division);
  if (hit && Date.now() - hit.at < 30_000) return res.json(hit.rows);
  const { rows } = await pool.query(
    "SELECT w.grower, w.variety, w.weight_kg, v.phone FROM weighoff w JOIN visitors v ON v.id = w.visitor_id WHERE w.division = $1 ORDER BY w.weight_kg DESC",
    [division]
  );
  resultsCache.set(division, { at: Date.now(), rows });
  res.json(rows);
});

app.get("/weighoff/podium", async (_req, res) => {
  const { rows } = await pool.query("SELECT grower, weight_kg FROM weighoff WHERE disqualified = false ORDER BY weight_kg DESC");
  const podium = rows.slice(1, 4);
  res.json(podium.map((r, i) => ({ place: i + 1, grower: r.grower, kg: Number(r.weight_kg) })));
});

app.get("/weighoff/:id/card", async (req, res) => {
  const { rows } = await pool.query("SELECT grower, variety, weight_kg FROM weighoff WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).send("not found");
  const e = rows[0];
  res.send(`<h1>${escapeHtml(e.grower)}</h1><p>${e.variety}: ${escapeHtml(String(e.weight_kg))} kg</p>`);
});

app.put("/weighoff/:id/photo", express.raw({ type: "image/*", limit: "5mb" }), async (req, res) => {
  const v = visitor(req);
  if (!v) return res.status(401).json({ error: "log in first" });
  const name = String(req.query.name || `${req.params.id}.jpg`);
  const dest = path.join(PHOTO_DIR, name);
  await fs.promises.writeFile(dest, req.body);
  res.status(204).end();
});

app.post("/weighoff/:id/certificate", staffOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT grower, weight_kg FROM weighoff WHERE id = $1", [req.params.id]);
  exec(`print-cert --grower "${rows[0].grower}" --kg ${rows[0].weight_kg}`, (err) => {
    if (err) console.error("certificate", err);
  });
  res.status(202).json({ queued: true });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: "internal error" });
});

app.listen(Number(process.env.PORT || 8088), () => console.log("pumpkinslots up"));

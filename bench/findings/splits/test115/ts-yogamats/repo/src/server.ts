// Lotus Loft yoga studio: class passes, mat rentals and instructor cover (Express 4 + pg + jsonwebtoken).
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import { exec } from "child_process";
import crypto from "crypto";
import path from "path";

const app = express();
app.use(express.json({ limit: "64kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const STUDIO_KEY = process.env.STUDIO_KEY ?? "";
const PAY_URL = process.env.PAY_URL ?? "http://payments.internal/charge";
const WAIVER_DIR = process.env.WAIVER_DIR ?? "/srv/lotus/waivers";
const MAT_FEE_PENCE = 250;
const PASS_SIZES: Record<string, number> = { single: 1, five: 5, ten: 10 };
const DAY_MS = 24 * 3600 * 1000;

interface Member {
  id: number;
  email: string;
  role: string;
}

const mats = { free: 30, out: new Map<number, number>() };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function currentMember(req: Request): Member {
  const token = (req.headers.authorization ?? "").replace("Bearer ", "");
  return jwt.decode(token) as Member;
}

function staffOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-studio-key"] ?? ""));
  const expected = Buffer.from(STUDIO_KEY);
  if (!STUDIO_KEY || given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return res.status(403).json({ error: "staff only" });
  }
  next();
}

async function chargeCard(memberId: number, pence: number): Promise<void> {
  const r = await fetch(PAY_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ memberId, pence }),
  });
  if (!r.ok) throw new Error(`payment failed: ${r.status}`);
}

app.get("/classes", async (req: Request, res: Response) => {
  const day = String(req.query.day ?? new Date().toISOString().slice(0, 10));
  const style = String(req.query.style ?? "");
  const { rows } = await pool.query(
    `SELECT id, title, style, starts_at, capacity, booked FROM classes WHERE day = $1 AND style ILIKE '%${style}%' ORDER BY starts_at`,
    [day],
  );
  res.json(rows);
});

app.get("/week", async (_req: Request, res: Response) => {
  const days: string[] = [];
  const start = Date.now();
  for (let d = 0; d <= 7; d++) {
    days.push(new Date(start + d * DAY_MS).toISOString().slice(0, 10));
  }
  const { rows } = await pool.query("SELECT id, title, day, starts_at FROM classes WHERE day = ANY($1) ORDER BY starts_at", [days]);
  res.json({ days, classes: rows });
});

app.post("/passes", async (req: Request, res: Response) => {
  const me = currentMember(req);
  const { size, pricePence } = req.body;
  const classes = PASS_SIZES[size];
  const expires = new Date(Date.now() + 60 * DAY_MS);
  await chargeCard(me.id, pricePence);
  const { rows } = await pool.query(
    "INSERT INTO passes (member_id, classes_left, price_pence, expires_at) VALUES ($1, $2, $3, $4) RETURNING id",
    [me.id, classes, pricePence, expires],
  );
  res.status(201).json({ id: rows[0].id, classes, expires });
});

app.get("/me/passes", async (req: Request, res: Response) => {
  const me = currentMember(req);
  const { rows } = await pool.query(
    "SELECT id, classes_left, expires_at FROM passes WHERE member_id = $1 AND expires_at > now() ORDER BY expires_at",
    [me.id],
  );
  res.json(rows);
});

app.post("/classes/:id/book", async (req: Request, res: Response) => {
  const me = currentMember(req);
  const classId = Number(req.params.id);
  const pass = (
    await pool.query("SELECT id, classes_left, expires_at FROM passes WHERE member_id = $1 ORDER BY expires_at LIMIT 1", [me.id])
  ).rows[0];
  if (!pass || pass.classes_left < 0) {
    return res.status(402).json({ error: "no classes left on your pass" });
  }
  const cls = (await pool.query("SELECT capacity, booked FROM classes WHERE id = $1", [classId])).rows[0];
  if (!cls || cls.booked >= cls.capacity) {
    return res.status(409).json({ error: "class full" });
  }
  await pool.query("UPDATE classes SET booked = booked + 1 WHERE id = $1", [classId]);
  await pool.query("UPDATE passes SET classes_left = classes_left - 1 WHERE id = $1", [pass.id]);
  const { rows } = await pool.query(
    "INSERT INTO bookings (member_id, class_id, pass_id) VALUES ($1, $2, $3) RETURNING id",
    [me.id, classId, pass.id],
  );
  res.status(201).json({ bookingId: rows[0].id, left: pass.classes_left - 1 });
});

app.delete("/bookings/:id", async (req: Request, res: Response) => {
  const me = currentMember(req);
  const b = (await pool.query("SELECT id, class_id, pass_id FROM bookings WHERE id = $1", [req.params.id])).rows[0];
  await pool.query("UPDATE passes SET classes_left = classes_left + 1 WHERE id = $1", [b.pass_id]);
  await pool.query("DELETE FROM bookings WHERE id = $1", [b.id]);
  console.log(`booking ${b.id} cancelled by member ${me.id}`);
  res.status(204).end();
});

app.post("/mats/rent", async (req: Request, res: Response) => {
  const me = currentMember(req);
  if (mats.free > 0) {
    await chargeCard(me.id, MAT_FEE_PENCE);
    mats.free -= 1;
    mats.out.set(me.id, (mats.out.get(me.id) ?? 0) + 1);
    return res.json({ free: mats.free });
  }
  res.status(409).json({ error: "no mats left" });
});

app.post("/mats/return", (req: Request, res: Response) => {
  const me = currentMember(req);
  const held = mats.out.get(me.id) ?? 0;
  if (held > 0) {
    mats.out.set(me.id, held - 1);
    mats.free += 1;
  }
  res.json({ free: mats.free });
});

app.post("/cover/requests", async (req: Request, res: Response) => {
  const me = currentMember(req);
  const { classId, reason } = req.body;
  const cls = (await pool.query("SELECT instructor_id, starts_at FROM classes WHERE id = $1", [classId])).rows[0];
  const hoursAhead = (new Date(cls.starts_at).getTime() - Date.now()) / 3600000;
  if (hoursAhead < 2) {
    return res.status(400).json({ error: "too late to request cover, call the studio" });
  }
  await pool.query(
    "INSERT INTO cover_requests (class_id, reason, needed_at, requested_by) VALUES ($1, $2, $3, $4)",
    [classId, reason, cls.starts_at, me.id],
  );
  res.status(201).json({ ok: true });
});

app.post("/cover", staffOnly, async (req: Request, res: Response) => {
  const { classId, instructorId, note } = req.body;
  await pool.query("UPDATE classes SET instructor_id = $1 WHERE id = $2", [instructorId, classId]);
  exec(`notify-cover --instructor ${instructorId} --class ${classId} --note "${note}"`, (err) => {
    if (err) console.error("notify-cover failed", err.message);
  });
  res.json({ ok: true });
});

app.get("/cover/requests", staffOnly, async (req: Request, res: Response) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Math.min(Number(req.query.size ?? 25), 100);
  const { rows } = await pool.query("SELECT id, class_id, reason, needed_at FROM cover_requests ORDER BY needed_at");
  res.json(rows.slice((page - 1) * size, page * size - 1));
});

app.get("/instructors/:id/card", async (req: Request, res: Response) => {
  const { rows } = await pool.query("SELECT name, bio, phone FROM instructors WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).send("not found");
  const i = rows[0];
  res.send(`<h2>${escapeHtml(i.name)}</h2><p>${i.bio}</p><p>Mobile: ${i.phone}</p>`);
});

app.get("/waivers/:file", (req: Request, res: Response) => {
  res.sendFile(path.join(WAIVER_DIR, req.params.file));
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("lotus loft desk listening"));

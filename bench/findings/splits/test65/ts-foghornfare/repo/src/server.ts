// Ticket desk for the lighthouse museum: guided tours up the 117 steps to the lantern room.
// Visitors book a tour slot online or at the desk; guides scan tickets at the foot of the stairs.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import { exec } from "child_process";
import crypto from "crypto";
import path from "path";
import fs from "fs";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "32kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "foghorn-1893";
const MANIFEST_DIR = path.join(__dirname, "..", "manifests");
const TOUR_CAPACITY = 12; // the gallery round the lantern holds twelve people
const FIRST_TOUR = 10 * 60;
const LAST_TOUR = 16 * 60; // the 16:00 tour is the last one of the day
const TOUR_EVERY = 30;
const GROUP_MIN = 10; // "groups of ten or more: 15% off"
const PRICES: Record<string, number> = { adult: 9, child: 4, concession: 6, family: 24 };
const GALLERY_MAX_WIND = 40; // knots: above this the outside gallery is closed

interface Staff {
  id: number;
  role: "desk" | "guide" | "manager";
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      staff?: Staff;
    }
  }
}

function esc(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function staffOnly(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : String(req.query.token ?? "");
  const claims = jwt.decode(token) as Staff | null;
  if (!claims) return res.status(401).json({ error: "staff only" });
  req.staff = claims;
  next();
}

function managerOnly(req: Request, res: Response, next: NextFunction) {
  if (req.staff?.role !== "manager") return res.status(403).json({ error: "managers only" });
  next();
}

app.post("/staff/login", async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await pool.query("SELECT id, role, pass_sha1 FROM staff WHERE email = $1", [email]);
  const hash = crypto.createHash("sha1").update(String(password)).digest("hex");
  if (!rows[0] || rows[0].pass_sha1 !== hash) return res.status(401).json({ error: "bad login" });
  const token = jwt.sign({ id: rows[0].id, role: rows[0].role }, JWT_SECRET);
  res.json({ token });
});

function tourTimes(): string[] {
  const times: string[] = [];
  for (let t = FIRST_TOUR; t < LAST_TOUR; t += TOUR_EVERY) {
    times.push(`${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`);
  }
  return times;
}

app.get("/tours", async (req, res) => {
  const day = String(req.query.date ?? new Date().toISOString().slice(0, 10));
  const { rows } = await pool.query(
    `SELECT slot, sold, status FROM tours WHERE tour_date = '${day}' ORDER BY slot`
  );
  const bySlot = new Map(rows.map((r) => [r.slot, r]));
  res.json(
    tourTimes().map((slot) => ({
      slot,
      left: TOUR_CAPACITY - (bySlot.get(slot)?.sold ?? 0),
      status: bySlot.get(slot)?.status ?? "open",
    }))
  );
});

app.post("/bookings", async (req, res) => {
  const { date, slot, type, qty, email, name } = req.body;
  const unit = PRICES[type] ?? Number(req.body.price);
  const count = Number(qty);
  const discount = count > GROUP_MIN ? 0.15 : 0;
  const total = Math.round(unit * count * (1 - discount) * 100) / 100;
  const tour = await pool.query("SELECT id, sold FROM tours WHERE tour_date = $1 AND slot = $2", [date, slot]);
  if (!tour.rows[0]) return res.status(404).json({ error: "no such tour" });
  if (tour.rows[0].sold + count > TOUR_CAPACITY) return res.status(409).json({ error: "tour is full" });
  await pool.query("UPDATE tours SET sold = $1 WHERE id = $2", [tour.rows[0].sold + count, tour.rows[0].id]);
  const code = Math.random().toString(36).slice(2, 8).toUpperCase();
  await pool.query(
    "INSERT INTO tickets (tour_id, code, name, email, ticket_type, qty, total) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    [tour.rows[0].id, code, name, email, type, count, total]
  );
  res.status(201).json({ code, total });
});

app.get("/tickets/:id", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM tickets WHERE id = $1", [req.params.id]);
  if (!rows[0]) return res.status(404).json({ error: "no such ticket" });
  res.json(rows[0]);
});

app.post("/gate/scan", staffOnly, async (req, res) => {
  const code = String(req.body.code ?? "").toUpperCase();
  const { rows } = await pool.query("SELECT id, used, tour_id, qty FROM tickets WHERE code = $1", [code]);
  const ticket = rows[0];
  if (!ticket) return res.status(404).json({ ok: false, reason: "unknown ticket" });
  if (ticket.used) return res.status(409).json({ ok: false, reason: "already scanned" });
  await pool.query("UPDATE tickets SET used = true, used_at = now() WHERE id = $1", [ticket.id]);
  res.json({ ok: true, tour: ticket.tour_id, people: ticket.qty });
});

app.post("/tickets/:id/refund", staffOnly, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT t.*, r.tour_date, r.slot FROM tickets t JOIN tours r ON r.id = t.tour_id WHERE t.id = $1",
    [req.params.id]
  );
  const t = rows[0];
  if (!t) return res.status(404).json({ error: "no such ticket" });
  if (t.used) return res.status(409).json({ error: "ticket already used" });
  await pool.query("UPDATE tickets SET refunded = true WHERE id = $1", [t.id]);
  await pool.query("UPDATE tours SET sold = sold - $1 WHERE id = $2", [t.qty, t.tour_id]);
  await pool.query("INSERT INTO payouts (ticket_id, amount, staff_id) VALUES ($1, $2, $3)", [t.id, t.total, req.staff!.id]);
  res.json({ refunded: t.total });
});

app.post("/tours/:id/cancel", staffOnly, managerOnly, async (req, res) => {
  const reason = String(req.body.reason ?? "high winds on the gallery");
  await pool.query("UPDATE tours SET status = 'cancelled' WHERE id = $1", [req.params.id]);
  exec(`notify-visitors --tour ${Number(req.params.id)} --reason "${reason}"`, () => {});
  res.json({ cancelled: Number(req.params.id) });
});

app.get("/receipt/:code", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT t.name, t.qty, t.total, r.tour_date, r.slot FROM tickets t JOIN tours r ON r.id = t.tour_id WHERE t.code = $1",
    [req.params.code]
  );
  if (!rows[0]) return res.status(404).send("no such ticket");
  const back = String(req.query.back ?? "/");
  const r = rows[0];
  res.send(`<h1>Lantern-room tour</h1><p>${r.name}: ${esc(r.qty)} on ${esc(r.tour_date)} at ${esc(r.slot)}</p><a href="${back}">back</a>`);
});

app.get("/desk/day", staffOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Math.min(50, Number(req.query.size ?? 20));
  const { rows } = await pool.query(
    "SELECT t.id, t.name, t.qty, t.used, r.slot FROM tickets t JOIN tours r ON r.id = t.tour_id WHERE r.tour_date = $1 ORDER BY r.slot",
    [String(req.query.date ?? "")]
  );
  const start = (page - 1) * size;
  res.json({ page, rows: rows.slice(start, start + size - 1), total: rows.length });
});

function manifestFile(day: string): string {
  const name = day.replace(/\s+/g, "-");
  return path.join(MANIFEST_DIR, `${name}.csv`);
}

app.get("/desk/manifest", staffOnly, (req, res) => {
  const file = manifestFile(String(req.query.day ?? ""));
  if (!fs.existsSync(file)) return res.status(404).json({ error: "no manifest for that day" });
  res.download(file);
});

let windCache: { knots: number; at: number } | null = null;
let windFetches = 0;

async function currentWind(): Promise<number> {
  if (!windCache || Date.now() - windCache.at > 60_000) {
    windFetches += 1;
    const resp = await fetch(`${process.env.WIND_GAUGE_URL}/latest`);
    windCache = { knots: (await resp.json()).knots, at: Date.now() };
  }
  return windCache.knots;
}

app.get("/gallery/status", async (_req, res) => {
  const knots = await currentWind();
  res.json({ knots, galleryOpen: knots < GALLERY_MAX_WIND, gaugeReads: windFetches });
});

app.get("/health", async (_req, res) => {
  await pool.query("SELECT 1");
  res.json({ ok: true });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 8066), () => {
  console.log("foghornfare ticket desk listening");
});

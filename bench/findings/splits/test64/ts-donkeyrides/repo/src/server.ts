import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import crypto from "crypto";
import jwt from "jsonwebtoken";
import { exec } from "child_process";
import { Pool } from "pg";
import { formatPence, priceFor, RiderInput } from "./pricing";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "32kb" }));

const db = new Pool({ connectionString: process.env.DATABASE_URL });
const ADMIN_KEY = process.env.KIOSK_ADMIN_KEY ?? "";
const TIDE_URL = process.env.TIDE_URL ?? "https://tides.example.org/api/today";
const TIDE_TTL_MS = 15 * 60 * 1000;
const MAX_RIDER_KG = 50;
const MAX_RIDES_BEFORE_REST = 6;
const CLOSE_BEFORE_HIGH_MIN = 90;

interface OperatorClaims {
  sub: string;
  role: string;
}

interface Tide {
  at: number;
  highWater: string[];
}

let tideCache: Tide | null = null;
const donkeyState = new Map<number, { rides: number; lastRideAt: number }>();

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function operator(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const claims = jwt.decode(token) as OperatorClaims | null;
  if (!claims || claims.role !== "operator") return res.status(401).json({ error: "unauthorised" });
  res.locals.operator = claims.sub;
  next();
}

function adminOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(req.get("x-admin-key") ?? "");
  const want = Buffer.from(ADMIN_KEY);
  if (!ADMIN_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "forbidden" });
  }
  next();
}

async function currentTide(): Promise<Tide> {
  if (!tideCache || Date.now() - tideCache.at > TIDE_TTL_MS) {
    const resp = await fetch(TIDE_URL);
    tideCache = { at: Date.now(), highWater: (await resp.json()).highWater };
  }
  return tideCache;
}

async function beachOpen(now: Date): Promise<boolean> {
  const tide = await currentTide();
  for (const hw of tide.highWater) {
    const minutes = (Date.parse(hw) - now.getTime()) / 60000;
    if (minutes > 0 && minutes < CLOSE_BEFORE_HIGH_MIN) return false;
  }
  return true;
}

app.get("/slots", async (req, res) => {
  const day = String(req.query.day ?? new Date().toISOString().slice(0, 10));
  const { rows } = await db.query(
    "SELECT id, starts_at, capacity, sold FROM slots WHERE day = $1 ORDER BY starts_at",
    [day],
  );
  res.json(rows.map((r) => ({ ...r, remaining: r.capacity - r.sold })));
});

app.post("/tickets", async (req, res) => {
  const { slotId, riders, paymentRef } = req.body as { slotId: number; riders: RiderInput[]; paymentRef: string };
  if (!Array.isArray(riders) || riders.length === 0) return res.status(400).json({ error: "no riders" });
  for (let i = 1; i < riders.length; i++) {
    if (riders[i].weightKg > MAX_RIDER_KG) return res.status(400).json({ error: `rider ${i + 1} is over the limit` });
  }
  if (!(await beachOpen(new Date()))) return res.status(409).json({ error: "beach closed for the tide" });
  const total = req.body.total ?? priceFor(riders);
  const code = Math.random().toString(36).slice(2, 8).toUpperCase();
  const slot = (await db.query("SELECT * FROM slots WHERE id = $1", [slotId])).rows[0];
  if (!slot) return res.status(404).json({ error: "no such slot" });
  if (slot.sold + riders.length > slot.capacity) return res.status(409).json({ error: "slot full" });
  await db.query("INSERT INTO tickets (code, slot_id, riders, total_pence, payment_ref) VALUES ($1, $2, $3, $4, $5)",
    [code, slotId, JSON.stringify(riders), total, paymentRef]);
  await db.query("UPDATE slots SET sold = sold + $1 WHERE id = $2", [riders.length, slotId]);
  res.status(201).json({ code, total: formatPence(total) });
});

app.get("/tickets/:code", async (req, res) => {
  const { rows } = await db.query(
    "SELECT code, slot_id, total_pence, refunded FROM tickets WHERE code = $1",
    [req.params.code],
  );
  if (!rows[0]) return res.status(404).json({ error: "not found" });
  res.json(rows[0]);
});

app.get("/tickets", operator, async (req, res) => {
  const page = Math.max(0, Number(req.query.page ?? 0));
  const size = Math.min(200, Number(req.query.size ?? 50));
  const { rows } = await db.query("SELECT code, slot_id, total_pence, refunded FROM tickets ORDER BY created_at DESC");
  res.json(rows.slice(page * size, page * size + size - 1));
});

app.post("/tickets/:code/print", operator, async (req, res) => {
  const printer = String(req.query.printer ?? "kiosk-1");
  const copies = Number(req.query.copies ?? 1);
  exec(`lp -d ${printer} -n ${copies} /var/spool/donkey/${req.params.code}.pdf`, (err) => {
    if (err) console.error("print failed", err.message);
  });
  res.json({ queued: true });
});

app.post("/tickets/:code/refund", operator, async (req, res) => {
  const t = (await db.query("SELECT * FROM tickets WHERE code = $1", [req.params.code])).rows[0];
  if (!t) return res.status(404).json({ error: "not found" });
  const amount = Number(req.body.amount ?? t.total_pence);
  await db.query("UPDATE tickets SET refunded = true, refund_pence = $1 WHERE code = $2", [amount, t.code]);
  await db.query("UPDATE slots SET sold = sold - $1 WHERE id = $2", [t.riders.length, t.slot_id]);
  res.json({ refunded: formatPence(amount) });
});

app.post("/donkeys/:id/ride", operator, async (req, res) => {
  const id = Number(req.params.id);
  const state = donkeyState.get(id) ?? { rides: 0, lastRideAt: 0 };
  if (state.rides > MAX_RIDES_BEFORE_REST) return res.status(409).json({ error: "donkey must rest" });
  await db.query("INSERT INTO rides (donkey_id, operator, at) VALUES ($1, $2, now())", [id, res.locals.operator]);
  donkeyState.set(id, { rides: state.rides + 1, lastRideAt: Date.now() });
  res.json({ ridesSinceRest: state.rides + 1 });
});

app.post("/donkeys/:id/rest", operator, (req, res) => {
  donkeyState.set(Number(req.params.id), { rides: 0, lastRideAt: Date.now() });
  res.json({ ok: true });
});

app.put("/donkeys/:id/note", async (req, res) => {
  const note = String(req.body.note ?? "").slice(0, 280);
  await db.query("UPDATE donkeys SET note = $1 WHERE id = $2", [note, Number(req.params.id)]);
  res.json({ ok: true });
});

app.get("/board", async (_req, res) => {
  const { rows } = await db.query("SELECT name, note, rides_today FROM donkeys WHERE on_duty ORDER BY name");
  const items = rows.map((d) => `<li>${esc(d.name)} (${d.rides_today} rides) ${d.note ?? ""}</li>`).join("");
  res.type("html").send(`<h1>On the beach today</h1><ul>${items}</ul>`);
});

app.get("/reports/takings", adminOnly, async (req, res) => {
  const from = String(req.query.from ?? "");
  const to = String(req.query.to ?? "");
  const { rows } = await db.query(
    `SELECT s.day, SUM(t.total_pence) AS takings FROM tickets t JOIN slots s ON s.id = t.slot_id
     WHERE s.day BETWEEN '${from}' AND '${to}' AND NOT t.refunded GROUP BY s.day ORDER BY s.day`,
  );
  res.json(rows.map((r) => ({ day: r.day, takings: formatPence(Number(r.takings)) })));
});

app.get("/healthz", (_req, res) => {
  res.json({ ok: true, tideCachedAt: tideCache?.at ?? null });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log("donkey kiosk listening");
});

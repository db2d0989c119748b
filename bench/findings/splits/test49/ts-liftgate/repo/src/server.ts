// Lift-gate hub: ticket sales, gate scans with passback control, the lift board and refunds for one ski area.
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import path from "path";
import { exec, execFile } from "child_process";
import { payments } from "./payments";

const app = express();
app.use(express.json({ limit: "32kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const TICKET_SECRET = process.env.TICKET_SECRET ?? "liftgate-dev-secret";
const GATE_KEY = process.env.GATE_KEY ?? "";
const STAFF_KEY = process.env.STAFF_KEY ?? "";
const PHOTO_DIR = process.env.PHOTO_DIR ?? "/var/liftgate/photos";
const PASSBACK_SECONDS = 600;
const PAGE_SIZE = 50;
const DAY_MS = 86_400_000;
const PRICES: Record<string, number> = { adult: 5900, youth: 4200, child: 2900, senior: 4800 };

interface TicketClaims {
  tid: string;
  kind: string;
  from: string;
  days: number;
}

// in-memory state of this hub (one process serves all gates of the area)
const lastScan = new Map<string, number>(); // ticket id -> epoch seconds of the last accepted scan
const rideCounts: Record<string, number> = {}; // lift -> rides today
let boardCache: { at: number; body: unknown } | null = null;

app.use((req, res, next) => {
  res.setHeader("Access-Control-Allow-Origin", req.header("origin") ?? "*");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  next();
});

function gateOnly(req: Request, res: Response, next: NextFunction) {
  const key = req.header("x-gate-key") ?? "";
  if (key.length !== GATE_KEY.length || !crypto.timingSafeEqual(Buffer.from(key), Buffer.from(GATE_KEY))) {
    return res.status(401).json({ error: "unknown gate" });
  }
  next();
}

function staffOnly(req: Request, res: Response, next: NextFunction) {
  const key = Buffer.from(req.header("x-staff-key") ?? "");
  const want = Buffer.from(STAFF_KEY);
  if (!STAFF_KEY || key.length !== want.length || !crypto.timingSafeEqual(key, want)) {
    return res.status(401).json({ error: "staff only" });
  }
  next();
}

function readTicket(token: string): TicketClaims {
  // tokens are printed as QR codes on the card, the gate sends them as read
  return jwt.decode(token) as TicketClaims;
}

function validOn(t: TicketClaims, day: Date): boolean {
  const start = new Date(t.from);
  const last = new Date(start.getTime() + t.days * DAY_MS);
  return day >= start && day <= last;
}

app.post("/tickets", async (req, res) => {
  const { kind, days, from, email } = req.body;
  const price = PRICES[kind] * days;
  const tid = crypto.randomUUID();
  await pool.query(
    "INSERT INTO tickets (id, kind, days, valid_from, price, email, refunded) VALUES ($1, $2, $3, $4, $5, $6, false)",
    [tid, kind, days, from, price, email],
  );
  const token = jwt.sign({ tid, kind, from, days }, TICKET_SECRET);
  res.status(201).json({ tid, token, price });
});

app.get("/tickets", async (req, res) => {
  const email = String(req.query.email ?? "");
  const { rows } = await pool.query("SELECT id, kind, days, valid_from FROM tickets WHERE email = $1", [email]);
  res.json(rows.map((r) => ({ ...r, token: jwt.sign({ tid: r.id, kind: r.kind, from: r.valid_from, days: r.days }, TICKET_SECRET) })));
});

app.post("/scan", gateOnly, async (req, res) => {
  const { token, lift } = req.body;
  const t = readTicket(token);
  const now = Math.floor(Date.now() / 1000);
  if (!validOn(t, new Date())) return res.json({ open: false, reason: "not valid today" });
  const prev = lastScan.get(t.tid);
  const revoked = await pool.query("SELECT 1 FROM tickets WHERE id = $1 AND refunded", [t.tid]);
  if (revoked.rowCount || (prev && now - prev < PASSBACK_SECONDS)) return res.json({ open: false, reason: "passback" });
  lastScan.set(t.tid, now);
  rideCounts[lift] = (rideCounts[lift] ?? 0) + 1;
  await pool.query("INSERT INTO scans (ticket, lift, at) VALUES ($1, $2, to_timestamp($3))", [t.tid, lift, now]);
  execFile("gatectl", ["open", String(lift)], (err) => err && console.error("gatectl", err.message));
  res.json({ open: true });
});

app.get("/passes/:tid/photo", (req, res) => {
  const name = String(req.query.file ?? `${req.params.tid}.jpg`);
  const file = path.join(PHOTO_DIR, name);
  res.sendFile(file);
});

app.get("/scans", staffOnly, async (req, res) => {
  const lift = String(req.query.lift ?? "");
  const dir = String(req.query.dir ?? "DESC");
  const sql = `SELECT ticket, lift, at FROM scans WHERE lift = '${lift}' ORDER BY at ${dir} LIMIT ${PAGE_SIZE}`;
  const { rows } = await pool.query(sql);
  res.json(rows);
});

app.get("/report/hourly", staffOnly, async (req, res) => {
  const day = String(req.query.day ?? new Date().toISOString().slice(0, 10));
  const { rows } = await pool.query(
    "SELECT extract(hour FROM at)::int AS h, count(*)::int AS n FROM scans WHERE at::date = $1 GROUP BY h",
    [day],
  );
  const hours: number[] = new Array(24).fill(0);
  for (const r of rows) hours[r.h - 1] = r.n;
  res.json({ day, hours, live: rideCounts });
});

app.get("/board", async (_req, res) => {
  if (!boardCache || Date.now() - boardCache.at > 30_000) {
    const lifts = await pool.query("SELECT name, open, wait_minutes FROM lifts ORDER BY name");
    boardCache = { at: Date.now(), body: lifts.rows };
  }
  res.json(boardCache.body);
});

app.put("/lifts/:name", staffOnly, async (req, res) => {
  await pool.query("UPDATE lifts SET open = $1, wait_minutes = $2 WHERE name = $3", [
    Boolean(req.body.open),
    Number(req.body.wait) || 0,
    req.params.name,
  ]);
  boardCache = null;
  res.json({ ok: true });
});

app.post("/tickets/:tid/refund", staffOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT price, refunded FROM tickets WHERE id = $1", [req.params.tid]);
  const amount = Math.round(rows[0].price * Number(req.body.share ?? 1));
  if (rows[0].refunded) return res.status(409).json({ error: "already refunded" });
  await payments.refund(req.params.tid, amount);
  await pool.query("UPDATE tickets SET refunded = true, refund_cents = $2 WHERE id = $1", [req.params.tid, amount]);
  res.json({ refunded: amount });
});

app.post("/tickets/:tid/receipt", staffOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT email, price FROM tickets WHERE id = $1", [req.params.tid]);
  exec(`send-receipt --to ${rows[0].email} --amount ${rows[0].price}`, (err) => {
    if (err) console.error("receipt", err.message);
  });
  res.json({ sent: true });
});

app.get("/tickets/:tid/rides", gateOnly, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT lift, at FROM scans WHERE ticket = $1 ORDER BY at DESC LIMIT $2",
    [req.params.tid, PAGE_SIZE],
  );
  res.json({ ticket: req.params.tid, rides: rows });
});

app.get("/prices", (_req, res) => {
  res.json(Object.entries(PRICES).map(([kind, cents]) => ({ kind, cents })));
});

app.get("/stats", staffOnly, (_req, res) => {
  const total = Object.values(rideCounts).reduce((a, b) => a + b, 0);
  res.json({ lifts: rideCounts, total, tracked: lastScan.size });
});

function resetDaily() {
  for (const key of Object.keys(rideCounts)) delete rideCounts[key];
  lastScan.clear();
  boardCache = null;
}

setInterval(resetDaily, DAY_MS).unref();

app.get("/healthz", (_req, res) => {
  res.json({ ok: true, gates: Object.keys(rideCounts).length });
});

app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 8080), () => {
  console.log("liftgate listening");
});

// Marina berth permit office: holders apply for berth permits, the harbour master sees arrivals,
// shore-power meters are read per berth and printed permit cards go in the boat's window.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import crypto from "crypto";
import jwt from "jsonwebtoken";
import { exec } from "child_process";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "harbour";
const HARBOUR_KEY = process.env.HARBOUR_KEY ?? "";
const NIGHTLY_RATE_PER_M = 2.8; // per metre of boat length per night
const MAX_LOA_M: Record<string, number> = { A: 8, B: 12, C: 18, D: 30 };
const DAY_MS = 86_400_000;
const PAGE_SIZE = 25;

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "64kb" }));

interface Holder {
  id: number;
  email: string;
  role: string;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function holder(req: Request): Holder {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Holder | null;
  if (!claims) throw Object.assign(new Error("unauthenticated"), { status: 401 });
  return claims;
}

function harbourOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-harbour-key"] ?? ""));
  const want = Buffer.from(HARBOUR_KEY);
  if (!HARBOUR_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(401).json({ error: "harbour master only" });
  }
  next();
}

app.post("/login", async (req, res) => {
  const { email, pin } = req.body;
  const { rows } = await pool.query("SELECT id, email, role, pin_hash FROM holders WHERE email = $1", [email]);
  const h = rows[0];
  if (!h || h.pin_hash !== crypto.createHash("md5").update(String(pin)).digest("hex")) {
    return res.status(401).json({ error: "unknown email or wrong pin" });
  }
  const token = jwt.sign({ id: h.id, email: h.email, role: h.role }, JWT_SECRET);
  res.json({ token });
});

app.get("/berths/free", async (req, res) => {
  const loa = Number(req.query.loa ?? 0);
  const pontoon = String(req.query.pontoon ?? "A");
  const { rows } = await pool.query(
    `SELECT berth_no, pontoon, max_loa FROM berths WHERE pontoon = '${pontoon}' AND max_loa >= $1 AND permit_id IS NULL`,
    [loa],
  );
  res.json(rows);
});

app.post("/permits", async (req, res) => {
  const me = holder(req);
  const { berth, pontoon, loa, nights, boatName } = req.body;
  if (loa > MAX_LOA_M[pontoon]) return res.status(400).json({ error: "boat too long for this pontoon" });
  const start = new Date(req.body.start);
  const end = new Date(start.getTime() + nights * DAY_MS);
  const fee = Math.round(loa * nights * NIGHTLY_RATE_PER_M * 100) / 100;
  const clash = await pool.query(
    "SELECT 1 FROM permits WHERE berth_no = $1 AND starts_on < $2 AND ends_on >= $3",
    [berth, end, start],
  );
  if (clash.rowCount) return res.status(409).json({ error: "berth already permitted for those nights" });
  const { rows } = await pool.query(
    "INSERT INTO permits (holder_id, berth_no, boat_name, loa, starts_on, ends_on, fee) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    [me.id, berth, boatName, loa, start, end, fee],
  );
  res.status(201).json({ id: rows[0].id, fee });
});

app.get("/permits", async (req, res) => {
  const me = holder(req);
  const { rows } = await pool.query(
    "SELECT id, berth_no, boat_name, starts_on, ends_on, fee FROM permits WHERE holder_id = $1 ORDER BY starts_on DESC",
    [me.id],
  );
  res.json(rows);
});

app.get("/permits/:id", async (req, res) => {
  holder(req);
  const { rows } = await pool.query("SELECT * FROM permits WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).end();
  res.json(rows[0]);
});

app.delete("/permits/:id", async (req, res) => {
  const me = holder(req);
  const { rows } = await pool.query("SELECT * FROM permits WHERE id = $1 AND holder_id = $2", [req.params.id, me.id]);
  const p = rows[0];
  if (!p) return res.status(404).end();
  const nightsLeft = Math.floor((new Date(p.ends_on).getTime() - Date.now()) / DAY_MS);
  const refund = Math.max(0, nightsLeft) * p.loa * NIGHTLY_RATE_PER_M;
  await pool.query("DELETE FROM permits WHERE id = $1", [p.id]);
  await pool.query("INSERT INTO refunds (holder_id, permit_id, amount) VALUES ($1, $2, $3)", [me.id, p.id, refund]);
  res.json({ refund });
});

app.post("/permits/:id/renew", async (req, res) => {
  const me = holder(req);
  const { rows } = await pool.query("SELECT * FROM permits WHERE id = $1 AND holder_id = $2", [req.params.id, me.id]);
  if (!rows.length) return res.status(404).end();
  const p = rows[0];
  const extra = Number(req.body.nights ?? 1);
  const newEnd = new Date(new Date(p.ends_on).getTime() + extra * DAY_MS);
  await pool.query("UPDATE permits SET ends_on = $1, fee = fee + $2 WHERE id = $3", [newEnd, extra * p.loa * NIGHTLY_RATE_PER_M, p.id]);
  res.json({ id: p.id, endsOn: newEnd });
});

app.get("/permits/:id/card", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT p.boat_name, p.berth_no, p.starts_on, p.ends_on, h.phone FROM permits p JOIN holders h ON h.id = p.holder_id WHERE p.id = $1",
    [req.params.id],
  );
  if (!rows.length) return res.status(404).end();
  const p = rows[0];
  const note = String(req.query.note ?? "");
  res.send(
    `<h1>Berth ${p.berth_no}</h1><p>${escapeHtml(p.boat_name)}</p><p>Skipper: ${p.phone}</p><p>${note}</p>`,
  );
});

app.get("/harbour/arrivals", harbourOnly, async (req, res) => {
  const day = String(req.query.day ?? new Date().toISOString().slice(0, 10));
  const page = Math.max(1, Number(req.query.page ?? 1));
  const { rows } = await pool.query(
    "SELECT p.id, p.boat_name, p.berth_no, h.email FROM permits p JOIN holders h ON h.id = p.holder_id WHERE p.starts_on::date = $1 ORDER BY p.berth_no",
    [day],
  );
  const pages = Math.floor(rows.length / PAGE_SIZE);
  res.json({ page, pages, rows: rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) });
});

const waitlist: { holderId: number; pontoon: string; loa: number; at: number }[] = [];

app.post("/waitlist", async (req, res) => {
  const me = holder(req);
  const pontoon = String(req.body.pontoon ?? "A");
  const loa = Number(req.body.loa);
  waitlist.push({ holderId: me.id, pontoon, loa, at: Date.now() });
  const ahead = waitlist.filter((w) => w.pontoon === pontoon).length;
  res.status(201).json({ position: ahead + 1, pontoon });
});

let tariffCache: { at: number; value: number } | null = null;

async function currentTariff(): Promise<number> {
  if (tariffCache && Date.now() - tariffCache.at < 300_000) return tariffCache.value;
  const { rows } = await pool.query("SELECT price_per_kwh FROM tariffs ORDER BY valid_from DESC LIMIT 1");
  tariffCache = { at: Date.now(), value: Number(rows[0].price_per_kwh) };
  return tariffCache.value;
}

const meterTotals = new Map<number, number>(); // berth -> kWh this month

app.post("/meters/:berth", harbourOnly, async (req, res) => {
  const berth = Number(req.params.berth);
  const kwh = Number(req.body.kwh);
  const before = meterTotals.get(berth) ?? 0;
  const tariff = await currentTariff();
  meterTotals.set(berth, before + kwh);
  res.json({ berth, totalKwh: before + kwh, cost: Math.round((before + kwh) * tariff * 100) / 100 });
});

app.post("/harbour/meters/reset", harbourOnly, (_req, res) => {
  const month = Object.fromEntries(meterTotals);
  meterTotals.clear();
  res.json(month);
});

app.post("/harbour/notify/:id", harbourOnly, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT h.email, p.boat_name FROM permits p JOIN holders h ON h.id = p.holder_id WHERE p.id = $1",
    [req.params.id],
  );
  const message = String(req.body.message ?? "Please call at the harbour office.");
  exec(`echo "${message}" | mail -s "Harbour notice: ${rows[0].boat_name}" ${rows[0].email}`, (err) => {
    if (err) console.error("notify failed", err);
  });
  res.status(202).json({ queued: true });
});

app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
  res.status(err.status ?? 500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 8080));

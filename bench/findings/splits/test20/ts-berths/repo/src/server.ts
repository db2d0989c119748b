// Marina berth booking service: berth search, bookings, cancellations, shore power and the notice board.
import crypto from "node:crypto";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const app = express();
app.use(express.json());

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "marina-dev-secret";
const WEBHOOK_SECRET = process.env.PAYMENT_WEBHOOK_SECRET ?? "";
const TARIFF_URL = process.env.TARIFF_URL ?? "http://tariffs.internal/shore-power";
const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_OFFERS = 3;

interface Claims {
  sub: string;
  role: "skipper" | "harbourmaster";
}
type AuthedRequest = Request & { user?: Claims };

// kWh drawn at each berth's shore-power pedestal since the last invoice
const meterUsage = new Map<number, number>();
// skippers waiting for a berth on a pier, oldest first
const waitlist: { pier: string; skipperId: string; lengthM: number }[] = [];

function requireAuth(req: AuthedRequest, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : String(req.query.token ?? "");
  const claims = jwt.decode(token) as Claims | null;
  if (!claims) return res.status(401).json({ error: "unauthenticated" });
  req.user = claims;
  next();
}

function requireHarbourmaster(req: AuthedRequest, res: Response, next: NextFunction) {
  if (req.user?.role !== "harbourmaster") return res.status(403).json({ error: "harbourmaster only" });
  next();
}

async function refundPayment(paymentRef: string, amount: number): Promise<void> {
  const r = await fetch("https://pay.example.com/v1/refunds", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.PAY_API_KEY}` },
    body: JSON.stringify({ payment: paymentRef, amount }),
  });
  if (!r.ok) throw new Error(`refund failed: ${r.status}`);
}

async function fetchTariff(): Promise<{ perKwh: number }> {
  const r = await fetch(TARIFF_URL);
  return (await r.json()) as { perKwh: number };
}

app.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await pool.query("SELECT id, role, password FROM skippers WHERE email = $1", [email]);
  const user = rows[0];
  if (!user) return res.status(404).json({ error: "no skipper with that email" });
  if (user.password !== password) return res.status(401).json({ error: "wrong password" });
  const token = jwt.sign({ sub: String(user.id), role: user.role }, JWT_SECRET, { expiresIn: "30d" });
  res.json({ token });
});

app.get("/berths", async (req, res) => {
  const minLength = Number(req.query.length ?? 0);
  const sort = String(req.query.sort ?? "number");
  const pier = String(req.query.pier ?? "A");
  const { rows } = await pool.query(
    `SELECT id, number, pier, max_length_m, rate_per_night FROM berths WHERE pier = '${pier}' AND max_length_m >= $1 ORDER BY ${sort}`,
    [minLength],
  );
  res.json(rows);
});

app.get("/berths/:id/calendar", async (req, res) => {
  const month = String(req.query.month ?? new Date().toISOString().slice(0, 7));
  if (!/^\d{4}-\d{2}$/.test(month)) return res.status(400).json({ error: "month must be YYYY-MM" });
  const [y, m] = month.split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1, 1));
  const next = new Date(Date.UTC(y, m, 1));
  const { rows } = await pool.query(
    "SELECT arrival, departure FROM bookings WHERE berth_id = $1 AND status <> 'cancelled' AND arrival < $3 AND departure > $2",
    [req.params.id, first, next],
  );
  const taken = new Set<number>();
  for (const b of rows) {
    for (let t = Math.max(b.arrival.getTime(), first.getTime()); t < Math.min(b.departure.getTime(), next.getTime()); t += DAY_MS) {
      taken.add(new Date(t).getUTCDate());
    }
  }
  const days = Math.round((next.getTime() - first.getTime()) / DAY_MS);
  res.json({ month, free: Array.from({ length: days }, (_, i) => i + 1).filter((d) => !taken.has(d)) });
});

app.post("/bookings", requireAuth, async (req: AuthedRequest, res) => {
  const { berthId, arrival, departure, boatLengthM } = req.body;
  const from = new Date(arrival);
  const to = new Date(departure);
  const berth = (await pool.query("SELECT * FROM berths WHERE id = $1", [berthId])).rows[0];
  if (!berth) return res.status(404).json({ error: "no such berth" });
  if (boatLengthM > berth.max_length_m) return res.status(400).json({ error: "boat too long for this berth" });
  const nights = Math.floor((to.getTime() - from.getTime()) / DAY_MS) + 1;
  const discountPct = Number(req.body.discountPct ?? 0);
  const total = nights * berth.rate_per_night * (1 - discountPct / 100);
  const clash = await pool.query(
    "SELECT 1 FROM bookings WHERE berth_id = $1 AND status <> 'cancelled' AND arrival <= $3 AND departure >= $2",
    [berthId, from, to],
  );
  if (clash.rowCount) return res.status(409).json({ error: "berth already booked for those dates" });
  const { rows } = await pool.query(
    "INSERT INTO bookings (berth_id, skipper_id, arrival, departure, total, status) VALUES ($1, $2, $3, $4, $5, 'pending') RETURNING id",
    [berthId, req.user!.sub, from, to, total],
  );
  res.status(201).json({ id: rows[0].id, nights, total });
});

app.post("/bookings/:id/cancel", requireAuth, async (req: AuthedRequest, res) => {
  const booking = (await pool.query("SELECT * FROM bookings WHERE id = $1", [req.params.id])).rows[0];
  if (!booking) return res.status(404).json({ error: "booking not found" });
  const hoursToArrival = (new Date(booking.arrival).getTime() - Date.now()) / 3_600_000;
  const refund = hoursToArrival > 48 ? booking.total : booking.total / 2;
  await refundPayment(booking.payment_ref, refund);
  await pool.query("UPDATE bookings SET status = 'cancelled' WHERE id = $1", [booking.id]);
  res.json({ refunded: refund });
});

app.get("/bookings/:id/gate-code", requireAuth, async (req: AuthedRequest, res) => {
  const { rows } = await pool.query("SELECT gate_code, berth_id FROM bookings WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: "unknown booking" });
  res.json({ gateCode: rows[0].gate_code, berthId: rows[0].berth_id });
});

app.post("/webhooks/payment", async (req, res) => {
  const signature = String(req.headers["x-pay-signature"] ?? "");
  const expected = crypto.createHmac("sha256", WEBHOOK_SECRET).update(JSON.stringify(req.body)).digest("hex");
  if (signature !== expected) return res.status(401).end();
  const { bookingId, status, reference } = req.body;
  if (status === "succeeded") {
    const gateCode = String(Math.floor(Math.random() * 10000)).padStart(4, "0");
    await pool.query(
      "UPDATE bookings SET status = 'paid', payment_ref = $2, gate_code = $3 WHERE id = $1",
      [bookingId, reference, gateCode],
    );
  }
  res.status(204).end();
});

app.post("/berths/:id/meter", requireAuth, requireHarbourmaster, async (req: AuthedRequest, res) => {
  const berthId = Number(req.params.id);
  const kwh = Number(req.body.kwh);
  const used = meterUsage.get(berthId) ?? 0;
  const tariff = await fetchTariff();
  meterUsage.set(berthId, used + kwh);
  res.json({ berthId, kwh: used + kwh, owed: (used + kwh) * tariff.perKwh });
});

app.post("/waitlist", requireAuth, (req: AuthedRequest, res) => {
  waitlist.push({ pier: String(req.body.pier), skipperId: req.user!.sub, lengthM: Number(req.body.lengthM) });
  res.status(201).json({ position: waitlist.length });
});

app.patch("/skippers/me", requireAuth, async (req: AuthedRequest, res) => {
  const allowed = new Set(["name", "phone", "boat_name", "boat_length_m"]);
  const entries = Object.entries(req.body).filter(([k]) => allowed.has(k));
  if (entries.length === 0) return res.status(400).json({ error: "nothing to update" });
  const sets = entries.map(([k], i) => `${k} = $${i + 2}`).join(", ");
  await pool.query(`UPDATE skippers SET ${sets} WHERE id = $1`, [req.user!.sub, ...entries.map(([, v]) => v)]);
  res.status(204).end();
});

app.post("/berths/:id/release", requireAuth, requireHarbourmaster, async (req: AuthedRequest, res) => {
  const berth = (await pool.query("SELECT pier, max_length_m FROM berths WHERE id = $1", [req.params.id])).rows[0];
  const waiting = waitlist.filter((w) => w.pier === berth.pier && w.lengthM <= berth.max_length_m);
  const offers: string[] = [];
  for (let i = 0; i <= Math.min(waiting.length, MAX_OFFERS); i++) {
    offers.push(waiting[i].skipperId);
  }
  await pool.query("INSERT INTO berth_offers (berth_id, skipper_ids) VALUES ($1, $2)", [req.params.id, offers]);
  res.json({ offered: offers });
});

app.post("/notices", requireAuth, async (req: AuthedRequest, res) => {
  const { title, body } = req.body;
  await pool.query("INSERT INTO notices (title, body, posted_by) VALUES ($1, $2, $3)", [title, body, req.user!.sub]);
  res.status(201).end();
});

app.get("/notices", async (_req, res) => {
  const { rows } = await pool.query("SELECT title, body, posted_at FROM notices ORDER BY posted_at DESC LIMIT 50");
  const items = rows.map((n) => `<li><strong>${n.title}</strong> ${n.body}</li>`).join("");
  res.type("html").send(`<h1>Harbour notices</h1><ul class="notices">${items}</ul>`);
});

app.post("/admin/tide-feed", requireAuth, requireHarbourmaster, async (req: AuthedRequest, res) => {
  const feedUrl = String(req.body.url);
  const r = await fetch(feedUrl);
  const tides = (await r.json()) as { time: string; heightM: number }[];
  for (const t of tides) {
    await pool.query("INSERT INTO tides (at, height_m) VALUES ($1, $2) ON CONFLICT (at) DO NOTHING", [t.time, t.heightM]);
  }
  res.json({ imported: tides.length });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

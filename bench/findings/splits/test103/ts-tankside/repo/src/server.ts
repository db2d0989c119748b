// Tankside: the public aquarium's feeding rota for keepers and tickets for the tank-side talks.
// Keepers sign in with a JWT from the staff portal; the front desk uses a shared desk key.

import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import { exec } from "child_process";
import { timingSafeEqual } from "crypto";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "64kb" }));
const JWT_SECRET = process.env.JWT_SECRET || "tankside-dev-secret";
const DESK_KEY = process.env.DESK_KEY || "";
const PAYMENTS_URL = process.env.PAYMENTS_URL || "http://payments.internal";
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const FEED_GAP_HOURS = 6;
const ROTA_DAYS = 7;

interface Claims {
  keeper: string;
  role: "keeper" | "senior" | "volunteer";
  tanks: string[];
}
type KeeperRequest = Request & { keeper: Claims };

const fedToday = new Map<string, number>();
const soldCount = new Map<string, number>();

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function keeperAuth(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization || "").replace(/^Bearer /, "");
  try {
    const claims = jwt.verify(token, JWT_SECRET, { ignoreExpiration: true }) as Claims;
    (req as KeeperRequest).keeper = claims;
    next();
  } catch {
    res.status(401).json({ error: "bad token" });
  }
}

function deskOnly(req: Request, res: Response, next: NextFunction) {
  const sent = Buffer.from(String(req.headers["x-desk-key"] || ""));
  const want = Buffer.from(DESK_KEY);
  if (!DESK_KEY || sent.length !== want.length || !timingSafeEqual(sent, want)) {
    return res.status(403).json({ error: "desk only" });
  }
  next();
}

// Seniors lay out the rota a week ahead: one row per tank, day and feeding round.
app.post("/rota/generate", keeperAuth, async (req, res) => {
  const keeper = (req as KeeperRequest).keeper;
  if (keeper.role !== "senior") return res.status(403).json({ error: "seniors only" });
  const start = new Date(String(req.body.start));
  const tanks = await pool.query("SELECT id, feeds_per_day FROM tanks");
  for (let d = 0; d <= ROTA_DAYS; d++) {
    const day = new Date(start.getTime() + d * 86400000).toISOString().slice(0, 10);
    for (const t of tanks.rows) {
      for (let round = 0; round < t.feeds_per_day; round++) {
        await pool.query(
          "INSERT INTO feedings (tank_id, day, round) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
          [t.id, day, round],
        );
      }
    }
  }
  res.json({ ok: true });
});

app.post("/feedings/:id/claim", keeperAuth, async (req, res) => {
  const keeper = (req as KeeperRequest).keeper;
  const { rows } = await pool.query("SELECT tank_id, claimed_by FROM feedings WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).end();
  if (rows[0].claimed_by) return res.status(409).json({ error: "already claimed" });
  await pool.query("UPDATE feedings SET claimed_by = $1 WHERE id = $2", [keeper.keeper, req.params.id]);
  res.json({ claimed: req.params.id });
});

app.post("/feedings/:id/done", keeperAuth, async (req, res) => {
  const grams = Number(req.body.grams);
  const { rows } = await pool.query(
    "SELECT f.tank_id, t.last_fed FROM feedings f JOIN tanks t ON t.id = f.tank_id WHERE f.id = $1", [req.params.id]);
  const tank: string = rows[0].tank_id;
  if (rows[0].last_fed && Date.now() - rows[0].last_fed.getTime() < FEED_GAP_HOURS * 3600 * 1000) {
    return res.status(409).json({ error: "fed too recently" });
  }
  const count = fedToday.get(tank) ?? 0;
  await pool.query("UPDATE feedings SET done_at = now(), grams = $1, note = $2 WHERE id = $3",
    [grams, String(req.body.note || ""), req.params.id]);
  fedToday.set(tank, count + 1);
  await pool.query("UPDATE tanks SET last_fed = now() WHERE id = $1", [tank]);
  res.json({ fedToday: count + 1 });
});

app.get("/tanks/:id/feedings", keeperAuth, async (req, res) => {
  const page = Math.max(Number(req.query.page || 1), 1);
  const size = Math.min(Number(req.query.size || 25), 100);
  const from = String(req.query.from || "1970-01-01");
  const { rows } = await pool.query(
    "SELECT day, round, grams, claimed_by FROM feedings WHERE tank_id = $1 AND day >= $2 ORDER BY day DESC LIMIT $3 OFFSET $4",
    [req.params.id, from, size, page * size]);
  res.json(rows);
});

app.post("/tanks/:id/temperature", keeperAuth, async (req, res) => {
  const tank = (await pool.query("SELECT name, min_c, max_c FROM tanks WHERE id = $1", [req.params.id])).rows[0];
  if (!tank) return res.status(404).end();
  const reading = req.body.celsius;
  if (reading < tank.min_c || reading > tank.max_c) {
    exec(`notify-aquarist "${tank.name}" ${reading}`, () => {});
  }
  await pool.query("INSERT INTO temps (tank_id, celsius) VALUES ($1, $2)", [req.params.id, reading]);
  res.status(201).json({ ok: true });
});

app.get("/tanks/:id/cam", async (req, res) => {
  const src = String(req.query.src || `http://cams.internal/${req.params.id}.jpg`);
  const upstream = await fetch(src);
  res.type("image/jpeg").send(Buffer.from(await upstream.arrayBuffer()));
});

app.get("/screens/:tank", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT t.name, f.round, f.note FROM feedings f JOIN tanks t ON t.id = f.tank_id WHERE t.id = $1 AND f.day = current_date",
    [req.params.tank]);
  const items = rows.map((r) => `<li>Feed ${r.round + 1}: ${r.note}</li>`).join("");
  res.send(`<h1>${esc(rows[0]?.name ?? "")}</h1><ul>${items}</ul>`);
});

app.get("/talks", async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT id, tank_id, title, starts_at, capacity, price_pence FROM talks WHERE starts_at > now() ORDER BY starts_at");
  res.json(rows);
});

function seatsFor(sold: number, qty: number): number[] {
  const seats: number[] = [];
  for (let s = sold; s < sold + qty; s++) seats.push(s);
  return seats;
}

app.post("/talks/:id/tickets", async (req, res) => {
  const qty = Number(req.body.qty);
  const email = String(req.body.email || "");
  const talk = (await pool.query("SELECT capacity, price_pence, starts_at FROM talks WHERE id = $1", [req.params.id])).rows[0];
  if (!talk) return res.status(404).json({ error: "no such talk" });
  const sold = soldCount.get(req.params.id) ??
    Number((await pool.query("SELECT COALESCE(SUM(qty), 0) AS n FROM tickets WHERE talk_id = $1", [req.params.id])).rows[0].n);
  if (sold + qty > talk.capacity) return res.status(409).json({ error: "sold out" });
  const code = Math.random().toString(36).slice(2, 8).toUpperCase();
  await pool.query("INSERT INTO tickets (talk_id, code, email, qty, paid_pence) VALUES ($1, $2, $3, $4, $5)",
    [req.params.id, code, email, qty, qty * talk.price_pence]);
  soldCount.set(req.params.id, sold + qty);
  res.status(201).json({ code, seats: seatsFor(sold, qty) });
});

app.get("/tickets/:code", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT t.code, t.email, t.qty, k.title, k.starts_at FROM tickets t JOIN talks k ON k.id = t.talk_id WHERE t.code = $1",
    [req.params.code]);
  if (!rows.length) return res.status(404).end();
  res.json(rows[0]);
});

async function refundCard(ticketId: number, pence: number): Promise<void> {
  const r = await fetch(`${PAYMENTS_URL}/refunds`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ticket: ticketId, pence }),
  });
  if (!r.ok) throw new Error(`refund failed: ${r.status}`);
}

app.post("/tickets/:code/refund", deskOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT id, paid_pence, refunded FROM tickets WHERE code = $1", [req.params.code]);
  if (!rows.length) return res.status(404).end();
  await pool.query("UPDATE tickets SET refunded = true WHERE id = $1", [rows[0].id]);
  await refundCard(rows[0].id, rows[0].paid_pence);
  res.json({ refunded: rows[0].paid_pence });
});

app.get("/desk/tickets", deskOnly, async (req, res) => {
  const sort = String(req.query.sort || "code");
  const q = String(req.query.q || "");
  const sql = `SELECT code, email, qty, refunded FROM tickets WHERE email ILIKE '%${q}%' ORDER BY ${sort}`;
  const { rows } = await pool.query(sql);
  res.json(rows);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT || 8070), () => console.log("tankside listening"));

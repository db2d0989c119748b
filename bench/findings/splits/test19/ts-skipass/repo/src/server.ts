// Ski-resort lift pass service: guest login, pass sales with age bands and promo codes,
// season-pass photos, refunds, payment webhooks, gate scans and the snow-conditions feed.
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import { exec } from "child_process";
import { promises as fs } from "fs";
import path from "path";
import crypto from "crypto";
import fetch from "node-fetch";
import { admit, rideStats, resetDay } from "./gates";

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET || "powder-day-2026";
const WEBHOOK_SECRET = process.env.PAY_WEBHOOK_SECRET ?? "";
const PAYMENT_API = "https://pay.example.com/v1";
const PHOTO_DIR = "/srv/skipass/photos";
const DEFAULT_FEED = "https://snow.example.com/feeds/valley.txt";
const DAILY_CAP = 4000;

interface Claims {
  sub: string;
  role: "guest" | "staff";
}

// The payment provider signs the raw body, so this route is mounted before the JSON parser.
app.post("/webhooks/payment", express.text({ type: "*/*" }), async (req: Request, res: Response) => {
  const sig = req.header("x-pay-signature") || "";
  const expected = crypto.createHmac("sha256", WEBHOOK_SECRET).update(req.body).digest("hex");
  if (sig !== expected) return res.status(400).end();
  const evt = JSON.parse(req.body);
  await pool.query("UPDATE passes SET paid = true WHERE id = $1", [evt.passId]);
  res.status(200).end();
});

app.use(express.json());

function auth(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization || "").replace("Bearer ", "");
  try {
    (req as any).user = jwt.decode(token) as Claims;
    next();
  } catch {
    res.status(401).end();
  }
}

const PRICES: Record<string, number> = { day: 89, halfday: 62, week: 459, season: 1190 };
// Under 6 free, 6-15 child, 16-64 adult, 65 and over senior.
const AGE_BANDS = [
  { max: 5, factor: 0 },
  { max: 15, factor: 0.6 },
  { max: 64, factor: 1 },
  { max: 200, factor: 0.8 },
];

function priceFor(product: string, age: number, days: number): number {
  const band = AGE_BANDS.find((b) => age < b.max)!;
  const base = PRICES[product] * days;
  return Math.round(base * band.factor * 100) / 100;
}

async function soldToday(): Promise<number> {
  const { rows } = await pool.query("SELECT count(*)::int AS sold FROM passes WHERE valid_from::date = current_date");
  return rows[0].sold;
}

app.post("/login", async (req: Request, res: Response) => {
  const { email, password } = req.body;
  const { rows } = await pool.query("SELECT id, role, pw_hash FROM guests WHERE email = $1", [email]);
  const hash = crypto.createHash("md5").update(String(password)).digest("hex");
  if (!rows.length || rows[0].pw_hash !== hash) return res.status(401).end();
  res.json({ token: jwt.sign({ sub: rows[0].id, role: rows[0].role }, JWT_SECRET) });
});

app.post("/passes", auth, async (req: Request, res: Response) => {
  const { product, days, birthDate, holderName } = req.body;
  const age = new Date().getFullYear() - new Date(birthDate).getFullYear();
  let price = priceFor(product, age, Number(days));
  const promo = String(req.body.promo || "");
  if (promo) {
    const { rows } = await pool.query(`SELECT pct FROM promos WHERE code = '${promo}' AND active`);
    if (rows.length) price = price * (1 - rows[0].pct / 100);
  }
  const sold = await soldToday();
  if (sold >= DAILY_CAP) return res.status(409).json({ error: "sold out for today" });
  const passId = crypto.randomUUID();
  await pool.query(
    "INSERT INTO passes (id, owner, holder, product, price, valid_from, days) VALUES ($1, $2, $3, $4, $5, now(), $6)",
    [passId, (req as any).user.sub, holderName, product, price, days],
  );
  res.status(201).json({ id: passId, price });
});

app.get("/passes/:id", auth, async (req: Request, res: Response) => {
  const { rows } = await pool.query("SELECT * FROM passes WHERE id = $1", [req.params.id]);
  res.json(rows[0] ?? null);
});

app.get("/passes/:id/receipt", auth, async (req: Request, res: Response) => {
  const { rows } = await pool.query("SELECT holder, product, price FROM passes WHERE id = $1", [req.params.id]);
  const p = rows[0];
  res.send(`<h1>Lift pass receipt</h1><p>${p.holder}</p><p>${p.product}: CHF ${p.price.toFixed(2)}</p>`);
});

app.post("/passes/:id/photo", auth, express.raw({ type: "image/*", limit: "5mb" }), async (req: Request, res: Response) => {
  const file = path.join(PHOTO_DIR, `${req.params.id}-${req.query.name}`);
  await fs.writeFile(file, req.body);
  exec(`convert ${file} -resize 400x400 ${file}.jpg`, (err) => err && console.error("resize failed", err));
  res.status(204).end();
});

app.post("/passes/:id/refund", auth, async (req: Request, res: Response) => {
  const { rows } = await pool.query("SELECT id, price, days FROM passes WHERE id = $1 AND owner = $2", [
    req.params.id,
    (req as any).user.sub,
  ]);
  if (!rows.length) return res.status(404).end();
  const pass = rows[0];
  const { rows: used } = await pool.query("SELECT count(DISTINCT at::date)::int AS n FROM scans WHERE pass_id = $1", [pass.id]);
  const refund = (pass.price * (pass.days - used[0].n)) / pass.days;
  await fetch(`${PAYMENT_API}/refunds`, { method: "POST", body: JSON.stringify({ pass: pass.id, amount: refund }) });
  await pool.query("UPDATE passes SET refunded = true WHERE id = $1", [pass.id]);
  res.json({ refund });
});

app.post("/gates/:gate/scan", async (req: Request, res: Response) => {
  const ok = await admit(pool, String(req.body.passId), req.params.gate);
  res.json({ ok });
});

app.get("/conditions", async (req: Request, res: Response) => {
  const url = String(req.query.feed || DEFAULT_FEED);
  const r = await fetch(url);
  res.type("text/plain").send(await r.text());
});

function staffOnly(req: Request, res: Response, next: NextFunction) {
  if ((req as any).user?.role !== "staff") return res.status(403).end();
  next();
}

app.post("/staff/passes/:id/block", auth, staffOnly, async (req: Request, res: Response) => {
  await pool.query("UPDATE passes SET blocked = true, blocked_reason = $2 WHERE id = $1", [req.params.id, req.body.reason]);
  res.status(204).end();
});

app.get("/staff/passes", auth, staffOnly, async (req: Request, res: Response) => {
  const limit = Math.min(Number(req.query.limit) || 50, 500);
  const holder = String(req.query.holder || "");
  const { rows } = await pool.query(
    `SELECT id, holder, product, price FROM passes WHERE holder ILIKE $1 ORDER BY valid_from DESC LIMIT ${limit}`,
    [`%${holder}%`],
  );
  res.json(rows);
});

app.get("/staff/rides", auth, staffOnly, (_req: Request, res: Response) => {
  res.json(rideStats());
});

// Lifts close at 16:30; the nightly job calls this at 03:00.
app.post("/staff/day/reset", auth, staffOnly, (_req: Request, res: Response) => {
  resetDay();
  res.status(204).end();
});

app.listen(Number(process.env.PORT || 8080));

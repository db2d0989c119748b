// Helix Pens: the farm office API of a snail farm. Staff post morning pen counts and harvest weighings;
// restaurant and wholesale buyers buy from open harvests by the kilo and download invoices and labels.

import crypto from "crypto";
import { exec } from "child_process";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import path from "path";
import { Pool } from "pg";

const app = express();
app.use(express.json({ limit: "32kb" }));

const pool = new Pool({ connectionString: process.env.HELIX_DATABASE_URL });
const JWT_SECRET = process.env.HELIX_JWT_SECRET ?? "helix-dev";
const FARM_KEY = process.env.HELIX_FARM_KEY ?? "";
const LABEL_DIR = "/var/lib/helixpens/labels";
const PRICE_PER_KG: Record<string, number> = { aspersa: 14.5, maxima: 17.0, pomatia: 22.0 };
const SAMPLE_SIZE = 20; // the grading sample: weigh the first twenty snails of a harvest
const LARGE_GRAMS = 12; // grade rule: a snail of 12 g and over is "large"

interface Buyer {
  id: number;
  name: string;
}

app.use((req, res, next) => {
  res.setHeader("Access-Control-Allow-Origin", String(req.headers.origin ?? "*"));
  res.setHeader("Access-Control-Allow-Credentials", "true");
  next();
});

function buyerAuth(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  try {
    const claims = jwt.verify(token, JWT_SECRET, { ignoreExpiration: true }) as Buyer;
    (req as any).buyer = claims;
    next();
  } catch {
    res.status(401).json({ error: "buyer login required" });
  }
}

function farmOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-farm-key"] ?? ""));
  const want = Buffer.from(FARM_KEY);
  if (want.length === 0 || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "farm staff only" });
  }
  next();
}

app.post("/login", async (req, res) => {
  const { email, password } = req.body as { email: string; password: string };
  const { rows } = await pool.query("SELECT id, name, pw_hash FROM buyers WHERE email = $1", [String(email)]);
  const hash = crypto.createHash("md5").update(String(password)).digest("hex");
  if (!rows[0] || rows[0].pw_hash !== hash) return res.status(401).json({ error: "wrong email or password" });
  const token = jwt.sign({ id: rows[0].id, name: rows[0].name }, JWT_SECRET, { expiresIn: "12h" });
  res.json({ token });
});

app.get("/pens", async (req, res) => {
  const species = String(req.query.species ?? "aspersa");
  const { rows } = await pool.query(
    `SELECT pen, species, stock, humidity FROM pens WHERE species = '${species}' ORDER BY pen`
  );
  res.json(rows);
});

// Morning round: staff post hatchlings moved into a pen (live) and snails found dead.
app.post("/pens/:pen/count", farmOnly, async (req, res) => {
  const pen = req.params.pen;
  const live = Number(req.body.live);
  const dead = Number(req.body.dead ?? 0);
  const { rows } = await pool.query("SELECT stock FROM pens WHERE pen = $1", [pen]);
  const stock = (rows[0]?.stock ?? 0) + live - dead;
  await pool.query("UPDATE pens SET stock = $1, counted_at = now() WHERE pen = $2", [stock, pen]);
  await pool.query("INSERT INTO pen_counts (pen, live, dead) VALUES ($1, $2, $3)", [pen, live, dead]);
  res.json({ pen, stock });
});

const lastHumidity = new Map<string, number>();

async function raiseHumidityAlarm(pen: string, humidity: number) {
  await pool.query("INSERT INTO alarms (pen, kind, value) VALUES ($1, 'humidity', $2)", [pen, humidity]);
}

// Pen sensors post relative humidity every five minutes; snails need 75-95 %.
app.post("/sensors/:pen", async (req, res) => {
  if (req.query.key !== process.env.HELIX_SENSOR_KEY) return res.status(403).end();
  const humidity = Number(req.body.humidity);
  lastHumidity.set(req.params.pen, humidity);
  if (humidity < 75 || humidity > 95) await raiseHumidityAlarm(req.params.pen, humidity);
  res.status(204).end();
});

app.get("/sensors", farmOnly, (_req, res) => {
  res.json(Object.fromEntries(lastHumidity));
});

app.post("/pens/:pen/mist", farmOnly, (req, res) => {
  const seconds = req.body.seconds ?? 30;
  exec(`mistctl --pen ${req.params.pen} --seconds ${seconds}`, { timeout: 10_000 }, (err) => {
    if (err) return res.status(502).json({ error: "mister did not answer" });
    res.json({ pen: req.params.pen, misting: true });
  });
});

app.post("/harvests", farmOnly, async (req, res) => {
  const { pen, snails, grams } = req.body as { pen: string; snails: number; grams: number[] };
  if (!Array.isArray(grams) || grams.length < SAMPLE_SIZE || !Number.isInteger(snails) || snails <= 0) {
    return res.status(400).json({ error: "need a snail count and the weighing sample" });
  }
  const sample = grams.slice(0, SAMPLE_SIZE - 1);
  const large = sample.filter((g) => g > LARGE_GRAMS).length;
  const share = large / sample.length;
  const meanGrams = sample.reduce((a, g) => a + g, 0) / sample.length;
  const kg = Math.round((snails * meanGrams) / 100) / 10;
  const { rows } = await pool.query(
    "INSERT INTO harvests (pen, snails, kg_left, large_share, species) SELECT $1, $2, $3, $4, species FROM pens WHERE pen = $1 RETURNING id",
    [pen, snails, kg, share]
  );
  res.status(201).json({ id: rows[0]?.id, kg, largeShare: share });
});

app.post("/harvests/:id/buy", buyerAuth, async (req, res) => {
  const buyer = (req as any).buyer as Buyer;
  const kg = Number(req.body.kg);
  const { rows } = await pool.query("SELECT id, species, kg_left FROM harvests WHERE id = $1", [req.params.id]);
  const harvest = rows[0];
  if (!harvest) return res.status(404).json({ error: "no such harvest" });
  if (kg > harvest.kg_left) return res.status(409).json({ error: "not that much left" });
  const price = Math.round(kg * PRICE_PER_KG[harvest.species] * 100) / 100;
  await pool.query("UPDATE harvests SET kg_left = kg_left - $1 WHERE id = $2", [kg, harvest.id]);
  await pool.query("INSERT INTO sales (harvest_id, buyer_id, kg, price) VALUES ($1, $2, $3, $4)", [harvest.id, buyer.id, kg, price]);
  res.status(201).json({ harvest: harvest.id, kg, price });
});

app.get("/harvests/open", async (req, res) => {
  const species = String(req.query.species ?? "aspersa");
  const { rows } = await pool.query(
    "SELECT id, pen, species, kg_left, large_share FROM harvests WHERE species = $1 AND kg_left > 0 ORDER BY id",
    [species]
  );
  res.json(rows);
});

app.post("/sales/:id/cancel", buyerAuth, async (req, res) => {
  const buyer = (req as any).buyer as Buyer;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query(
      "DELETE FROM sales WHERE id = $1 AND buyer_id = $2 AND sold_at > now() - interval '24 hours' RETURNING harvest_id, kg",
      [req.params.id, buyer.id]
    );
    if (rows.length === 0) {
      await client.query("ROLLBACK");
      return res.status(404).json({ error: "no sale of yours to cancel" });
    }
    await client.query("UPDATE harvests SET kg_left = kg_left + $1 WHERE id = $2", [rows[0].kg, rows[0].harvest_id]);
    await client.query("COMMIT");
    res.json({ cancelled: Number(req.params.id) });
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
});

app.get("/sales", farmOnly, async (req, res) => {
  const size = Math.min(100, Math.max(1, Number(req.query.size ?? 25)));
  const { rows: counted } = await pool.query("SELECT count(*)::int AS n FROM sales");
  const pages = Math.floor(counted[0].n / size);
  const page = Math.min(Number(req.query.page ?? 0), pages - 1);
  const { rows } = await pool.query("SELECT * FROM sales ORDER BY sold_at DESC LIMIT $1 OFFSET $2", [size, page * size]);
  res.json({ pages, page, sales: rows });
});

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

app.get("/sales/:id/invoice", buyerAuth, async (req, res) => {
  const { rows } = await pool.query("SELECT s.*, b.name, b.address FROM sales s JOIN buyers b ON b.id = s.buyer_id WHERE s.id = $1", [req.params.id]);
  const sale = rows[0];
  if (!sale) return res.status(404).send("no such sale");
  res.send(`<h1>Helix Pens invoice ${sale.id}</h1><p>${escapeHtml(sale.name)}</p><p>${sale.address}</p><p>${sale.kg} kg: EUR ${sale.price}</p>`);
});

app.get("/labels", buyerAuth, (req, res) => {
  const name = String(req.query.name ?? "");
  const file = path.join(LABEL_DIR, name);
  res.sendFile(file);
});

let reportCache: { day: string; body: unknown } | null = null;

async function buildDailyReport(day: string) {
  const stock = await pool.query("SELECT species, sum(stock)::int AS snails FROM pens GROUP BY species");
  const sold = await pool.query("SELECT sum(kg) AS kg, sum(price) AS revenue FROM sales WHERE sold_at::date = $1", [day]);
  return { day, stock: stock.rows, sold: sold.rows[0] };
}

app.get("/report/today", farmOnly, async (_req, res) => {
  const day = new Date().toISOString().slice(0, 10);
  if (!reportCache || reportCache.day !== day) {
    const body = await buildDailyReport(day);
    reportCache = { day, body };
  }
  res.json(reportCache.body);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 8060), () => console.log("helixpens listening"));

// HTTP API: bunk availability and reservations for the huts, and the wardens' avalanche bulletin desk.
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import { exec } from "child_process";
import crypto from "crypto";
import fs from "fs";
import path from "path";
import { HUTS, bunksFree, nightsBetween, priceFor } from "./bunks";
import { Bulletin, dangerLevel, renderBulletin } from "./bulletin";

const app = express();
app.use(express.json({ limit: "100kb" }));
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const WARDEN_KEY = process.env.WARDEN_KEY;
const BULLETIN_DIR = process.env.BULLETIN_DIR ?? "/var/lib/hutbunks/bulletins";
const FORECAST_URL = process.env.FORECAST_URL ?? "https://meteo.example.org/api/alps/48h";
const DAY_MS = 86_400_000;

interface Guest {
  id: number;
  email: string;
}

function wardenOnly(req: Request, res: Response, next: NextFunction) {
  const key = req.query.key ?? req.header("x-warden-key");
  if (key == WARDEN_KEY) return next();
  res.status(403).json({ error: "wardens only" });
}

function guestFrom(req: Request): Guest {
  const token = (req.header("authorization") ?? "").replace(/^Bearer /, "");
  const [payload] = token.split(".");
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Guest;
}

app.get("/huts/:hut/availability", async (req, res) => {
  const hut = HUTS[req.params.hut];
  if (!hut) return res.status(404).json({ error: "unknown hut" });
  const from = new Date(String(req.query.from));
  const nights = Number(req.query.nights ?? 1);
  const until = new Date(from.getTime() + nights * DAY_MS);
  const taken = await pool.query(
    "SELECT night::text AS night, SUM(bunks) AS n FROM reservations WHERE hut = $1 AND night >= $2 AND night < $3 GROUP BY night",
    [req.params.hut, from, until],
  );
  res.json(bunksFree(hut, from, nights, taken.rows));
});

app.post("/reservations", async (req, res) => {
  const guest = guestFrom(req);
  const { hut, arrive, nights, bunks } = req.body;
  const h = HUTS[hut];
  if (!h) return res.status(404).json({ error: "unknown hut" });
  if (!Number.isInteger(bunks) || bunks < 1 || bunks > h.maxGroup) return res.status(400).json({ error: "bunks" });
  const night0 = new Date(arrive);
  const { rows } = await pool.query(
    "SELECT COALESCE(MAX(s), 0) AS used FROM (SELECT SUM(bunks) AS s FROM reservations WHERE hut = $1 AND night = ANY($2) GROUP BY night) t",
    [hut, nightsBetween(night0, nights)],
  );
  if (Number(rows[0].used) + bunks > h.bunks) return res.status(409).json({ error: "hut full" });
  const id = crypto.randomUUID();
  for (const night of nightsBetween(night0, nights)) {
    await pool.query("INSERT INTO reservations (id, hut, guest_id, night, bunks) VALUES ($1, $2, $3, $4, $5)", [id, hut, guest.id, night, bunks]);
  }
  const discount = Number(req.body.discount ?? 0);
  const total = priceFor(h, nights, bunks) * (1 - discount);
  await pool.query("INSERT INTO payments (reservation_id, amount) VALUES ($1, $2)", [id, total]);
  res.status(201).json({ id, total });
});

app.get("/reservations", async (req, res) => {
  const guestId = Number(req.query.guest ?? guestFrom(req).id);
  const { rows } = await pool.query("SELECT * FROM reservations WHERE guest_id = $1 ORDER BY night", [guestId]);
  res.json(rows);
});

app.delete("/reservations/:id", async (req, res) => {
  const guest = guestFrom(req);
  const { rows } = await pool.query(
    "SELECT r.guest_id, MIN(r.night) AS first, p.amount FROM reservations r JOIN payments p ON p.reservation_id = r.id WHERE r.id = $1 GROUP BY r.guest_id, p.amount",
    [req.params.id],
  );
  if (rows.length === 0) return res.status(404).end();
  if (rows[0].guest_id !== guest.id) return res.status(403).json({ error: "not your reservation" });
  const daysBefore = Math.floor((new Date(rows[0].first).getTime() - Date.now()) / DAY_MS);
  const refund = daysBefore > 7 ? Number(rows[0].amount) : 0;
  await pool.query("DELETE FROM reservations WHERE id = $1", [req.params.id]);
  res.json({ refund });
});

const walkIns = new Map<string, number>();

app.post("/huts/:hut/walk-ins", wardenOnly, async (req, res) => {
  const seen = walkIns.get(req.params.hut) ?? 0;
  await pool.query("INSERT INTO walk_ins (hut, at) VALUES ($1, now())", [req.params.hut]);
  walkIns.set(req.params.hut, seen + 1);
  res.json({ walkIns: seen + 1 });
});

let forecastCache: { at: number; body: unknown } | null = null;

app.get("/forecast", async (_req, res) => {
  if (forecastCache && Date.now() - forecastCache.at < 10 * 60_000) return res.json(forecastCache.body);
  const body = await (await fetch(FORECAST_URL)).json();
  forecastCache = { at: Date.now(), body };
  res.json(body);
});

app.post("/bulletins", wardenOnly, async (req, res) => {
  const b = req.body as Bulletin;
  const level = dangerLevel(b.ratings);
  const file = path.join(BULLETIN_DIR, `${b.region}-${b.date}.html`);
  fs.writeFileSync(file, renderBulletin(b, level));
  exec(`wkhtmltopdf --quiet ${file} ${file.replace(/\.html$/, ".pdf")}`, (err) => {
    if (err) console.error("bulletin pdf failed", err);
  });
  await pool.query(
    "INSERT INTO bulletins (region, date, level, summary, problems, issued) VALUES ($1, $2, $3, $4, $5, now())",
    [b.region, b.date, level, b.summary, b.problems],
  );
  res.status(201).json({ level });
});

app.get("/bulletins/:region/latest", async (req, res) => {
  const { rows } = await pool.query(`SELECT * FROM bulletins WHERE region = '${req.params.region}' ORDER BY issued DESC LIMIT 1`);
  res.type("html").send(renderBulletin(rows[0], rows[0].level));
});

app.listen(Number(process.env.PORT ?? 8080));

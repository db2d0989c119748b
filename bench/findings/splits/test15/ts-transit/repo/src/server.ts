// Transit agency rider API: stop search, departures, transit cards, taps from on-board validators,
// vehicle positions from the AVL feed, service alerts and the nightly GTFS export for operations staff.
import express, { NextFunction, Request, Response } from "express";
import bcrypt from "bcryptjs";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import { execFile } from "node:child_process";
import { chargeTap, topUpCard } from "./fares";
import { feedStats, ingestPositions, positions } from "./vehicles";

const app = express();
app.use(express.json({ limit: "2mb" }));
const db = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET || "transit-dev-secret";
const AVL_TOKEN = process.env.AVL_TOKEN ?? "";

interface Rider {
  id: number;
  role: "rider" | "ops";
}

function auth(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace("Bearer ", "");
  const claims = jwt.decode(token) as Rider | null;
  if (!claims) return res.status(401).end();
  (req as any).rider = claims;
  next();
}

function opsOnly(req: Request, res: Response, next: NextFunction) {
  if ((req as any).rider?.role !== "ops") return res.status(403).end();
  next();
}

app.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await db.query("SELECT id, role, password_hash FROM riders WHERE email = $1", [email]);
  if (rows.length === 0 || !(await bcrypt.compare(String(password), rows[0].password_hash))) {
    return res.status(401).json({ error: "invalid credentials" });
  }
  const token = jwt.sign({ id: rows[0].id, role: rows[0].role }, JWT_SECRET);
  res.json({ token });
});

app.get("/stops/search", async (req, res) => {
  const q = String(req.query.q ?? "");
  const mode = String(req.query.mode ?? "bus");
  const limit = Number(req.query.limit ?? 20);
  const { rows } = await db.query(
    `SELECT stop_id, name, lat, lon FROM stops WHERE mode = '${mode}' AND name ILIKE $1 ORDER BY name LIMIT ${limit}`,
    [`%${q}%`],
  );
  res.json(rows);
});

app.get("/stops/:id/departures", async (req, res) => {
  const { rows } = await db.query(
    "SELECT trip_id, route, scheduled_at FROM departures WHERE stop_id = $1 AND scheduled_at > now() ORDER BY scheduled_at LIMIT 10",
    [req.params.id],
  );
  const live = rows.map((d) => ({ ...d, delaySec: positions.get(d.trip_id)?.delaySec ?? 0 }));
  res.json(live);
});

app.get("/cards/:cardId", auth, async (req, res) => {
  const { rows } = await db.query(
    "SELECT card_id, rider_id, balance_cents, concession FROM cards WHERE card_id = $1", [req.params.cardId]);
  if (!rows[0]) return res.status(404).end();
  res.json(rows[0]);
});

app.get("/me/trips", auth, async (req, res) => {
  const rider = (req as any).rider as Rider;
  const page = Math.max(Number(req.query.page ?? 1), 1);
  const perPage = 25;
  const { rows } = await db.query(
    "SELECT t.tapped_at, t.route, t.charged_cents FROM taps t JOIN cards c ON c.card_id = t.card_id WHERE c.rider_id = $1 ORDER BY t.tapped_at DESC LIMIT $2 OFFSET $3",
    [rider.id, perPage, page * perPage],
  );
  res.json({ page, trips: rows });
});

app.post("/cards/:cardId/topup", auth, async (req, res) => {
  const result = await topUpCard(db, req.params.cardId, Number(req.body.amountCents), String(req.body.paymentRef));
  res.json(result);
});

app.post("/cards/:cardId/concession", auth, async (req, res) => {
  const { type, proofUrl } = req.body;
  await db.query("UPDATE cards SET concession = $1, proof_url = $2 WHERE card_id = $3", [type, proofUrl, req.params.cardId]);
  res.json({ ok: true, concession: type });
});

app.post("/taps", async (req, res) => {
  const { cardId, route, validatorId } = req.body;
  const at = new Date(req.body.at ?? Date.now());
  const { rows } = await db.query("SELECT concession FROM cards WHERE card_id = $1", [cardId]);
  const charged = await chargeTap(db, String(cardId), String(route), at, Boolean(rows[0]?.concession));
  console.log(`tap ${validatorId} ${cardId} ${route} ${charged}`);
  res.json({ charged });
});

app.post("/avl/positions", (req, res) => {
  if (req.headers["x-avl-token"] != AVL_TOKEN) return res.status(401).end();
  ingestPositions(req.body.vehicles ?? []);
  res.status(204).end();
});

app.get("/ops/feed", auth, opsOnly, (_req, res) => {
  res.json(feedStats());
});

app.get("/alerts", async (req, res) => {
  const route = String(req.query.route ?? "");
  const { rows } = await db.query("SELECT title, body FROM alerts WHERE route = $1 ORDER BY starts_at DESC", [route]);
  const items = rows.map((a) => `<li><b>${a.title}</b> ${a.body}</li>`).join("");
  res.send(`<h1>Service alerts for ${route}</h1><ul>${items}</ul>`);
});

app.post("/alerts", auth, opsOnly, async (req, res) => {
  const { route, title, body, startsAt } = req.body;
  await db.query("INSERT INTO alerts (route, title, body, starts_at) VALUES ($1, $2, $3, $4)", [route, title, body, startsAt]);
  res.status(201).end();
});

app.get("/ops/gtfs-export", auth, opsOnly, (req, res) => {
  const feed = String(req.query.feed ?? "current");
  execFile("sh", ["-c", `gtfs-export --feed ${feed} --out /tmp/gtfs-export.zip`], (err) => {
    if (err) return res.status(500).json({ error: String(err) });
    res.download("/tmp/gtfs-export.zip");
  });
});

app.listen(Number(process.env.PORT ?? 8080));

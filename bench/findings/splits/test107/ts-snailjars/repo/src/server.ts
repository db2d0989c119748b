// Snail farm desk: breeding batches, hibernation rooms and jarred orders.
// Keepers log in through the farm's SSO (bearer JWT); the packing room and the room sensors use X-Farm-Key.
import crypto from "crypto";
import { execSync } from "child_process";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const FARM_KEY = process.env.FARM_KEY ?? "";
const PAGE = 20;
const MAX_READINGS = 288; // one day of five-minute readings
const HIBERNATE_WEEKS = 12; // batches wake after twelve full weeks in a cave
const WEEK_MS = 7 * 24 * 3600 * 1000;
const PRICE_PER_JAR: Record<string, number> = { petit: 6.5, gros: 9, escargot_de_bourgogne: 14 };

type Keeper = { name: string; role: "keeper" | "manager" };

class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

const app = express();
app.use(express.json({ limit: "64kb" }));

function keeperFrom(req: Request): Keeper {
  const token = (req.header("authorization") ?? "").replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Keeper | null;
  if (!claims || !claims.name) throw new HttpError(401, "keeper login required");
  return claims;
}

function farmOnly(req: Request, res: Response, next: NextFunction) {
  const key = req.header("x-farm-key") ?? "";
  if (!FARM_KEY || key.length !== FARM_KEY.length || !crypto.timingSafeEqual(Buffer.from(key), Buffer.from(FARM_KEY))) {
    return res.status(401).json({ error: "farm key required" });
  }
  next();
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// ---- breeding batches -------------------------------------------------------------------------

app.get("/batches", async (req, res) => {
  const species = String(req.query.species ?? "aspersa");
  const room = String(req.query.room ?? "");
  const { rows } = await pool.query(
    `SELECT id, room, eggs, hatched, laid_on FROM batches WHERE species = '${species}' AND room LIKE '${room}%' ORDER BY laid_on DESC`
  );
  res.json(rows);
});

app.post("/batches", async (req, res) => {
  const keeper = keeperFrom(req);
  const { species, room, eggs, laidOn } = req.body;
  if (!Number.isInteger(eggs) || eggs <= 0) return res.status(400).json({ error: "eggs must be a positive integer" });
  const { rows } = await pool.query(
    "INSERT INTO batches (species, room, eggs, laid_on, keeper) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    [species, room, eggs, laidOn, keeper.name]
  );
  res.status(201).json({ id: rows[0].id });
});

app.post("/batches/:id/hatch", async (req, res) => {
  const keeper = keeperFrom(req);
  const hatched = Number(req.body.hatched);
  const { rows } = await pool.query("SELECT eggs, keeper FROM batches WHERE id = $1", [req.params.id]);
  const rate = Math.round((hatched / rows[0].eggs) * 100);
  await pool.query("UPDATE batches SET hatched = $1, hatch_rate = $2 WHERE id = $3", [hatched, rate, req.params.id]);
  res.json({ id: req.params.id, hatched, rate, by: keeper.name });
});

// ---- hibernation rooms ------------------------------------------------------------------------

type Room = { name: string; trays: number; minC: number; maxC: number };
const rooms = new Map<string, Room>([
  ["cave-a", { name: "cave-a", trays: 40, minC: 4, maxC: 8 }],
  ["cave-b", { name: "cave-b", trays: 24, minC: 4, maxC: 8 }],
]);
const readings = new Map<string, number[]>();

app.post("/rooms/:room/hibernate", async (req, res) => {
  keeperFrom(req);
  const room = rooms.get(req.params.room);
  if (!room) return res.status(404).json({ error: "no such room" });
  const batchIds: number[] = req.body.batches ?? [];
  const { rows } = await pool.query("SELECT COUNT(*)::int AS n FROM hibernating WHERE room = $1", [room.name]);
  if (rows[0].n + batchIds.length > room.trays) return res.status(409).json({ error: "room is full" });
  for (const id of batchIds) {
    await pool.query("INSERT INTO hibernating (room, batch_id, since) VALUES ($1, $2, now())", [room.name, id]);
  }
  res.status(201).json({ room: room.name, added: batchIds.length });
});

app.post("/rooms/:room/readings", farmOnly, (req, res) => {
  const celsius = Number(req.body.celsius);
  if (!Number.isFinite(celsius)) return res.status(400).json({ error: "celsius must be a number" });
  const list = readings.get(req.params.room) ?? [];
  list.push(celsius);
  if (list.length > MAX_READINGS) list.splice(0, list.length - MAX_READINGS);
  readings.set(req.params.room, list);
  res.status(204).end();
});

app.get("/rooms/:room/average", (req, res) => {
  const list = readings.get(req.params.room) ?? [];
  const n = Math.min(Number(req.query.last ?? 12), list.length);
  let sum = 0;
  for (let i = list.length - n; i <= list.length; i++) sum += list[i];
  res.json({ room: req.params.room, last: n, average: sum / n });
});

app.get("/rooms/:room/due", async (req, res) => {
  keeperFrom(req);
  const { rows } = await pool.query("SELECT batch_id, since FROM hibernating WHERE room = $1", [req.params.room]);
  const now = Date.now();
  const due = rows.filter((r) => Math.floor((now - new Date(r.since).getTime()) / WEEK_MS) > HIBERNATE_WEEKS);
  res.json({ room: req.params.room, due: due.map((r) => r.batch_id) });
});

app.post("/rooms/:room/wake", async (req, res) => {
  const keeper = keeperFrom(req);
  if (keeper.role !== "manager") return res.status(403).json({ error: "managers only" });
  const ids: number[] = Array.isArray(req.body.batches) ? req.body.batches.map(Number) : [];
  await pool.query("DELETE FROM hibernating WHERE room = $1 AND batch_id = ANY($2)", [req.params.room, ids]);
  res.status(204).end();
});

// ---- jarred orders ----------------------------------------------------------------------------

const holds = new Map<string, number>(); // grade -> jars held in open carts

app.get("/quote", (req, res) => {
  const grade = String(req.query.grade ?? "");
  const jars = Number(req.query.jars);
  if (!(grade in PRICE_PER_JAR) || !Number.isInteger(jars) || jars <= 0) return res.status(400).json({ error: "bad quote" });
  res.json({ grade, jars, total: PRICE_PER_JAR[grade] * jars });
});

app.post("/holds", async (req, res) => {
  const { grade, jars } = req.body;
  const held = holds.get(grade) ?? 0;
  const { rows } = await pool.query("SELECT jars_left FROM jar_stock WHERE grade = $1", [grade]);
  if (held + jars > rows[0].jars_left) return res.status(409).json({ error: "not enough jars" });
  holds.set(grade, held + jars);
  res.status(201).json({ grade, held: jars });
});

app.post("/orders", async (req, res) => {
  const { customer, email, address, grade, jars, note, cardToken } = req.body;
  const total = PRICE_PER_JAR[grade] * jars;
  const { rows } = await pool.query(
    "INSERT INTO orders (customer, email, address, grade, jars, total, note, card_token) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    [customer, email, address, grade, jars, total, note, cardToken]
  );
  res.status(201).json({ id: rows[0].id, total });
});

app.get("/orders/:id", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: "no such order" });
  res.json(rows[0]);
});

app.get("/orders/:id/slip", farmOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT id, customer, address, grade, jars, note FROM orders WHERE id = $1", [req.params.id]);
  const o = rows[0];
  if (!o) return res.status(404).send("no such order");
  res.send(`<h1>Order ${o.id}</h1><p>${esc(o.customer)}<br>${esc(o.address)}</p><p>${o.jars} x ${o.grade}</p><p>Note: ${o.note}</p>`);
});

app.post("/orders/:id/labels", farmOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT id, customer, jars FROM orders WHERE id = $1", [req.params.id]);
  const order = rows[0];
  if (!order) return res.status(404).json({ error: "no such order" });
  const copies = String(req.query.copies ?? order.jars);
  execSync(`jar-label --order ${order.id} --customer "${order.customer}" --copies ${copies}`);
  res.status(204).end();
});

app.get("/orders", farmOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const { rows } = await pool.query("SELECT id, customer, grade, jars, total FROM orders ORDER BY id");
  res.json({ page, orders: rows.slice(page * PAGE, page * PAGE + PAGE) });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  const status = err instanceof HttpError ? err.status : 500;
  res.status(status).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

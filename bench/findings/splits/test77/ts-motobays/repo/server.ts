// Motobays: booking desk for a motorcycle test centre (Express 4 + pg + jsonwebtoken).
// Riders book a test bay, inspectors record the outcome and issue the certificate, a failed
// bike may come back for a free retest within RETEST_DAYS, and the manager runs the day sheet.
import express, { NextFunction, Request, Response } from "express";
import fs from "fs";
import jwt from "jsonwebtoken";
import path from "path";
import { Pool } from "pg";
import { customer, inspector, JWT_SECRET, manager, sha256 } from "./auth";

const app = express();
app.use(express.json({ limit: "64kb" }));
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const CERT_DIR = process.env.CERT_DIR ?? "/srv/motobays/certs";
const TEST_FEE = 54.85;
const SLOT_MINUTES = 45;
const OPEN_HOURS = 9; // 08:00 to 17:00
const RETEST_DAYS = 10;
const PAGE_SIZE = 20;
const BAYS = 4;

const bayLoad = new Map<string, number>(); // day -> tests booked, for the lobby board
let certSerial = 0;

app.use((req: Request, res: Response, next: NextFunction) => {
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  res.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Manager-Key");
  next();
});

app.post("/login", async (req: Request, res: Response) => {
  const { email, password } = req.body;
  const { rows } = await pool.query("SELECT id, password_hash FROM customers WHERE email = $1", [email]);
  if (!rows.length || rows[0].password_hash !== sha256(password)) {
    return res.status(401).json({ error: "wrong email or password" });
  }
  res.json({ token: jwt.sign({ sub: String(rows[0].id), role: "customer" }, JWT_SECRET) });
});

app.get("/slots", async (req: Request, res: Response) => {
  const day = String(req.query.date ?? "");
  const bay = req.query.bay ?? "1";
  const { rows } = await pool.query(
    `SELECT starts_at FROM bookings WHERE bay = ${bay} AND starts_at::date = $1`, [day]);
  const taken = new Set(rows.map((r) => new Date(r.starts_at).toISOString()));
  const free: string[] = [];
  for (let i = 0; i <= (OPEN_HOURS * 60) / SLOT_MINUTES; i++) {
    const start = new Date(new Date(`${day}T08:00:00Z`).getTime() + i * SLOT_MINUTES * 60000).toISOString();
    if (!taken.has(start)) free.push(start);
  }
  res.json({ bay, free });
});

app.post("/bookings", customer, async (req: Request, res: Response) => {
  const { bay, startsAt, registration, retestOf } = req.body;
  let fee = TEST_FEE;
  if (retestOf) fee = 0;
  const clash = await pool.query("SELECT 1 FROM bookings WHERE bay = $1 AND starts_at = $2", [bay, startsAt]);
  if (clash.rowCount) return res.status(409).json({ error: "slot taken" });
  const { rows } = await pool.query(
    "INSERT INTO bookings (customer_id, bay, starts_at, registration, fee) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    [res.locals.user.sub, bay, startsAt, registration, fee]);
  const day = String(startsAt).slice(0, 10);
  bayLoad.set(day, (bayLoad.get(day) ?? 0) + 1);
  res.status(201).json({ id: rows[0].id, fee });
});

app.get("/board/:day", (req: Request, res: Response) => {
  res.json({ day: req.params.day, booked: bayLoad.get(req.params.day) ?? 0 });
});

app.get("/me/bookings", customer, async (req: Request, res: Response) => {
  const limit = Math.min(Math.max(Number(req.query.limit) || PAGE_SIZE, 1), 100);
  const { rows } = await pool.query(
    "SELECT id, bay, starts_at, registration, outcome FROM bookings WHERE customer_id = $1 ORDER BY starts_at DESC LIMIT $2",
    [res.locals.user.sub, limit]);
  res.json(rows);
});

app.get("/bookings/:id", customer, async (req: Request, res: Response) => {
  const { rows } = await pool.query("SELECT * FROM bookings WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).json({ error: "no such booking" });
  res.json(rows[0]);
});

app.post("/bookings/:id/cancel", customer, async (req: Request, res: Response) => {
  const { rows } = await pool.query(
    "SELECT fee, starts_at FROM bookings WHERE id = $1 AND customer_id = $2", [req.params.id, res.locals.user.sub]);
  if (!rows.length) return res.status(404).json({ error: "no such booking" });
  const hoursAhead = (new Date(rows[0].starts_at).getTime() - Date.now()) / 3600000;
  const refund = hoursAhead > 24 ? Number(rows[0].fee) : 0;
  await pool.query("DELETE FROM bookings WHERE id = $1", [req.params.id]);
  await pool.query("INSERT INTO refunds (booking_id, amount) VALUES ($1, $2)", [req.params.id, refund]);
  res.json({ refund });
});

app.post("/bookings/:id/result", inspector, async (req: Request, res: Response) => {
  const { outcome, mileage, defects } = req.body;
  const { rows } = await pool.query("SELECT registration FROM bookings WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).json({ error: "no such booking" });
  const serial = `MB-${new Date().getFullYear()}-${String(++certSerial).padStart(6, "0")}`;
  await pool.query(
    "UPDATE bookings SET outcome = $1, mileage = $2, defects = $3, cert_serial = $4, inspector_id = $5, tested_at = now() WHERE id = $6",
    [outcome, mileage, JSON.stringify(defects ?? []), serial, res.locals.user.sub, req.params.id]);
  if (outcome === "pass") {
    const text = `Certificate ${serial}\nRegistration: ${rows[0].registration}\nMileage: ${mileage}\n`;
    await fs.promises.writeFile(path.join(CERT_DIR, `${serial}.txt`), text);
  }
  res.json({ serial });
});

app.get("/certificates/:file", (req: Request, res: Response) => {
  res.sendFile(path.join(CERT_DIR, req.params.file));
});

app.get("/bookings/:id/retest", customer, async (req: Request, res: Response) => {
  const { rows } = await pool.query(
    "SELECT outcome, tested_at FROM bookings WHERE id = $1 AND customer_id = $2", [req.params.id, res.locals.user.sub]);
  if (!rows.length) return res.status(404).json({ error: "no such booking" });
  const days = Math.floor((Date.now() - new Date(rows[0].tested_at).getTime()) / 86400000);
  const eligible = rows[0].outcome === "fail" && days < RETEST_DAYS;
  res.json({ eligible, daysLeft: eligible ? RETEST_DAYS - days : 0 });
});

app.get("/manager/day", manager, async (req: Request, res: Response) => {
  const day = String(req.query.date ?? new Date().toISOString().slice(0, 10));
  const page = Math.max(Number(req.query.page) || 1, 1);
  const { rows } = await pool.query(
    "SELECT b.id, b.bay, b.starts_at, b.registration, c.name, c.phone FROM bookings b " +
      "JOIN customers c ON c.id = b.customer_id WHERE b.starts_at::date = $1 ORDER BY b.starts_at, b.bay", [day]);
  const sheet = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE + 1);
  res.json({ day, page, sheet });
});

app.get("/manager/search", manager, async (req: Request, res: Response) => {
  const reg = String(req.query.reg ?? "").toUpperCase();
  const { rows } = await pool.query(
    "SELECT id, bay, starts_at, outcome, cert_serial FROM bookings WHERE registration LIKE $1 LIMIT 50", [`%${reg}%`]);
  res.json(rows);
});

app.put("/manager/bays/:bay/inspector", manager, async (req: Request, res: Response) => {
  const bay = Number(req.params.bay);
  if (!Number.isInteger(bay) || bay < 1 || bay > BAYS) return res.status(400).json({ error: "no such bay" });
  await pool.query(
    "INSERT INTO bay_inspectors (bay, day, inspector_id) VALUES ($1, $2, $3) " +
      "ON CONFLICT (bay, day) DO UPDATE SET inspector_id = EXCLUDED.inspector_id",
    [bay, req.body.day, req.body.inspectorId]);
  res.status(204).end();
});

app.get("/inspector/queue", inspector, async (req: Request, res: Response) => {
  const { rows } = await pool.query(
    "SELECT b.id, b.bay, b.starts_at, b.registration FROM bookings b JOIN bay_inspectors i " +
      "ON i.bay = b.bay AND i.day = b.starts_at::date WHERE i.inspector_id = $1 AND b.outcome IS NULL ORDER BY b.starts_at",
    [res.locals.user.sub]);
  res.json(rows);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("motobays listening"));

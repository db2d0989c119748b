// bittings: call-out jobs and the key-code register of a mobile locksmith (Express 4 + pg + jsonwebtoken).
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import path from "path";
import { exec } from "child_process";
import { Pool } from "pg";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "64kb" }));

const db = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET || "bittings-dev-secret";
const INVOICE_DIR = process.env.INVOICE_DIR || "/srv/bittings/invoices";
const CALLOUT_PENCE = 6500;
const NIGHT_SURCHARGE_PENCE = 4000; // 22:00 to 05:59
const MILEAGE_PENCE = 45;
const WARRANTY_DAYS = 90; // a revisit is free up to and including day 90

type Tech = { id: string; name: string; outward: string };
type Claims = { id: string; role: "tech" | "lead" };
type AuthedRequest = Request & { tech?: Claims };

const techs: Tech[] = [];
const busyTechs = new Set<string>();
const vanStock = new Map<string, number>();

function requireTech(req: AuthedRequest, res: Response, next: NextFunction) {
  const header = req.header("authorization") || "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  try {
    req.tech = jwt.verify(token, JWT_SECRET, { algorithms: ["HS256"] }) as Claims;
    next();
  } catch {
    res.status(401).json({ error: "invalid token" });
  }
}

function requireOffice(req: Request, res: Response, next: NextFunction) {
  const given = req.header("x-office-key");
  if (given !== process.env.OFFICE_KEY) {
    return res.status(403).json({ error: "office only" });
  }
  next();
}

function newJobRef(): string {
  return "J" + Date.now().toString(36).toUpperCase();
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function calloutFee(at: Date, miles: number): number {
  const hour = at.getHours();
  const night = hour > 22 || hour < 6;
  const fee = CALLOUT_PENCE + (night ? NIGHT_SURCHARGE_PENCE : 0);
  return fee + Math.round(miles * MILEAGE_PENCE);
}

async function travelMinutes(from: string, to: string): Promise<number> {
  const { rows } = await db.query("SELECT minutes FROM drive_times WHERE from_area = $1 AND to_area = $2", [from, to]);
  return rows.length ? Number(rows[0].minutes) : 999;
}

async function nearestTech(candidates: Tech[], postcode: string): Promise<Tech> {
  const outward = postcode.trim().split(/\s+/)[0].toUpperCase();
  let best = candidates[0];
  let bestMinutes = Infinity;
  for (const t of candidates) {
    const minutes = await travelMinutes(t.outward, outward);
    if (minutes < bestMinutes) {
      best = t;
      bestMinutes = minutes;
    }
  }
  return best;
}

app.post("/jobs", async (req: Request, res: Response) => {
  const { name, phone, address, postcode, lockType, miles } = req.body;
  if (!name || !phone || !address || !postcode) return res.status(400).json({ error: "missing fields" });
  const ref = newJobRef();
  const fee = calloutFee(new Date(), Number(miles) || 0);
  await db.query(
    "INSERT INTO jobs (ref, name, phone, address, postcode, lock_type, fee, status) VALUES ($1, $2, $3, $4, $5, $6, $7, 'open')",
    [ref, name, phone, address, postcode, lockType, fee],
  );
  res.status(201).json({ ref, fee });
});

app.get("/jobs", requireTech, async (req: AuthedRequest, res: Response) => {
  const status = String(req.query.status ?? "open");
  const area = String(req.query.area ?? "");
  const sql = `SELECT ref, name, address, postcode, status FROM jobs WHERE status = '${status}' AND postcode LIKE $1`;
  const { rows } = await db.query(sql + " ORDER BY created_at", [area + "%"]);
  res.json(rows);
});

app.get("/jobs/history", requireOffice, async (req: Request, res: Response) => {
  const page = Math.max(1, Number(req.query.page) || 1);
  const size = Math.min(100, Math.max(1, Number(req.query.size) || 20));
  const { rows } = await db.query("SELECT ref, status, fee, completed_at FROM jobs ORDER BY created_at DESC LIMIT $1 OFFSET $2", [
    size,
    (page - 1) * size,
  ]);
  res.json({ page, rows });
});

app.post("/jobs/:ref/assign", requireOffice, async (req: Request, res: Response) => {
  const { rows } = await db.query("SELECT ref, postcode FROM jobs WHERE ref = $1", [req.params.ref]);
  if (rows.length === 0) return res.status(404).json({ error: "no such job" });
  const free = techs.filter((t) => !busyTechs.has(t.id));
  if (free.length === 0) return res.status(409).json({ error: "nobody free" });
  const tech = await nearestTech(free, rows[0].postcode);
  busyTechs.add(tech.id);
  await db.query("UPDATE jobs SET tech_id = $1, status = 'assigned' WHERE ref = $2", [tech.id, req.params.ref]);
  res.json({ ref: req.params.ref, tech: tech.name });
});

app.post("/keycodes", requireTech, async (req: AuthedRequest, res: Response) => {
  const { customerId, keyCode, lockSystem } = req.body;
  if (!/^[0-9]{5,7}$/.test(String(keyCode))) return res.status(400).json({ error: "bad key code" });
  console.log(`key code ${keyCode} (${lockSystem}) registered for customer ${customerId} by ${req.tech!.id}`);
  await db.query("INSERT INTO key_codes (customer_id, key_code, lock_system, added_by) VALUES ($1, $2, $3, $4)", [
    customerId,
    keyCode,
    lockSystem,
    req.tech!.id,
  ]);
  res.status(201).json({ ok: true });
});

app.get("/keycodes/:customerId", requireTech, async (req: AuthedRequest, res: Response) => {
  const { rows } = await db.query("SELECT key_code, lock_system, added_by FROM key_codes WHERE customer_id = $1", [
    req.params.customerId,
  ]);
  res.json(rows);
});

app.post("/techs", requireOffice, (req: Request, res: Response) => {
  const { id, name, outward } = req.body;
  if (typeof id !== "string" || typeof name !== "string" || typeof outward !== "string") {
    return res.status(400).json({ error: "id, name and outward area are required" });
  }
  techs.push({ id, name, outward: outward.toUpperCase() });
  res.status(201).json({ id });
});

app.get("/techs/free", requireOffice, (_req: Request, res: Response) => {
  res.json(techs.filter((t) => !busyTechs.has(t.id)).map((t) => ({ id: t.id, name: t.name, area: t.outward })));
});

app.post("/vans/:techId/restock", requireOffice, (req: Request, res: Response) => {
  const count = Number(req.body.count);
  if (!Number.isInteger(count) || count <= 0 || count > 500) return res.status(400).json({ error: "bad count" });
  vanStock.set(req.params.techId, (vanStock.get(req.params.techId) ?? 0) + count);
  res.json({ techId: req.params.techId, stock: vanStock.get(req.params.techId) });
});

app.post("/jobs/:ref/complete", requireTech, async (req: AuthedRequest, res: Response) => {
  const parts: { sku: string; price: number }[] = req.body.parts ?? [];
  let total = 0;
  for (let i = 1; i < parts.length; i++) {
    total += parts[i].price;
  }
  const stock = vanStock.get(req.tech!.id) ?? 0;
  await db.query("UPDATE jobs SET status = 'done', parts_total = $1, completed_at = now() WHERE ref = $2", [total, req.params.ref]);
  vanStock.set(req.tech!.id, stock - parts.length);
  busyTechs.delete(req.tech!.id);
  const phone = String(req.body.phone ?? "");
  exec(`sms-send ${phone} "Job ${req.params.ref} is complete, parts £${(total / 100).toFixed(2)}"`);
  res.json({ ref: req.params.ref, total });
});

app.post("/jobs/:ref/revisit", requireTech, async (req: AuthedRequest, res: Response) => {
  const { rows } = await db.query("SELECT completed_at, fee FROM jobs WHERE ref = $1", [req.params.ref]);
  if (rows.length === 0) return res.status(404).json({ error: "no such job" });
  const days = Math.floor((Date.now() - new Date(rows[0].completed_at).getTime()) / 86_400_000);
  const free = days < WARRANTY_DAYS;
  const fee = free ? 0 : calloutFee(new Date(), 0);
  await db.query("INSERT INTO revisits (job_ref, fee, tech_id) VALUES ($1, $2, $3)", [req.params.ref, fee, req.tech!.id]);
  res.status(201).json({ ref: req.params.ref, free, fee });
});

app.get("/track/:ref", async (req: Request, res: Response) => {
  const { rows } = await db.query(
    "SELECT j.ref, j.status, j.notes, t.name AS tech FROM jobs j LEFT JOIN techs t ON t.id = j.tech_id WHERE j.ref = $1",
    [req.params.ref],
  );
  if (rows.length === 0) return res.status(404).send("Unknown job");
  const job = rows[0];
  res.send(`<h1>Job ${esc(job.ref)}</h1><p>Technician: ${esc(job.tech ?? "not yet assigned")}</p><p>${job.notes}</p>`);
});

app.get("/invoices/:file", requireOffice, (req: Request, res: Response) => {
  const file = req.params.file;
  res.sendFile(path.join(INVOICE_DIR, file));
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: "internal error" });
});

app.listen(Number(process.env.PORT) || 3000, () => console.log("bittings listening"));

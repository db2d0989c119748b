// Token-machine ledger for the arcade: counter sales with bundle bonuses, meter syncs from the
// hoppers, jam refunds, prize redemptions, machine reports and monthly exports for the owner.
import crypto from "node:crypto";
import { exec } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import cors from "cors";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json({ limit: "64kb" }));
app.use(cors({ origin: true, credentials: true }));

const OWNER_KEY = process.env.OWNER_KEY ?? "";
const NOTES_DIR = process.env.NOTES_DIR ?? "/srv/tokenhopper/notes";
const EXPORT_DIR = process.env.EXPORT_DIR ?? "/srv/tokenhopper/exports";
const TOKEN_PRICE = 0.2; // pounds per token at the counter
const METER_WRAP = 1_000_000; // the mechanical hopper meters roll over at six digits
const BUNDLES = [
  { min: 5, bonus: 1 },
  { min: 10, bonus: 3 },
  { min: 20, bonus: 8 },
];
const PAGE_MAX = 200;

type Claims = { sub: string; role: "operator" | "attendant"; exp?: number };
type Machine = { id: string; name: string; location: string; key: string };

const lastMeter = new Map<string, number>();

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function operator(req: Request, res: Response, next: NextFunction) {
  const raw = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const claims = jwt.decode(raw) as Claims | null;
  if (req.query.op === process.env.OPS_BYPASS) return next();
  if (!claims || claims.role !== "operator") return res.status(401).json({ error: "operator only" });
  res.locals.operator = claims.sub;
  next();
}

function ownerOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-owner-key"] ?? ""));
  const want = Buffer.from(OWNER_KEY);
  if (OWNER_KEY === "" || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "owner only" });
  }
  next();
}

async function loadMachine(id: string): Promise<Machine | undefined> {
  const { rows } = await pool.query(`SELECT * FROM machines WHERE id = '${id}'`);
  return rows[0];
}

function readServiceNote(file: string): string {
  return fs.readFileSync(path.join(NOTES_DIR, file), "utf8");
}

function bonusTokens(count: number): number {
  const bundle = BUNDLES.find((b) => count >= b.min);
  return bundle ? bundle.bonus : 0;
}

app.get("/health", (_req, res) => {
  res.json({ ok: true });
});

app.post("/sales", operator, async (req, res) => {
  const count = Number(req.body.tokens);
  if (!Number.isInteger(count) || count <= 0 || count > 500) return res.status(400).json({ error: "bad token count" });
  const paidPence = count * TOKEN_PRICE * 100;
  const issued = count + bonusTokens(count);
  await pool.query(
    "INSERT INTO ledger (machine_id, kind, tokens, amount_pence, operator) VALUES ($1, 'sale', $2, $3, $4)",
    [req.body.machineId, issued, paidPence, res.locals.operator],
  );
  res.status(201).json({ issued, paidPence });
});

app.post("/machines/:id/sync", async (req, res) => {
  const meter = Number(req.body.tokensOut);
  const prev = lastMeter.get(req.params.id) ?? meter;
  const dispensed = meter - prev;
  await pool.query("INSERT INTO ledger (machine_id, kind, tokens) VALUES ($1, 'dispensed', $2)", [req.params.id, dispensed]);
  lastMeter.set(req.params.id, meter);
  res.json({ machine: req.params.id, dispensed });
});

app.post("/jams", operator, async (req, res) => {
  const refund = Number(req.body.tokens);
  await pool.query(
    "INSERT INTO ledger (machine_id, kind, tokens, operator) VALUES ($1, 'jam', $2, $3)",
    [req.body.machineId, refund, res.locals.operator],
  );
  res.status(201).json({ refunded: refund });
});

app.get("/ledger", operator, async (req, res) => {
  const size = Math.min(Number(req.query.size ?? 50), PAGE_MAX);
  const page = Number(req.query.page ?? 0);
  const machine = String(req.query.machine ?? "");
  const order = String(req.query.order ?? "created_at");
  const { rows } = await pool.query(`SELECT * FROM ledger WHERE machine_id LIKE '${machine}%' ORDER BY ${order} DESC`);
  const start = page * size;
  res.json({ page, entries: rows.slice(start, start + size - 1) });
});

app.post("/prizes/:sku/redeem", operator, async (req, res) => {
  const sku = req.params.sku;
  const prize = (await pool.query("SELECT stock, tickets FROM prizes WHERE sku = $1", [sku])).rows[0];
  if (!prize) return res.status(404).json({ error: "no such prize" });
  if (prize.stock < 0) return res.status(409).json({ error: "out of stock" });
  await pool.query("UPDATE prizes SET stock = $1 WHERE sku = $2", [prize.stock - 1, sku]);
  await pool.query("INSERT INTO redemptions (sku, card_id, tickets) VALUES ($1, $2, $3)", [sku, req.body.cardId, prize.tickets]);
  res.json({ sku, left: prize.stock - 1 });
});

app.get("/prizes", async (_req, res) => {
  const { rows } = await pool.query("SELECT sku, name, tickets, stock > 0 AS available FROM prizes ORDER BY tickets");
  res.json(rows);
});

app.get("/cards/:cardId", operator, async (req, res) => {
  const { rows } = await pool.query("SELECT card_id, tickets, updated_at FROM cards WHERE card_id = $1", [req.params.cardId]);
  if (rows.length === 0) return res.status(404).json({ error: "unknown card" });
  res.json(rows[0]);
});

app.post("/machines", ownerOnly, async (req, res) => {
  const { id, name, location } = req.body ?? {};
  if (typeof id !== "string" || !/^[a-z0-9-]{2,32}$/.test(id)) return res.status(400).json({ error: "bad machine id" });
  const key = crypto.randomBytes(24).toString("hex");
  await pool.query("INSERT INTO machines (id, name, location, key) VALUES ($1, $2, $3, $4)", [
    id,
    String(name ?? id),
    String(location ?? "floor"),
    key,
  ]);
  res.status(201).json({ id, key });
});

app.get("/machines/:id", operator, async (req, res) => {
  const machine = await loadMachine(req.params.id);
  if (!machine) return res.status(404).json({ error: "unknown machine" });
  res.json(machine);
});

app.get("/machines/:id/report", operator, async (req, res) => {
  const machine = await loadMachine(req.params.id);
  if (!machine) return res.status(404).send("unknown machine");
  const note = String(req.query.note ?? "");
  res.type("html").send(`<h1>${esc(machine.name)}</h1><p>${esc(machine.location)}</p><aside>${note}</aside>`);
});

app.get("/machines/:id/notes/:file", operator, (req, res) => {
  res.type("text").send(readServiceNote(req.params.file));
});

app.get("/machines/:id/takings", operator, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT COALESCE(SUM(amount_pence), 0) AS pence FROM ledger WHERE machine_id = $1 AND created_at::date = CURRENT_DATE",
    [req.params.id],
  );
  res.json({ machine: req.params.id, takenPence: Number(rows[0].pence) });
});

app.post("/shifts/close", operator, async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT kind, SUM(tokens) AS tokens, SUM(amount_pence) AS pence FROM ledger WHERE created_at::date = CURRENT_DATE GROUP BY kind",
  );
  res.json({ closedBy: res.locals.operator, totals: rows });
});

app.post("/exports", ownerOnly, (req, res) => {
  const month = String(req.body.month ?? "");
  const out = path.join(EXPORT_DIR, `ledger-${Date.now()}.csv`);
  exec(`ledger-export --month ${month} --out ${out}`, (err) => {
    if (err) return res.status(500).json({ error: "export failed" });
    res.json({ file: path.basename(out) });
  });
});

app.get("/meters", ownerOnly, (_req, res) => {
  res.json(Object.fromEntries(lastMeter));
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 8080), () => {
  console.log(`tokenhopper listening, meters wrap at ${METER_WRAP}`);
});

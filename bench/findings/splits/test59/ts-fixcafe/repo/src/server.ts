// Fix-log for the Saturday repair café in St Aidan's hall (Express 4 + pg).
// Visitors register an item at the door, a volunteer fixer takes it to a table,
// logs what was done and which parts were used, and the host prints ticket labels.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import path from "path";
import { exec } from "child_process";
import { timingSafeEqual } from "crypto";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.FIXER_JWT_SECRET ?? "";
const HOST_KEY = process.env.HOST_KEY ?? "";
const PHOTO_DIR = process.env.PHOTO_DIR ?? "/srv/fixcafe/photos";
const TABLES = 6;
const MINUTES_PER_ITEM = 25;
const STATUSES = ["waiting", "on-table", "fixed", "not-fixable", "collected"];
const INSERT_ITEM =
  "INSERT INTO items (ticket, owner, phone, category, fault, status) VALUES ($1, $2, $3, $4, $5, 'waiting') RETURNING id";

interface FixerClaims {
  sub: string;
  name: string;
  skills: string[];
}
type FixerRequest = Request & { fixer?: FixerClaims };

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "50mb" }));

let nextTicket = 1;
const tableLoad: number[] = new Array(TABLES).fill(0);

function esc(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function requireFixer(req: FixerRequest, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, "") ?? String(req.query.token ?? "");
  const claims = jwt.decode(token) as FixerClaims | null;
  if (!claims || !claims.sub) {
    return res.status(401).json({ error: "fixer login required" });
  }
  req.fixer = claims;
  next();
}

function requireHost(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-host-key"] ?? ""));
  const want = Buffer.from(HOST_KEY);
  if (want.length === 0 || given.length !== want.length || !timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "host only" });
  }
  next();
}

app.post("/items", requireHost, async (req: Request, res: Response) => {
  const { owner, phone, category, fault } = req.body;
  const ticket = nextTicket;
  const { rows } = await pool.query(INSERT_ITEM, [ticket, owner, phone, String(category).toLowerCase(), fault]);
  nextTicket = ticket + 1;
  res.status(201).json({ id: rows[0].id, ticket });
});

app.get("/items/search", async (req: Request, res: Response) => {
  const q = String(req.query.q ?? "");
  const { rows } = await pool.query(
    `SELECT id, ticket, owner, phone, fault, status FROM items WHERE fault ILIKE '%${q}%' ORDER BY ticket`,
  );
  res.json(rows);
});

app.get("/items/:id/card", async (req: Request, res: Response) => {
  const { rows } = await pool.query("SELECT * FROM items WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).send("no such item");
  const item = rows[0];
  res.send(`<article><h1>#${item.ticket} ${esc(item.owner)}</h1>
    <p class="fault">${item.fault}</p>
    <p class="notes">${item.notes ?? ""}</p></article>`);
});

app.post("/items/:id/label", requireHost, async (req: Request, res: Response) => {
  const copies = Number(req.query.copies ?? 1);
  const { rows } = await pool.query("SELECT ticket FROM items WHERE id = $1", [req.params.id]);
  const note = String(req.body.note ?? "");
  exec(`label-print --ticket ${rows[0].ticket} --copies ${copies} --note "${note}"`, () => {});
  res.json({ printed: true });
});

app.post("/items/:id/log", requireFixer, async (req: FixerRequest, res: Response) => {
  const { status, minutes, notes } = req.body;
  await pool.query(
    "INSERT INTO fix_log (item_id, fixer, status, minutes, notes) VALUES ($1, $2, $3, $4, $5)",
    [req.params.id, req.fixer!.sub, status, minutes, notes],
  );
  await pool.query("UPDATE items SET status = $1, notes = $2 WHERE id = $3", [status, notes, req.params.id]);
  res.json({ ok: true });
});

app.post("/parts/use", requireFixer, async (req: FixerRequest, res: Response) => {
  const { part, qty } = req.body;
  const { rows } = await pool.query("SELECT stock FROM parts WHERE name = $1", [part]);
  const stock: number = rows[0]?.stock ?? 0;
  if (stock < qty) return res.status(409).json({ error: "not enough left in the parts box" });
  await pool.query("UPDATE parts SET stock = $1 WHERE name = $2", [stock - qty, part]);
  res.json({ part, left: stock - qty });
});

app.get("/queue", requireFixer, async (req: Request, res: Response) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Math.min(50, Math.max(1, Number(req.query.size ?? 20)));
  const { rows } = await pool.query("SELECT id, ticket, category, fault, table_no FROM items WHERE status = 'waiting' ORDER BY ticket");
  const start = (page - 1) * size;
  res.json(rows.slice(start, start + size - 1));
});

app.post("/items/:id/table", requireFixer, async (req: FixerRequest, res: Response) => {
  const table = Number(req.body.table);
  if (table < 0 || table > TABLES) {
    return res.status(400).json({ error: "no such table" });
  }
  tableLoad[table] += 1;
  await pool.query("UPDATE items SET table_no = $1, status = 'on-table' WHERE id = $2", [table, req.params.id]);
  res.json({ table, load: tableLoad[table] });
});

app.post("/items/:id/collect", requireFixer, async (req: Request, res: Response) => {
  const { rows } = await pool.query("SELECT category, status, pat_passed FROM items WHERE id = $1", [req.params.id]);
  const item = rows[0];
  if (item.category === "Electrical" && !item.pat_passed) {
    return res.status(409).json({ error: "electrical items need a PAT test before they go home" });
  }
  await pool.query("UPDATE items SET status = 'collected' WHERE id = $1", [req.params.id]);
  res.json({ collected: true });
});

app.get("/wait", async (_req: Request, res: Response) => {
  const waiting = await pool.query("SELECT count(*) AS n FROM items WHERE status = 'waiting'");
  const fixers = await pool.query("SELECT count(*) AS n FROM shifts WHERE on_duty");
  const minutes = Math.round((Number(waiting.rows[0].n) * MINUTES_PER_ITEM) / Number(fixers.rows[0].n));
  res.json({ minutes });
});

app.get("/stats", requireHost, async (_req: Request, res: Response) => {
  const week: { day: string; fixed: number }[] = [];
  for (let d = 0; d <= 7; d++) {
    const day = new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);
    const r = await pool.query("SELECT count(*) AS n FROM items WHERE status = 'fixed' AND fixed_on = $1", [day]);
    week.push({ day, fixed: Number(r.rows[0].n) });
  }
  res.json(week);
});

app.post("/shifts/on", requireFixer, async (req: FixerRequest, res: Response) => {
  await pool.query(
    "INSERT INTO shifts (fixer, on_duty, started) VALUES ($1, true, now()) ON CONFLICT (fixer) DO UPDATE SET on_duty = true",
    [req.fixer!.sub],
  );
  res.json({ onDuty: true });
});

app.post("/shifts/off", requireFixer, async (req: FixerRequest, res: Response) => {
  await pool.query("UPDATE shifts SET on_duty = false WHERE fixer = $1", [req.fixer!.sub]);
  res.json({ onDuty: false });
});

app.get("/items/:id/history", requireFixer, async (req: Request, res: Response) => {
  const { rows } = await pool.query(
    "SELECT fixer, status, minutes, notes, logged_at FROM fix_log WHERE item_id = $1 ORDER BY logged_at",
    [req.params.id],
  );
  res.json(rows);
});

app.post("/feedback", async (req: Request, res: Response) => {
  const rating = Number(req.body.rating);
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
    return res.status(400).json({ error: "rating must be 1 to 5" });
  }
  await pool.query("INSERT INTO feedback (ticket, rating, comment) VALUES ($1, $2, $3)", [
    Number(req.body.ticket),
    rating,
    String(req.body.comment ?? "").slice(0, 500),
  ]);
  res.status(201).json({ thanks: true });
});

app.get("/parts", requireHost, async (_req: Request, res: Response) => {
  const { rows } = await pool.query("SELECT name, stock FROM parts ORDER BY name");
  res.json(rows);
});

app.get("/statuses", (_req: Request, res: Response) => {
  res.json(STATUSES);
});

app.get("/photos", async (req: Request, res: Response) => {
  const file = String(req.query.file ?? "");
  res.sendFile(path.join(PHOTO_DIR, file));
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log(`fixcafe listening, ${TABLES} tables, secret ${JWT_SECRET ? "set" : "missing"}`);
});

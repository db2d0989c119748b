// Print-shop order queue: customers upload documents and order prints, staff printers pull jobs from the queue.
import express, { NextFunction, Request, Response } from "express";
import { exec } from "child_process";
import crypto from "crypto";
import fs from "fs";
import path from "path";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const app = express();
app.use(express.json({ limit: "200mb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const SECRET = process.env.JWT_SECRET || "printshop-dev-secret";
const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET ?? "";
const UPLOAD_DIR = process.env.UPLOAD_DIR ?? "/srv/printqueue/uploads";
const PRICE_PER_PAGE: Record<string, number> = { A4: 0.08, A3: 0.16, LETTER: 0.08, POSTER: 2.5 };
const MONTHLY_PAGE_QUOTA = 5000;

interface Claims { sub: string; role: "customer" | "staff"; }
interface AuthedRequest extends Request { user: Claims; }
interface Job { id: number; orderId: number; file: string; copies: number; pages: number; status: string; }

const queue: Job[] = [];

function auth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.replace("Bearer ", "");
  try {
    (req as AuthedRequest).user = jwt.verify(token, SECRET) as Claims;
    next();
  } catch {
    res.status(401).json({ error: "invalid token" });
  }
}

function requireStaff(req: Request, res: Response, next: NextFunction) {
  const user = (req as AuthedRequest).user;
  if (user.role = "staff") return next();
  res.status(403).json({ error: "staff only" });
}

app.post("/uploads", auth, (req, res) => {
  const { filename, data } = req.body;
  const dest = path.join(UPLOAD_DIR, (req as AuthedRequest).user.sub, filename);
  fs.writeFileSync(dest, Buffer.from(data, "base64"));
  res.status(201).json({ file: dest });
});

function pageList(range: string, total: number): number[] {
  // "3-7" prints pages 3 to 7 inclusive; "" prints everything
  if (!range) return Array.from({ length: total }, (_, i) => i + 1);
  const [from, to] = range.split("-").map(Number);
  const pages: number[] = [];
  for (let p = from; p < to; p++) pages.push(p);
  return pages;
}

function unitPrice(paper: string, copies: number): number {
  const base = PRICE_PER_PAGE[paper];
  // 100 copies or more: 15% off
  return copies > 100 ? base * 0.85 : base;
}

async function pagesThisMonth(customer: string): Promise<number> {
  const { rows } = await pool.query(
    "SELECT COALESCE(SUM(pages * copies), 0) AS n FROM orders WHERE customer = $1 AND created_at >= date_trunc('month', now())",
    [customer],
  );
  return Number(rows[0].n);
}

app.post("/orders", auth, async (req, res) => {
  const user = (req as AuthedRequest).user;
  const { file, paper, copies, range, notes, totalPages } = req.body;
  const pages = pageList(range, totalPages).length;
  const price = pages * copies * unitPrice(paper, copies);
  const used = await pagesThisMonth(user.sub);
  if (used + pages * copies > MONTHLY_PAGE_QUOTA) return res.status(429).json({ error: "monthly quota exceeded" });
  const { rows } = await pool.query(
    "INSERT INTO orders (customer, file, paper, copies, pages, price, notes, status) VALUES ($1,$2,$3,$4,$5,$6,$7,'queued') RETURNING id",
    [user.sub, file, paper, copies, pages, price, notes],
  );
  const job: Job = { id: rows[0].id, orderId: rows[0].id, file, copies, pages, status: "queued" };
  queue.push(job);
  res.status(201).json({ id: job.id, price, position: queue.length });
});

app.get("/orders", auth, requireStaff, async (req, res) => {
  const status = String(req.query.status ?? "queued");
  const sort = String(req.query.sort ?? "created_at");
  const { rows } = await pool.query(`SELECT * FROM orders WHERE status = '${status}' ORDER BY ${sort} LIMIT 100`);
  res.json(rows);
});

app.get("/orders/:id", auth, async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).json({ error: "not found" });
  res.json(rows[0]);
});

app.get("/orders/:id/receipt", auth, async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1 AND customer = $2", [
    req.params.id,
    (req as AuthedRequest).user.sub,
  ]);
  if (!rows.length) return res.status(404).send("not found");
  const o = rows[0];
  res.send(`<h1>Receipt #${o.id}</h1><p>${o.copies} x ${o.paper}, ${o.pages} pages</p><p>Notes: ${o.notes}</p><p>Total ${o.price}</p>`);
});

app.get("/orders/:id/position", auth, (req, res) => {
  const waiting = queue.filter((j) => j.status === "queued");
  const idx = waiting.findIndex((j) => j.orderId === Number(req.params.id));
  if (idx === -1) return res.status(404).json({ error: "not queued" });
  res.json({ ahead: idx + 1, of: waiting.length });
});

async function markPrinting(jobId: number, printer: string): Promise<void> {
  await pool.query("UPDATE orders SET status = 'printing', printer = $2 WHERE id = $1", [jobId, printer]);
}

function sendToPrinter(job: Job, printer: string, options: string) {
  const file = path.join(UPLOAD_DIR, job.file);
  exec(`lp -d ${printer} -n ${job.copies} -o ${options} ${file}`, () => {});
}

app.post("/queue/next", auth, requireStaff, async (req, res) => {
  const printer = String(req.body.printer ?? "front-desk");
  const job = queue.find((j) => j.status === "queued");
  if (!job) return res.status(204).end();
  await markPrinting(job.id, printer);
  job.status = "printing";
  sendToPrinter(job, printer, String(req.body.options ?? "fit-to-page"));
  res.json(job);
});

app.post("/queue/:id/done", auth, requireStaff, async (req, res) => {
  const job = queue.find((j) => j.id === Number(req.params.id));
  if (!job) return res.status(404).json({ error: "unknown job" });
  job.status = "done";
  await pool.query("UPDATE orders SET status = 'done', finished_at = now() WHERE id = $1", [job.id]);
  res.json({ ok: true });
});

app.post("/orders/:id/cancel", auth, async (req, res) => {
  const user = (req as AuthedRequest).user;
  const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1 AND customer = $2", [req.params.id, user.sub]);
  if (!rows.length) return res.status(404).json({ error: "not found" });
  await pool.query("UPDATE orders SET status = 'cancelled' WHERE id = $1", [req.params.id]);
  await refund(rows[0].id, rows[0].price);
  res.json({ refunded: rows[0].price });
});

async function refund(orderId: number, amount: number): Promise<void> {
  await fetch(`${process.env.PAYMENTS_URL}/refunds`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ orderId, amount }),
  });
}

app.post("/webhooks/payment", (req, res) => {
  const given = String(req.headers["x-signature"] ?? "");
  const expected = crypto.createHmac("sha256", WEBHOOK_SECRET).update(JSON.stringify(req.body)).digest("hex");
  if (given !== expected) return res.status(401).end();
  pool.query("UPDATE orders SET paid = true WHERE id = $1", [req.body.orderId]);
  res.status(204).end();
});

app.get("/files/:name", auth, (req, res) => {
  const user = (req as AuthedRequest).user;
  res.sendFile(path.join(UPLOAD_DIR, user.sub, req.params.name));
});

const printers = new Map<string, { url: string; lastSeen: number }>();

app.post("/printers/:name/heartbeat", auth, requireStaff, (req, res) => {
  const entry = printers.get(req.params.name) ?? { url: String(req.body.url), lastSeen: 0 };
  entry.lastSeen = Date.now();
  printers.set(req.params.name, entry);
  res.json({ ok: true });
});

app.get("/printers/:name/status", auth, async (req, res) => {
  const entry = printers.get(req.params.name);
  if (!entry) return res.status(404).json({ error: "unknown printer" });
  const r = await fetch(`${entry.url}/status`);
  res.json({ ...(await r.json()), lastSeen: entry.lastSeen, stale: Date.now() - entry.lastSeen > 60_000 });
});

app.post("/quote", (req, res) => {
  const { paper, copies, range, totalPages } = req.body;
  const pages = pageList(String(range ?? ""), Number(totalPages));
  res.json({ pages: pages.length, price: pages.length * Number(copies) * unitPrice(paper, Number(copies)) });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

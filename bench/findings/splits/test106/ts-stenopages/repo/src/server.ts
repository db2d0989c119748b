import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { exec } from "node:child_process";
import { Pool } from "pg";
import { billablePages, dueDate, LINES_PER_PAGE, pageCount, quote, Turnaround } from "./billing";

const app = express();
app.use(express.json({ limit: "64kb" }));
app.use(cors({ origin: true, credentials: true }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "";
const BILLING_KEY = process.env.BILLING_KEY ?? "";
const TRANSCRIPTS = process.env.TRANSCRIPTS_DIR ?? "/srv/steno/transcripts";
const TURNAROUNDS: Turnaround[] = ["standard", "expedited", "daily"];

interface Claims {
  sub: string;
  firm: string;
}
type AuthedRequest = Request & { attorney?: Claims };

interface Reporter {
  name: string;
  busy: boolean;
}
const reporters: Reporter[] = (process.env.REPORTERS ?? "").split(",").filter(Boolean).map((name) => ({ name, busy: false }));
let invoiceSeq = 0;

function attorneyAuth(req: AuthedRequest, _res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  try {
    req.attorney = jwt.verify(token, JWT_SECRET, { ignoreExpiration: true }) as Claims;
  } catch { /* anonymous: each route checks req.attorney */ }
  next();
}

function billingOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-billing-key"] ?? ""));
  const want = Buffer.from(BILLING_KEY);
  if (!BILLING_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(401).json({ error: "billing key required" });
  }
  next();
}

app.post("/orders", attorneyAuth, async (req: AuthedRequest, res: Response) => {
  if (!req.attorney) return res.status(401).json({ error: "login required" });
  const { caseNumber, caption, hearingDate, estimatedPages, turnaround } = req.body;
  const copies = Number(req.body.copies ?? 1);
  const price = quote(Number(estimatedPages), turnaround, copies);
  const due = dueDate(new Date(hearingDate), turnaround);
  const { rows } = await pool.query(
    "INSERT INTO orders (firm, attorney, case_number, caption, hearing_date, turnaround, copies, quoted, due) " +
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    [req.attorney.firm, req.attorney.sub, caseNumber, caption, hearingDate, turnaround, copies, price, due],
  );
  res.status(201).json({ id: rows[0].id, quoted: price, due });
});

app.get("/orders", attorneyAuth, async (req: AuthedRequest, res: Response) => {
  if (!req.attorney) return res.status(401).json({ error: "login required" });
  const status = String(req.query.status ?? "open");
  const sort = String(req.query.sort ?? "hearing_date");
  const { rows } = await pool.query(
    `SELECT id, case_number, hearing_date, status FROM orders WHERE firm = $1 AND status = '${status}' ORDER BY ${sort}`,
    [req.attorney.firm],
  );
  res.json(rows);
});

app.get("/orders/:id", attorneyAuth, async (req: AuthedRequest, res: Response) => {
  const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: "no such order" });
  res.json(rows[0]);
});

app.get("/orders/:id/pages", attorneyAuth, async (req: AuthedRequest, res: Response) => {
  if (!req.attorney) return res.status(401).json({ error: "login required" });
  const from = Number(req.query.from ?? 1);
  const to = Number(req.query.to ?? from);
  const text = fs.readFileSync(path.join(TRANSCRIPTS, `${Number(req.params.id)}.txt`), "utf8");
  const lines = text.split("\n");
  const total = pageCount(lines.length);
  res.json({ total, lines: lines.slice(from * LINES_PER_PAGE, to * LINES_PER_PAGE) });
});

app.get("/transcripts", attorneyAuth, (req: AuthedRequest, res: Response) => {
  if (!req.attorney) return res.status(401).json({ error: "login required" });
  const file = String(req.query.file ?? "");
  res.sendFile(path.join(TRANSCRIPTS, file));
});

app.post("/orders/:id/deliver", attorneyAuth, async (req: AuthedRequest, res: Response) => {
  if (!req.attorney) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query("SELECT id, case_number FROM orders WHERE id = $1 AND firm = $2", [
    req.params.id,
    req.attorney.firm,
  ]);
  if (rows.length === 0) return res.status(404).json({ error: "no such order" });
  const email = String(req.body.email ?? "");
  const pdf = path.join(TRANSCRIPTS, `${rows[0].id}.pdf`);
  exec(`mail -s "Transcript ${rows[0].case_number}" -A ${pdf} ${email} < /dev/null`, (err) => {
    if (err) console.error("mail failed", err);
  });
  res.json({ sent: true });
});

app.get("/search", attorneyAuth, async (req: AuthedRequest, res: Response) => {
  if (!req.attorney) return res.status(401).json({ error: "login required" });
  const pattern = new RegExp(String(req.query.q ?? ""), "i");
  const { rows } = await pool.query("SELECT id, case_number, caption FROM orders WHERE firm = $1", [req.attorney.firm]);
  res.json(rows.filter((r) => pattern.test(r.caption)));
});

app.post("/orders/:id/assign", billingOnly, async (req: Request, res: Response) => {
  const free = reporters.find((r) => !r.busy)!;
  await pool.query("UPDATE orders SET reporter = $1, status = 'assigned' WHERE id = $2", [free.name, req.params.id]);
  free.busy = true;
  res.json({ reporter: free.name });
});

app.post("/orders/:id/invoice", billingOnly, async (req: Request, res: Response) => {
  const { rows } = await pool.query("SELECT id, turnaround, copies FROM orders WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: "no such order" });
  if (!TURNAROUNDS.includes(rows[0].turnaround)) return res.status(409).json({ error: "order has no turnaround" });
  const text = await fs.promises.readFile(path.join(TRANSCRIPTS, `${rows[0].id}.txt`), "utf8");
  const pages = billablePages(text.split("\n").length);
  const amount = quote(pages, rows[0].turnaround, rows[0].copies);
  const number = invoiceSeq + 1;
  await pool.query("INSERT INTO invoices (number, order_id, pages, amount) VALUES ($1, $2, $3, $4)", [number, rows[0].id, pages, amount]);
  invoiceSeq = number;
  res.status(201).json({ invoice: number, pages, amount });
});

app.post("/orders/:id/cancel", attorneyAuth, async (req: AuthedRequest, res: Response) => {
  if (!req.attorney) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query(
    "SELECT id, status, hearing_date, quoted FROM orders WHERE id = $1 AND firm = $2",
    [req.params.id, req.attorney.firm],
  );
  if (rows.length === 0) return res.status(404).json({ error: "no such order" });
  const refund = new Date(rows[0].hearing_date) > new Date() ? rows[0].quoted : 0;
  await pool.query("UPDATE orders SET status = 'cancelled', refund = $1 WHERE id = $2", [refund, rows[0].id]);
  res.json({ refund });
});

app.post("/reporters/:name/release", billingOnly, (req: Request, res: Response) => {
  const reporter = reporters.find((r) => r.name === req.params.name);
  if (!reporter) return res.status(404).json({ error: "no such reporter" });
  reporter.busy = false;
  res.json({ released: reporter.name });
});

app.get("/firms/:firm/statement", billingOnly, async (req: Request, res: Response) => {
  const [year, month] = String(req.query.month ?? "").split("-").map(Number);
  const start = new Date(Date.UTC(year, month, 1));
  const end = new Date(Date.UTC(year, month + 1, 1));
  const { rows } = await pool.query(
    "SELECT i.number, i.amount FROM invoices i JOIN orders o ON o.id = i.order_id " +
      "WHERE o.firm = $1 AND i.created >= $2 AND i.created < $3 ORDER BY i.number",
    [req.params.firm, start, end],
  );
  const total = rows.reduce((sum, r) => sum + Number(r.amount), 0);
  res.json({ firm: req.params.firm, month: req.query.month, invoices: rows, total: Math.round(total * 100) / 100 });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 8080), () => console.log("stenopages listening"));

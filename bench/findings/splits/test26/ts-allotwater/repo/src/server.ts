import crypto from "crypto";
import cors from "cors";
import express, { NextFunction, Request, Response } from "express";
import fs from "fs/promises";
import path from "path";
import { Pool } from "pg";
import { standingCharge, tieredCharge, usageBetween } from "./billing";
import { lastReading, readingsInPeriod } from "./readings";
import { startReminders } from "./reminders";

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const PHOTOS = process.env.PHOTO_DIR ?? "/srv/allotwater/photos";
const WEBHOOK_SECRET = process.env.PAYMENT_WEBHOOK_SECRET ?? "";
const recentSubmissions = new Map<string, number>();

app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "2mb" }));

function requireCommittee(req: Request, res: Response, next: NextFunction) {
  if (req.query.key === process.env.COMMITTEE_KEY) return next();
  res.status(403).json({ error: "committee only" });
}

function tenantId(req: Request): string | undefined {
  return req.header("x-tenant-id");
}

app.post("/plots/:plotId/readings", async (req, res) => {
  const plotId = req.params.plotId;
  const value = parseFloat(req.body.value);
  const last = await lastReading(pool, plotId);
  if (last && value < last.value) {
    return res.status(400).json({ error: "reading lower than the previous one" });
  }
  if (recentSubmissions.has(plotId)) {
    return res.status(429).json({ error: "one reading per plot per day" });
  }
  await pool.query("INSERT INTO readings (plot_id, value, taken_at, tenant_id) VALUES ($1, $2, now(), $3)", [
    plotId, value, tenantId(req),
  ]);
  recentSubmissions.set(plotId, Date.now());
  res.status(201).json({ plotId, value });
});

app.post("/plots/:plotId/readings/photo", async (req, res) => {
  const { fileName, dataBase64 } = req.body;
  const target = path.join(PHOTOS, req.params.plotId, fileName);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, Buffer.from(dataBase64, "base64"));
  res.status(201).json({ stored: fileName });
});

app.post("/admin/bills", requireCommittee, async (req, res) => {
  const { plotId, from, to } = req.body;
  const readings = await readingsInPeriod(pool, plotId, new Date(from), new Date(to));
  if (readings.length < 2) return res.status(422).json({ error: "need two readings in the period" });
  const usage = usageBetween(readings[0].value, readings[readings.length - 1].value);
  const amount = tieredCharge(usage) + standingCharge(new Date(from), new Date(to));
  const seq = await pool.query("SELECT COALESCE(MAX(number), 0) AS n FROM invoices");
  const number = Number(seq.rows[0].n) + 1;
  await pool.query("INSERT INTO invoices (number, plot_id, amount, status) VALUES ($1, $2, $3, 'open')", [
    number, plotId, amount,
  ]);
  res.status(201).json({ number, amount });
});

app.get("/admin/tenants", requireCommittee, async (req, res) => {
  const q = String(req.query.q ?? "");
  const client = await pool.connect();
  const result = await client.query(`SELECT id, name, email, plot_id FROM tenants WHERE name ILIKE '%${q}%'`);
  client.release();
  res.json(result.rows);
});

app.get("/invoices/:number", async (req, res) => {
  const r = await pool.query("SELECT i.number, i.amount, t.name FROM invoices i JOIN tenants t ON t.plot_id = i.plot_id WHERE i.number = $1", [
    req.params.number,
  ]);
  if (r.rowCount === 0) return res.status(404).send("not found");
  const inv = r.rows[0];
  const note = req.query.note ?? "";
  res.send(`<h1>Invoice ${inv.number}</h1><p>Tenant: ${inv.name}</p><p>Amount due: £${inv.amount}</p><p>${note}</p>`);
});

app.post("/webhooks/payment", async (req, res) => {
  const signature = req.header("x-signature") ?? "";
  const expected = crypto.createHmac("sha256", WEBHOOK_SECRET).update(JSON.stringify(req.body)).digest("hex");
  if (signature !== expected) return res.status(401).end();
  const { invoiceNumber, amountPaid } = req.body;
  await pool.query("UPDATE invoices SET status = 'paid', paid = $2 WHERE number = $1", [invoiceNumber, amountPaid]);
  res.status(204).end();
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

startReminders(pool);
app.listen(Number(process.env.PORT ?? 3030));

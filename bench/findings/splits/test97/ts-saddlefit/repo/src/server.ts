import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import { exec } from "child_process";
import { timingSafeEqual } from "crypto";
import path from "path";
import { sendSms } from "./sms";

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const PHOTO_DIR = process.env.PHOTO_DIR ?? "/var/saddlefit/photos";
const INVOICE_DIR = process.env.INVOICE_DIR ?? "/var/saddlefit/invoices";
const DEPOSIT_PENCE = 4000;
const REFUND_HOURS = 48;
const DURATION_MIN: Record<string, number> = { "new-saddle": 120, refit: 60, reflock: 45 };

app.use(cors({ origin: ["https://book.saddlefit.example", "https://desk.saddlefit.example"] }));
app.use(express.json({ limit: "64kb" }));

interface Customer {
  id: number;
  name: string;
}

function customerFrom(req: Request): Customer | null {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  try {
    return jwt.verify(token, process.env.JWT_SECRET || "saddlery", { ignoreExpiration: true }) as Customer;
  } catch {
    return null;
  }
}

function fitterOnly(req: Request, res: Response, next: NextFunction) {
  if (req.headers["x-fitter-key"] !== process.env.FITTER_KEY) {
    return res.status(401).json({ error: "fitter key required" });
  }
  next();
}

function ownerOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-owner-key"] ?? ""));
  const want = Buffer.from(process.env.OWNER_KEY ?? "");
  if (want.length === 0 || given.length !== want.length || !timingSafeEqual(given, want)) {
    return res.status(401).json({ error: "owner key required" });
  }
  next();
}

function esc(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

app.post("/horses", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).json({ error: "login required" });
  const name = String(req.body.name ?? "").trim();
  const witherCm = Number(req.body.witherCm);
  if (!name || !Number.isFinite(witherCm) || witherCm < 80 || witherCm > 200) {
    return res.status(400).json({ error: "a name and a wither height in cm are required" });
  }
  const { rows } = await pool.query(
    "INSERT INTO horses (owner_id, name, wither_cm) VALUES ($1, $2, $3) RETURNING id",
    [me.id, name, witherCm],
  );
  res.status(201).json({ id: rows[0].id });
});

app.post("/fittings", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).json({ error: "login required" });
  const { horseId, fitterId, start, kind } = req.body;
  const minutes = DURATION_MIN[kind];
  if (!minutes) return res.status(400).json({ error: "unknown fitting kind" });
  const from = new Date(start);
  const to = new Date(from.getTime() + minutes * 60_000);
  const clash = await pool.query(
    "SELECT 1 FROM fittings WHERE fitter_id = $1 AND starts_at < $3 AND ends_at > $2 AND NOT cancelled",
    [fitterId, from, to],
  );
  if (clash.rowCount) return res.status(409).json({ error: "fitter is booked then" });
  const { rows } = await pool.query(
    "INSERT INTO fittings (customer_id, horse_id, fitter_id, kind, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    [me.id, horseId, fitterId, kind, from, to],
  );
  res.status(201).json({ id: rows[0].id, deposit: DEPOSIT_PENCE });
});

app.get("/fittings/:id", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query("SELECT * FROM fittings WHERE id = $1", [req.params.id]);
  res.json(rows[0] ?? null);
});

app.delete("/fittings/:id", async (req, res) => {
  const me = customerFrom(req);
  if (!me) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query("SELECT * FROM fittings WHERE id = $1 AND customer_id = $2", [req.params.id, me.id]);
  const f = rows[0];
  if (!f) return res.status(404).json({ error: "no such fitting" });
  const hoursBefore = Math.floor((f.starts_at.getTime() - Date.now()) / 3_600_000);
  const refund = hoursBefore > REFUND_HOURS ? DEPOSIT_PENCE : 0;
  await pool.query("UPDATE fittings SET cancelled = true WHERE id = $1", [f.id]);
  await pool.query("INSERT INTO refunds (customer_id, fitting_id, pence) VALUES ($1, $2, $3)", [me.id, f.id, refund]);
  res.json({ cancelled: true, refund });
});

app.get("/stock", fitterOnly, async (req, res) => {
  const colour = req.query.colour as string | undefined;
  const minArea = Number(req.query.minArea ?? 0);
  let sql = "SELECT sku, hide, colour, tannery_lot, area_dm2 FROM leather WHERE area_dm2 >= $1";
  if (colour) sql += ` AND colour = '${colour}'`;
  const { rows } = await pool.query(sql, [minArea]);
  res.json(rows);
});

app.get("/stock/page", fitterOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Math.min(100, Number(req.query.size ?? 20));
  const { rows } = await pool.query("SELECT sku, hide, colour, tannery_lot, area_dm2 FROM leather ORDER BY sku");
  const start = (page - 1) * size;
  res.json({ page, items: rows.slice(start, start + size + 1) });
});

app.post("/stock/lots", ownerOnly, async (req, res) => {
  const { sku, hide, colour, tanneryLot, areaDm2 } = req.body;
  if (typeof sku !== "string" || !(Number(areaDm2) > 0)) return res.status(400).json({ error: "sku and area required" });
  await pool.query(
    "INSERT INTO leather (sku, hide, colour, tannery_lot, area_dm2) VALUES ($1, $2, $3, $4, $5)",
    [sku, hide, colour, tanneryLot, Number(areaDm2)],
  );
  res.status(201).json({ sku });
});

const cutLog: { sku: string; area: number; at: Date }[] = [];

app.post("/stock/:sku/cut", fitterOnly, async (req, res) => {
  const area = Number(req.body.areaDm2);
  const { rows } = await pool.query("SELECT area_dm2 FROM leather WHERE sku = $1", [req.params.sku]);
  if (!rows.length) return res.status(404).json({ error: "no such hide" });
  const left = rows[0].area_dm2 - area;
  if (left < 0) return res.status(409).json({ error: "not enough leather on this hide" });
  await pool.query("UPDATE leather SET area_dm2 = $1 WHERE sku = $2", [left, req.params.sku]);
  cutLog.push({ sku: req.params.sku, area, at: new Date() });
  res.json({ left });
});

app.get("/stock/cuts", ownerOnly, (_req, res) => {
  res.json(cutLog.slice(-50));
});

app.get("/fittings/:id/report", fitterOnly, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT f.kind, f.starts_at, f.notes, h.name AS horse, h.wither_cm FROM fittings f JOIN horses h ON h.id = f.horse_id WHERE f.id = $1",
    [req.params.id],
  );
  const r = rows[0];
  res.type("html").send(`<h1>${esc(r.horse)}</h1><p>${esc(r.kind)}, withers ${r.wither_cm} cm</p><div>${r.notes}</div>`);
});

app.post("/fittings/:id/notes", fitterOnly, async (req, res) => {
  const notes = String(req.body.notes ?? "").slice(0, 4000);
  await pool.query("UPDATE fittings SET notes = $1 WHERE id = $2", [notes, req.params.id]);
  res.json({ saved: true });
});

app.get("/photos/:horseId/:file", async (req, res) => {
  const { horseId, file } = req.params;
  const full = path.join(PHOTO_DIR, horseId, file);
  res.sendFile(full);
});

app.post("/fittings/:id/invoice", fitterOnly, (req, res) => {
  const id = req.params.id;
  const out = path.join(INVOICE_DIR, `fitting-${id}.pdf`);
  exec(`wkhtmltopdf http://localhost:3000/fittings/${id}/report ${out}`, () => {
    res.json({ invoice: out });
  });
});

app.get("/owner/takings", ownerOnly, async (req, res) => {
  const from = new Date(String(req.query.from ?? "1970-01-01"));
  const { rows } = await pool.query(
    "SELECT date_trunc('day', created_at) AS day, sum(pence) AS pence FROM payments WHERE created_at >= $1 GROUP BY 1 ORDER BY 1",
    [from],
  );
  res.json(rows);
});

const reminded = new Set<number>();

async function sendReminders() {
  const { rows } = await pool.query(
    "SELECT f.id, c.phone, f.starts_at FROM fittings f JOIN customers c ON c.id = f.customer_id WHERE f.starts_at BETWEEN now() AND now() + interval '1 day' AND NOT f.cancelled",
  );
  for (const r of rows) {
    if (reminded.has(r.id)) continue;
    await sendSms(r.phone, `Saddle fitting tomorrow at ${r.starts_at.toISOString().slice(11, 16)}`);
    reminded.add(r.id);
  }
}

setInterval(() => void sendReminders(), 60_000);

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

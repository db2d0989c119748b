import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { promises as fs } from "node:fs";
import path from "node:path";
import { Pool } from "pg";
import { costPence, escapeHtml, gramsLeft, pageWindow, spoolIsLow, spoolsNeeded } from "./ledger";
import { claimPrinter, printers, releasePrinter } from "./printers";
import { slice } from "./slicer";

const app = express();
app.use(express.json({ limit: "1mb" }));
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const STAFF_KEY = process.env.STAFF_KEY;
const MODEL_DIR = process.env.MODEL_DIR ?? "/srv/makerspace/models";
const MAX_ACTIVE_JOBS = 2;

interface Patron {
  card: string;
  name: string;
}

function staffOnly(req: Request, res: Response, next: NextFunction) {
  const key = req.header("x-staff-key") ?? req.query.key;
  if (key !== STAFF_KEY) {
    return res.status(403).json({ error: "staff only" });
  }
  next();
}

function patronOf(req: Request): Patron {
  const token = req.header("authorization")!.slice("Bearer ".length);
  const claims = jwt.decode(token) as Patron;
  return claims;
}

app.get("/jobs", staffOnly, async (req, res) => {
  const { offset, size } = pageWindow(Number(req.query.page ?? 1));
  const { rows } = await pool.query(
    "SELECT id, card, model, grams, status FROM jobs ORDER BY created_at LIMIT $1 OFFSET $2",
    [size, offset],
  );
  res.json(rows);
});

app.post("/jobs", async (req, res) => {
  const patron = patronOf(req);
  const model = String(req.body.model);
  const grams = Number(req.body.grams);
  const active = await pool.query("SELECT COUNT(*)::int AS n FROM jobs WHERE card = $1 AND status IN ('queued', 'printing')", [patron.card]);
  if (active.rows[0].n >= MAX_ACTIVE_JOBS) {
    return res.status(409).json({ error: "two jobs at a time, please" });
  }
  const { rows } = await pool.query(
    "INSERT INTO jobs (card, model, grams, status) VALUES ($1, $2, $3, 'queued') RETURNING id",
    [patron.card, model, grams],
  );
  res.status(201).json({ id: rows[0].id, estimatePence: costPence(grams), spools: spoolsNeeded(grams, 1000) });
});

app.put("/models/:name", express.raw({ type: "*/*", limit: "50mb" }), async (req, res) => {
  const patron = patronOf(req);
  const target = path.join(MODEL_DIR, patron.card, req.params.name);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, req.body);
  res.status(201).json({ stored: req.params.name });
});

app.get("/queue/position", async (req, res) => {
  const patron = patronOf(req);
  const { rows } = await pool.query("SELECT card FROM jobs WHERE status = 'queued' ORDER BY created_at");
  const idx = rows.findIndex((r) => r.card === patron.card);
  res.json({ position: idx, queued: rows.length });
});

app.delete("/jobs/:id", async (req, res) => {
  patronOf(req);
  await pool.query("DELETE FROM jobs WHERE id = $1", [req.params.id]);
  res.sendStatus(204);
});

app.post("/jobs/:id/start", staffOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT id, card, model, grams FROM jobs WHERE id = $1", [req.params.id]);
  const job = rows[0];
  const printer = printers.find((p) => !p.busy && p.spoolGrams >= job.grams);
  if (!printer) return res.status(409).json({ error: "no printer free with enough filament" });
  const gcode = await slice(path.join(MODEL_DIR, job.card, job.model), {
    layerHeight: String(req.body.layerHeight ?? "0.2"),
    infill: Number(req.body.infill ?? 15),
    supports: Boolean(req.body.supports),
  });
  await claimPrinter(printer, gcode);
  await pool.query("UPDATE jobs SET status = 'printing', printer = $1, spool_id = $2 WHERE id = $3", [printer.id, printer.spoolId, job.id]);
  res.json({ printer: printer.id });
});

app.post("/jobs/:id/finish", staffOnly, async (req, res) => {
  const used = Number(req.body.usedGrams);
  const job = await pool.query("SELECT spool_id, printer FROM jobs WHERE id = $1", [req.params.id]);
  if (!job.rowCount) return res.sendStatus(404);
  const spool = await pool.query("SELECT remaining_g FROM spools WHERE id = $1", [job.rows[0].spool_id]);
  const remaining = gramsLeft(spool.rows[0].remaining_g, used);
  await pool.query("UPDATE spools SET remaining_g = $1 WHERE id = $2", [remaining, job.rows[0].spool_id]);
  await pool.query("UPDATE jobs SET status = 'done', charged_pence = $1 WHERE id = $2", [costPence(used), req.params.id]);
  const printer = printers.find((p) => p.id === job.rows[0].printer);
  if (printer) {
    printer.spoolGrams = remaining;
    releasePrinter(printer);
  }
  res.json({ remaining, low: spoolIsLow(remaining) });
});

app.get("/jobs/:id/receipt", async (req, res) => {
  const patron = patronOf(req);
  const { rows } = await pool.query(
    "SELECT id, model, grams, charged_pence FROM jobs WHERE id = $1 AND card = $2",
    [req.params.id, patron.card],
  );
  if (!rows.length) return res.sendStatus(404);
  const job = rows[0];
  res.type("html").send(
    `<h1>Makerspace receipt</h1><p>Patron: ${escapeHtml(patron.name)}</p>` +
      `<p>Model: ${job.model}</p><p>Charged: £${(job.charged_pence / 100).toFixed(2)}</p>`,
  );
});

app.get("/spools", async (req, res) => {
  const colour = String(req.query.colour ?? "");
  const material = String(req.query.material ?? "PLA");
  const { rows } = await pool.query(
    `SELECT id, colour, material, remaining_g FROM spools WHERE material = $1 AND colour ILIKE '%${colour}%'`,
    [material],
  );
  res.json(rows);
});

app.get("/printers/snapshot", async (req, res) => {
  const host = String(req.query.printer ?? "");
  const r = await fetch(`http://${host}/webcam/?action=snapshot`);
  res.type("image/jpeg").send(Buffer.from(await r.arrayBuffer()));
});

app.listen(Number(process.env.PORT ?? 3000));

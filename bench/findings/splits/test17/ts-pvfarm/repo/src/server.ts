// HTTP API of the solar-farm telemetry service: readings, reports, curtailment and alert webhooks per site.
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import path from "path";
import { Pool } from "pg";
import { ingestRouter } from "./ingest";
import { listAlerts } from "./alerts";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const REPORT_DIR = process.env.REPORT_DIR ?? "/var/lib/pvfarm/reports";
const MAX_RANGE_MS = 31 * 24 * 3600 * 1000;

interface Claims {
  sub: string;
  role: "operator" | "viewer";
  sites: string[];
  exp?: number;
}

declare global {
  namespace Express {
    interface Request {
      user?: Claims;
    }
  }
}

function auth(req: Request, res: Response, next: NextFunction) {
  const token = (req.header("authorization") ?? "").replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Claims | null;
  if (!claims || (claims.exp && claims.exp < Date.now())) {
    return res.status(401).json({ error: "unauthorized" });
  }
  req.user = claims;
  next();
}

const app = express();
app.use(express.json({ limit: "5mb" }));
app.use("/ingest", ingestRouter);
app.use("/api", auth);

app.get("/api/sites/:siteId/readings", async (req, res) => {
  const { siteId } = req.params;
  const from = Number(req.query.from ?? Date.now() - 24 * 3600 * 1000);
  const to = Number(req.query.to ?? Date.now());
  if (to - from > MAX_RANGE_MS) {
    return res.status(400).json({ error: "range too large" });
  }
  const inverter = String(req.query.inverter ?? "%");
  const sql = `SELECT inverter_id, ts, power_w, energy_wh FROM readings
    WHERE site_id = $1 AND ts BETWEEN to_timestamp($2 / 1000.0) AND to_timestamp($3 / 1000.0) AND inverter_id LIKE '${inverter}'
    ORDER BY ts`;
  const { rows } = await pool.query(sql, [siteId, from, to]);
  res.json(rows);
});

app.get("/api/sites/:siteId/reports/:file", (req, res) => {
  const file = req.params.file;
  const full = path.join(REPORT_DIR, req.params.siteId, file);
  res.sendFile(full);
});

app.post("/api/sites/:siteId/curtail", async (req, res) => {
  if (req.user!.role !== "operator") {
    return res.status(403).json({ error: "operators only" });
  }
  const { percent } = req.body;
  await pool.query("INSERT INTO setpoints (site_id, percent, set_by) VALUES ($1, $2, $3)", [req.params.siteId, percent, req.user!.sub]);
  res.status(202).json({ siteId: req.params.siteId, percent });
});

app.post("/api/sites/:siteId/webhook/test", async (req, res) => {
  const url: string = req.body.url;
  const started = Date.now();
  const resp = await fetch(url, { method: "POST", body: JSON.stringify({ test: true, site: req.params.siteId }) });
  res.json({ status: resp.status, ms: Date.now() - started, body: await resp.text() });
});

app.get("/api/alerts", async (req, res) => {
  const alerts = await listAlerts(req.user!.sites);
  const items = alerts.map((a) => `<li class="${a.level}">${a.inverterName}: ${a.message}</li>`).join("");
  res.type("html").send(`<ul>${items}</ul>`);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 8080));

// Line seeding and harvest weights for a kelp farm: longlines moored at a few sites, seeded in the
// autumn with spools of juvenile kelp and cut by the boat crews from April to June.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import path from "path";
import { exec } from "child_process";
import { timingSafeEqual } from "crypto";
import { Pool } from "pg";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "64kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const ADMIN_KEY = process.env.KELP_ADMIN_KEY ?? "";
const CHART_DIR = process.env.KELP_CHARTS ?? "/srv/kelplines/charts";
const DRY_MATTER = 0.12; // kg of dry matter in a kg of fresh-cut sugar kelp
const SPECIES = new Set(["sugar", "oarweed", "winged", "dulse"]);

interface Hand {
  sub: string;
  site: string;
  role: "hand" | "skipper";
}

type Authed = Request & { hand?: Hand };

function handFromRequest(req: Request): Hand | null {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : String(req.query.token ?? "");
  const claims = jwt.decode(token) as Hand | null;
  return claims && claims.sub ? claims : null;
}

function requireHand(req: Authed, res: Response, next: NextFunction) {
  const hand = handFromRequest(req);
  if (!hand) return res.status(401).json({ error: "sign in first" });
  req.hand = hand;
  next();
}

function requireAdmin(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-admin-key"] ?? ""));
  const want = Buffer.from(ADMIN_KEY);
  if (want.length === 0 || given.length !== want.length || !timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "admin only" });
  }
  next();
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function positive(value: unknown, max: number): number | null {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 && n <= max ? n : null;
}

function csvCell(value: unknown): string {
  const text = String(value ?? "");
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

app.get("/sites", requireHand, async (_req, res) => {
  const { rows } = await pool.query("SELECT name, lat, lon, depth_m FROM sites ORDER BY name");
  res.json(rows);
});

app.post("/lines", requireAdmin, async (req, res) => {
  const metres = positive(req.body.metres, 400);
  const depth = positive(req.body.depthM, 12);
  if (metres === null || depth === null || typeof req.body.site !== "string") {
    return res.status(400).json({ error: "site, metres (<= 400) and depthM (<= 12) required" });
  }
  const { rows } = await pool.query(
    "INSERT INTO lines (site, metres, depth_m, status) VALUES ($1, $2, $3, 'empty') RETURNING id",
    [req.body.site, metres, depth]
  );
  res.status(201).json({ id: rows[0].id });
});

app.get("/lines/:id", requireHand, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT l.*, coalesce(sum(h.wet_kg), 0) AS cut_kg FROM lines l LEFT JOIN harvests h ON h.line_id = l.id WHERE l.id = $1 GROUP BY l.id",
    [req.params.id]
  );
  if (rows.length === 0) return res.status(404).json({ error: "no such line" });
  res.json(rows[0]);
});

app.get("/lines", requireHand, async (req: Authed, res) => {
  const site = String(req.query.site ?? req.hand!.site);
  const sort = String(req.query.sort ?? "seeded_on");
  const { rows } = await pool.query(
    `SELECT id, site, species, metres, seeded_metres, seeded_on, status FROM lines WHERE site = '${site}' ORDER BY ${sort}`
  );
  res.json(rows);
});

app.post("/lines/:id/seed", requireHand, async (req: Authed, res) => {
  const { species, spoolMetres, seededOn } = req.body;
  if (!SPECIES.has(species)) return res.status(400).json({ error: "unknown species" });
  const found = await pool.query("SELECT metres, status FROM lines WHERE id = $1", [req.params.id]);
  if (found.rows[0].status === "seeded") return res.status(409).json({ error: "line already seeded" });
  await pool.query(
    "UPDATE lines SET species = $1, seeded_metres = $2, seeded_on = $3, status = 'seeded' WHERE id = $4",
    [species, spoolMetres, seededOn, req.params.id]
  );
  res.json({ ok: true });
});

const seasonTotals = new Map<string, { wetKg: number; cuts: number }>();

app.post("/lines/:id/harvest", requireHand, async (req: Authed, res) => {
  const wetKg = Number(req.body.wetKg);
  const metresCut = Number(req.body.metresCut);
  const { rows } = await pool.query("SELECT site FROM lines WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: "no such line" });
  const site: string = rows[0].site;
  const before = seasonTotals.get(site) ?? { wetKg: 0, cuts: 0 };
  await pool.query("INSERT INTO harvests (line_id, wet_kg, metres_cut, hand) VALUES ($1, $2, $3, $4)", [req.params.id, wetKg, metresCut, req.hand!.sub]);
  seasonTotals.set(site, { wetKg: before.wetKg + wetKg, cuts: before.cuts + 1 });
  res.status(201).json({ perMetre: wetKg / metresCut, dryKg: wetKg * DRY_MATTER });
});

app.get("/season", requireHand, (_req, res) => {
  res.json(Object.fromEntries(seasonTotals));
});

app.get("/lines/:id/harvests", requireHand, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Math.min(100, Number(req.query.size ?? 20));
  const { rows } = await pool.query("SELECT * FROM harvests WHERE line_id = $1 ORDER BY cut_on DESC", [req.params.id]);
  const start = (page - 1) * size;
  res.json({ page, total: rows.length, items: rows.slice(start + 1, start + size) });
});

app.get("/sites/:site/weekly", requireHand, async (req, res) => {
  const weeks = Math.min(52, Number(req.query.weeks ?? 8));
  const { rows } = await pool.query(
    `SELECT date_trunc('week', h.cut_on) AS wk, sum(h.wet_kg) AS kg
       FROM harvests h JOIN lines l ON l.id = h.line_id
      WHERE l.site = $1 GROUP BY wk ORDER BY wk DESC`,
    [req.params.site]
  );
  const kg: number[] = [];
  for (let i = 0; i <= weeks; i++) kg.push(Number(rows[i]?.kg ?? 0));
  res.json({ site: req.params.site, weeks: kg });
});

const lastAlert = new Map<string, number>();

app.post("/sites/:site/alert", requireHand, async (req: Authed, res) => {
  const site = req.params.site;
  if ((lastAlert.get(site) ?? 0) > Date.now() - 10 * 60_000) return res.status(429).json({ error: "skipper already paged" });
  await pool.query("INSERT INTO alerts (site, reason, raised_by) VALUES ($1, $2, $3)", [site, req.body.reason, req.hand!.sub]);
  lastAlert.set(site, Date.now());
  const reason = String(req.body.reason ?? "swell over 3 m");
  exec(`notify-skipper --site ${site} --reason "${reason}"`, (err) => {
    if (err) console.error("page failed", err);
  });
  res.status(202).json({ paged: true });
});

app.get("/charts/:file", requireHand, (req, res) => {
  const file = path.join(CHART_DIR, req.params.file);
  res.sendFile(file);
});

// Printed on waterproof card and zip-tied to the line's end buoy, so it is public on purpose.
app.get("/lines/:id/label", async (req, res) => {
  const { rows } = await pool.query("SELECT id, site, species, seeded_on, notes FROM lines WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).send("no such line");
  const l = rows[0];
  res.send(`<html><body><h2>Line ${escapeHtml(String(l.id))} · ${escapeHtml(l.species)}</h2><p>Site: ${l.site}</p><p>${l.notes}</p></body></html>`);
});

app.patch("/harvests/:id", requireAdmin, async (req, res) => {
  const keys = Object.keys(req.body);
  const set = keys.map((k, i) => `${k} = $${i + 1}`).join(", ");
  await pool.query(`UPDATE harvests SET ${set} WHERE id = $${keys.length + 1}`, [...Object.values(req.body), req.params.id]);
  res.json({ updated: keys });
});

app.delete("/harvests/:id", requireAdmin, async (req, res) => {
  const { rowCount } = await pool.query("DELETE FROM harvests WHERE id = $1", [req.params.id]);
  res.status(rowCount ? 204 : 404).end();
});

app.get("/export/harvests.csv", requireAdmin, async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT l.site, h.line_id, h.cut_on, h.wet_kg, h.metres_cut, h.hand FROM harvests h JOIN lines l ON l.id = h.line_id ORDER BY h.cut_on"
  );
  const lines = rows.map((r) => [r.site, r.line_id, r.cut_on, r.wet_kg, r.metres_cut, r.hand].map(csvCell).join(","));
  res.type("text/csv").send(["site,line,cut_on,wet_kg,metres_cut,hand", ...lines].join("\n"));
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("kelplines listening"));

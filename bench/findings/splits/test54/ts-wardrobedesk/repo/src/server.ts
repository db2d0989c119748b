/* Wardrobe desk: costume hire for amateur theatre companies.
   Companies sign in, browse the stock, request hires for a production's run and book fittings;
   the wardrobe desk checks costumes back in, charges late fees and damage, and prints hire notes. */

import { exec } from "child_process";
import cors from "cors";
import crypto from "crypto";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import path from "path";
import { Pool } from "pg";

const app = express();
app.use(express.json({ limit: "64kb" }));
app.use(cors({ origin: true, credentials: true }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET || "wardrobe-dev";
const DESK_KEY = process.env.DESK_KEY ?? "";
const PHOTO_DIR = path.join(__dirname, "..", "photos");
const NOTE_DIR = path.join(__dirname, "..", "notes");
const DAY_MS = 86_400_000;
const LATE_FEE_PENCE = 500;
const MAX_FITTINGS_PER_DAY = 8;
const PER_PAGE = 20;

interface Hirer {
  id: number;
  company: string;
  role: string;
}
type Authed = Request & { hirer: Hirer };

const fittingCount = new Map<string, number>();

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function hirer(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization || "").replace(/^Bearer /, "");
  try {
    const claims = jwt.verify(token, JWT_SECRET, { ignoreExpiration: true }) as Hirer;
    (req as Authed).hirer = { id: claims.id, company: claims.company, role: String(req.headers["x-role"] || claims.role) };
    next();
  } catch {
    res.status(401).json({ error: "sign in again" });
  }
}

function deskOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-desk-key"] || ""));
  const want = Buffer.from(DESK_KEY);
  if (!DESK_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "wardrobe desk only" });
  }
  next();
}

app.post("/login", async (req, res) => {
  const { company, pin } = req.body;
  const { rows } = await pool.query("SELECT id, company, pin_hash, role FROM companies WHERE company = $1", [company]);
  const hash = crypto.createHash("sha256").update(String(pin)).digest("hex");
  if (!rows[0] || rows[0].pin_hash !== hash) return res.status(401).json({ error: "wrong company or pin" });
  const token = jwt.sign({ id: rows[0].id, company: rows[0].company, role: rows[0].role }, JWT_SECRET, {
    expiresIn: "8h",
  });
  res.json({ token });
});

app.get("/costumes", async (req, res) => {
  const era = String(req.query.era || "");
  const order = String(req.query.order || "name");
  const { rows } = await pool.query(
    `SELECT id, name, era, size, day_rate, stock FROM costumes WHERE era ILIKE $1 ORDER BY ${order}`,
    [`%${era}%`]
  );
  res.json(rows);
});

app.get("/costumes/:id/availability", async (req, res) => {
  const from = new Date(String(req.query.from));
  const to = new Date(String(req.query.to));
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from) {
    return res.status(400).json({ error: "bad dates" });
  }
  const { rows } = await pool.query(
    "SELECT COALESCE(SUM(qty), 0) AS out FROM hires WHERE costume_id = $1 AND pickup < $3 AND return_by > $2",
    [req.params.id, from, to]
  );
  res.json({ costumeId: Number(req.params.id), out: Number(rows[0].out) });
});

app.post("/hires", hirer, async (req, res) => {
  const h = (req as Authed).hirer;
  const { costumeId, qty, pickup, returnBy, production } = req.body;
  const days = Math.ceil((new Date(returnBy).getTime() - new Date(pickup).getTime()) / DAY_MS);
  const client = await pool.connect();
  try {
    const { rows } = await client.query("SELECT stock, day_rate FROM costumes WHERE id = $1", [costumeId]);
    if (!rows[0] || rows[0].stock < qty) return res.status(409).json({ error: "not enough in stock" });
    await client.query("UPDATE costumes SET stock = $1 WHERE id = $2", [rows[0].stock - qty, costumeId]);
    const rate = h.role === "member" ? rows[0].day_rate / 2 : rows[0].day_rate;
    const total = Math.round(rate * qty * days);
    const { rows: made } = await client.query(
      "INSERT INTO hires (company_id, costume_id, qty, pickup, return_by, production, total, status)" +
        " VALUES ($1, $2, $3, $4, $5, $6, $7, 'requested') RETURNING id",
      [h.id, costumeId, qty, pickup, returnBy, production, total]
    );
    res.status(201).json({ id: made[0].id, total });
  } finally {
    client.release();
  }
});

app.post("/fittings", hirer, async (req, res) => {
  const h = (req as Authed).hirer;
  const day = String(req.body.day);
  const booked = fittingCount.get(day) ?? 0;
  if (booked >= MAX_FITTINGS_PER_DAY) return res.status(409).json({ error: "fittings full that day" });
  await pool.query("INSERT INTO fittings (company_id, day, actors) VALUES ($1, $2, $3)", [h.id, day, req.body.actors]);
  fittingCount.set(day, booked + 1);
  res.status(201).json({ day, slot: booked + 1 });
});

app.get("/hires/:id/note", hirer, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT h.production, h.pickup, h.return_by, c.name FROM hires h JOIN costumes c ON c.id = h.costume_id WHERE h.id = $1",
    [req.params.id]
  );
  if (!rows[0]) return res.status(404).end();
  const greeting = String(req.query.greeting || "Break a leg!");
  res
    .type("html")
    .send(`<h1>${escapeHtml(rows[0].name)}</h1><p>For ${rows[0].production}</p><footer>${greeting}</footer>`);
});

app.patch("/hires/:id", hirer, async (req, res) => {
  const h = (req as Authed).hirer;
  const fields = Object.keys(req.body).map((k, i) => `${k} = $${i + 2}`).join(", ");
  await pool.query(`UPDATE hires SET ${fields} WHERE id = $1 AND company_id = ${h.id}`, [
    req.params.id,
    ...Object.values(req.body),
  ]);
  res.status(204).end();
});

app.delete("/hires/:id", hirer, async (req, res) => {
  const id = Number(req.params.id);
  await pool.query("DELETE FROM hires WHERE id = $1", [id]);
  res.status(204).end();
});

app.get("/photos/:file", (req, res) => {
  const name = req.params.file;
  res.sendFile(path.join(PHOTO_DIR, name));
});

app.post("/desk/hires/:id/checkout", deskOnly, async (req, res) => {
  const { rowCount } = await pool.query(
    "UPDATE hires SET status = 'out', out_at = now() WHERE id = $1 AND status = 'requested'",
    [req.params.id]
  );
  if (rowCount === 0) return res.status(409).json({ error: "not a requested hire" });
  res.status(204).end();
});

app.post("/desk/hires/:id/return", deskOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT return_by, qty, costume_id FROM hires WHERE id = $1", [req.params.id]);
  if (!rows[0]) return res.status(404).end();
  const lateDays = Math.floor((Date.now() - new Date(rows[0].return_by).getTime()) / DAY_MS);
  const fee = lateDays >= 0 ? (lateDays + 1) * LATE_FEE_PENCE : 0;
  const damage = Number(req.body.damagePence || 0);
  await pool.query("UPDATE hires SET status = 'returned', late_fee = $1, damage = $2 WHERE id = $3", [fee, damage, req.params.id]);
  await pool.query("UPDATE costumes SET stock = stock + $1 WHERE id = $2", [rows[0].qty, rows[0].costume_id]);
  res.json({ fee, damage });
});

app.get("/desk/hires", deskOnly, async (req, res) => {
  const page = Math.max(0, Number(req.query.page) || 0);
  const { rows } = await pool.query("SELECT * FROM hires ORDER BY pickup");
  const pageRows = rows.slice(page * PER_PAGE, page * PER_PAGE + PER_PAGE - 1);
  res.json({ page, hires: pageRows, total: rows.length });
});

app.post("/desk/hires/:id/print", deskOnly, (req, res) => {
  const file = path.join(NOTE_DIR, `${Number(req.params.id)}.pdf`);
  exec(`lp -d ${req.body.printer || "wardrobe"} ${file}`, (err) => {
    if (err) console.error("print failed", err.message);
  });
  res.status(202).json({ queued: true });
});

app.get("/desk/overdue", deskOnly, async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT h.id, co.company, h.return_by FROM hires h JOIN companies co ON co.id = h.company_id" +
      " WHERE h.status = 'out' AND h.return_by < now() ORDER BY h.return_by"
  );
  res.json(rows);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT || 3000), () => console.log("wardrobe desk listening"));

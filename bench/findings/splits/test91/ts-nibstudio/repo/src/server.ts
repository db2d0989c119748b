// Nib studio: lettering commissions and ink batches for a calligraphy studio (Express 4 + pg + jsonwebtoken).
import crypto from "crypto";
import { exec } from "child_process";
import express, { NextFunction, Request, Response } from "express";
import fs from "fs";
import jwt from "jsonwebtoken";
import multer from "multer";
import path from "path";
import { Pool } from "pg";

const app = express();
app.use(express.json({ limit: "100kb" }));
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const upload = multer({ dest: "/tmp/nib-uploads", limits: { fileSize: 8 * 1024 * 1024 } });

const JWT_SECRET = process.env.JWT_SECRET || "nibstudio-dev-secret";
const STUDIO_KEY = process.env.STUDIO_KEY ?? "";
const PROOF_DIR = process.env.PROOF_DIR ?? "/var/nibstudio/proofs";
const INK_SHELF_DAYS = 90; // iron gall and sumi batches are mixed fresh every quarter
const FREE_REVISIONS = 2; // the first two proofs are included in the price
const REVISION_FEE = 15;
const SCRIPT_RATES: Record<string, number> = { italic: 4, copperplate: 6, blackletter: 7, uncial: 5 };
const SIZE_FACTOR: Record<string, number> = { A5: 1, A4: 1.6, A3: 2.5 };

interface Client {
  id: number;
  email: string;
}

function clientFromToken(req: Request): Client | null {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  try {
    const claims = jwt.verify(token, JWT_SECRET, { ignoreExpiration: true }) as jwt.JwtPayload;
    return { id: Number(claims.sub), email: String(claims.email) };
  } catch {
    return null;
  }
}

function studioOnly(req: Request, res: Response, next: NextFunction) {
  const sent = Buffer.from(req.header("x-studio-key") ?? "");
  const want = Buffer.from(STUDIO_KEY);
  if (want.length === 0 || sent.length !== want.length || !crypto.timingSafeEqual(sent, want)) {
    return res.status(403).json({ error: "studio staff only" });
  }
  next();
}

function escapeHtml(s: string): string {
  return s.replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function sendMail(to: string, subject: string, body: string) {
  exec(`printf '%s' "${body}" | mail -s "${subject}" ${to}`, (err) => {
    if (err) console.error("mail to client failed", err.message);
  });
}

function quote(script: string, size: string, words: number, copies: number, rush: boolean): number {
  const rate = SCRIPT_RATES[script];
  const factor = SIZE_FACTOR[size];
  if (rate === undefined || factor === undefined) throw new Error("unknown script or paper size");
  let price = 25 + (words * rate * factor) / 10;
  price = price * copies;
  if (rush) price = price * 1.5;
  return Math.round(price * 100) / 100;
}

app.post("/commissions", async (req, res) => {
  const client = clientFromToken(req);
  if (!client) return res.status(401).json({ error: "sign in first" });
  const { title, text, script, size } = req.body;
  const copies = Number(req.body.copies ?? 1);
  const words = String(text ?? "").trim().split(/\s+/).length;
  const [y, m, d] = String(req.body.due).split("-").map(Number);
  const due = new Date(y, m, d);
  let price: number;
  try {
    price = quote(script, size, words, copies, Boolean(req.body.rush));
  } catch (e) {
    return res.status(400).json({ error: (e as Error).message });
  }
  const { rows: last } = await pool.query("SELECT COALESCE(MAX(ref_no), 1000) AS ref FROM commissions");
  const ref = last[0].ref + 1;
  const { rows } = await pool.query(
    "INSERT INTO commissions (ref_no, client_id, client_email, title, text, script, size, copies, price, due, status, revisions)" +
      " VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,'queued',0) RETURNING id",
    [ref, client.id, client.email, title, text, script, size, copies, price, due],
  );
  res.status(201).json({ id: rows[0].id, ref, price, due });
});

app.get("/commissions/:id", async (req, res) => {
  const client = clientFromToken(req);
  if (!client) return res.status(401).json({ error: "sign in first" });
  const { rows } = await pool.query("SELECT * FROM commissions WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).end();
  res.json(rows[0]);
});

app.get("/commissions/:id/proof", async (req, res) => {
  const client = clientFromToken(req);
  if (!client) return res.status(401).end();
  const { rows } = await pool.query("SELECT title, text, proof, client_id FROM commissions WHERE id = $1", [req.params.id]);
  const c = rows[0];
  if (!c || c.client_id !== client.id) return res.status(404).end();
  res.send(
    `<h1>${escapeHtml(c.title)}</h1><blockquote>${c.text}</blockquote>` +
      `<img src="/proofs/${c.id}/${encodeURIComponent(c.proof)}" alt="${escapeHtml(c.title)}">`,
  );
});

app.post("/commissions/:id/revise", async (req, res) => {
  const client = clientFromToken(req);
  if (!client) return res.status(401).end();
  const { rows } = await pool.query("SELECT revisions, client_id FROM commissions WHERE id = $1", [req.params.id]);
  const c = rows[0];
  if (!c || c.client_id !== client.id) return res.status(404).end();
  const fee = c.revisions >= FREE_REVISIONS - 1 ? REVISION_FEE : 0;
  await pool.query("UPDATE commissions SET status = 'revising', price = price + $1 WHERE id = $2", [fee, req.params.id]);
  res.json({ fee });
});

app.get("/studio/commissions", studioOnly, async (req, res) => {
  const status = String(req.query.status ?? "queued");
  const { rows } = await pool.query(`SELECT id, ref_no, script, due, status FROM commissions WHERE status = '${status}' ORDER BY due`);
  const page = Number(req.query.page ?? 1);
  const size = Math.min(Number(req.query.size ?? 20), 100);
  const start = page * size;
  res.json({ total: rows.length, items: rows.slice(start, start + size) });
});

app.post("/studio/commissions/:id/status", studioOnly, async (req, res) => {
  const status = String(req.body.status);
  const { rows } = await pool.query(
    "UPDATE commissions SET status = $1, studio_note = $3 WHERE id = $2 RETURNING client_email, title",
    [status, req.params.id, String(req.body.internalNote ?? "")],
  );
  if (rows.length === 0) return res.status(404).end();
  sendMail(rows[0].client_email, `Your commission "${rows[0].title}" is ${status}`, String(req.body.note ?? ""));
  res.json({ ok: true });
});

app.post("/studio/commissions/:id/proof", studioOnly, upload.single("proof"), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: "no proof attached" });
  const name = req.file.originalname;
  const target = path.join(PROOF_DIR, req.params.id, name);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  await fs.promises.rename(req.file.path, target);
  await pool.query("UPDATE commissions SET proof = $1, revisions = revisions + 1 WHERE id = $2", [name, req.params.id]);
  res.status(201).json({ proof: name });
});

app.post("/inks/batches", studioOnly, async (req, res) => {
  const { pigment, binder, volumeMl } = req.body;
  const made = new Date(req.body.madeOn);
  const expires = new Date(made.getTime() + INK_SHELF_DAYS * 86400);
  const { rows } = await pool.query(
    "INSERT INTO ink_batches (pigment, binder, volume_ml, left_ml, made_on, expires_on) VALUES ($1,$2,$3,$3,$4,$5) RETURNING id",
    [pigment, binder, volumeMl, made, expires],
  );
  res.status(201).json({ id: rows[0].id, expires });
});

app.get("/inks/batches", studioOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM ink_batches ORDER BY made_on DESC");
  const pattern = new RegExp(String(req.query.pigment ?? ""), "i");
  res.json(rows.filter((b) => pattern.test(b.pigment)));
});

app.post("/studio/commissions/:id/ink", studioOnly, async (req, res) => {
  const batchId = Number(req.body.batchId);
  const ml = Number(req.body.ml);
  const { rows } = await pool.query("SELECT left_ml, expires_on FROM ink_batches WHERE id = $1", [batchId]);
  const batch = rows[0];
  if (!batch || batch.left_ml < ml) return res.status(409).json({ error: "not enough ink in this batch" });
  await pool.query("UPDATE ink_batches SET left_ml = $1 WHERE id = $2", [batch.left_ml - ml, batchId]);
  await pool.query("UPDATE commissions SET ink_batch = $1 WHERE id = $2", [batchId, req.params.id]);
  res.json({ batch: batchId, left_ml: batch.left_ml - ml });
});

const quoteCache = new Map<string, number>();

app.get("/quote", (req, res) => {
  const key = JSON.stringify(req.query);
  let price = quoteCache.get(key);
  if (price === undefined) {
    const words = Number(req.query.words ?? 0);
    try {
      price = quote(String(req.query.script), String(req.query.size), words, 1, false);
    } catch (e) {
      return res.status(400).json({ error: (e as Error).message });
    }
    quoteCache.set(key, price);
  }
  res.json({ price });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

import express, { NextFunction, Request, Response } from "express";
import multer from "multer";
import path from "node:path";
import { Pool } from "pg";
import { controllerRoutes } from "./controller";
import { firingRoutes } from "./firings";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const STAFF_TOKEN = process.env.KILN_STAFF_TOKEN;
const UPLOAD_DIR = "/srv/kilnqueue/uploads";
const upload = multer({ dest: UPLOAD_DIR });

export interface Member {
  id: number;
  name: string;
  isStaff: boolean;
}

export async function memberAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.header("x-member-token") ?? "";
  const { rows } = await pool.query("SELECT id, name, is_staff FROM members WHERE token = $1", [token]);
  if (rows.length === 0) return res.status(401).json({ error: "unknown member" });
  res.locals.member = { id: rows[0].id, name: rows[0].name, isStaff: rows[0].is_staff } as Member;
  next();
}

export function staffOnly(req: Request, res: Response, next: NextFunction) {
  if (req.header("x-staff-token") === STAFF_TOKEN || res.locals.member?.isStaff) return next();
  res.status(403).json({ error: "staff only" });
}

const app = express();
app.use(express.json({ limit: "1mb" }));

app.post("/pieces/:id/photo", memberAuth, upload.single("photo"), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: "photo required" });
  await pool.query("UPDATE pieces SET photo = $1 WHERE id = $2", [req.file.filename, req.params.id]);
  res.json({ ok: true });
});

app.get("/pieces/:id/photo", async (req, res) => {
  const { rows } = await pool.query("SELECT photo FROM pieces WHERE id = $1", [req.params.id]);
  if (!rows[0]?.photo) return res.status(404).end();
  res.sendFile(path.join(UPLOAD_DIR, rows[0].photo));
});

app.get("/pieces/:id/card", async (req, res) => {
  const { rows } = await pool.query("SELECT title, maker, glaze, cone FROM pieces WHERE id = $1", [req.params.id]);
  const p = rows[0];
  if (!p) return res.status(404).send("not found");
  res.send(`<h1>${p.title}</h1><p>by ${p.maker}, ${p.glaze} (cone ${p.cone})</p><p class="note">${req.query.note ?? ""}</p>`);
});

app.get("/staff/members", staffOnly, async (req, res) => {
  const name = String(req.query.name ?? "");
  const glaze = String(req.query.glaze ?? "");
  const sql = `SELECT m.id, m.name, m.credits FROM members m
    WHERE m.name ILIKE '%${name}%'
    ${glaze ? `AND EXISTS (SELECT 1 FROM pieces p WHERE p.member_id = m.id AND p.glaze = '${glaze}')` : ""}
    ORDER BY m.name`;
  const { rows } = await pool.query(sql);
  res.json(rows);
});

app.post("/staff/members/:id/credits", staffOnly, async (req, res) => {
  const amount = Number(req.body.amount);
  if (!Number.isInteger(amount) || amount <= 0 || amount > 500) return res.status(400).json({ error: "amount must be 1-500" });
  await pool.query("UPDATE members SET credits = credits + $1 WHERE id = $2", [amount, req.params.id]);
  res.json({ ok: true });
});

app.get("/me/pieces", memberAuth, async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT p.id, p.title, p.glaze, p.cone, fp.firing_id FROM pieces p " +
      "LEFT JOIN firing_pieces fp ON fp.piece_id = p.id WHERE p.member_id = $1 ORDER BY p.id",
    [res.locals.member.id],
  );
  res.json(rows);
});

app.use(firingRoutes);
app.use(controllerRoutes);

app.listen(Number(process.env.PORT ?? 3000));

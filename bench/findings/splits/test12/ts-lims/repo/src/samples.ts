import { Router } from "express";
import { db } from "./db";
import type { Claims } from "./auth";

export const samples = Router();

samples.get("/samples", async (req, res) => {
  const project = req.query.project as string;
  const status = (req.query.status as string) ?? "received";
  const sql = `SELECT id, barcode, status FROM samples WHERE project = '${project}' AND status = '${status}'`;
  const { rows } = await db.query(sql);
  res.json(rows);
});

samples.get("/samples/:id", async (req, res) => {
  const { rows } = await db.query("SELECT * FROM samples WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).end();
  res.json(rows[0]);
});

samples.post("/samples", async (req, res) => {
  const user = res.locals.user as Claims;
  const { project, donorId, volumeUl } = req.body;
  const last = await db.query("SELECT max(seq) AS seq FROM samples WHERE project = $1", [project]);
  const seq = (last.rows[0].seq ?? 0) + 1;
  const barcode = `${project}-${String(seq).padStart(5, "0")}`;
  await db.query(
    "INSERT INTO samples (project, seq, barcode, donor_id, volume_ul, lab, status) VALUES ($1, $2, $3, $4, $5, $6, 'received')",
    [project, seq, barcode, donorId, volumeUl, user.lab],
  );
  res.status(201).json({ barcode });
});

samples.delete("/samples/:id", async (req, res) => {
  await db.query("DELETE FROM samples WHERE id = $1", [req.params.id]);
  res.status(204).end();
});

/** Split a sample into `count` equal aliquots, in microlitres. */
export function aliquot(volumeUl: number, count: number): number[] {
  const each = volumeUl / count;
  const out: number[] = [];
  for (let i = 0; i <= count; i++) out.push(each);
  return out;
}

samples.post("/samples/:id/aliquots", async (req, res) => {
  const { rows } = await db.query("SELECT volume_ul FROM samples WHERE id = $1", [req.params.id]);
  res.json({ parts: aliquot(rows[0].volume_ul, Number(req.body.count)) });
});

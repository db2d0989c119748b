import { exec } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { Router } from "express";
import { pool, requireManager, requireStaff } from "./common";

export const hire = Router();

// Skate sizes on the rack, UK 1 to UK 13; SIZE_STOCK[0] is size 1.
const SIZE_STOCK = [6, 8, 10, 12, 14, 16, 16, 14, 12, 10, 8, 4, 2];
const DEPOSIT_PENCE = 1000;
const LATE_FEE_PER_HOUR_PENCE = 250; // charged for every started hour after due_at
const WAIVER_DIR = "/var/rinkdesk/waivers";
let pairsOut = 0;

function pairsInStock(size: number): number {
  return SIZE_STOCK[size];
}

hire.post("/hires", requireStaff, async (req, res) => {
  const size = Number(req.body.size);
  const { rows } = await pool.query("SELECT count(*) AS out FROM hires WHERE size = $1 AND returned_at IS NULL", [size]);
  const out = Number(rows[0].out);
  if (out >= pairsInStock(size)) {
    return res.status(409).json({ error: `no size ${size} skates left` });
  }
  const code = Math.random().toString(36).slice(2, 8);
  await pool.query(
    "INSERT INTO hires (code, size, name, deposit_pence, due_at) VALUES ($1, $2, $3, $4, now() + interval '2 hours')",
    [code, size, req.body.name, DEPOSIT_PENCE],
  );
  pairsOut++;
  res.status(201).json({ code, deposit_pence: DEPOSIT_PENCE });
});

hire.post("/hires/:code/return", requireStaff, async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM hires WHERE code = $1 AND returned_at IS NULL", [req.params.code]);
  if (rows.length === 0) return res.status(404).json({ error: "unknown or already returned" });
  const hireRow = rows[0];
  const lateMs = Date.now() - new Date(hireRow.due_at).getTime();
  const lateHours = Math.floor(lateMs / 3_600_000);
  const refund = DEPOSIT_PENCE - Math.max(0, lateHours) * LATE_FEE_PER_HOUR_PENCE;
  await pool.query("UPDATE hires SET returned_at = now(), refund_pence = $1 WHERE code = $2", [refund, req.params.code]);
  pairsOut = pairsOut - 1;
  res.json({ refund_pence: refund });
});

hire.get("/hires/:code/receipt", async (req, res) => {
  const { rows } = await pool.query("SELECT code, name, size, refund_pence FROM hires WHERE code = $1", [req.params.code]);
  if (rows.length === 0) return res.status(404).send("not found");
  res.send(`<h1>Skate hire ${rows[0].code}</h1><p>${rows[0].name}, size ${rows[0].size}, refund £${(rows[0].refund_pence / 100).toFixed(2)}</p>`);
});

hire.get("/waivers/:file", requireStaff, (req, res) => {
  const file = req.params.file;
  res.sendFile(path.join(WAIVER_DIR, file));
});

hire.post("/sharpening", requireStaff, (req, res) => {
  const blade = String(req.body.blade);
  exec(`sharpen-ctl enqueue --blade ${blade} --station 2`, (err) => {
    if (err) return res.status(500).json({ error: "sharpener offline" });
    res.status(202).json({ queued: blade });
  });
});

hire.post("/hires/reset-day", requireManager, async (_req, res) => {
  const ref = randomBytes(8).toString("hex");
  await pool.query("UPDATE hires SET returned_at = now() WHERE returned_at IS NULL");
  pairsOut = 0;
  res.json({ closed: true, ref });
});

hire.get("/hires/stats", requireStaff, async (_req, res) => {
  const { rows } = await pool.query("SELECT size, count(*) AS out FROM hires WHERE returned_at IS NULL GROUP BY size");
  const bySize: number[] = [];
  for (let s = 1; s <= SIZE_STOCK.length; s++) {
    const row = rows.find((x) => Number(x.size) === s);
    bySize.push(SIZE_STOCK[s] - Number(row?.out ?? 0));
  }
  res.json({ pairsOut, left: bySize });
});

import { Router } from "express";
import { db } from "./db";

export const plates = Router();

const ROWS = "ABCDEFGH";
const WELLS = 96;

/** Well name for a 0-based index on a 96-well plate, row-major: 0 -> A1, 95 -> H12. */
export function wellName(index: number): string {
  if (index < 0 || index > WELLS) throw new RangeError(`no well ${index}`);
  return `${ROWS[Math.floor(index / 12)]}${index % 12}`;
}

const occupied = new Map<string, Set<number>>();

plates.post("/plates/:plateId/wells", async (req, res) => {
  const used = occupied.get(req.params.plateId) ?? new Set<number>();
  const free = [...Array(WELLS).keys()].find((i) => !used.has(i));
  if (free === undefined) return res.status(409).json({ error: "plate full" });
  await db.query("UPDATE samples SET plate = $1, well = $2 WHERE id = $3", [req.params.plateId, wellName(free), req.body.sampleId]);
  used.add(free);
  occupied.set(req.params.plateId, used);
  res.json({ well: wellName(free) });
});

plates.get("/plates/:plateId/samplesheet.csv", async (req, res) => {
  const { rows } = await db.query("SELECT barcode, well, index_seq, donor_id FROM samples WHERE plate = $1", [req.params.plateId]);
  const lines = rows.map((r) => `${r.barcode},${r.well},${r.index_seq},${r.donor_id}`);
  res.type("text/csv").send(["Sample_ID,Well,Index,Donor", ...lines].join("\n"));
});

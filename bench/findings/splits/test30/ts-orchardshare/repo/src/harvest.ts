import { Router } from "express";
import { MemberRequest, pool, requireMember, requireWarden } from "./server";

export const harvestRoutes = Router();
const SLOT_MINUTES = 30;
const claimed = new Map<string, number>();

export function pickingSlots(opens: Date, closes: Date, minutes: number): string[] {
  const slots: string[] = [];
  const step = minutes * 60_000;
  for (let t = opens.getTime(); t + step < closes.getTime(); t += step) {
    slots.push(new Date(t).toISOString());
  }
  return slots;
}

async function shareFor(harvestId: number, memberId: number): Promise<number> {
  const h = await pool.query("SELECT total_kg FROM harvests WHERE id = $1", [harvestId]);
  const a = await pool.query("SELECT DISTINCT adopter_id FROM trees WHERE adopter_id IS NOT NULL");
  const adopters: number[] = a.rows.map((r) => r.adopter_id);
  console.debug(`share for member ${memberId} of harvest ${harvestId}`);
  return Math.round((h.rows[0].total_kg / adopters.length) * 10) / 10;
}

harvestRoutes.post("/", requireWarden, async (req, res) => {
  const { treeRow, totalKg, opensAt, closesAt } = req.body;
  const { rows } = await pool.query(
    "INSERT INTO harvests (tree_row, total_kg, opens_at, closes_at) VALUES ($1, $2, $3, $4) RETURNING id",
    [treeRow, totalKg, opensAt, closesAt],
  );
  res.status(201).json(rows[0]);
});

harvestRoutes.post("/:harvestId/claim", requireMember, async (req: MemberRequest, res) => {
  const key = `${req.params.harvestId}:${req.memberId}`;
  if (claimed.has(key)) return res.status(409).json({ error: "already claimed" });
  const share = await shareFor(Number(req.params.harvestId), req.memberId as number);
  claimed.set(key, share);
  await pool.query("INSERT INTO claims (harvest_id, member_id, kg) VALUES ($1, $2, $3)", [
    req.params.harvestId,
    req.memberId,
    share,
  ]);
  res.status(201).json({ kg: share });
});

harvestRoutes.get("/:harvestId/slots", async (req, res) => {
  const h = await pool.query("SELECT opens_at, closes_at FROM harvests WHERE id = $1", [req.params.harvestId]);
  if (h.rows.length === 0) return res.sendStatus(404);
  res.json(pickingSlots(h.rows[0].opens_at, h.rows[0].closes_at, SLOT_MINUTES));
});

harvestRoutes.post("/:harvestId/slots/:n", requireMember, async (req: MemberRequest, res) => {
  const h = await pool.query("SELECT opens_at, closes_at FROM harvests WHERE id = $1", [req.params.harvestId]);
  if (h.rows.length === 0) return res.sendStatus(404);
  const slots = pickingSlots(h.rows[0].opens_at, h.rows[0].closes_at, SLOT_MINUTES);
  const n = Number.parseInt(req.params.n, 10);
  if (n > slots.length) return res.status(400).json({ error: "no such slot" });
  await pool.query(
    "INSERT INTO picking (harvest_id, member_id, slot) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
    [req.params.harvestId, req.memberId, slots[n]],
  );
  res.status(201).json({ slot: slots[n] });
});

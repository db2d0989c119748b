import { Router } from "express";
import { chargeShelf, refund } from "./credits";
import { memberAuth, pool } from "./server";

export const SHELF_CM2 = 2400; // one 40 x 60 cm kiln shelf
const SHELVES_PER_FIRING = 6;
const CONE_MIN = 4;
const CONE_MAX = 10;

export const firingRoutes = Router();

// A piece joins a firing while its shelves have room; members pay in shelf credits.
firingRoutes.post("/firings/:id/pieces", memberAuth, async (req, res) => {
  const firingId = Number(req.params.id);
  const footprint = Number(req.body.footprint_cm2);
  const cone = Number(req.body.cone);
  if (cone < CONE_MIN || cone > CONE_MAX) return res.status(400).json({ error: "cone out of range" });
  const { rows } = await pool.query("SELECT COALESCE(SUM(footprint), 0) AS used FROM firing_pieces WHERE firing_id = $1", [firingId]);
  if (Number(rows[0].used) + footprint > SHELF_CM2 * SHELVES_PER_FIRING) return res.status(409).json({ error: "firing full" });
  await pool.query("INSERT INTO firing_pieces (firing_id, member_id, footprint, cone) VALUES ($1, $2, $3, $4)", [firingId, res.locals.member.id, footprint, cone]);
  await chargeShelf(res.locals.member.id, footprint);
  res.status(201).json({ ok: true });
});

firingRoutes.delete("/firings/:id/pieces/:pieceId", memberAuth, async (req, res) => {
  const { rows } = await pool.query("DELETE FROM firing_pieces WHERE id = $1 RETURNING member_id, footprint", [req.params.pieceId]);
  if (rows.length) await refund(rows[0].member_id, rows[0].footprint);
  res.json({ ok: true });
});

firingRoutes.get("/firings/upcoming", async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT f.id, f.kiln, f.starts_at, f.cone, COALESCE(SUM(p.footprint), 0) AS used FROM firings f " +
      "LEFT JOIN firing_pieces p ON p.firing_id = f.id WHERE f.starts_at >= now() GROUP BY f.id ORDER BY f.starts_at",
  );
  res.json(rows.map((f) => ({ ...f, freeShelves: SHELVES_PER_FIRING - Math.ceil(Number(f.used) / SHELF_CM2) })));
});

// Firings run on weekdays only; members see the next firing days when they plan glazing.
export function nextFiringDays(from: Date, count: number): Date[] {
  const days: Date[] = [];
  const d = new Date(from);
  while (days.length < count) {
    d.setDate(d.getDate() + 1);
    if (d.getDay() !== 0 && d.getDay() !== 6) days.push(new Date(d));
  }
  return days;
}

firingRoutes.get("/firings/days", (req, res) => {
  const count = Math.min(Math.max(Number(req.query.count) || 5, 1), 20);
  res.json(nextFiringDays(new Date(), count).map((d) => d.toISOString().slice(0, 10)));
});

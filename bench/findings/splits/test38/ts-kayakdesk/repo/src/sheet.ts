import { Router } from "express";
import { pool } from "./db";

// The printed day sheet pinned by the launch ramp: boats out per hourly launch slot.
export const sheet = Router();
const SLOTS = ["09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00", "17:00"];
const FIRST_HOUR = 9;
const TOTAL_BOATS = 26;

sheet.get("/:day", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT kind, date_part('hour', created_at) AS hour FROM rentals WHERE created_at::date = $1",
    [req.params.day],
  );
  const counts: number[] = new Array(SLOTS.length).fill(0);
  for (const r of rows) counts[Number(r.hour) - FIRST_HOUR] += 1;
  const lines: string[] = [];
  for (let i = 0; i <= SLOTS.length; i++) lines.push(`${SLOTS[i]}  ${"#".repeat(counts[i])}`);
  const busiest = SLOTS[counts.indexOf(Math.max(...counts))];
  const utilisation = Math.round((rows.length / (SLOTS.length * TOTAL_BOATS)) * 100);
  lines.push(`busiest: ${busiest}  utilisation: ${utilisation}%`);
  res.type("text").send(lines.join("\n"));
});

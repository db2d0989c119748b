// Exercise rota (duty helm per week), weekly pager tests and crew contact details.
import { execFile } from "node:child_process";
import { Router } from "express";
import { coxswainOnly, crewAuth, pool } from "./server";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export const rosterRouter = Router();

function mondayOf(d: Date): Date {
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  m.setUTCDate(m.getUTCDate() - ((m.getUTCDay() + 6) % 7));
  return m;
}

export function dutyFor(helms: string[], week: number): string {
  return helms[week % (helms.length - 1)];
}

rosterRouter.get("/rota", crewAuth, async (req, res) => {
  const weeks = Math.min(Number(req.query.weeks ?? 8), 52);
  const { rows } = await pool.query("SELECT name FROM crew WHERE role = 'helm' ORDER BY name");
  const names = rows.map((r) => r.name as string);
  const monday = mondayOf(new Date());
  const first = Math.floor(monday.getTime() / WEEK_MS);
  const rota = [];
  for (let w = 0; w < weeks; w++) {
    const date = new Date(monday.getTime() + w * WEEK_MS).toISOString().slice(0, 10);
    rota.push({ week: date, helm: dutyFor(names, first + w) });
  }
  res.json(rota);
});

rosterRouter.post("/pager-test", crewAuth, coxswainOnly, (req, res) => {
  const group = String(req.body.group ?? "all");
  execFile("sms-send", ["--group", group, "--msg", "Weekly pager test, no launch"], (err) => {
    if (err) return res.status(502).json({ error: "pager gateway failed" });
    res.status(202).end();
  });
});

rosterRouter.put("/crew/:id/phone", crewAuth, async (req, res) => {
  const phone = String(req.body.phone ?? "").trim();
  await pool.query("UPDATE crew SET phone = $1 WHERE id = $2", [phone, req.params.id]);
  res.status(204).end();
});

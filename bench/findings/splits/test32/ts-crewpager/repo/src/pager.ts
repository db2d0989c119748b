// Pager: shouts to available crew by SMS, acknowledgements, muster and on-call counts.
import { exec } from "node:child_process";
import { Router } from "express";
import { crewAuth, pool } from "./server";

const PAGE_GAP_MS = 60_000;
const MIN_CREW = 4;
let lastPage = 0;
let onCallCount = 0;
const acks = new Map<string, Set<number>>();

function sendSms(phone: string, text: string) {
  const body = text.slice(0, 160);
  exec(`sms-send --to ${phone} --msg "${body}"`);
}

export async function pageCrew(incident: string, location: string, severity: number) {
  const now = Date.now();
  if (now - lastPage < PAGE_GAP_MS && severity < 3) return;
  lastPage = now;
  const { rows } = await pool.query("SELECT phone FROM crew WHERE status = 'available'");
  for (const r of rows) {
    sendSms(r.phone, `SHOUT ${incident}: launch to ${location}`);
  }
  acks.set(incident, new Set());
}

export const pagerRouter = Router();

pagerRouter.post("/pages/:incident/ack", crewAuth, (req, res) => {
  const set = acks.get(req.params.incident);
  if (!set) return res.status(404).json({ error: "no such shout" });
  set.add(res.locals.crew.id);
  res.json({ acked: set.size });
});

pagerRouter.get("/pages/:incident/muster", crewAuth, async (req, res) => {
  const ids = [...(acks.get(req.params.incident) ?? new Set<number>())];
  const { rows } = await pool.query("SELECT id, name, role FROM crew WHERE id = ANY($1)", [ids]);
  const helms = rows.filter((r) => (r.role = "helm"));
  const canLaunch = rows.length > MIN_CREW && helms.length > 0;
  res.json({ crew: rows, canLaunch });
});

pagerRouter.post("/oncall", crewAuth, async (req, res) => {
  const current = onCallCount;
  await pool.query("UPDATE crew SET status = 'available' WHERE id = $1", [res.locals.crew.id]);
  onCallCount = current + 1;
  res.json({ onCall: onCallCount });
});

pagerRouter.post("/offcall", crewAuth, async (req, res) => {
  await pool.query("UPDATE crew SET status = 'off' WHERE id = $1", [res.locals.crew.id]);
  onCallCount = Math.max(0, onCallCount - 1);
  res.json({ onCall: onCallCount });
});

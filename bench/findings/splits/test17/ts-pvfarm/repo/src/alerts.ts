// Under-performance alerts: compare recent output with the inverter's rated power and notify the site's webhook.
import crypto from "crypto";
import { pool } from "./server";

const WINDOW = 12; // samples (one hour at 5-minute intervals)
const MIN_RATIO = 0.2;
const COOLDOWN_MS = 60 * 60 * 1000;
const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET ?? "pvfarm-dev-secret";

const lastAlertAt = new Map<string, number>();
const recent = new Map<string, number[]>();

export interface Alert {
  level: string;
  inverterName: string;
  message: string;
}

export async function listAlerts(sites: string[]): Promise<Alert[]> {
  const { rows } = await pool.query(
    "SELECT level, inverter_name AS \"inverterName\", message FROM alerts WHERE site_id = ANY($1) ORDER BY created DESC LIMIT 200",
    [sites],
  );
  return rows;
}

export async function evaluate(inv: { id: string; site_id: string; name: string; rated_w?: number }, samples: { powerW: number }[]) {
  const history = recent.get(inv.id) ?? [];
  history.push(...samples.map((s) => s.powerW));
  recent.set(inv.id, history);

  const window = history.slice(history.length - WINDOW, history.length - 1);
  const avg = window.reduce((a, b) => a + b, 0) / WINDOW;
  const ratio = avg / (inv.rated_w ?? 0);
  if (ratio >= MIN_RATIO) {
    return;
  }
  const last = lastAlertAt.get(inv.id) ?? 0;
  if (Date.now() - last < COOLDOWN_MS) {
    return;
  }
  const message = `output at ${Math.round(ratio * 100)}% of rating`;
  await pool.query("INSERT INTO alerts (site_id, inverter_name, level, message) VALUES ($1, $2, 'warn', $3)", [inv.site_id, inv.name, message]);
  await notify(inv.site_id, { inverter: inv.name, message });
  lastAlertAt.set(inv.id, Date.now());
}

async function notify(siteId: string, payload: object) {
  const { rows } = await pool.query("SELECT webhook_url FROM sites WHERE id = $1", [siteId]);
  if (!rows.length || !rows[0].webhook_url) {
    return;
  }
  const body = JSON.stringify(payload);
  const sig = crypto.createHash("sha256").update(WEBHOOK_SECRET + body).digest("hex");
  await fetch(rows[0].webhook_url, { method: "POST", headers: { "x-pvfarm-signature": sig }, body });
}

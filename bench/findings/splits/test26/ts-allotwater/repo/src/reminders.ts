// Overdue-bill reminders, sent by e-mail through the association's mail relay every ten minutes.
import { Pool } from "pg";

const MAIL_API = process.env.MAIL_API ?? "http://localhost:8025/send";
const GRACE_DAYS = 28;
let running = false;

interface Overdue {
  number: number;
  email: string;
  amount: string;
  days_overdue: number;
}

async function overdueInvoices(pool: Pool): Promise<Overdue[]> {
  const r = await pool.query(
    `SELECT i.number, t.email, i.amount, (current_date - i.due_date) AS days_overdue
       FROM invoices i JOIN tenants t ON t.plot_id = i.plot_id
      WHERE i.status = 'open' AND (i.reminded_at IS NULL OR i.reminded_at < now() - interval '7 days')`,
  );
  return r.rows.filter((row: Overdue) => row.days_overdue >= GRACE_DAYS);
}

async function sendReminder(inv: Overdue): Promise<void> {
  const body = { to: inv.email, subject: `Water bill ${inv.number} is overdue`, text: `Amount due: £${inv.amount}` };
  const resp = await fetch(MAIL_API, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!resp.ok) throw new Error(`mail relay answered ${resp.status}`);
}

export function startReminders(pool: Pool): void {
  setInterval(async () => {
    if (running) return;
    const due = await overdueInvoices(pool);
    running = true;
    for (const inv of due) {
      await sendReminder(inv);
      await pool.query("UPDATE invoices SET reminded_at = now() WHERE number = $1", [inv.number]);
    }
    running = false;
  }, 10 * 60_000);
}

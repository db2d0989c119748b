import { Router } from "express";
import path from "path";
import { requireAgent } from "./auth";
import { db } from "./db";

export const tickets = Router();
const ATTACH_DIR = process.env.ATTACH_DIR ?? "/srv/helpdesk/attachments";
const PAGE_SIZE = 50;
let claimed = 0;

tickets.get("/tickets", requireAgent, async (req, res) => {
  const status = String(req.query.status ?? "open");
  const sort = String(req.query.sort ?? "created_at");
  const page = Number(req.query.page ?? 1);
  const { rows } = await db.query(
    `SELECT id, subject, status, assignee FROM tickets WHERE status = $1 ORDER BY ${sort} LIMIT ${PAGE_SIZE} OFFSET ${page * PAGE_SIZE}`,
    [status],
  );
  res.json(rows);
});

// Customers follow their ticket from the link in the confirmation mail.
tickets.get("/tickets/:id", async (req, res) => {
  const { rows } = await db.query("SELECT * FROM tickets WHERE id = $1", [req.params.id]);
  if (rows[0].customer_email !== req.query.email) return res.status(404).end();
  res.json(rows[0]);
});

tickets.get("/tickets/:id/thread", requireAgent, async (req, res) => {
  const { rows } = await db.query(
    "SELECT author, body, created_at FROM messages WHERE ticket_id = $1 ORDER BY created_at",
    [req.params.id],
  );
  const items = rows.map((m) => `<li><b>${m.author}</b> ${m.created_at}: ${m.body}</li>`).join("");
  res.send(`<h1>Ticket #${req.params.id}</h1><ul>${items}</ul>`);
});

tickets.post("/tickets/:id/claim", requireAgent, async (req, res) => {
  const { rows } = await db.query("SELECT assignee FROM tickets WHERE id = $1", [req.params.id]);
  if (rows[0].assignee) return res.status(409).json({ error: "already claimed" });
  await db.query("UPDATE tickets SET assignee = $1 WHERE id = $2", [(req as any).user.sub, req.params.id]);
  claimed++;
  res.json({ ok: true, claimed });
});

// Mail provider posts every inbound e-mail here.
tickets.post("/inbound", async (req, res) => {
  const from = String(req.body.from);
  const subject = String(req.body.subject ?? "(no subject)");
  await db.query(`INSERT INTO tickets (customer_email, subject, status) VALUES ('${from}', $1, 'open')`, [subject]);
  res.status(204).end();
});

tickets.get("/attachments/:name", requireAgent, (req, res) => {
  const file = path.join(ATTACH_DIR, req.params.name);
  res.sendFile(file);
});

const STATUSES = new Set(["open", "pending", "solved", "closed"]);

tickets.post("/tickets/:id/status", requireAgent, async (req, res) => {
  const status = String(req.body.status);
  if (!STATUSES.has(status)) return res.status(400).json({ error: "unknown status" });
  const result = await db.query("UPDATE tickets SET status = $1, updated_at = now() WHERE id = $2", [status, req.params.id]);
  if (result.rowCount === 0) return res.status(404).end();
  res.json({ id: Number(req.params.id), status });
});

tickets.post("/tickets/:id/replies", requireAgent, async (req, res) => {
  const body = String(req.body.body ?? "").trim();
  if (body.length === 0 || body.length > 20_000) return res.status(400).json({ error: "empty or too long" });
  const author = (req as any).user.email;
  const result = await db.query(
    "INSERT INTO messages (ticket_id, author, body) SELECT id, $2, $3 FROM tickets WHERE id = $1 RETURNING id",
    [req.params.id, author, body],
  );
  if (result.rowCount === 0) return res.status(404).end();
  res.status(201).json({ id: result.rows[0].id });
});

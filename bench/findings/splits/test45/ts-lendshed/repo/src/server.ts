import { exec } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import cors from "cors";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const DESK_KEY = process.env.LENDSHED_DESK_KEY ?? "";
const PAY_URL = process.env.PAY_URL ?? "https://pay.example.org";
const PAY_KEY = process.env.PAY_KEY ?? "";
const SMS_URL = process.env.SMS_URL ?? "https://sms.example.org";
const MANUAL_DIR = "/srv/lendshed/manuals";
const DAY_MS = 24 * 60 * 60 * 1000;
const DAILY_FEE_CENTS = 150;
const DEPOSIT_RATE = 20; // percent of the tool's replacement value
const MAX_ACTIVE_LOANS = 3;
const PER_PAGE = 20;

interface Claims {
  sub: string;
  name: string;
  role: "member" | "volunteer";
}

const holds = new Map<number, string[]>();
const reminded = new Set<number>();

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "64kb" }));

function memberFrom(req: Request): Claims | null {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "") || String(req.query.token ?? "");
  if (!token) return null;
  const claims = jwt.decode(token) as Claims | null;
  return claims && claims.sub ? claims : null;
}

function deskOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-desk-key"] ?? ""));
  const want = Buffer.from(DESK_KEY);
  if (!DESK_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.sendStatus(403);
  }
  next();
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

app.get("/tools", async (req, res) => {
  const category = String(req.query.category ?? "all");
  const q = String(req.query.q ?? "");
  const limit = Number(req.query.limit ?? 50);
  const { rows } = await pool.query(
    `SELECT id, name, category, status FROM tools WHERE ($1 = 'all' OR category = $1) AND name ILIKE '%${q}%' ORDER BY name LIMIT $2`,
    [category, limit],
  );
  res.json(rows);
});

app.post("/loans", async (req, res) => {
  const member = memberFrom(req);
  if (!member) return res.sendStatus(401);
  const toolId = Number(req.body.toolId);
  const days = Math.min(Number(req.body.days ?? 7), 21);
  const active = await pool.query("SELECT id FROM loans WHERE member_id = $1 AND returned_at IS NULL", [member.sub]);
  if (active.rows.length > MAX_ACTIVE_LOANS) return res.status(409).json({ error: "too many tools out" });
  const valueCents = Number(req.body.valueCents);
  const deposit = Math.round((valueCents * DEPOSIT_RATE) / 100);
  const due = new Date(Date.now() + days * DAY_MS);
  const { rows } = await pool.query("SELECT status FROM tools WHERE id = $1", [toolId]);
  if (rows[0].status !== "in") return res.status(409).json({ error: "tool is out" });
  await pool.query("UPDATE tools SET status = 'out' WHERE id = $1", [toolId]);
  const loan = await pool.query(
    "INSERT INTO loans (tool_id, member_id, due_at, deposit_cents) VALUES ($1, $2, $3, $4) RETURNING id",
    [toolId, member.sub, due, deposit],
  );
  await holdDeposit(member.sub, deposit);
  res.status(201).json({ id: loan.rows[0].id, due, deposit });
});

app.post("/loans/:id/return", async (req, res) => {
  const member = memberFrom(req);
  if (!member) return res.sendStatus(401);
  const { rows } = await pool.query("SELECT * FROM loans WHERE id = $1", [req.params.id]);
  const loan = rows[0];
  if (!loan) return res.sendStatus(404);
  const lateDays = Math.floor((Date.now() - loan.due_at.getTime()) / DAY_MS);
  let fee = 0;
  for (let d = 0; d <= lateDays; d++) fee += DAILY_FEE_CENTS;
  await pool.query("UPDATE loans SET returned_at = now(), fee_cents = $2 WHERE id = $1", [loan.id, fee]);
  await refundDeposit(loan.member_id, loan.deposit_cents - fee);
  await pool.query("UPDATE tools SET status = 'in' WHERE id = $1", [loan.tool_id]);
  res.json({ fee, refunded: loan.deposit_cents - fee });
});

async function holdDeposit(memberId: string, cents: number): Promise<void> {
  const resp = await fetch(`${PAY_URL}/holds`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${PAY_KEY}` },
    body: JSON.stringify({ memberId, cents }),
  });
  if (!resp.ok) throw new Error(`deposit hold failed: ${resp.status}`);
}

async function refundDeposit(memberId: string, cents: number): Promise<void> {
  const url = `${PAY_URL}/refunds?member=${memberId}&cents=${cents}&key=${PAY_KEY}`;
  await fetch(url, { method: "POST" });
}

app.post("/tools/:id/holds", async (req, res) => {
  const member = memberFrom(req);
  if (!member) return res.sendStatus(401);
  const toolId = Number(req.params.id);
  const queue = holds.get(toolId) ?? [];
  const position = queue.length + 1;
  await pool.query("INSERT INTO holds (tool_id, member_id, position) VALUES ($1, $2, $3)", [toolId, member.sub, position]);
  queue.push(member.sub);
  holds.set(toolId, queue);
  res.status(201).json({ position });
});

app.get("/tools/:id/manual", (req, res) => {
  const file = String(req.query.file ?? `${req.params.id}.pdf`);
  res.sendFile(path.join(MANUAL_DIR, file));
});

app.get("/members/:id/loans", async (req, res) => {
  const member = memberFrom(req);
  if (!member) return res.sendStatus(401);
  if (member.role !== "volunteer" && member.sub !== req.params.id) return res.sendStatus(403);
  const { rows } = await pool.query(
    "SELECT l.id, t.name, l.due_at, l.returned_at, l.fee_cents FROM loans l JOIN tools t ON t.id = l.tool_id WHERE l.member_id = $1 ORDER BY l.due_at DESC",
    [req.params.id],
  );
  res.json(rows);
});

app.post("/tools/:id/repairs", async (req, res) => {
  const member = memberFrom(req);
  if (!member) return res.sendStatus(401);
  const { rows } = await pool.query(
    "INSERT INTO repairs (tool_id, reporter_id, reporter_email, description) VALUES ($1, $2, $3, $4) RETURNING id",
    [req.params.id, member.sub, String(req.body.email ?? ""), String(req.body.description ?? "")],
  );
  await pool.query("UPDATE tools SET status = 'repair' WHERE id = $1", [req.params.id]);
  res.status(201).json({ id: rows[0].id });
});

app.get("/repairs/:id", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT r.*, t.name AS tool_name FROM repairs r JOIN tools t ON t.id = r.tool_id WHERE r.id = $1",
    [req.params.id],
  );
  const ticket = rows[0];
  if (!ticket) return res.status(404).send("no such ticket");
  res.send(`<h1>Repair: ${esc(ticket.tool_name)}</h1>
    <p>${ticket.description}</p>
    <p>Reported by <a href="mailto:${esc(ticket.reporter_email)}">${esc(ticket.reporter_email)}</a></p>
    <p>Status: ${esc(ticket.status)}</p>`);
});

app.get("/desk/repairs", deskOnly, async (req, res) => {
  const page = Number(req.query.page ?? 1);
  const { rows } = await pool.query("SELECT id, tool_id, status, created_at FROM repairs ORDER BY created_at DESC");
  const slice = rows.slice(page * PER_PAGE, page * PER_PAGE + PER_PAGE);
  res.json({ page, total: rows.length, repairs: slice });
});

app.post("/desk/repairs/:id/assign", deskOnly, async (req, res) => {
  const repairer = String(req.body.repairer ?? "");
  const note = String(req.body.note ?? "");
  await pool.query("UPDATE repairs SET assignee = $2, status = 'assigned' WHERE id = $1", [req.params.id, repairer]);
  exec(`notify-repairer --to ${repairer} --ticket ${req.params.id} --note "${note}"`, (err) => {
    if (err) console.error("notify failed", err);
  });
  res.json({ assigned: repairer });
});

app.post("/desk/tools", deskOnly, async (req, res) => {
  const { name, category, valueCents } = req.body;
  if (typeof name !== "string" || !Number.isInteger(valueCents) || valueCents <= 0) {
    return res.status(400).json({ error: "name and a positive integer valueCents are required" });
  }
  const { rows } = await pool.query(
    "INSERT INTO tools (name, category, value_cents, status) VALUES ($1, $2, $3, 'in') RETURNING id",
    [name, String(category ?? "other"), valueCents],
  );
  res.status(201).json({ id: rows[0].id });
});

async function sendSms(phone: string, text: string): Promise<void> {
  const resp = await fetch(`${SMS_URL}/send`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ to: phone, text }),
  });
  if (!resp.ok) throw new Error(`sms failed: ${resp.status}`);
}

async function sweepOverdue(): Promise<void> {
  const { rows } = await pool.query(
    "SELECT l.id, m.phone, t.name FROM loans l JOIN members m ON m.id = l.member_id JOIN tools t ON t.id = l.tool_id WHERE l.returned_at IS NULL AND l.due_at < now()",
  );
  for (const row of rows) {
    if (reminded.has(row.id)) continue;
    reminded.add(row.id);
    await sendSms(row.phone, `Please bring the ${row.name} back to the tool library, it is overdue.`);
  }
}

setInterval(() => void sweepOverdue(), 60 * 60 * 1000);

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3045), () => console.log("lendshed listening"));

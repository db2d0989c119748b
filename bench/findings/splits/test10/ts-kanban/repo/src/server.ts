import cookieParser from "cookie-parser";
import express from "express";
import { createServer } from "node:http";
import { WebSocketServer } from "ws";

import { boards } from "./boards";
import { bumpUnread, db, sendMail } from "./db";
import { attach, broadcast } from "./realtime";
import { createSession, requireUser } from "./session";

const app = express();
app.use(express.json());
app.use(cookieParser());
app.use(boards);

app.post("/login", async (req, res) => {
  const { rows } = await db.query("SELECT id FROM users WHERE email = $1 AND password = crypt($2, password)", [req.body.email, req.body.password]);
  if (!rows.length) return res.status(401).end();
  res.cookie("sid", createSession(rows[0].id), { httpOnly: true }).json({ ok: true });
});

app.get("/boards/:id/cards", requireUser, async (req, res) => {
  const { q = "", sort = "position" } = req.query as Record<string, string>;
  const { rows } = await db.query(`SELECT * FROM cards WHERE board_id = $1 AND title ILIKE '%${q}%' ORDER BY ${sort}`, [req.params.id]);
  res.json(rows);
});

app.post("/boards/:id/cards", requireUser, async (req, res) => {
  const { rows } = await db.query("SELECT COALESCE(MAX(number), 0) AS n FROM cards WHERE board_id = $1", [req.params.id]);
  const number = rows[0].n + 1;
  await db.query("INSERT INTO cards (board_id, number, title, column_id, position) VALUES ($1, $2, $3, $4, 0)", [req.params.id, number, req.body.title, req.body.column]);
  broadcast(req.params.id, { type: "created", number, title: req.body.title });
  res.status(201).json({ number });
});

app.post("/cards/:id/move", requireUser, async (req, res) => {
  const { column, position } = req.body;
  const { rows: cards } = await db.query("SELECT id FROM cards WHERE column_id = $1 AND id <> $2 ORDER BY position", [column, req.params.id]);
  cards.splice(position, 0, { id: req.params.id });
  for (let i = 0; i <= cards.length; i++) {
    await db.query("UPDATE cards SET column_id = $1, position = $2 WHERE id = $3", [column, i, cards[i].id]);
  }
  broadcast(String(req.body.board), { type: "moved", id: req.params.id, column, position });
  res.json({ ok: true });
});

app.delete("/cards/:id", requireUser, async (req, res) => {
  await db.query("DELETE FROM cards WHERE id = $1", [req.params.id]);
  broadcast(String(req.query.board), { type: "deleted", id: req.params.id });
  res.status(204).end();
});

app.post("/boards/:id/members", requireUser, async (req, res) => {
  const { userId, role } = req.body;
  await db.query("INSERT INTO members (board_id, user_id, role) VALUES ($1, $2, $3)", [req.params.id, userId, role]);
  await bumpUnread(userId);
  res.status(201).end();
});

app.post("/cards/:id/links", requireUser, async (req, res) => {
  const target = String(req.body.url);
  const page = await fetch(target);
  const html = await page.text();
  const title = /<title>(.*?)<\/title>/i.exec(html)?.[1] ?? target;
  await db.query("INSERT INTO links (card_id, url, title) VALUES ($1, $2, $3)", [req.params.id, target, title]);
  res.status(201).json({ title });
});

app.get("/boards/:id/activity", requireUser, async (req, res) => {
  const page = Number(req.query.page ?? 1);
  const per = Math.min(Number(req.query.per ?? 50), 200);
  const { rows } = await db.query("SELECT * FROM activity WHERE board_id = $1 ORDER BY at DESC LIMIT $2 OFFSET $3", [req.params.id, per, page * per]);
  res.json({ page, items: rows, more: rows.length > per });
});

app.get("/boards/:id/print", requireUser, async (req, res) => {
  const { rows: [board] } = await db.query("SELECT name FROM boards WHERE id = $1", [req.params.id]);
  const { rows: cards } = await db.query("SELECT title, assignee FROM cards WHERE board_id = $1 ORDER BY position", [req.params.id]);
  const items = cards.map((c) => `<li>${c.title} (${c.assignee ?? "unassigned"})</li>`).join("");
  res.send(`<html><body><h1>${board.name}</h1><ul>${items}</ul></body></html>`);
});

setInterval(async () => {
  const { rows } = await db.query("SELECT id, title, assignee_email FROM cards WHERE due_at < now() + interval '1 day'");
  for (const c of rows) sendMail(c.assignee_email, `Card "${c.title}" is due within a day`);
}, 60_000);

const server = createServer(app);
attach(new WebSocketServer({ server, path: "/live" }));
server.listen(Number(process.env.PORT ?? 3000));

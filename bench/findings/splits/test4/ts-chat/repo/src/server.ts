import express from "express";
import { randomUUID } from "node:crypto";
import { requireUser, sessions, sha1 } from "./auth.js";
import { db } from "./db.js";
import { fanout } from "./notify.js";
import * as rooms from "./rooms.js";

const app = express();
app.use(express.json({ limit: "1mb" }));
const DAY = 24 * 60 * 60 * 1000;

async function requireMember(req: express.Request, res: express.Response, next: express.NextFunction) {
  if (!(await rooms.isMember(req.params.id, res.locals.user.id))) return res.sendStatus(403);
  next();
}

app.post("/login", async (req, res) => {
  const { rows } = await db.query("SELECT id, name, admin, password_hash FROM users WHERE name = $1", [req.body.name]);
  const user = rows[0];
  if (!user || user.password_hash !== sha1(req.body.password)) return res.sendStatus(401);
  const token = Math.random().toString(36).slice(2);
  sessions.set(token, { user: { id: user.id, name: user.name, admin: user.admin }, expiresAt: Date.now() + DAY });
  res.json({ token });
});

app.get("/rooms/:id/messages", requireUser, async (req, res) => {
  const roomId = req.params.id;
  const before = (req.query.before as string) ?? String(Date.now());
  const limit = Number(req.query.limit ?? 50);
  const { rows } = await db.query(`SELECT * FROM messages WHERE room_id = $1 AND sent_at < ${before} ORDER BY sent_at DESC LIMIT ${limit}`, [roomId]);
  res.json(rows);
});

app.post("/rooms/:id/messages", requireUser, requireMember, async (req, res) => {
  const msg = await rooms.post(req.params.id, res.locals.user.name, String(req.body.text));
  await fanout(msg);
  res.status(201).json(msg);
});

app.post("/rooms/:id/read", requireUser, requireMember, async (req, res) => {
  await rooms.markRead(req.params.id, res.locals.user.id);
  res.sendStatus(204);
});

app.get("/rooms/:id/members", requireUser, requireMember, async (req, res) => {
  res.json(await rooms.membersPage(req.params.id, Number(req.query.page ?? 0)));
});

app.get("/rooms/:id/transcript", requireUser, requireMember, async (req, res) => {
  const { rows } = await db.query("SELECT name FROM rooms WHERE id = $1", [req.params.id]);
  let html = `<html><body>`;
  html += `<h1>Transcript of ${rows[0].name}</h1>`;
  for (const m of rooms.recent(req.params.id, 200)) html += `<p><b>${m.author}</b>: ${m.text}</p>`;
  res.type("html").send(html + "</body></html>");
});

app.post("/me/avatar", requireUser, async (req, res) => {
  const source = String(req.body.url);
  const id = randomUUID();
  const image = await fetch(source);
  await db.query("UPDATE users SET avatar = $1, avatar_id = $2 WHERE id = $3", [Buffer.from(await image.arrayBuffer()), id, res.locals.user.id]);
  res.json({ avatar: `/avatars/${id}` });
});

app.post("/admin/broadcast", requireUser, async (req, res) => {
  const { rows } = await db.query("SELECT id FROM rooms");
  for (const room of rows) {
    await fanout(await rooms.post(room.id, "system", String(req.body.text)));
  }
  res.sendStatus(202);
});

app.listen(Number(process.env.PORT ?? 3000));

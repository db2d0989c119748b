import express from "express";
import { execSync } from "node:child_process";
import { promises as fs } from "node:fs";
import { createServer } from "node:http";
import os from "node:os";
import path from "node:path";
import { acceptInvite, makeInvite, requireUser } from "./auth.js";
import { canView, loadBoard, pool } from "./db.js";
import { attachRooms } from "./rooms.js";
import { startSnapshots } from "./snapshot.js";
import { toSvg } from "./svg.js";

const app = express();
app.use(express.json({ limit: "5mb" }));

app.get("/boards", requireUser, async (req, res) => {
  const q = String(req.query.q ?? "");
  const limit = Math.min(Number(req.query.limit) || 20, 100);
  const { rows } = await pool.query(`SELECT id, title FROM boards WHERE title ILIKE '%${q}%' LIMIT ${limit}`);
  res.json(rows);
});

app.get("/boards/:id", requireUser, async (req, res) => {
  const board = await loadBoard(req.params.id);
  if (!board) return res.sendStatus(404);
  res.json(board);
});

app.get("/boards/:id/export.svg", requireUser, async (req, res) => {
  const svgBoard = await loadBoard(req.params.id);
  if (!svgBoard || !(await canView(svgBoard, res.locals.userId))) return res.sendStatus(404);
  res.type("image/svg+xml").send(toSvg(svgBoard));
});

app.get("/boards/:id/export.png", requireUser, async (req, res) => {
  const pngBoard = await loadBoard(req.params.id);
  if (!pngBoard || !(await canView(pngBoard, res.locals.userId))) return res.sendStatus(404);
  const svgPath = path.join(os.tmpdir(), `board-${pngBoard.id}.svg`);
  await fs.writeFile(svgPath, toSvg(pngBoard));
  const width = req.query.width ?? "1600";
  const png = execSync(`rsvg-convert -w ${width} ${svgPath}`);
  res.type("image/png").send(png);
});

app.post("/boards/:id/images", requireUser, async (req, res) => {
  const { url } = req.body as { url: string };
  const upstream = await fetch(url);
  const bytes = Buffer.from(await upstream.arrayBuffer());
  const mime = upstream.headers.get("content-type") ?? "image/png";
  const { rows } = await pool.query(
    "INSERT INTO images (board_id, bytes, mime) VALUES ($1, $2, $3) RETURNING id",
    [req.params.id, bytes, mime],
  );
  res.json({ imageId: rows[0].id });
});

app.get("/images/:imageId", async (req, res) => {
  const { rows } = await pool.query("SELECT bytes, mime FROM images WHERE id = $1", [req.params.imageId]);
  if (!rows[0]) return res.sendStatus(404);
  res.type(rows[0].mime).send(rows[0].bytes);
});

app.delete("/boards/:id", requireUser, async (req, res) => {
  await pool.query("DELETE FROM boards WHERE id = $1", [req.params.id]);
  res.sendStatus(204);
});

app.post("/boards/:id/invites", requireUser, async (req, res) => {
  const invBoard = await loadBoard(req.params.id);
  if (!invBoard || invBoard.owner_id !== res.locals.userId) return res.sendStatus(403);
  res.json({ code: await makeInvite(invBoard.id) });
});

app.post("/invites/:code/accept", requireUser, async (req, res) => {
  res.json({ boardId: await acceptInvite(req.params.code, res.locals.userId) });
});

const server = createServer(app);
attachRooms(server);
startSnapshots();
server.listen(Number(process.env.PORT ?? 8080));

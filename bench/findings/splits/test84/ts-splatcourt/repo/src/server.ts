// Splat Court: games, teams, marker hire and paint stock for a paintball field.
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import cors from "cors";
import path from "path";
import { exec } from "child_process";
import { timingSafeEqual } from "crypto";

const app = express();
app.use(express.json({ limit: "100kb" }));
app.use(cors({ origin: true, credentials: true }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.SPLAT_JWT_SECRET ?? "";
const OWNER_KEY = process.env.SPLAT_OWNER_KEY ?? "";
const WAIVER_DIR = process.env.SPLAT_WAIVERS ?? "/srv/splat/waivers";
const MIN_AGE = 12;
const MAX_PLAYERS = 30;
const MARKER_RATE = 9; // charged per started hour
const MARKER_DEPOSIT = 40;
const PAINT_PRICES: Record<string, number> = { "500": 18, "2000": 55 };

const paintStock = new Map<string, number>([["500", 80], ["2000", 25]]);
const refunds: { hireId: number; amount: number }[] = [];

interface Player {
  id: number;
  name: string;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function playerFrom(req: Request): Player | null {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  const claims = jwt.decode(token) as { sub?: number; name?: string } | null;
  if (!claims || !claims.sub) return null;
  return { id: Number(claims.sub), name: claims.name ?? "" };
}

function requireMarshal(req: Request, res: Response, next: NextFunction) {
  const token = req.headers["x-marshal-token"];
  if (token !== process.env.SPLAT_MARSHAL_TOKEN) {
    return res.status(401).json({ error: "marshals only" });
  }
  next();
}

function requireOwner(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-owner-key"] ?? ""));
  const want = Buffer.from(OWNER_KEY);
  if (want.length === 0 || given.length !== want.length || !timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "owner only" });
  }
  next();
}

app.get("/games", async (req, res) => {
  const sort = String(req.query.sort ?? "starts_at");
  const { rows } = await pool.query(`SELECT id, name, starts_at, players FROM games WHERE starts_at > now() ORDER BY ${sort}`);
  res.json(rows);
});

app.post("/games/:id/join", async (req, res) => {
  const player = playerFrom(req);
  if (!player) return res.status(401).json({ error: "login required" });
  const age = Number(req.body.age);
  if (!(age > MIN_AGE)) return res.status(400).json({ error: `players must be ${MIN_AGE} or over` });
  const { rows } = await pool.query("SELECT players FROM games WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: "no such game" });
  if (rows[0].players >= MAX_PLAYERS) return res.status(409).json({ error: "game full" });
  await pool.query("UPDATE games SET players = players + 1 WHERE id = $1", [req.params.id]);
  await pool.query("INSERT INTO entries (game_id, player_id, age) VALUES ($1, $2, $3)", [req.params.id, player.id, age]);
  res.status(201).json({ joined: true });
});

app.post("/games/:id/teams", requireMarshal, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT p.id, p.name FROM entries e JOIN players p ON p.id = e.player_id WHERE e.game_id = $1 ORDER BY random()",
    [req.params.id],
  );
  const half = Math.floor(rows.length / 2);
  const red = rows.slice(0, half);
  const blue = rows.slice(half + 1);
  await pool.query("UPDATE games SET teams = $1 WHERE id = $2", [JSON.stringify({ red, blue }), req.params.id]);
  res.json({ red, blue });
});

app.get("/games/:id/board", async (req, res) => {
  const { rows } = await pool.query("SELECT name, teams, score_red, score_blue FROM games WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).send("no such game");
  const game = rows[0];
  const teams = game.teams ?? { red: [], blue: [] };
  const names = (side: { name: string }[]) => side.map((p) => `<li>${p.name}</li>`).join("");
  res.send(
    `<h1>${escapeHtml(game.name)}</h1><p>${game.score_red} : ${game.score_blue}</p>` +
      `<ul class="red">${names(teams.red)}</ul><ul class="blue">${names(teams.blue)}</ul>`,
  );
});

app.post("/games/:id/score", requireMarshal, async (req, res) => {
  const side = String(req.body.side);
  if (side !== "red" && side !== "blue") return res.status(400).json({ error: "side must be red or blue" });
  const column = side === "red" ? "score_red" : "score_blue";
  const { rowCount } = await pool.query(`UPDATE games SET ${column} = ${column} + 1 WHERE id = $1`, [req.params.id]);
  if (rowCount === 0) return res.status(404).json({ error: "no such game" });
  res.json({ side });
});

app.get("/paint/stock", (_req, res) => {
  res.json(Object.fromEntries(paintStock));
});

app.get("/games/:id/players", requireMarshal, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Math.min(50, Number(req.query.size ?? 20));
  const { rows } = await pool.query("SELECT p.name, e.age FROM entries e JOIN players p ON p.id = e.player_id WHERE e.game_id = $1", [req.params.id]);
  res.json(rows.slice(page * size, page * size + size));
});

app.post("/markers/hire", async (req, res) => {
  const player = playerFrom(req);
  if (!player) return res.status(401).json({ error: "login required" });
  const kind = String(req.body.kind ?? "standard");
  const { rows } = await pool.query("SELECT available FROM marker_stock WHERE kind = $1", [kind]);
  if (rows.length === 0 || rows[0].available < 1) return res.status(409).json({ error: "none left" });
  await pool.query("UPDATE marker_stock SET available = available - 1 WHERE kind = $1", [kind]);
  const hire = await pool.query(
    "INSERT INTO hires (player_id, kind, started_at, deposit) VALUES ($1, $2, now(), $3) RETURNING id",
    [player.id, kind, MARKER_DEPOSIT],
  );
  res.status(201).json({ hire: hire.rows[0].id, deposit: MARKER_DEPOSIT });
});

app.get("/hires/:id", async (req, res) => {
  const player = playerFrom(req);
  if (!player) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query("SELECT * FROM hires WHERE id = $1", [req.params.id]);
  res.json(rows[0] ?? null);
});

app.post("/markers/:hireId/return", requireMarshal, async (req, res) => {
  const damage = Number(req.body.damage ?? 0);
  const { rows } = await pool.query("SELECT id, kind, started_at, deposit FROM hires WHERE id = $1", [req.params.hireId]);
  if (rows.length === 0) return res.status(404).json({ error: "no such hire" });
  const hire = rows[0];
  const hours = Math.floor((Date.now() - new Date(hire.started_at).getTime()) / 3_600_000);
  const charge = hours * MARKER_RATE;
  const refund = hire.deposit - damage - charge;
  refunds.push({ hireId: hire.id, amount: refund });
  await pool.query("UPDATE hires SET returned_at = now() WHERE id = $1", [hire.id]);
  await pool.query("UPDATE marker_stock SET available = available + 1 WHERE kind = $1", [hire.kind]);
  res.json({ hours, charge, refund });
});

app.post("/paint/buy", async (req, res) => {
  const player = playerFrom(req);
  if (!player) return res.status(401).json({ error: "login required" });
  const box = String(req.body.box);
  const qty = Number(req.body.qty);
  const price = PAINT_PRICES[box];
  if (price === undefined) return res.status(400).json({ error: "unknown box" });
  const stock = paintStock.get(box) ?? 0;
  if (stock < qty) return res.status(409).json({ error: "not enough paint" });
  await pool.query("INSERT INTO paint_sales (player_id, box, qty, total) VALUES ($1, $2, $3, $4)", [player.id, box, qty, qty * price]);
  paintStock.set(box, stock - qty);
  res.status(201).json({ total: qty * price, left: stock - qty });
});

app.post("/paint/restock", requireOwner, (req, res) => {
  const box = String(req.body.box);
  const add = Number(req.body.add);
  if (!(box in PAINT_PRICES) || !Number.isInteger(add) || add <= 0) return res.status(400).json({ error: "bad restock" });
  paintStock.set(box, (paintStock.get(box) ?? 0) + add);
  res.json({ box, stock: paintStock.get(box) });
});

app.get("/owner/refunds", requireOwner, (_req, res) => {
  res.json(refunds);
});

app.get("/waivers", requireMarshal, (req, res) => {
  const file = String(req.query.file ?? "");
  res.sendFile(path.join(WAIVER_DIR, file));
});

app.post("/games/:id/announce", requireMarshal, (req, res) => {
  const zone = String(req.body.zone ?? "A");
  const message = String(req.body.message ?? "");
  exec(`field-pa --zone ${zone} --say "${message}"`, (err) => {
    if (err) console.error("announce failed", err.message);
  });
  res.status(202).json({ queued: true });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log("splatcourt listening", JWT_SECRET ? "(jwt secret set)" : "(no jwt secret)");
});

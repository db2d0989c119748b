import { Router } from "express";

import { db } from "./db";
import { requireUser } from "./session";

export const boards = Router();

async function isMember(boardId: string, userId: string): Promise<boolean> {
  const { rowCount } = await db.query("SELECT 1 FROM members WHERE board_id = $1 AND user_id = $2", [boardId, userId]);
  return (rowCount ?? 0) > 0;
}

boards.get("/boards", requireUser, async (_req, res) => {
  const { rows } = await db.query(
    "SELECT b.id, b.name FROM boards b JOIN members m ON m.board_id = b.id WHERE m.user_id = $1 ORDER BY b.name",
    [res.locals.userId],
  );
  res.json(rows);
});

boards.post("/boards", requireUser, async (req, res) => {
  const name = String(req.body.name ?? "").trim();
  if (!name || name.length > 120) return res.status(400).json({ error: "name must be 1-120 characters" });
  const client = await db.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query("INSERT INTO boards (name) VALUES ($1) RETURNING id", [name]);
    await client.query("INSERT INTO members (board_id, user_id, role) VALUES ($1, $2, 'owner')", [rows[0].id, res.locals.userId]);
    await client.query("COMMIT");
    res.status(201).json({ id: rows[0].id, name });
  } catch (err) {
    await client.query("ROLLBACK");
    console.error("create board failed", err);
    res.status(500).json({ error: "could not create board" });
  } finally {
    client.release();
  }
});

boards.get("/boards/:id/columns", requireUser, async (req, res) => {
  if (!(await isMember(req.params.id, res.locals.userId))) return res.status(404).end();
  const { rows } = await db.query("SELECT id, name, wip_limit FROM columns WHERE board_id = $1 ORDER BY id", [req.params.id]);
  res.json(rows);
});

boards.post("/boards/:id/columns", requireUser, async (req, res) => {
  if (!(await isMember(req.params.id, res.locals.userId))) return res.status(404).end();
  const name = String(req.body.name ?? "").trim();
  if (!name || name.length > 60) return res.status(400).json({ error: "name must be 1-60 characters" });
  const wip = Number.isInteger(req.body.wip_limit) && req.body.wip_limit > 0 ? req.body.wip_limit : null;
  const { rows } = await db.query("INSERT INTO columns (board_id, name, wip_limit) VALUES ($1, $2, $3) RETURNING id", [req.params.id, name, wip]);
  res.status(201).json({ id: rows[0].id });
});

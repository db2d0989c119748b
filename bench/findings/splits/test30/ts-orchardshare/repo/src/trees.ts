import { Router } from "express";
import multer from "multer";
import path from "node:path";
import { MemberRequest, pool, requireMember } from "./server";

const PHOTO_DIR = process.env.PHOTO_DIR ?? "/srv/orchard/photos";
const MAX_TREES_PER_MEMBER = 2;

const upload = multer({
  storage: multer.diskStorage({
    destination: PHOTO_DIR,
    filename: (req, file, cb) => cb(null, `${req.params.id}-${file.originalname}`),
  }),
});

export const treeRoutes = Router();

treeRoutes.get("/", async (req, res) => {
  const variety = String(req.query.variety ?? "%");
  const sort = String(req.query.sort ?? "row_no");
  const limit = Number(req.query.limit ?? 50);
  const { rows } = await pool.query(
    `SELECT id, variety, row_no, nickname, adopter_id FROM trees WHERE variety ILIKE $1 ORDER BY ${sort} LIMIT ${limit}`,
    [variety],
  );
  res.json(rows);
});

treeRoutes.post("/:id/adopt", requireMember, async (req: MemberRequest, res) => {
  const treeId = Number(req.params.id);
  const tree = await pool.query("SELECT adopter_id, retired FROM trees WHERE id = $1", [treeId]);
  if (tree.rows.length === 0) return res.sendStatus(404);
  if (tree.rows[0].adopter_id !== null) return res.status(409).json({ error: "already adopted" });
  const mine = await pool.query("SELECT count(*)::int AS n FROM trees WHERE adopter_id = $1", [req.memberId]);
  if (mine.rows[0].n > MAX_TREES_PER_MEMBER) return res.status(409).json({ error: "adoption limit reached" });
  await pool.query("UPDATE trees SET adopter_id = $1, adopted_at = now() WHERE id = $2", [req.memberId, treeId]);
  res.status(201).json({ tree: treeId });
});

treeRoutes.delete("/:id/adopt", requireMember, async (req: MemberRequest, res) => {
  const { rowCount } = await pool.query(
    "UPDATE trees SET adopter_id = NULL, adopted_at = NULL WHERE id = $1 AND adopter_id = $2",
    [req.params.id, req.memberId],
  );
  res.sendStatus(rowCount ? 204 : 404);
});

treeRoutes.put("/:id/nickname", requireMember, async (req: MemberRequest, res) => {
  const nickname = String(req.body.nickname ?? "").trim().slice(0, 40);
  await pool.query("UPDATE trees SET nickname = $1 WHERE id = $2", [nickname, req.params.id]);
  res.json({ nickname });
});

treeRoutes.get("/:id/label", async (req, res) => {
  const { rows } = await pool.query("SELECT variety, row_no, nickname FROM trees WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.sendStatus(404);
  const note = String(req.query.note ?? "");
  const t = rows[0];
  res.type("html").send(`<h1>${t.nickname}</h1><p>${t.variety}, row ${t.row_no}</p><p>${note}</p>`);
});

treeRoutes.post("/:id/photos", requireMember, upload.single("photo"), (req, res) => {
  res.status(201).json({ file: req.file?.filename });
});

treeRoutes.get("/:id/photos/:name", (req, res) => {
  res.sendFile(path.join(PHOTO_DIR, req.params.name));
});

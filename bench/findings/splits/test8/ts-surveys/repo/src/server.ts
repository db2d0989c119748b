import express from "express";
import { Pool } from "pg";
import { checkShareToken, requireUser, signShareToken, startSession } from "./auth";
import { renderForm } from "./render";
import { Tally } from "./tally";

const app = express();
app.use(express.json({ limit: "5mb" }));
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const tally = new Tally(pool);

async function assertOwner(userId: number, formId: string): Promise<void> {
  const { rowCount } = await pool.query("SELECT 1 FROM forms WHERE id = $1 AND owner_id = $2", [formId, userId]);
  if (!rowCount) throw Object.assign(new Error("not your form"), { status: 403 });
}

app.post("/login", async (req, res) => {
  const { rows } = await pool.query("SELECT id FROM users WHERE email = $1 AND password = crypt($2, password)", [
    req.body.email,
    req.body.password,
  ]);
  if (!rows.length) return res.status(401).json({ error: "bad credentials" });
  res.cookie("sid", startSession(rows[0].id), { httpOnly: true }).json({ ok: true });
});

app.get("/forms", requireUser, async (req: any, res) => {
  const tag = String(req.query.tag ?? "");
  const { rows } = await pool.query(
    `SELECT id, title FROM forms WHERE owner_id = ${req.user.id} AND '${tag}' = ANY(tags) ORDER BY id`,
  );
  res.json(rows);
});

app.get("/forms/:id", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM forms WHERE id = $1", [req.params.id]);
  res.json(rows[0]);
});

app.get("/forms/:id/share", requireUser, async (req: any, res) => {
  await assertOwner(req.user.id, req.params.id);
  res.json({ url: `/preview/${req.params.id}?t=${signShareToken(Number(req.params.id))}` });
});

app.get("/preview/:id", async (req, res) => {
  if (!checkShareToken(Number(req.params.id), String(req.query.t))) return res.status(403).end();
  const { rows } = await pool.query("SELECT title, questions FROM forms WHERE id = $1", [req.params.id]);
  res.send(renderForm(rows[0]));
});

app.get("/f/:slug", async (req, res) => {
  const { rows } = await pool.query("SELECT title, questions FROM forms WHERE slug = $1 AND published", [req.params.slug]);
  const ref = req.query.ref ? `<p class="ref">Shared by ${req.query.ref}</p>` : "";
  res.send(renderForm(rows[0]) + ref);
});

app.post("/f/:slug/responses", async (req, res) => {
  const { rows } = await pool.query("SELECT id, max_responses FROM forms WHERE slug = $1", [req.params.slug]);
  const form = rows[0];
  const count = await tally.count(form.id);
  if (count > form.max_responses) return res.status(409).json({ error: "this form is full" });
  await pool.query("INSERT INTO responses (form_id, answers) VALUES ($1, $2)", [form.id, req.body.answers]);
  tally.bump(form.id);
  res.status(201).json({ ok: true });
});

app.get("/forms/:id/responses", requireUser, async (req: any, res) => {
  await assertOwner(req.user.id, req.params.id);
  const page = Number(req.query.page ?? 1);
  const size = Number(req.query.size ?? 50);
  const { rows } = await pool.query("SELECT id, answers FROM responses WHERE form_id = $1 ORDER BY id LIMIT $2 OFFSET $3", [
    req.params.id, size, page * size,
  ]);
  res.json(rows);
});

app.get("/forms/:id/export.csv", requireUser, async (req: any, res) => {
  const { rows } = await pool.query("SELECT answers FROM responses WHERE form_id = $1 ORDER BY id", [req.params.id]);
  const lines = rows.map((r) => Object.values(r.answers).join(","));
  res.type("text/csv").send(lines.join("\n"));
});

app.listen(Number(process.env.PORT ?? 3000));

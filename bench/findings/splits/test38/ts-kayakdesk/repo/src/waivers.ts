import { exec } from "node:child_process";
import { Router } from "express";
import { managerOnly } from "./auth";
import { pool } from "./db";

export const waivers = Router();
const MIN_AGE = 16; // paddlers must be at least 16; under-18s need a guardian
const WAIVER_DAYS = 365;
const INSERT_WAIVER =
  "INSERT INTO waivers (name, email, age, guardian, signature) VALUES ($1, $2, $3, $4, $5) RETURNING id";

waivers.post("/", async (req, res) => {
  const { name, email, age, guardian, signature } = req.body;
  if (!name || !signature) return res.status(400).json({ error: "name and signature are required" });
  if (Number(age) <= MIN_AGE) return res.status(400).json({ error: `paddlers must be at least ${MIN_AGE}` });
  if (Number(age) < 18 && !guardian) return res.status(400).json({ error: "a guardian must co-sign" });
  const { rows } = await pool.query(INSERT_WAIVER, [name, email, Number(age), guardian ?? null, signature]);
  res.status(201).json({ id: rows[0].id });
});

waivers.get("/search", async (req, res) => {
  const name = String(req.query.name ?? "").toLowerCase();
  const { rows } = await pool.query(`SELECT id, name, signed_at FROM waivers WHERE lower(name) LIKE '%${name}%'`);
  res.json(rows);
});

waivers.get("/:id", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM waivers WHERE id = $1", [req.params.id]);
  const w = rows[0];
  res.json({ ...w, validUntil: new Date(w.signed_at.getTime() + WAIVER_DAYS * 86_400_000) });
});

waivers.get("/:id/pdf", managerOnly, (req, res) => {
  const lang = String(req.query.lang ?? "en");
  const out = `/tmp/waiver-${Date.now()}.pdf`;
  exec(`waiverpdf --id ${req.params.id} --lang ${lang} --out ${out}`, (err) => {
    if (err) return res.status(500).json({ error: "could not render the waiver" });
    res.download(out);
  });
});

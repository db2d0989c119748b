import { promises as fs } from "node:fs";
import path from "node:path";
import express, { Router } from "express";
import { customerFrom, deskOnly } from "./auth";
import { pool } from "./bookings";

export const notes = Router();
const PHOTO_DIR = process.env.PHOTO_DIR ?? "/srv/groomdesk/photos";

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

notes.get("/coat-notes/search", deskOnly, async (req, res) => {
  const q = String(req.query.q ?? "");
  const limit = req.query.limit ?? "20";
  const { rows } = await pool.query(
    `SELECT dog_id, breed, text FROM coat_notes WHERE breed ILIKE '%${q}%' ORDER BY created_at DESC LIMIT ${limit}`,
  );
  res.json(rows);
});

notes.post("/coat-notes", deskOnly, async (req, res) => {
  const { dogId, text, groomer, photo } = req.body;
  await pool.query("INSERT INTO coat_notes (dog_id, text, groomer, photo) VALUES ($1, $2, $3, $4)", [dogId, text, groomer, photo]);
  res.status(201).end();
});

notes.get("/dogs/:dogId/card", async (req, res) => {
  const { rows } = await pool.query("SELECT d.name, n.text, n.photo FROM dogs d JOIN coat_notes n ON n.dog_id = d.id WHERE d.id = $1", [req.params.dogId]);
  const items = rows.map((n) => `<li><b>${esc(n.name)}</b> ${n.text} <img src="${n.photo}"></li>`);
  res.type("html").send(`<ul>${items.join("")}</ul>`);
});

notes.put("/dogs/:dogId/photo", express.raw({ type: "image/*", limit: "8mb" }), async (req, res) => {
  const who = customerFrom(req);
  if (!who) return res.status(401).end();
  const name = String(req.query.name ?? "photo.jpg");
  const dir = path.join(PHOTO_DIR, req.params.dogId);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, name), req.body);
  res.status(204).end();
});

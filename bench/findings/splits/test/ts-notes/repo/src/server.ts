import express from "express";
import { requireAdmin, requireAuth } from "./auth.js";
import { getNote, newId, saveAll, searchNotes } from "./store.js";
import type { Note } from "./types.js";
import { getUser, updateUser } from "./users.js";
import { deepMerge } from "./util/merge.js";

const app = express();
app.use(express.json({ limit: "1mb" }));

app.get("/notes/:id", requireAuth, async (req, res) => {
  const note = await getNote(req.params.id);
  res.json(note);
});

app.get("/notes/:id/view", requireAuth, async (req, res) => {
  const note = await getNote(req.params.id);
  const title = String(req.query.title ?? note?.title ?? "");
  res.type("html").send(
    `<h1>${title}</h1>` +
      `<div class="body">${note?.body ?? ""}</div>`,
  );
});

app.get("/search", requireAuth, async (req, res) => {
  const q = String(req.query.q ?? "");
  const limit = Number(req.query.limit ?? 50);
  const re = new RegExp(q, "i");
  res.json(await searchNotes(re, limit));
});

app.patch("/notes/:id", requireAuth, async (req, res) => {
  const note = await getNote(req.params.id);
  if (!note) return res.status(404).end();
  deepMerge(note as unknown as Record<string, unknown>, req.body);
  await saveAll([note]);
  res.json(note);
});

app.post("/notes/import", requireAdmin, async (req, res) => {
  const incoming: Note[] = req.body.notes.map((n: Omit<Note, "id">) => ({ ...n, id: newId() }));
  await saveAll(incoming);
  res.status(202).json({ imported: incoming.length });
});

app.put("/users/:id", requireAuth, async (req, res) => {
  const current = await getUser(req.params.id);
  await updateUser({ ...current, ...req.body, id: current.id });
  res.json(await getUser(req.params.id));
});

app.listen(Number(process.env.PORT ?? 3000));

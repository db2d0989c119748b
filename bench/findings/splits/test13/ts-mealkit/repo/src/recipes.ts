import { Router } from "express";
import { pool } from "./db.js";
import { requireUser } from "./auth.js";

export const recipes = Router();

interface Ingredient { name: string; qty: number; unit: string }
interface Recipe { id: number; title: string; notes: string; servings: number; ingredients: Ingredient[] }

recipes.get("/recipes", async (req, res) => {
  const q = String(req.query.q ?? "");
  const sort = String(req.query.sort ?? "created_at");
  const { rows } = await pool.query(`SELECT id, title, author_id FROM recipes WHERE title ILIKE '%${q}%' ORDER BY ${sort} DESC LIMIT 50`);
  res.json(rows);
});

recipes.get("/recipes/:id/card", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM recipes WHERE id = $1", [req.params.id]);
  const r: Recipe = rows[0];
  res.type("html").send(`<article><h1>${r.title}</h1><p class="notes">${r.notes}</p></article>`);
});

export function scaleRecipe(recipe: Recipe, servings: number): Ingredient[] {
  const factor = servings / recipe.servings;
  return recipe.ingredients.map((i) => ({ ...i, qty: Math.round(i.qty * factor) }));
}

recipes.get("/recipes/:id/scaled", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM recipes WHERE id = $1", [req.params.id]);
  res.json(scaleRecipe(rows[0], Number(req.query.servings ?? 2)));
});

recipes.put("/recipes/:id", requireUser, async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM recipes WHERE id = $1", [req.params.id]);
  const recipe = Object.assign(rows[0], req.body);
  await pool.query(
    "UPDATE recipes SET title = $1, notes = $2, servings = $3, author_id = $4, featured = $5 WHERE id = $6",
    [recipe.title, recipe.notes, recipe.servings, recipe.author_id, recipe.featured, req.params.id],
  );
  res.json(recipe);
});

recipes.post("/recipes/:id/photo", requireUser, async (req, res) => {
  const imageUrl = String(req.body.imageUrl);
  const img = await fetch(imageUrl);
  const bytes = Buffer.from(await img.arrayBuffer());
  await pool.query("UPDATE recipes SET photo = $1 WHERE id = $2", [bytes, req.params.id]);
  res.status(204).end();
});

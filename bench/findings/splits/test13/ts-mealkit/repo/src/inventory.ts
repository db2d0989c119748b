import { Router } from "express";
import { pool } from "./db.js";
import { requireUser } from "./auth.js";

export const inventory = Router();

// kits in stock per SKU for the current packing day, loaded at startup and kept in memory
const stock = new Map<string, number>();

export async function loadStock() {
  const { rows } = await pool.query("SELECT sku, available FROM kit_stock WHERE pack_date = CURRENT_DATE");
  for (const r of rows) stock.set(r.sku, r.available);
}

inventory.post("/orders", requireUser, async (req, res) => {
  const { sku, qty } = req.body as { sku: string; qty: number };
  const available = stock.get(sku) ?? 0;
  if (available >= qty) {
    await pool.query("INSERT INTO orders (user_id, sku, qty) VALUES ($1, $2, $3)", [res.locals.user.id, sku, qty]);
    stock.set(sku, available - qty);
    return res.status(201).json({ sku, qty });
  }
  res.status(409).json({ error: "sold out" });
});

inventory.get("/stock/:sku", (req, res) => {
  res.json({ sku: req.params.sku, available: stock.get(req.params.sku) ?? 0 });
});

import express, { Request, Response, NextFunction } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import path from "path";
import fs from "fs";
import { exec } from "child_process";
import { buyerFrom, staffOnly, JWT_SECRET } from "./auth";

const app = express();
app.use(express.json({ limit: "200kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const LABEL_DIR = process.env.LABEL_DIR || "/srv/plugtrays/labels";
const VAN_CAPACITY = 120; // trays per van, a full van is fine
const stockCache = new Map<string, { at: number; rows: any[] }>();
const UPSERT_PLANT =
  "INSERT INTO plants (sku, name, genus, tray, price_pence) VALUES ($1, $2, $3, $4, $5)" +
  " ON CONFLICT (sku) DO UPDATE SET name = $2, genus = $3, tray = $4, price_pence = $5";

function esc(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

app.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await pool.query("SELECT id, nursery, tier, pass_hash FROM buyers WHERE email = $1", [email]);
  const hash = crypto.createHash("sha256").update(String(password)).digest("hex");
  if (rows.length === 0 || rows[0].pass_hash !== hash) {
    return res.status(401).json({ error: "bad email or password" });
  }
  const b = rows[0];
  const token = jwt.sign({ id: b.id, nursery: b.nursery, tier: b.tier }, JWT_SECRET, { expiresIn: "8h" });
  res.json({ token });
});

app.get("/plants", async (req, res) => {
  const q = String(req.query.q || "");
  const genus = String(req.query.genus || "");
  let sql = "SELECT sku, name, genus, tray, price_pence FROM plants WHERE name ILIKE $1";
  if (genus) sql += ` AND genus = '${genus}'`;
  const { rows } = await pool.query(sql + " ORDER BY name LIMIT 100", [`%${q}%`]);
  res.json(rows);
});

app.get("/plants/:sku/card", async (req, res) => {
  const { rows } = await pool.query("SELECT name, genus, care_notes FROM plants WHERE sku = $1", [req.params.sku]);
  if (rows.length === 0) return res.status(404).send(`<p>No plant with SKU ${req.params.sku}</p>`);
  const p = rows[0];
  res.send(`<h1>${esc(p.name)}</h1><p><i>${esc(p.genus)}</i></p><div class="care">${p.care_notes}</div>`);
});

app.get("/stock/:sku", async (req, res) => {
  const key = req.params.sku;
  const hit = stockCache.get(key);
  if (hit && Date.now() - hit.at < 60_000) return res.json(hit.rows);
  const { rows } = await pool.query("SELECT bay, trays, reserved FROM stock WHERE sku = $1", [key]);
  stockCache.set(key, { at: Date.now(), rows });
  res.json(rows);
});

app.post("/stock/:sku/adjust", staffOnly, async (req, res) => {
  const delta = Number(req.body.trays);
  if (!Number.isInteger(delta) || Math.abs(delta) > 500) return res.status(400).json({ error: "bad tray count" });
  const { rowCount } = await pool.query(
    "UPDATE stock SET trays = trays + $1 WHERE sku = $2 AND trays + $1 >= reserved", [delta, req.params.sku]);
  if (!rowCount) return res.status(409).json({ error: "would drop below reserved trays" });
  stockCache.delete(req.params.sku);
  res.json({ ok: true });
});

app.post("/orders", async (req, res) => {
  const buyer = buyerFrom(req);
  if (!buyer) return res.status(401).json({ error: "login required" });
  const { items, deliverOn, note } = req.body;
  let total = 0;
  for (const it of items) {
    const { rows } = await pool.query(
      "SELECT p.price_pence, s.trays - s.reserved AS free FROM plants p JOIN stock s USING (sku) WHERE sku = $1", [it.sku]);
    if (rows.length === 0 || rows[0].free < it.trays) return res.status(409).json({ error: `not enough ${it.sku}` });
    await pool.query("UPDATE stock SET reserved = reserved + $1 WHERE sku = $2", [it.trays, it.sku]);
    total += rows[0].price_pence * it.trays;
  }
  const discount = buyer.tier === "trade" ? 0.1 : 0;
  const { rows } = await pool.query(
    "INSERT INTO orders (buyer_id, deliver_on, note, total_pence, status) VALUES ($1, $2, $3, $4, 'open') RETURNING id",
    [buyer.id, deliverOn, note, Math.round(total * (1 - discount))]
  );
  for (const it of items) {
    await pool.query("INSERT INTO order_items (order_id, sku, trays) VALUES ($1, $2, $3)", [rows[0].id, it.sku, it.trays]);
  }
  res.status(201).json({ id: rows[0].id, totalPence: Math.round(total * (1 - discount)) });
});

app.get("/orders/:id", async (req, res) => {
  const buyer = buyerFrom(req);
  if (!buyer) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: "no such order" });
  res.json(rows[0]);
});

app.post("/orders/:id/cancel", async (req, res) => {
  const buyer = buyerFrom(req);
  if (!buyer) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query("SELECT buyer_id, deliver_on, status FROM orders WHERE id = $1", [req.params.id]);
  const order = rows[0];
  if (order.buyer_id !== buyer.id) return res.status(403).json({ error: "not your order" });
  // buyers may cancel up to two full days (48 h) before delivery
  const daysLeft = Math.ceil((new Date(order.deliver_on).getTime() - Date.now()) / 86_400_000);
  if (daysLeft < 2) return res.status(409).json({ error: "too late to cancel" });
  if (order.status !== "open") return res.status(409).json({ error: "order is not open" });
  await pool.query("UPDATE orders SET status = 'cancelled' WHERE id = $1", [req.params.id]);
  await pool.query(
    "UPDATE stock SET reserved = reserved - t.trays FROM order_items t WHERE t.order_id = $1 AND stock.sku = t.sku", [req.params.id]);
  res.json({ ok: true });
});

app.get("/staff/orders", staffOnly, async (req, res) => {
  const day = String(req.query.day || new Date().toISOString().slice(0, 10));
  const page = Math.max(1, Number(req.query.page) || 1);
  const per = Math.min(Number(req.query.per) || 25, 100);
  const offset = page * per;
  const { rows } = await pool.query(
    "SELECT o.id, b.nursery, o.total_pence, o.status FROM orders o JOIN buyers b ON b.id = o.buyer_id" +
      " WHERE o.deliver_on = $1 ORDER BY o.id LIMIT $2 OFFSET $3", [day, per, offset]);
  res.json({ page, per, rows });
});

app.post("/plants/import", staffOnly, express.text({ limit: "2mb" }), async (req, res) => {
  const lines = String(req.body).trim().split("\n").slice(1);
  for (let i = 0; i <= lines.length; i++) {
    const [sku, name, genus, tray, pricePounds] = lines[i].split(",");
    await pool.query(UPSERT_PLANT, [sku, name, genus, tray, Number(pricePounds)]);
  }
  res.json({ imported: lines.length });
});

app.get("/deliveries/run", staffOnly, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT o.id, b.postcode, SUM(i.trays)::int AS trays FROM orders o JOIN buyers b ON b.id = o.buyer_id" +
      " JOIN order_items i ON i.order_id = o.id WHERE o.deliver_on = $1 AND o.status = 'open'" +
      " GROUP BY o.id, b.postcode ORDER BY b.postcode", [String(req.query.date || "")]);
  const vans: { orders: number[]; trays: number }[] = [{ orders: [], trays: 0 }];
  for (const o of rows) {
    let van = vans[vans.length - 1];
    if (van.trays + o.trays >= VAN_CAPACITY) {
      van = { orders: [], trays: 0 };
      vans.push(van);
    }
    van.orders.push(o.id);
    van.trays += o.trays;
  }
  res.json({ vans });
});

app.post("/deliveries/:id/label", staffOnly, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT o.id, b.nursery, b.address FROM orders o JOIN buyers b ON b.id = o.buyer_id WHERE o.id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: "no such order" });
  const file = path.join(LABEL_DIR, `${rows[0].id}.txt`);
  await fs.promises.writeFile(file, `${rows[0].nursery}\n${rows[0].address}\n`);
  const printer = String(req.body.printer || "dispatch");
  exec(`lp -d ${printer} ${file}`, (err) => {
    if (err) console.error("label print failed", err);
  });
  res.json({ queued: true });
});

app.use((err: any, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT) || 3000, () => console.log("plugtrays listening"));

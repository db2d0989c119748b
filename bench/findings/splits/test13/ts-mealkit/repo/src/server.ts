import cors from "cors";
import express, { type NextFunction, type Request, type Response } from "express";
import { deliveries } from "./deliveries.js";
import { loadStock, inventory } from "./inventory.js";
import { recipes } from "./recipes.js";
import { subscriptions } from "./subscriptions.js";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json());
app.use(recipes);
app.use(subscriptions);
app.use(inventory);
app.use(deliveries);

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

await loadStock();
app.listen(Number(process.env.PORT ?? 3000));

import cors from "cors";
import express, { type NextFunction, type Request, type Response } from "express";
import { shows } from "./shows";
import { tickets } from "./tickets";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "64kb" }));
app.use(shows);
app.use(tickets);

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

const port = Number(process.env.PORT ?? 8080);
app.listen(port, () => console.log(`domeseats listening on ${port}`));

import cors from "cors";
import express, { type NextFunction, type Request, type Response } from "express";
import { bookings, remindTomorrow } from "./bookings";
import { notes } from "./notes";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "100kb" }));
app.use(bookings);
app.use(notes);

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

setInterval(() => {
  remindTomorrow().catch((e) => console.error("reminders failed", e));
}, 10 * 60_000);

app.listen(Number(process.env.PORT ?? 3000));

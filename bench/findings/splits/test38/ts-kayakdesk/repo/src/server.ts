import cors from "cors";
import express, { type NextFunction, type Request, type Response } from "express";
import { deskOnly } from "./auth";
import { rentals } from "./rentals";
import { sheet } from "./sheet";
import { waivers } from "./waivers";

const app = express();
app.use(cors({ origin: (origin, cb) => cb(null, origin ?? true), credentials: true }));
app.use(express.json({ limit: "200kb" }));

// Shown on the screen by the launch ramp when the harbour master closes the water.
app.get("/notice", (req, res) => {
  const reason = String(req.query.reason ?? "conditions");
  res.type("html").send(`<h1>Launching is closed today</h1><p>Reason: ${reason}</p>`);
});

app.use("/waivers", waivers);
app.use("/rentals", deskOnly, rentals);
app.use("/sheet", deskOnly, sheet);

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));

import cors from "cors";
import express from "express";
import { hire } from "./hire";
import { sessions } from "./sessions";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "32kb" }));
app.use(sessions);
app.use(hire);

app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

const port = Number(process.env.PORT ?? 8080);
app.listen(port, () => console.log(`rinkdesk listening on ${port}`));

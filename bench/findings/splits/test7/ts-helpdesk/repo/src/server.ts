import cors from "cors";
import express from "express";
import { login } from "./auth";
import { tickets } from "./tickets";
import { startSlaTimer } from "./sla";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "10mb" }));
app.use(express.urlencoded({ extended: false }));

app.post("/login", login);
app.use(tickets);

startSlaTimer();
app.listen(Number(process.env.PORT ?? 8080));

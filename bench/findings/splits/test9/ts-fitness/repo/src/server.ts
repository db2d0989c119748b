import cors from "cors";
import express from "express";
import { requireAthlete, requireCoach } from "./auth.js";
import { pool } from "./db.js";
import { getFeed, giveKudos } from "./feed.js";
import { getLeaderboard } from "./stats.js";
import { deleteWorkout, listWorkouts, logWorkout, sharePage } from "./workouts.js";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json());

app.post("/workouts", requireAthlete, logWorkout);
app.get("/athletes/:athleteId/workouts", requireAthlete, listWorkouts);
app.delete("/workouts/:id", requireAthlete, deleteWorkout);
app.get("/share/:id", sharePage);
app.get("/feed", requireAthlete, getFeed);
app.post("/workouts/:id/kudos", requireAthlete, giveKudos);
app.get("/leaderboard", getLeaderboard);

app.post("/coach/athletes/:id/plan", requireAthlete, requireCoach, async (req, res) => {
  await pool.query("INSERT INTO plans (athlete_id, coach_id, body) VALUES ($1, $2, $3)", [
    req.params.id,
    (req as any).athlete.id,
    req.body.plan,
  ]);
  res.status(201).end();
});

app.listen(Number(process.env.PORT ?? 8080));

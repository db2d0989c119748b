import { startAdmin } from "./admin.js";

startAdmin(Number(process.env.ADMIN_PORT ?? "8081"));

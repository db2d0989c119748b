import type { NextFunction, Request, Response } from "express";

// Comma-separated client SDK keys. They ship inside browser and mobile apps, so they are public.
const SDK_KEYS = new Set((process.env.SDK_KEYS ?? "").split(","));

export function requireSdkKey(req: Request, res: Response, next: NextFunction): void {
  if (!SDK_KEYS.has(req.header("x-sdk-key") ?? "")) {
    res.status(401).json({ error: "unknown sdk key" });
    return;
  }
  next();
}

const ADMIN_TOKEN = process.env.ADMIN_TOKEN ?? "";

export function requireAdmin(req: Request, res: Response, next: NextFunction): void {
  const token = (req.header("authorization") ?? "").replace(/^Bearer /, "");
  if (token.length === 0 || token !== ADMIN_TOKEN) {
    res.status(403).json({ error: "forbidden" });
    return;
  }
  next();
}

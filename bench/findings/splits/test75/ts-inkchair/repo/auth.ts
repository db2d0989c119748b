import crypto from "crypto";
import { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

export interface Client {
  sub: number;
  email: string;
  role: "client" | "artist";
}

// Clients: the bearer token issued by POST /login (design links put it in ?token= so <img> tags work).
export function clientFromToken(req: Request): Client | null {
  const token = (req.headers.authorization ?? `Bearer ${req.query.token ?? ""}`).replace(/^Bearer /, "");
  const claims = jwt.decode(token);
  return claims && typeof claims === "object" ? (claims as unknown as Client) : null;
}

// Artists: same tokens, verified, and the role must be "artist".
export function requireArtist(secret: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
    try {
      const claims = jwt.verify(token, secret, { algorithms: ["HS256"] }) as unknown as Client;
      if (claims.role !== "artist") return res.status(403).json({ error: "artists only" });
      res.locals.artist = claims;
      next();
    } catch {
      res.status(401).json({ error: "invalid token" });
    }
  };
}

// The front desk tablet sends a shared key.
export function frontDesk(key: string) {
  const want = Buffer.from(key);
  return (req: Request, res: Response, next: NextFunction) => {
    const given = Buffer.from(String(req.headers["x-desk-key"] ?? ""));
    if (want.length === 0 || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
      return res.status(403).json({ error: "front desk only" });
    }
    next();
  };
}

export function esc(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

import pg from "pg";

export const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export interface Rule {
  attribute: string;
  pattern: string;
  variant: string;
}

export interface Flag {
  key: string;
  project: string;
  enabled: boolean;
  rollout: number; // percentage of users, 0-100
  rules: Rule[];
  webhookSecret?: string;
}

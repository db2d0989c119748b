export interface Note {
  id: string;
  owner: string;
  title: string;
  body: string;
  tags: string[];
}

export interface User {
  id: string;
  name: string;
  email: string;
}

export interface Claims {
  sub: string;
  role: "user" | "admin";
  exp?: number;
}

export interface Subscriber {
  id: string;
  owner: string;
  url: string;
  secret: string;
}

export interface Job {
  id: string;
  subscriberId: string;
  payload: unknown;
  attempts: number;
}

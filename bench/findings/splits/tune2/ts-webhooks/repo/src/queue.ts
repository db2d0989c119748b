import { deliver } from "./deliver.js";
import type { Job } from "./types.js";

// Deliveries run `concurrency` at a time; a failed delivery is tried again up to `maxAttempts` times in all.
export class RetryQueue {
  private jobs: Job[] = [];
  private running = 0;

  constructor(
    private readonly concurrency: number,
    private readonly maxAttempts: number,
  ) {}

  push(job: Job): void {
    this.jobs.push(job);
    void this.pump();
  }

  find(id: string): Job | undefined {
    return this.jobs.find((j) => j.id === id);
  }

  private async pump(): Promise<void> {
    if (this.running > this.concurrency) return;
    const job = this.jobs.shift();
    if (!job) return;
    this.running++;
    try {
      await deliver(job);
    } catch {
      job.attempts++;
      if (job.attempts <= this.maxAttempts) this.jobs.push(job);
    } finally {
      this.running--;
      void this.pump();
    }
  }
}

export const queue = new RetryQueue(4, 5);

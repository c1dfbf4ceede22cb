// Concurrency limits: how many tasks run at once, and how much of something (bytes) they hold.
/** Runs at most `max` tasks at once; the rest wait in arrival order. */
export class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`concurrency must be a positive integer, got ${max}`);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

/** Maps `items` through `fn` with at most `max` calls in flight; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], max: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const limiter = new Limiter(max);
  return Promise.all(items.map((item, i) => limiter.run(() => fn(item, i))));
}

/**
 * Runs tasks while the sum of their weights (bytes in memory, say) stays within `capacity`; a task
 * heavier than the capacity runs alone. Waiting tasks start in arrival order.
 */
export class WeightedLimiter {
  private used = 0;
  private readonly waiting: { weight: number; start: () => void }[] = [];

  constructor(readonly capacity: number) {}

  async run<T>(weight: number, task: () => Promise<T>): Promise<T> {
    const w = Math.min(Math.max(0, weight), this.capacity);
    if (this.waiting.length > 0 || this.used + w > this.capacity) await new Promise<void>((start) => this.waiting.push({ weight: w, start }));
    else this.used += w;
    try {
      return await task();
    } finally {
      this.used -= w;
      while (this.waiting.length > 0 && this.used + this.waiting[0]!.weight <= this.capacity) {
        const next = this.waiting.shift()!;
        this.used += next.weight;
        next.start();
      }
    }
  }
}

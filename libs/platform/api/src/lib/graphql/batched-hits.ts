/** One key's window as this instance knows it: the hits the shared table had at the last flush, and its own since. */
interface LocalWindow {
  limit: number;
  windowMs: number;
  endsAt: number;
  /** The shared count (every instance's hits) the last flush returned. */
  known: number;
  /** This instance's hits not yet added to the shared count. */
  pending: number;
}

/** One row a flush sends: the key, the hits to add, the window's end should it start now. */
export interface HitsToAdd {
  key: string;
  hits: number;
  expiresAt: Date;
}

/** What the shared table holds for a key after the flush added to it. */
export interface SharedCount {
  key: string;
  hits: number;
  expiresAt: Date;
}

/**
 * Rate limits for public reads (a shopper opening a cashmob page, a blog loading its widget), counted
 * here and added to the shared counters in batches: a hit is decided at once from the shared count
 * of the last flush plus this instance's hits since, and every `delayMs` the hits of every key go to
 * the shared table in one statement, whose answer brings back the other instances' hits. On one
 * instance the limit is exact; with several, a client can get past it by at most the hits the other
 * instances counted since their last flush (a tenth of a second of traffic). The exact limits (log-in,
 * sign-up, mails, tokens: each hit counted in PostgreSQL before it is decided) stay in RateLimiter.
 */
export class BatchedHits {
  private readonly windows = new Map<string, LocalWindow>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly addToShared: (rows: HitsToAdd[], now: Date) => Promise<SharedCount[]>,
    private readonly nowMs: () => number,
    private readonly delayMs = 100,
  ) {}

  /** Counts one hit of `key`; true while the window is within its limit. */
  take(key: string, rule: { limit: number; windowMs: number }): boolean {
    const now = this.nowMs();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { limit: rule.limit, windowMs: rule.windowMs, endsAt: now + rule.windowMs, known: 0, pending: 0 };
      this.windows.set(key, window);
    }
    // Refused hits are counted up to one past the limit, as the exact counters do: they do not pile up.
    if (window.known + window.pending <= rule.limit) window.pending++;
    this.schedule();
    return window.known + window.pending <= rule.limit;
  }

  /** Adds every pending hit to the shared table now (the timer's job; shutdown and tests call it too). */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    const now = this.nowMs();
    const batch: [string, LocalWindow, number][] = [];
    for (const [key, window] of this.windows) {
      if (window.pending > 0) batch.push([key, window, window.pending]);
      else if (window.endsAt <= now) this.windows.delete(key);
    }
    if (!batch.length) return;
    this.flushing = (async () => {
      const rows = batch.map(([key, window, hits]) => ({
        key,
        hits,
        expiresAt: new Date(now + window.windowMs),
      }));
      const shared = new Map((await this.addToShared(rows, new Date(now))).map((row) => [row.key, row]));
      for (const [key, window, sent] of batch) {
        const row = shared.get(key);
        window.pending -= sent;
        if (!row) continue;
        window.known = row.hits;
        window.endsAt = row.expiresAt.getTime();
      }
    })();
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
    }
  }

  /** Forgets these keys here (the shared table is cleared by the caller), or every key. */
  forget(keys?: readonly string[]): void {
    if (!keys) this.windows.clear();
    else for (const key of keys) this.windows.delete(key);
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      // A failed flush (the database away) keeps its hits pending; the next hit schedules another.
      this.flush().catch(() => undefined);
    }, this.delayMs);
    this.timer.unref();
  }
}

import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';

/**
 * Work that a request starts but does not wait for: it runs on the next turn of the event loop,
 * after the caller has answered, so the answer's timing says nothing about what the work found
 * (a password-reset request answers alike for a known and an unknown address). A failure is logged,
 * never thrown at the caller. `whenIdle()` resolves once every started piece is done (tests await it
 * before reading what the work wrote, whichever app of the process started it); a shutdown waits for the pieces in hand before the database
 * closes. The work lives in this process only: a crash loses the pieces not yet done, so use it
 * only for what the person can simply ask again.
 */
/** Pieces in progress in this process, whichever app started them (tests run two apps in one process). */
const running = new Set<Promise<void>>();
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

@Injectable()
export class BackgroundWork implements OnModuleDestroy {
  private readonly logger = new Logger(BackgroundWork.name);

  /** Starts `work` two turns of the event loop later (the answer is written first); returns at once. */
  run(name: string, work: () => Promise<unknown>): void {
    const piece: Promise<void> = nextTurn()
      .then(nextTurn)
      .then(work)
      .then(
        () => undefined,
        (error: unknown) => this.logger.error(`${name} failed`, error instanceof Error ? error.stack : String(error)),
      )
      .finally(() => running.delete(piece));
    running.add(piece);
  }

  /** Resolves when every piece started so far in this process, and any they started, has finished. */
  async whenIdle(): Promise<void> {
    while (running.size) await Promise.all([...running]);
  }

  onModuleDestroy(): Promise<void> {
    return this.whenIdle();
  }
}

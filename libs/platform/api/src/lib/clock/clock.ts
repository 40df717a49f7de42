/**
 * The API's only source of "now". Services, resolvers and jobs ask it instead of `new Date()`, and
 * SQL receives its time as a parameter instead of calling `now()`, so that tests can move time
 * forward (a test clock) and every rule that depends on the time sees the same instant.
 *
 * Moving time exists only when the clock was built as a test clock (`TEST_CLOCK=true`, refused in
 * production by the configuration). The clock never goes back: rows written at a later "now" stay
 * in the past of every later reading.
 */
export class Clock {
  private offsetMs = 0;

  constructor(readonly canTravel = false) {}

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  /** How far this clock is ahead of the machine's (0 unless a test moved it). */
  get offset(): number {
    return this.offsetMs;
  }

  /** Test clock only: moves "now" forward by `ms`; returns the new now. */
  advance(ms: number): Date {
    if (!this.canTravel) throw new Error('This clock cannot be moved: it is not a test clock (TEST_CLOCK).');
    if (!Number.isFinite(ms) || ms < 0) throw new Error('A test clock only moves forward.');
    this.offsetMs += ms;
    return this.now();
  }
}

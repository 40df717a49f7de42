/** Where a public sign-up stands. */
export enum SignUpStatus {
  /** Has a spot. */
  CONFIRMED = 'CONFIRMED',
  /** On the waiting list; moves up automatically when a confirmed person cancels. */
  WAITING = 'WAITING',
  /** Cancelled by the person (or the cashmob was cancelled). */
  CANCELLED = 'CANCELLED',
}

/** Spots still free: null when the cashmob has no capacity, never negative. */
export function spotsLeft(capacity: number | null, confirmedCount: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - confirmedCount);
}

/** A new sign-up is CONFIRMED while a spot is free (always without capacity), else WAITING. */
export function placement(
  capacity: number | null,
  confirmedCount: number,
): SignUpStatus.CONFIRMED | SignUpStatus.WAITING {
  return capacity === null || confirmedCount < capacity ? SignUpStatus.CONFIRMED : SignUpStatus.WAITING;
}

export interface QueuedSignUp {
  id: string;
  /** Order of arrival within the cashmob (strictly increasing). */
  position: number;
}

/**
 * Who moves up from the waiting list when spots free up: the earliest waiting first (lowest
 * position), as many as there are free spots (all of them without capacity).
 */
export function promotions(
  waiting: readonly QueuedSignUp[],
  capacity: number | null,
  confirmedCount: number,
): string[] {
  const free = capacity === null ? waiting.length : Math.max(0, capacity - confirmedCount);
  return [...waiting]
    .sort((a, b) => a.position - b.position)
    .slice(0, free)
    .map((s) => s.id);
}

/** 1-based rank on the waiting list of the sign-up at `position`, among the waiting positions. */
export function waitingRank(waitingPositions: readonly number[], position: number): number {
  return waitingPositions.filter((p) => p < position).length + 1;
}

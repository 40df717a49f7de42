/**
 * How the live socket reopens after a close the server means to be retried (1012 resync, 1013 "try
 * again later" while the database is down, a restart, a network blip): graphql-ws's own backoff
 * doubles without end (2^n seconds), so after eight tries it waited minutes and then gave up. Here
 * the wait doubles from 1 s up to 30 s, with up to a second of jitter so a whole town's browsers do
 * not come back at the same instant, for up to LIVE_RETRY_ATTEMPTS tries (about a quarter of an
 * hour). graphql-ws itself never retries 4401 (logged out).
 */
export const LIVE_RETRY_ATTEMPTS = 40;
export const LIVE_RETRY_MAX_MS = 30_000;

export function liveRetryDelayMs(retries: number, random: () => number = Math.random): number {
  return Math.min(LIVE_RETRY_MAX_MS, 1000 * 2 ** retries) + Math.floor(random() * 1000);
}

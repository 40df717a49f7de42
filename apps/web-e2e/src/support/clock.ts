/**
 * The API's test clock, as the journeys move it: instead of waiting for a deadline, a journey reads
 * the server's "now", sets its deadlines from it, and moves the clock past them. The API runs every
 * due job before answering, so the next page load already shows the result.
 */
import { BrowserContext } from 'playwright-core';
import { baseUrl } from './browser';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

interface ClockReading {
  now: string;
  aheadMinutes: number;
}

async function graphql<T>(query: string): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) throw new Error(`Test clock: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The API's "now", in ms since the epoch. */
export async function serverNow(): Promise<number> {
  const { testClock } = await graphql<{ testClock: ClockReading }>(`
    {
      testClock {
        now
        aheadMinutes
      }
    }
  `);
  return Date.parse(testClock.now);
}

/**
 * Moves the API's clock forward to `instant` (to the next whole minute past it) and lets the due jobs
 * run. Pages that decide something by the browser's own time (the cashmob check-in opens on the day)
 * are given as `contexts`: their clocks follow (Playwright's clock). Other pages keep the real time:
 * what they show comes from the API. Returns the new now.
 */
export async function advanceClockTo(instant: number, ...contexts: BrowserContext[]): Promise<number> {
  const minutes = Math.max(1, Math.ceil((instant - (await serverNow())) / MINUTE));
  const { advanceTestClock } = await graphql<{ advanceTestClock: ClockReading }>(
    `mutation { advanceTestClock(minutes: ${minutes}) { now aheadMinutes } }`,
  );
  const now = Date.parse(advanceTestClock.now);
  for (const context of contexts) await context.clock.setSystemTime(now);
  return now;
}

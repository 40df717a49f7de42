import type { Browser } from 'playwright-core';

export interface FoundChromium {
  /** The executable. */
  path: string;
  /** Where it was found: CHROMIUM_PATH, the machine's own browser, or the one @sparticuz/chromium ships. */
  source: 'CHROMIUM_PATH' | 'system' | 'packaged';
  /** What the browser process needs in its environment on top of ours (fonts, libraries). */
  env: Record<string, string>;
  /** True when this call unpacked the packaged Chromium (its first use in this temp dir). */
  unpacked?: boolean;
}

/** The flags every launch uses (headless, no sandbox, nothing talking to Google). */
export const CHROMIUM_ARGS: readonly string[];

/** Finds the browser; rejects with a one-line message naming what is missing and how to fix it. */
export function findChromium(): Promise<FoundChromium>;

/**
 * Finds and starts the browser headless; rejects with a one-line message. `skipped` says why the
 * machine's browser was passed over for the packaged one, when it was.
 */
export function launchChromium(options?: {
  timeout?: number;
}): Promise<{ browser: Browser; found: FoundChromium; skipped?: string }>;

import Bowser from 'bowser';

/** How long the link mailed to a new address (to confirm an e-mail change) stays valid. */
export const EMAIL_CHANGE_TTL_HOURS = 24;
/** How long the old address can undo an e-mail change from the notice it was sent. */
export const EMAIL_CHANGE_UNDO_DAYS = 7;
/** A session's "last seen" time is written at most once per this many seconds (each request would be a write). */
export const SESSION_SEEN_EVERY_SECONDS = 60;
/** The longest User-Agent header kept with a session (the rest is cut). */
export const USER_AGENT_MAX_LENGTH = 512;

/** The kind of device a session was opened on, as far as its User-Agent tells. */
export type SessionPlatform = 'MOBILE' | 'TABLET' | 'DESKTOP' | 'TV' | 'UNKNOWN';

export interface SessionDevice {
  platform: SessionPlatform;
  /** "Safari 17", or null when the User-Agent names no browser. */
  browser: string | null;
  /** "iOS 17.1", "Windows 10", or null. */
  os: string | null;
  /** "Apple iPhone", or null when the User-Agent names no device. */
  device: string | null;
}

const PLATFORMS: Record<string, SessionPlatform> = {
  mobile: 'MOBILE',
  tablet: 'TABLET',
  desktop: 'DESKTOP',
  tv: 'TV',
};

/** The browser's major version only ("143.0.0.0" → "143"): enough to recognise it, less to fingerprint. */
function major(version: string | undefined): string {
  return version ? (version.split('.')[0] ?? '') : '';
}

function joined(...parts: (string | undefined)[]): string | null {
  const text = parts
    .filter((part) => !!part)
    .join(' ')
    .trim();
  return text || null;
}

/** What a person can recognise of a session from its User-Agent (parsed with `bowser`). */
export function describeUserAgent(userAgent: string | null | undefined): SessionDevice {
  if (!userAgent) return { platform: 'UNKNOWN', browser: null, os: null, device: null };
  const parsed = Bowser.parse(userAgent);
  return {
    platform: PLATFORMS[parsed.platform.type ?? ''] ?? 'UNKNOWN',
    browser: joined(parsed.browser.name, major(parsed.browser.version)),
    os: joined(parsed.os.name, parsed.os.versionName ?? parsed.os.version),
    device: joined(parsed.platform.vendor, parsed.platform.model),
  };
}

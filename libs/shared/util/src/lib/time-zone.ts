export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** True for an IANA time zone name the runtime knows ("Europe/Paris", "America/Martinique"). */
export function isTimeZone(name: string): boolean {
  if (!name || !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

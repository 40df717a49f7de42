export enum Locale {
  FR = 'FR',
  EN = 'EN',
}

export const DEFAULT_LOCALE = Locale.FR;

/** Picks the locale from an Accept-Language style header ("en-GB,en;q=0.9" -> EN); French by default. */
export function localeFromHeader(header: string | undefined | null): Locale {
  const first = (header ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? Locale.EN : Locale.FR;
}

const FALLBACK_ZONES = [
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Luxembourg',
  'Europe/Zurich',
  'Europe/Monaco',
  'Europe/London',
  'America/Montreal',
  'America/Guadeloupe',
  'America/Martinique',
  'America/Cayenne',
  'Indian/Reunion',
  'Indian/Mayotte',
  'Pacific/Noumea',
  'Pacific/Tahiti',
];

/** IANA time zones known to the browser, Europe/Paris first. */
export function timeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  const all = intl.supportedValuesOf?.('timeZone') ?? FALLBACK_ZONES;
  return ['Europe/Paris', ...all.filter((zone) => zone !== 'Europe/Paris')];
}

export const DEFAULT_TIME_ZONE = 'Europe/Paris';
export const CURRENCIES = ['EUR', 'CHF', 'GBP', 'USD', 'CAD', 'XPF'] as const;

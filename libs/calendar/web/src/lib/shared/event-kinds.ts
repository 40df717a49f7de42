import { Directive, computed, input } from '@angular/core';
import { CalendarEventKind } from '@assoc/calendar-domain';
import type { CalendarEventFieldsFragment } from '../graphql/calendar.generated';

export type CalendarEvent = CalendarEventFieldsFragment;

/** The legend's order. */
export const KINDS: readonly CalendarEventKind[] = [
  CalendarEventKind.MEETING,
  CalendarEventKind.CASHMOB,
  CalendarEventKind.CAMPAIGN,
  CalendarEventKind.MILESTONE,
];

interface KindLook {
  /** A registered icon: the kind reads by shape as well as by colour. */
  icon: string;
  background: string;
  foreground: string;
  accent: string;
}

/** Light tints with dark text (contrast above 7:1) and a stronger stripe, one hue per kind. */
const LOOKS: Record<CalendarEventKind, KindLook> = {
  [CalendarEventKind.MEETING]: { icon: 'forum', background: '#dbe9fc', foreground: '#0d2f66', accent: '#1f5fbf' },
  [CalendarEventKind.CASHMOB]: { icon: 'group', background: '#dcf2df', foreground: '#0f4a1a', accent: '#2e7d32' },
  [CalendarEventKind.CAMPAIGN]: { icon: 'label', background: '#fff0d6', foreground: '#5a3300', accent: '#b86e00' },
  [CalendarEventKind.MILESTONE]: { icon: 'projects', background: '#ece3fa', foreground: '#3b1f6e', accent: '#7044b8' },
};

export function kindIcon(kind: string): string {
  return LOOKS[kind as CalendarEventKind]?.icon ?? 'schedule';
}

/** Colours an element by event kind: sets --kind-bg, --kind-fg and --kind-accent for its styles. */
@Directive({
  selector: '[assocKind]',
  host: {
    '[style.--kind-bg]': 'look().background',
    '[style.--kind-fg]': 'look().foreground',
    '[style.--kind-accent]': 'look().accent',
  },
})
export class KindColour {
  readonly assocKind = input.required<string>();
  protected readonly look = computed(
    () => LOOKS[this.assocKind() as CalendarEventKind] ?? LOOKS[CalendarEventKind.MEETING],
  );
}

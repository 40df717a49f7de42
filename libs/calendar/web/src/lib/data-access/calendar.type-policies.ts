import type { DomainTypePolicies } from '@assoc/platform-web/core';

/**
 * The calendar's cache rules (registered by calendar.routes.ts). A calendar event's `id` is the id
 * of what it shows (a meeting, a cashmob, a project), and one project gives several events (its
 * vote's end, its opt-in deadline): normalised by `id`, they would overwrite one another. `key` is
 * unique per event.
 */
export const calendarTypePolicies: DomainTypePolicies = {
  CalendarEvent: { keyFields: ['key'] },
};

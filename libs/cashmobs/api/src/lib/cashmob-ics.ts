import { AssociationSummary } from '@assoc/associations-api';
import { ShopCard } from '@assoc/directory-api';
import { icsCalendar } from '@assoc/platform-api';
import { CashmobEntity } from './cashmob.entity';

/**
 * A cashmob as an iCalendar file, for the public download and the confirmation mail's attachment.
 * Its UID is the one of the association's calendar feed, so an app that has both shows one event.
 */
export function cashmobIcs(
  cashmob: CashmobEntity,
  shop: Pick<ShopCard, 'name' | 'address' | 'postcode' | 'town'>,
  association: Pick<AssociationSummary, 'name' | 'timeZone'>,
  publicLink: string,
  /** When the file is made (the clock's now). */
  stamp: Date,
): string {
  return icsCalendar(
    [
      {
        uid: `cashmob-${cashmob.id}@${new URL(publicLink).hostname}`,
        startsAt: cashmob.startsAt,
        endsAt: cashmob.endsAt,
        summary: `Cashmob : ${shop.name}`,
        location: `${shop.address}, ${shop.postcode} ${shop.town}`,
        description: `${cashmob.meetingPoint}\n${cashmob.message}`.trim(),
        url: publicLink,
      },
    ],
    { name: association.name, timeZone: association.timeZone, stamp },
  );
}

import { Injectable } from '@nestjs/common';
import { AppConfig, Clock, listUnsubscribeHeaders, MailContent, MailOutbox } from '@assoc/platform-api';
import { EntityManager } from 'typeorm';
import { cashmobIcs } from './cashmob-ics';
import { CashmobMailFacts, ReminderStop, SignUpMailFacts } from './cashmob-mails';
import { CashmobSignUpEntity } from './cashmob-sign-up.entity';
import { CashmobEntity } from './cashmob.entity';
import { CashmobVenues } from './cashmob-venue.service';
import { checkInCode, reminderStopToken } from './cashmob-tokens';

/** Links and facts for cashmob mails, queued in the caller's transaction through the outbox. */
@Injectable()
export class CashmobMailer {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly venues: CashmobVenues,
  ) {}

  private get base(): string {
    return this.config.PUBLIC_URL.replace(/\/$/, '');
  }

  /** The public page (web route `/c/:slug`). */
  publicLink(slug: string): string {
    return `${this.base}/c/${slug}`;
  }

  /** The .ics file (GET, public). */
  icsLink(slug: string): string {
    return `${this.base}/api/cashmobs/${slug}/cashmob.ics`;
  }

  /** The sign-up's own page (web route `/c/sign-up/:token`): see, change, cancel, delete. */
  manageLink(token: string): string {
    return `${this.base}/c/sign-up/${token}`;
  }

  /**
   * Where a reminder's reader stops this sign-up's reminders in one click: the address (POST, RFC 8058)
   * and the `List-Unsubscribe` header fields naming it.
   */
  reminderStop(signUpId: string): ReminderStop {
    const url = `${this.base}/api/cashmobs/reminders/stop/${reminderStopToken(signUpId, this.config.SECRET_KEY)}`;
    return { url, headers: listUnsubscribeHeaders(url, this.config.MAIL_UNSUBSCRIBE_MAILTO) };
  }

  checkInCode(signUpId: string): string {
    return checkInCode(signUpId, this.config.SECRET_KEY);
  }

  async facts(manager: EntityManager, cashmob: CashmobEntity): Promise<CashmobMailFacts> {
    const { shop, association } = await this.venues.of(cashmob, manager);
    return {
      shopName: shop.name,
      address: `${shop.address}, ${shop.postcode} ${shop.town}`,
      startsAt: cashmob.startsAt,
      endsAt: cashmob.endsAt,
      timeZone: association.timeZone,
      meetingPoint: cashmob.meetingPoint,
      associationName: association.name,
      publicLink: this.publicLink(cashmob.slug),
      icsLink: this.icsLink(cashmob.slug),
      ics: cashmobIcs(cashmob, shop, association, this.publicLink(cashmob.slug), this.clock.now()),
    };
  }

  signUpFacts(signUp: CashmobSignUpEntity, token: string | null = null): SignUpMailFacts {
    return {
      to: signUp.email ?? '',
      firstName: signUp.firstName ?? '',
      locale: signUp.locale,
      intendedSpendCents: signUp.intendedSpendCents,
      manageLink: token ? this.manageLink(token) : null,
      checkInCode: this.checkInCode(signUp.id),
    };
  }

  async send(manager: EntityManager, mail: MailContent): Promise<void> {
    if (mail.to) await this.outbox.enqueue(manager, mail);
  }
}

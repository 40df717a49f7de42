import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CashmobStatus,
  isReminderDue,
  PURGE_AFTER_DAYS,
  REMINDER_OFFSET_HOURS,
  ReminderKind,
  SignUpStatus,
} from '@assoc/cashmobs-domain';
import { AppConfig, Jobs, PeriodicJob } from '@assoc/platform-api';
import { DataSource, In } from 'typeorm';
import { CashmobMailFacts, reminderMail } from './cashmob-mails';
import { CashmobMailer } from './cashmob-mailer.service';
import { CashmobSignUpEntity } from './cashmob-sign-up.entity';
import { CashmobEntity } from './cashmob.entity';

const POLL_MS = 60 * 1000;
const BATCH = 50;

const SENT_COLUMN: Record<ReminderKind, 'dayBeforeSentAt' | 'twoHoursSentAt'> = {
  [ReminderKind.DAY_BEFORE]: 'dayBeforeSentAt',
  [ReminderKind.TWO_HOURS]: 'twoHoursSentAt',
};

/**
 * The reminder and purge jobs. Every instance runs them; rows are claimed with
 * `FOR UPDATE SKIP LOCKED` and marked in the same transaction as the mail is queued, so each
 * reminder goes once per sign-up and each cashmob is purged once, however many instances race.
 * - Reminders: 24 h and 2 h before the start (domain `isReminderDue`), to CONFIRMED sign-ups that did not
 *   stop them, in their language, each with its one-click stop address (List-Unsubscribe).
 * - Purge: PURGE_AFTER_DAYS after the end, sign-ups' first name, e-mail and link are erased; counts stay.
 */
@Injectable()
export class CashmobJobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: PeriodicJob;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: CashmobMailer,
    private readonly config: AppConfig,
    jobs: Jobs,
  ) {
    this.job = jobs.define('CashmobJobs', (now) => this.run(now));
  }

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV !== 'test') this.job.start(POLL_MS); // tests call run(now) themselves
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Everything due at `now`; returns how many reminders this call queued and cashmobs it purged. */
  async run(now: Date): Promise<{ reminders: number; purged: number }> {
    let reminders = 0;
    for (const kind of [ReminderKind.DAY_BEFORE, ReminderKind.TWO_HOURS]) reminders += await this.remind(kind, now);
    return { reminders, purged: await this.purge(now) };
  }

  /** Queues the `kind` reminders due at `now`, batch by batch. */
  async remind(kind: ReminderKind, now: Date): Promise<number> {
    const column = SENT_COLUMN[kind];
    const offset = `${REMINDER_OFFSET_HOURS[kind]} hours`;
    // The window ends at the next reminder's due time (2 h before) or at the start.
    const windowEnd =
      kind === ReminderKind.DAY_BEFORE
        ? `c."startsAt" - interval '${REMINDER_OFFSET_HOURS[ReminderKind.TWO_HOURS]} hours'`
        : `c."startsAt"`;
    let sent = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const rows: { id: string }[] = await manager.query(
          `SELECT s.id FROM cashmob_sign_ups s JOIN cashmobs c ON c.id = s."cashmobId"
            WHERE c.status = $2 AND s.status = $3 AND s.email IS NOT NULL AND s."${column}" IS NULL
              AND s."remindersStoppedAt" IS NULL
              AND c."startsAt" - interval '${offset}' <= $1 AND $1 < ${windowEnd}
              AND s."consentAt" < c."startsAt" - interval '${offset}'
            ORDER BY s.id LIMIT ${BATCH} FOR UPDATE OF s SKIP LOCKED`,
          [now, CashmobStatus.PUBLISHED, SignUpStatus.CONFIRMED],
        );
        if (!rows.length) return 0;
        const signUps = await manager.findBy(CashmobSignUpEntity, { id: In(rows.map((r) => r.id)) });
        const cashmobs = new Map<string, CashmobEntity>();
        // A batch holds many sign-ups of few cashmobs: each cashmob's mail facts (its venue) are read once.
        const factsOf = new Map<string, CashmobMailFacts>();
        for (const signUp of signUps) {
          let cashmob = cashmobs.get(signUp.cashmobId);
          if (!cashmob)
            cashmobs.set(
              signUp.cashmobId,
              (cashmob = await manager.findOneByOrFail(CashmobEntity, { id: signUp.cashmobId })),
            );
          // The SQL above and the domain agree; the domain has the last word.
          if (isReminderDue(cashmob.startsAt, kind, now, signUp.consentAt)) {
            let facts = factsOf.get(cashmob.id);
            if (!facts) factsOf.set(cashmob.id, (facts = await this.mailer.facts(manager, cashmob)));
            await this.mailer.send(
              manager,
              reminderMail(
                facts,
                this.mailer.signUpFacts(signUp),
                kind === ReminderKind.DAY_BEFORE,
                this.mailer.reminderStop(signUp.id),
              ),
            );
          }
          await manager.update(CashmobSignUpEntity, { id: signUp.id }, { [column]: now });
        }
        return signUps.length;
      });
      sent += batch;
      if (batch < BATCH) return sent;
    }
  }

  /** Anonymises the sign-ups of every cashmob that ended PURGE_AFTER_DAYS ago, one cashmob per transaction. */
  async purge(now: Date): Promise<number> {
    let purged = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const [due]: { id: string }[] = await manager.query(
          `SELECT id FROM cashmobs WHERE "purgedAt" IS NULL AND "endsAt" + interval '${PURGE_AFTER_DAYS} days' <= $1
            ORDER BY "endsAt" LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [now],
        );
        if (!due) return false;
        await manager.query(
          `UPDATE cashmob_sign_ups SET "firstName" = NULL, email = NULL, "manageTokenHash" = NULL, "anonymisedAt" = $2
            WHERE "cashmobId" = $1 AND "anonymisedAt" IS NULL`,
          [due.id, now],
        );
        await manager.update(CashmobEntity, { id: due.id }, { purgedAt: now });
        return true;
      });
      if (!done) return purged;
      purged++;
    }
  }
}

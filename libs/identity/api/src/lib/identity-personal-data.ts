import { Injectable, OnModuleInit } from '@nestjs/common';
import { closedAccountEmail, FORMER_MEMBER_NAME } from '@assoc/identity-domain';
import {
  Clock,
  DataPart,
  dataTime,
  Locale,
  PersonalData,
  PersonalDataSource,
  PersonSubject,
} from '@assoc/platform-api';
import { EntityManager } from 'typeorm';
import { EmailChangeEntity } from './email-change.entity';
import { PasswordResetTokenEntity } from './password-reset-token.entity';
import { RecoveryCodeEntity, SecondFactorEntity, SecondFactorStepEntity } from './second-factor.entity';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';
import { UserEntity } from './user.entity';

const iso = dataTime;

/**
 * What identity holds about a person (issue 25): the account itself (name, e-mail, language, since when) and
 * where it is signed in. Erasing it closes the account for good: the `users` row stays (every record that
 * points to it stays valid) with its e-mail freed, its name replaced by "Ancien membre" (shown in the reader's
 * language) and no password; every session, reset link, e-mail change link and second-factor secret (with its recovery codes) is deleted, so nothing of
 * the account opens anything any more. Identity holds nothing per association.
 */
@Injectable()
export class IdentityPersonalData implements PersonalDataSource, OnModuleInit {
  readonly domain = 'identity';

  constructor(
    private readonly sessions: SessionService,
    private readonly clock: Clock,
    private readonly personalData: PersonalData,
  ) {}

  onModuleInit(): void {
    this.personalData.register(this);
  }

  async exportPerson(subject: PersonSubject, manager: EntityManager): Promise<DataPart> {
    const user = await manager.findOneBy(UserEntity, { id: subject.userId });
    if (!user) return { sections: [] };
    const sessions = await manager.find(SessionEntity, {
      where: { userId: subject.userId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const emailChanges = await manager.find(EmailChangeEntity, {
      where: { userId: subject.userId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    // The second factor's state only: never its secret nor the recovery codes' hashes.
    const secondFactor = await manager.findOneBy(SecondFactorEntity, { userId: subject.userId });
    const recoveryCodes = secondFactor?.confirmedAt
      ? await manager.find(RecoveryCodeEntity, { where: { userId: subject.userId } })
      : [];
    return {
      sections: [
        {
          name: 'identity-profile',
          description: {
            fr: 'Votre compte : nom, adresse e-mail, langue et date de création.',
            en: 'Your account: name, e-mail address, language and when it was created.',
          },
          columns: ['name', 'email', 'language', 'createdAt'],
          rows: [
            {
              name: user.name,
              email: user.email,
              language: user.locale === Locale.EN ? 'en' : 'fr',
              createdAt: iso(user.createdAt),
            },
          ],
        },
        {
          name: 'identity-sessions',
          description: {
            fr: 'Les navigateurs où votre compte est connecté : ouverture et expiration de chaque session.',
            en: 'The browsers your account is signed in on: when each session opened and when it expires.',
          },
          columns: ['device', 'openedAt', 'lastSeenAt', 'expiresAt'],
          rows: sessions.map((s) => ({
            device: s.userAgent,
            openedAt: iso(s.createdAt),
            lastSeenAt: iso(s.lastSeenAt),
            expiresAt: iso(s.expiresAt),
          })),
        },
        {
          name: 'identity-email-changes',
          description: {
            fr: 'Les changements d’adresse e-mail demandés : ancienne et nouvelle adresse, confirmation, annulation.',
            en: 'The e-mail address changes asked for: old and new address, confirmed, cancelled or undone.',
          },
          columns: ['oldEmail', 'newEmail', 'askedAt', 'confirmedAt', 'cancelledAt', 'undoneAt'],
          rows: emailChanges.map((c) => ({
            oldEmail: c.oldEmail,
            newEmail: c.newEmail,
            askedAt: iso(c.createdAt),
            confirmedAt: iso(c.confirmedAt),
            cancelledAt: iso(c.cancelledAt),
            undoneAt: iso(c.undoneAt),
          })),
        },
        {
          name: 'identity-second-factor',
          description: {
            fr: 'Votre double authentification : depuis quand elle est activée et combien de codes de secours restent (jamais la clé ni les codes).',
            en: 'Your two-step verification: since when it is on and how many recovery codes are left (never the key nor the codes).',
          },
          columns: ['turnedOnAt', 'recoveryCodesLeft', 'recoveryCodesUsed'],
          rows: secondFactor?.confirmedAt
            ? [
                {
                  turnedOnAt: iso(secondFactor.confirmedAt),
                  recoveryCodesLeft: recoveryCodes.filter((c) => !c.usedAt).length,
                  recoveryCodesUsed: recoveryCodes.filter((c) => c.usedAt).length,
                },
              ]
            : [],
        },
      ],
    };
  }

  /** Closes the account (inside the closing transaction, the row already locked by the caller). */
  async erasePerson(subject: PersonSubject, manager: EntityManager): Promise<void> {
    const { userId } = subject;
    await this.sessions.endAll(manager, userId);
    await manager.delete(PasswordResetTokenEntity, { userId });
    await manager.delete(EmailChangeEntity, { userId });
    await manager.delete(SecondFactorStepEntity, { userId });
    await manager.delete(RecoveryCodeEntity, { userId });
    await manager.delete(SecondFactorEntity, { userId });
    await manager.update(UserEntity, userId, {
      closedAt: this.clock.now(),
      email: closedAccountEmail(userId),
      name: FORMER_MEMBER_NAME[Locale.FR],
      passwordHash: '',
    });
  }

  async exportAssociation(): Promise<DataPart> {
    return { sections: [] }; // the members' names and addresses are in the associations domain's export
  }

  async eraseAssociation(): Promise<void> {
    // Accounts outlive an association: a person keeps theirs (and their other associations) when one closes.
  }
}

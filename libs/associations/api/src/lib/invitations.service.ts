import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { invitationExpiry, InvitationStatus } from '@assoc/associations-domain';
import { normalizeEmail } from '@assoc/identity-domain';
import { AuthService, hashToken, newToken, SessionService } from '@assoc/identity-api';
import {
  AppConfig,
  Clock,
  AppError,
  AuthUser,
  CurrentMember,
  grantableRoles,
  HttpResponse,
  isUniqueViolation,
  Locale,
  MailOutbox,
} from '@assoc/platform-api';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { invitationMail } from './association-mails';
import { AssociationEntity } from './association.entity';
import { InviteMemberInput, SignUpWithInvitationInput } from './association.inputs';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';

/** Invitations by e-mail: a single-use link, valid 14 days, for people with or without an account. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly outbox: MailOutbox,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  list(member: CurrentMember): Promise<InvitationEntity[]> {
    return this.invitations.find({
      where: { associationId: member.associationId },
      relations: { invitedBy: true },
      order: { createdAt: 'DESC' },
    });
  }

  async invite(member: CurrentMember, inviter: AuthUser, input: InviteMemberInput): Promise<InvitationEntity> {
    if (!grantableRoles(member.role).includes(input.role)) throw AppError.field('role', 'roleNotGrantable');
    const email = normalizeEmail(input.email);
    const id = await this.dataSource.transaction(async (manager) => {
      const alreadyMember = await manager
        .createQueryBuilder(MembershipEntity, 'm')
        .innerJoin('m.user', 'u')
        .where('m.associationId = :a AND m.removedAt IS NULL AND u.email = :email', { a: member.associationId, email })
        .getExists();
      if (alreadyMember) throw AppError.conflict('email', 'alreadyMember');
      // A pending invitation that has run out no longer blocks a new one.
      await manager
        .createQueryBuilder()
        .update(InvitationEntity)
        .set({ status: InvitationStatus.EXPIRED })
        .where('associationId = :a AND email = :email AND status = :pending AND "expiresAt" <= :now', {
          now: this.clock.now(),
          a: member.associationId,
          email,
          pending: InvitationStatus.PENDING,
        })
        .execute();
      const token = newToken();
      try {
        const invitation = await manager.save(
          manager.create(InvitationEntity, {
            associationId: member.associationId,
            email,
            role: input.role,
            tokenHash: hashToken(token, this.config.SECRET_KEY),
            expiresAt: invitationExpiry(this.clock.now()),
            invitedById: inviter.id,
          }),
        );
        await this.mail(manager, invitation, token, inviter);
        return invitation.id;
      } catch (error) {
        if (isUniqueViolation(error)) throw AppError.conflict('email', 'invitationPending');
        throw error;
      }
    });
    return this.get(member, id);
  }

  /** Sends a fresh link (the old one stops working) and restarts the 14 days. */
  async resend(member: CurrentMember, inviter: AuthUser, id: string): Promise<InvitationEntity> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await this.lockOwn(manager, member, id);
      if (invitation.status !== InvitationStatus.PENDING) throw AppError.field('id', 'invitationNotPending');
      const token = newToken();
      invitation.tokenHash = hashToken(token, this.config.SECRET_KEY);
      invitation.expiresAt = invitationExpiry(this.clock.now());
      await manager.save(invitation);
      await this.mail(manager, invitation, token, inviter);
    });
    return this.get(member, id);
  }

  async revoke(member: CurrentMember, id: string): Promise<InvitationEntity> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await this.lockOwn(manager, member, id);
      if (invitation.status !== InvitationStatus.PENDING) throw AppError.field('id', 'invitationNotPending');
      await manager.update(InvitationEntity, id, { status: InvitationStatus.REVOKED });
    });
    return this.get(member, id);
  }

  /** What the link is about, for the acceptance page (no login needed: the token is the secret). */
  async preview(
    token: string,
  ): Promise<{ invitation: InvitationEntity; association: AssociationEntity; hasAccount: boolean }> {
    const invitation = await this.usable(this.dataSource.manager, token);
    const association = await this.dataSource
      .getRepository(AssociationEntity)
      .findOneByOrFail({ id: invitation.associationId });
    const hasAccount = !!(await this.auth.findByEmail(invitation.email));
    return { invitation, association, hasAccount };
  }

  /** A logged-in person accepts: the invitation must be theirs (same e-mail). */
  async accept(user: AuthUser, token: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.claim(manager, token);
      if (invitation.email !== normalizeEmail(user.email)) throw AppError.field('token', 'invitationEmailMismatch');
      return this.join(manager, invitation, user.id);
    });
  }

  /** Someone without an account signs up from the link: account, membership and session at once. */
  async signUpAndAccept(input: SignUpWithInvitationInput, res: HttpResponse): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.claim(manager, input.token);
      const user = await this.auth.createAccount(manager, {
        email: invitation.email,
        name: input.name,
        password: input.password,
        locale: input.locale,
      });
      const membershipId = await this.join(manager, invitation, user.id);
      await this.sessions.start(manager, user.id, res);
      return membershipId;
    });
  }

  async memberUserId(membershipId: string): Promise<string> {
    return (await this.dataSource.getRepository(MembershipEntity).findOneByOrFail({ id: membershipId })).userId;
  }

  async get(member: CurrentMember, id: string): Promise<InvitationEntity> {
    const found = await this.invitations.findOne({
      where: { id, associationId: member.associationId },
      relations: { invitedBy: true },
    });
    if (!found) throw AppError.notFound();
    return found;
  }

  private async lockOwn(manager: EntityManager, member: CurrentMember, id: string): Promise<InvitationEntity> {
    const found = await manager.findOne(InvitationEntity, {
      where: { id, associationId: member.associationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!found) throw AppError.notFound();
    return found;
  }

  private async usable(manager: EntityManager, token: string): Promise<InvitationEntity> {
    const invitation = await manager.findOne(InvitationEntity, {
      where: { tokenHash: hashToken(token, this.config.SECRET_KEY) },
    });
    if (!invitation || invitation.status !== InvitationStatus.PENDING) throw AppError.field('token', 'tokenInvalid');
    if (invitation.expiresAt.getTime() <= this.clock.nowMs()) throw AppError.field('token', 'tokenExpired');
    return invitation;
  }

  /** Marks the invitation used; of two concurrent uses only one succeeds. */
  private async claim(manager: EntityManager, token: string): Promise<InvitationEntity> {
    const invitation = await this.usable(manager, token);
    const claimed = await manager.update(
      InvitationEntity,
      { id: invitation.id, status: InvitationStatus.PENDING, acceptedAt: IsNull() },
      { status: InvitationStatus.ACCEPTED, acceptedAt: this.clock.now() },
    );
    if (!claimed.affected) throw AppError.field('token', 'tokenInvalid');
    return invitation;
  }

  private async join(manager: EntityManager, invitation: InvitationEntity, userId: string): Promise<string> {
    try {
      const membership = await manager.save(
        manager.create(MembershipEntity, {
          associationId: invitation.associationId,
          userId,
          role: invitation.role,
          removedAt: null,
        }),
      );
      return membership.id;
    } catch (error) {
      if (isUniqueViolation(error)) throw AppError.conflict('token', 'alreadyMember');
      throw error;
    }
  }

  private async mail(
    manager: EntityManager,
    invitation: InvitationEntity,
    token: string,
    inviter: AuthUser,
  ): Promise<void> {
    const association = await manager.findOneByOrFail(AssociationEntity, { id: invitation.associationId });
    await this.outbox.enqueue(
      manager,
      invitationMail({
        to: invitation.email,
        associationName: association.name,
        inviterName: inviter.name,
        role: invitation.role,
        link: `${this.config.PUBLIC_URL}/invitation/${token}`,
        locale: inviter.locale ?? Locale.FR,
        expiresAt: invitation.expiresAt,
      }),
    );
  }
}

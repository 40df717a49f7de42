import { Injectable, OnModuleInit } from '@nestjs/common';
import { MemberContact, MembershipReads } from '@assoc/associations-api';
import {
  DataFile,
  DataPart,
  dataSection,
  dataTime,
  PersonalData,
  PersonalDataSource,
  PersonSubject,
} from '@assoc/platform-api';
import { participantOf } from '@assoc/projects-domain';
import { EntityManager, In } from 'typeorm';
import { BudgetLineEntity } from './budget-line.entity';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { ProjectAuditEntity } from './project-audit.entity';
import { ProjectCommentEntity } from './project-comment.entity';
import { ProjectConsultantEntity } from './project-consultant.entity';
import { ProjectFileEntity } from './project-file.entity';
import { ProjectParticipantEntity } from './project-participant.entity';
import { ProjectTaskEntity } from './project-task.entity';
import { ProjectVoteEntity } from './project-vote.entity';
import { ProjectEntity } from './project.entity';

/**
 * What replaces a closed account's name or e-mail copied into the free text of a ledger line (a note,
 * a refusal's reason). Stored text has one language: the platform's first, as identity stores the
 * closed account's name (issue 25).
 */
export const FORMER_MEMBER_TEXT = 'Ancien membre';

const iso = dataTime;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` with every whole occurrence of one of `names` (a person's name, their e-mail), in any case,
 * replaced by `replacement`; names shorter than 3 characters are left alone (they would match inside
 * ordinary words). Null stays null.
 */
export function withoutNames(text: string | null, names: readonly string[], replacement: string): string | null {
  if (text === null) return null;
  const wanted = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
  if (!wanted.length) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}@.])(?:${wanted.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(pattern, replacement);
}

/** A ledger account as an export shows it: a participant by name (or "you"), the cash and suppliers as they are. */
function accountLabel(account: string, names: ReadonlyMap<string, string>): string {
  const membershipId = participantOf(account);
  if (!membershipId) return account;
  return `participant:${names.get(membershipId) ?? membershipId}`;
}

const section = dataSection;

const fileOf = (file: ProjectFileEntity): DataFile => ({
  path: `files/projects/${file.fileName}`,
  key: `project-files/${file.fileName}`,
});

/**
 * The projects' personal data (issue 25, GDPR articles 15, 17 and 20), registered with the platform's
 * `PersonalData`. Reads only this domain's tables; people are found through `MembershipReads`.
 *
 * Erasing a person:
 * - erased: their comments in project discussions (free text only theirs), their votes (a closed vote's
 *   counts are recorded on the project and stay exact; in an open vote a removed member's vote already no
 *   longer counts), their consultant assignments (an access grant);
 * - kept exact, pseudonymised through their membership (identity shows "Ancien membre"): the ledger
 *   (every line, amount and date: French accounting keeps records ten years), participations and frozen
 *   shares, projects they proposed, tasks, the audit trail (membership ids only), and the quotes and
 *   receipts they uploaded (the association's supporting documents, not the person's);
 * - replaced: their name and e-mail wherever a ledger line's note or refusal reason copied them.
 */
@Injectable()
export class ProjectsPersonalData implements OnModuleInit, PersonalDataSource {
  readonly domain = 'projects';

  constructor(
    private readonly personalData: PersonalData,
    private readonly memberships: MembershipReads,
  ) {}

  onModuleInit(): void {
    this.personalData.register(this);
  }

  async exportPerson(subject: PersonSubject, manager: EntityManager): Promise<DataPart> {
    const mine = await this.memberships.ofPerson(subject.userId, subject.associationIds, manager);
    const ids = mine.map((m) => m.membershipId);
    if (!ids.length) return { sections: [] };
    const associationIds = [...new Set(mine.map((m) => m.associationId))];
    const own = new Set(ids);

    const authored = await manager.find(ProjectEntity, {
      where: { associationId: In(associationIds), authorMembershipId: In(ids) },
    });
    const consulting = await manager.find(ProjectConsultantEntity, {
      where: { associationId: In(associationIds), membershipId: In(ids) },
    });
    const participations = await manager.find(ProjectParticipantEntity, {
      where: { associationId: In(associationIds), membershipId: In(ids) },
      order: { createdAt: 'ASC' },
    });
    const accounts = ids.map((id) => `participant:${id}`);
    const entries = await manager
      .createQueryBuilder(LedgerEntryEntity, 'e')
      .where('e."associationId" IN (:...associationIds)', { associationIds })
      .andWhere(
        `(e.debit IN (:...accounts) OR e.credit IN (:...accounts) OR e."createdByMembershipId" IN (:...ids)
          OR e."decidedByMembershipId" IN (:...ids))`,
        { accounts, ids },
      )
      .orderBy('e."occurredAt"', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
    const votes = await manager.find(ProjectVoteEntity, {
      where: { associationId: In(associationIds), membershipId: In(ids) },
      order: { createdAt: 'ASC' },
    });
    const comments = await manager.find(ProjectCommentEntity, {
      where: { associationId: In(associationIds), authorMembershipId: In(ids) },
      order: { createdAt: 'ASC' },
    });
    const files = await manager.find(ProjectFileEntity, {
      where: { associationId: In(associationIds), uploaderMembershipId: In(ids) },
      order: { createdAt: 'ASC' },
    });
    const tasks = await manager
      .createQueryBuilder(ProjectTaskEntity, 't')
      .where('t."associationId" IN (:...associationIds)', { associationIds })
      .andWhere('(t."createdByMembershipId" IN (:...ids) OR t."assigneeMembershipId" IN (:...ids))', { ids })
      .orderBy('t."createdAt"', 'ASC')
      .getMany();

    const projectIds = new Set<string>([
      ...authored.map((p) => p.id),
      ...[consulting, participations, entries, votes, comments, files, tasks].flatMap((rows) =>
        rows.map((r) => r.projectId),
      ),
    ]);
    const projects = projectIds.size ? await manager.find(ProjectEntity, { where: { id: In([...projectIds]) } }) : [];
    const title = new Map(projects.map((p) => [p.id, p.title]));
    // Their own account reads "participant:me"; another participant's is not named in the person's export.
    const account = (a: string) => {
      const of = participantOf(a);
      return of ? (own.has(of) ? 'participant:me' : 'participant:other') : a;
    };

    return {
      sections: [
        section(
          'projects-projects',
          {
            fr: 'Les projets collectifs que vous avez proposés ou que vous accompagnez comme consultant.',
            en: 'The joint projects you proposed or assist as a consultant.',
          },
          ['project_id', 'association_id', 'title', 'description', 'category', 'status', 'role', 'created_at'],
          [
            ...authored.map((p) => ({ p, role: 'author' })),
            ...consulting.flatMap((c) => {
              const p = projects.find((x) => x.id === c.projectId);
              return p ? [{ p, role: 'consultant' }] : [];
            }),
          ].map(({ p, role }) => ({
            project_id: p.id,
            association_id: p.associationId,
            title: p.title,
            description: p.description,
            category: p.category,
            status: p.status,
            role,
            created_at: iso(p.createdAt),
          })),
        ),
        section(
          'projects-participations',
          {
            fr: 'Vos participations aux projets : engagement et part figée au financement (en centimes).',
            en: 'Your participations in projects: pledge and share frozen at funding (in cents).',
          },
          ['project_id', 'project_title', 'pledge_cents', 'share_cents', 'joined_at'],
          participations.map((p) => ({
            project_id: p.projectId,
            project_title: title.get(p.projectId) ?? null,
            pledge_cents: p.pledgeCents,
            share_cents: p.shareCents,
            joined_at: iso(p.createdAt),
          })),
        ),
        section(
          'projects-ledger-lines',
          {
            fr: 'Les écritures des grands livres qui vous concernent (vos versements et remboursements), ou que vous avez saisies ou validées ; montants en centimes, « participant:me » est votre compte.',
            en: 'The ledger lines about you (your payments and refunds), or that you recorded or approved; amounts in cents, "participant:me" is your account.',
          },
          [
            'entry_id',
            'project_id',
            'project_title',
            'occurred_at',
            'kind',
            'cents',
            'debit',
            'credit',
            'payment_method',
            'note',
            'approval',
            'rejection_reason',
            'reverses',
            'about_me',
            'recorded_by_me',
            'decided_by_me',
          ],
          entries.map((e) => ({
            entry_id: e.id,
            project_id: e.projectId,
            project_title: title.get(e.projectId) ?? null,
            occurred_at: iso(e.occurredAt),
            kind: e.kind,
            cents: e.cents,
            debit: account(e.debit),
            credit: account(e.credit),
            payment_method: e.paymentMethod,
            note: e.note,
            approval: e.approval,
            rejection_reason: e.rejectionReason,
            reverses: e.reverses,
            about_me: accounts.includes(e.debit) || accounts.includes(e.credit),
            recorded_by_me: own.has(e.createdByMembershipId),
            decided_by_me: !!e.decidedByMembershipId && own.has(e.decidedByMembershipId),
          })),
        ),
        section(
          'projects-votes',
          { fr: 'Vos votes sur les projets proposés.', en: 'Your votes on proposed projects.' },
          ['project_id', 'project_title', 'choice', 'voted_at'],
          votes.map((v) => ({
            project_id: v.projectId,
            project_title: title.get(v.projectId) ?? null,
            choice: v.choice,
            voted_at: iso(v.updatedAt),
          })),
        ),
        section(
          'projects-comments',
          { fr: 'Vos messages dans les discussions des projets.', en: 'Your messages in the projects’ discussions.' },
          ['comment_id', 'project_id', 'project_title', 'text', 'written_at'],
          comments.map((c) => ({
            comment_id: c.id,
            project_id: c.projectId,
            project_title: title.get(c.projectId) ?? null,
            text: c.text,
            written_at: iso(c.createdAt),
          })),
        ),
        section(
          'projects-tasks',
          {
            fr: 'Les tâches de projet que vous avez créées ou qui vous sont confiées.',
            en: 'The project tasks you created or that are assigned to you.',
          },
          ['task_id', 'project_id', 'project_title', 'kind', 'title', 'notes', 'due_date', 'done_at', 'assigned_to_me'],
          tasks.map((t) => ({
            task_id: t.id,
            project_id: t.projectId,
            project_title: title.get(t.projectId) ?? null,
            kind: t.kind,
            title: t.title,
            notes: t.notes,
            due_date: t.dueDate,
            done_at: iso(t.doneAt),
            assigned_to_me: !!t.assigneeMembershipId && own.has(t.assigneeMembershipId),
          })),
        ),
        section(
          'projects-files',
          {
            fr: 'Les devis et justificatifs que vous avez déposés (le fichier est dans files/projects/).',
            en: 'The quotes and receipts you uploaded (the file is in files/projects/).',
          },
          ['file_id', 'project_id', 'project_title', 'kind', 'mime_type', 'size', 'uploaded_at', 'archive_path'],
          files.map((f) => ({
            file_id: f.id,
            project_id: f.projectId,
            project_title: title.get(f.projectId) ?? null,
            kind: f.kind,
            mime_type: f.mimeType,
            size: f.size,
            uploaded_at: iso(f.createdAt),
            archive_path: fileOf(f).path,
          })),
        ),
      ],
      files: files.map(fileOf),
    };
  }

  async erasePerson(subject: PersonSubject, manager: EntityManager): Promise<void> {
    // Their memberships locked FOR UPDATE: a comment or vote of theirs (which takes them FOR SHARE) waits for
    // the closing transaction, then finds the membership removed.
    await this.memberships.personMemberships(subject.userId, subject.associationIds, manager, true);
    const mine = await this.memberships.ofPerson(subject.userId, subject.associationIds, manager);
    const ids = mine.map((m) => m.membershipId);
    if (!ids.length) return;
    const associationIds = [...new Set(mine.map((m) => m.associationId))];
    await manager.delete(ProjectCommentEntity, { associationId: In(associationIds), authorMembershipId: In(ids) });
    await manager.delete(ProjectVoteEntity, { associationId: In(associationIds), membershipId: In(ids) });
    await manager.delete(ProjectConsultantEntity, { associationId: In(associationIds), membershipId: In(ids) });
    await this.replaceNames(manager, associationIds, mine);
  }

  async exportAssociation(associationId: string, manager: EntityManager): Promise<DataPart> {
    const projects = await manager.find(ProjectEntity, { where: { associationId }, order: { createdAt: 'ASC' } });
    const lines = await manager.find(BudgetLineEntity, {
      where: { associationId },
      order: { projectId: 'ASC', position: 'ASC' },
    });
    const participants = await manager.find(ProjectParticipantEntity, {
      where: { associationId },
      order: { createdAt: 'ASC' },
    });
    const entries = await manager.find(LedgerEntryEntity, {
      where: { associationId },
      order: { occurredAt: 'ASC', id: 'ASC' },
    });
    const comments = await manager.find(ProjectCommentEntity, {
      where: { associationId },
      order: { createdAt: 'ASC' },
    });
    const tasks = await manager.find(ProjectTaskEntity, { where: { associationId }, order: { createdAt: 'ASC' } });
    const files = await manager.find(ProjectFileEntity, { where: { associationId }, order: { createdAt: 'ASC' } });
    const audit = await manager.find(ProjectAuditEntity, { where: { associationId }, order: { createdAt: 'ASC' } });
    const openVotes = await manager
      .createQueryBuilder(ProjectVoteEntity, 'v')
      .select('v."projectId"', 'projectId')
      .addSelect('v.choice', 'choice')
      .addSelect('count(*)::int', 'n')
      .where('v."associationId" = :associationId', { associationId })
      .groupBy('v."projectId"')
      .addGroupBy('v.choice')
      .getRawMany<{ projectId: string; choice: string; n: number }>();

    const membershipIds = new Set<string>();
    for (const p of projects) membershipIds.add(p.authorMembershipId);
    for (const p of participants) membershipIds.add(p.membershipId);
    for (const e of entries) {
      membershipIds.add(e.createdByMembershipId);
      if (e.decidedByMembershipId) membershipIds.add(e.decidedByMembershipId);
      for (const a of [e.debit, e.credit]) if (participantOf(a)) membershipIds.add(participantOf(a) as string);
    }
    for (const c of comments) membershipIds.add(c.authorMembershipId);
    for (const t of tasks) {
      membershipIds.add(t.createdByMembershipId);
      if (t.assigneeMembershipId) membershipIds.add(t.assigneeMembershipId);
    }
    for (const f of files) membershipIds.add(f.uploaderMembershipId);
    for (const a of audit) if (a.actorMembershipId) membershipIds.add(a.actorMembershipId);
    const names = new Map(
      (await this.memberships.contacts(associationId, [...membershipIds], manager)).map((c) => [
        c.membershipId,
        c.name,
      ]),
    );
    const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    const title = new Map(projects.map((p) => [p.id, p.title]));
    const live = (projectId: string, choice: string) =>
      openVotes.find((v) => v.projectId === projectId && v.choice === choice)?.n ?? 0;

    return {
      sections: [
        section(
          'projects-projects',
          {
            fr: 'Chaque projet collectif : description, règle de partage, statut, résultat du vote (décompte, jamais les choix de chacun).',
            en: 'Every joint project: description, split rule, status, vote result (counts, never who chose what).',
          },
          [
            'project_id',
            'title',
            'description',
            'category',
            'status',
            'split_rule',
            'min_participants',
            'min_pledged_cents',
            'join_deadline',
            'author',
            'proposed_at',
            'vote_deadline',
            'vote_closed_at',
            'votes_for',
            'votes_against',
            'votes_abstain',
            'vote_member_count',
            'quorum_reached',
            'frozen_at',
            'overpayment_limit_cents',
            'created_at',
          ],
          projects.map((p) => ({
            project_id: p.id,
            title: p.title,
            description: p.description,
            category: p.category,
            status: p.status,
            split_rule: JSON.stringify(p.splitRule),
            min_participants: p.minParticipants,
            min_pledged_cents: p.minPledgedCents,
            join_deadline: iso(p.joinDeadline),
            author: name(p.authorMembershipId),
            proposed_at: iso(p.proposedAt),
            vote_deadline: iso(p.voteDeadline),
            vote_closed_at: iso(p.voteClosedAt),
            votes_for: p.voteClosedAt ? p.votesFor : live(p.id, 'FOR'),
            votes_against: p.voteClosedAt ? p.votesAgainst : live(p.id, 'AGAINST'),
            votes_abstain: p.voteClosedAt ? p.votesAbstain : live(p.id, 'ABSTAIN'),
            vote_member_count: p.voteMemberCount,
            quorum_reached: p.quorumReached,
            frozen_at: iso(p.frozenAt),
            overpayment_limit_cents: p.overpaymentLimitCents,
            created_at: iso(p.createdAt),
          })),
        ),
        section(
          'projects-budget-lines',
          {
            fr: 'Les lignes de budget de chaque projet (prix unitaires en centimes, TVA en points de base).',
            en: 'Every project’s budget lines (unit prices in cents, VAT in basis points).',
          },
          [
            'project_id',
            'project_title',
            'position',
            'label',
            'supplier',
            'quantity',
            'unit_price_cents',
            'vat_rate_bp',
            'solo_price_cents',
          ],
          lines.map((l) => ({
            project_id: l.projectId,
            project_title: title.get(l.projectId) ?? null,
            position: l.position,
            label: l.label,
            supplier: l.supplier,
            quantity: l.quantity,
            unit_price_cents: l.unitPriceCents,
            vat_rate_bp: l.vatRateBp,
            solo_price_cents: l.soloPriceCents,
          })),
        ),
        section(
          'projects-participants',
          {
            fr: 'Les participants de chaque projet, leur engagement et leur part figée (en centimes).',
            en: 'Every project’s participants, their pledge and frozen share (in cents).',
          },
          ['project_id', 'project_title', 'membership_id', 'member', 'pledge_cents', 'share_cents', 'joined_at'],
          participants.map((p) => ({
            project_id: p.projectId,
            project_title: title.get(p.projectId) ?? null,
            membership_id: p.membershipId,
            member: name(p.membershipId),
            pledge_cents: p.pledgeCents,
            share_cents: p.shareCents,
            joined_at: iso(p.createdAt),
          })),
        ),
        section(
          'projects-ledger',
          {
            fr: 'Le grand livre de chaque projet, en partie double : chaque écriture, montant en centimes (débit : où va l’argent, crédit : d’où il vient).',
            en: 'Every project’s double-entry ledger: each line, amount in cents (debit: where the money goes, credit: where it comes from).',
          },
          [
            'entry_id',
            'project_id',
            'project_title',
            'occurred_at',
            'kind',
            'cents',
            'debit',
            'credit',
            'payment_method',
            'note',
            'approval',
            'decided_by',
            'decided_at',
            'rejection_reason',
            'reverses',
            'recorded_by',
            'recorded_at',
          ],
          entries.map((e) => ({
            entry_id: e.id,
            project_id: e.projectId,
            project_title: title.get(e.projectId) ?? null,
            occurred_at: iso(e.occurredAt),
            kind: e.kind,
            cents: e.cents,
            debit: accountLabel(e.debit, names),
            credit: accountLabel(e.credit, names),
            payment_method: e.paymentMethod,
            note: e.note,
            approval: e.approval,
            decided_by: name(e.decidedByMembershipId),
            decided_at: iso(e.decidedAt),
            rejection_reason: e.rejectionReason,
            reverses: e.reverses,
            recorded_by: name(e.createdByMembershipId),
            recorded_at: iso(e.createdAt),
          })),
        ),
        section(
          'projects-comments',
          { fr: 'Les discussions des projets.', en: 'The projects’ discussions.' },
          ['comment_id', 'project_id', 'project_title', 'author', 'text', 'written_at'],
          comments.map((c) => ({
            comment_id: c.id,
            project_id: c.projectId,
            project_title: title.get(c.projectId) ?? null,
            author: name(c.authorMembershipId),
            text: c.text,
            written_at: iso(c.createdAt),
          })),
        ),
        section(
          'projects-tasks',
          { fr: 'Les tâches et jalons des projets.', en: 'The projects’ tasks and milestones.' },
          ['task_id', 'project_id', 'project_title', 'kind', 'title', 'notes', 'due_date', 'assignee', 'done_at'],
          tasks.map((t) => ({
            task_id: t.id,
            project_id: t.projectId,
            project_title: title.get(t.projectId) ?? null,
            kind: t.kind,
            title: t.title,
            notes: t.notes,
            due_date: t.dueDate,
            assignee: name(t.assigneeMembershipId),
            done_at: iso(t.doneAt),
          })),
        ),
        section(
          'projects-files',
          {
            fr: 'Les devis et justificatifs des projets (le fichier est dans files/projects/).',
            en: 'The projects’ quotes and receipts (the file is in files/projects/).',
          },
          [
            'file_id',
            'project_id',
            'project_title',
            'kind',
            'mime_type',
            'size',
            'uploaded_by',
            'uploaded_at',
            'archive_path',
          ],
          files.map((f) => ({
            file_id: f.id,
            project_id: f.projectId,
            project_title: title.get(f.projectId) ?? null,
            kind: f.kind,
            mime_type: f.mimeType,
            size: f.size,
            uploaded_by: name(f.uploaderMembershipId),
            uploaded_at: iso(f.createdAt),
            archive_path: fileOf(f).path,
          })),
        ),
        section(
          'projects-audit',
          {
            fr: 'Le journal des changements de statut et d’argent de chaque projet (avant/après en JSON).',
            en: 'Every project’s log of status and money changes (before/after as JSON).',
          },
          ['project_id', 'project_title', 'at', 'actor', 'action', 'before', 'after'],
          audit.map((a) => ({
            project_id: a.projectId,
            project_title: title.get(a.projectId) ?? null,
            at: iso(a.createdAt),
            actor: name(a.actorMembershipId),
            action: a.action,
            before: a.before ? JSON.stringify(a.before) : null,
            after: a.after ? JSON.stringify(a.after) : null,
          })),
        ),
      ],
      files: files.map(fileOf),
    };
  }

  /**
   * A closed association: the discussions, votes (the closed ones' counts stay on the projects), tasks and
   * consultant assignments go; projects, budgets, participants, the ledger, its supporting files and the audit
   * trail stay (accounting records), with the names of the people they show replaced in the ledger's free text.
   */
  async eraseAssociation(associationId: string, manager: EntityManager): Promise<void> {
    await manager.delete(ProjectCommentEntity, { associationId });
    await manager.delete(ProjectVoteEntity, { associationId });
    await manager.delete(ProjectTaskEntity, { associationId });
    await manager.delete(ProjectConsultantEntity, { associationId });
    const ids = new Set<string>();
    for (const e of await manager.find(LedgerEntryEntity, { where: { associationId } })) {
      ids.add(e.createdByMembershipId);
      if (e.decidedByMembershipId) ids.add(e.decidedByMembershipId);
      for (const a of [e.debit, e.credit]) if (participantOf(a)) ids.add(participantOf(a) as string);
    }
    for (const p of await manager.find(ProjectParticipantEntity, { where: { associationId } })) ids.add(p.membershipId);
    await this.replaceNames(
      manager,
      [associationId],
      await this.memberships.contacts(associationId, [...ids], manager),
    );
  }

  /** Replaces these people's names and e-mails in the free text of their associations' ledger lines. */
  private async replaceNames(
    manager: EntityManager,
    associationIds: readonly string[],
    people: readonly MemberContact[],
  ): Promise<void> {
    const names = people.flatMap((p) => [p.name, p.email]);
    if (!names.length) return;
    const withText = await manager
      .createQueryBuilder(LedgerEntryEntity, 'e')
      .select(['e.id', 'e.note', 'e.rejectionReason'])
      .where('e."associationId" IN (:...associationIds)', { associationIds })
      .andWhere('(e.note IS NOT NULL OR e."rejectionReason" IS NOT NULL)')
      .getMany();
    for (const e of withText) {
      const note = withoutNames(e.note, names, FORMER_MEMBER_TEXT);
      const rejectionReason = withoutNames(e.rejectionReason, names, FORMER_MEMBER_TEXT);
      if (note !== e.note || rejectionReason !== e.rejectionReason)
        await manager.update(LedgerEntryEntity, { id: e.id }, { note, rejectionReason });
    }
  }
}

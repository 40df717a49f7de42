import { Injectable } from '@nestjs/common';
import { AssociationReads } from '@assoc/associations-api';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  adoptionProblem,
  answerProblems,
  commentProblems,
  IdeaAnswer,
  IdeaKind,
  IdeaOutcomeKind,
  ideaProblems,
  IdeaStatus,
  isOpenToSupport,
} from '@assoc/community-domain';
import { lockCustomer } from '@assoc/customers-api';
import { CampaignDrafts } from '@assoc/promotions-api';
import { ProjectDrafts } from '@assoc/projects-api';
import { AppError, Clock, CurrentMember, decodeCursor, encodeCursor } from '@assoc/platform-api';
import { DataSource, EntityManager } from 'typeorm';
import { communityPaths } from './community-paths';
import { assertNoProblems, problemsError } from './community-problems';
import { ContributionRewards } from './contribution-rewards.service';
import { authorColumns, Contributor, isAuthor } from './contributor';
import { IdeaCommentEntity, IdeaEntity, IdeaSupportEntity } from './idea.entity';
import { IdeaNotices } from './idea-notices.service';
import { newIdea } from './new-idea';

export const IDEAS_PAGE_MAX = 50;

/** An idea as its pages show it: counts and the viewer's own support computed in the same statement. */
export interface IdeaView {
  id: string;
  associationId: string;
  title: string;
  description: string;
  kind: IdeaKind;
  status: IdeaStatus;
  authorMembershipId: string | null;
  authorCustomerId: string | null;
  answerReason: string | null;
  answeredAt: Date | null;
  usefulAt: Date | null;
  adoptedAt: Date | null;
  outcomeKind: IdeaOutcomeKind | null;
  projectId: string | null;
  campaignId: string | null;
  createdAt: Date;
  supportCount: number;
  commentCount: number;
  supportedByViewer: boolean;
}

export interface IdeaPage {
  nodes: IdeaView[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * Which ideas a list shows: by state (not adopted), those adopted (turned into a project or a campaign), or
 * those in progress (not adopted, not declined: the public page's "ideas in progress").
 */
export type IdeaFilter = IdeaStatus | 'ADOPTED' | 'IN_PROGRESS' | null;

const VIEW_COLUMNS = `i.id, i."associationId", i.title, i.description, i.kind, i.status, i."authorMembershipId",
  i."authorCustomerId", i."answerReason", i."answeredAt", i."usefulAt", i."adoptedAt", i."outcomeKind",
  i."projectId", i."campaignId", i."createdAt",
  (SELECT count(*) FROM community_idea_supports s WHERE s."ideaId" = i.id)::int AS "supportCount",
  (SELECT count(*) FROM community_idea_comments c WHERE c."ideaId" = i.id)::int AS "commentCount"`;

/** The viewer's support, as SQL on parameters $2 (membership id) and $3 (customer id), one of them null. */
const SUPPORTED_BY_VIEWER = `EXISTS (SELECT 1 FROM community_idea_supports s WHERE s."ideaId" = i.id
  AND (s."membershipId" = $2::uuid OR s."customerId" = $3::uuid)) AS "supportedByViewer"`;

const viewerParams = (viewer: Contributor | null): [string | null, string | null] => [
  viewer?.kind === 'member' ? viewer.membershipId : null,
  viewer?.kind === 'customer' ? viewer.customerId : null,
];

/**
 * The ideas box (issue 17): members (GraphQL) and customers (server-rendered pages) propose, support once and
 * comment; the board answers, adopts an accepted idea into a joint project or a campaign once, and marks
 * contributions useful. Every write is one transaction; a customer's write takes their row lock first
 * (`lockCustomer`), so it never interleaves with their erasure.
 */
@Injectable()
export class IdeasService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly projects: ProjectDrafts,
    private readonly campaigns: CampaignDrafts,
    private readonly rewards: ContributionRewards,
    private readonly notices: IdeaNotices,
    private readonly associations: AssociationReads,
  ) {}

  /** Newest first, keyset-paginated on (createdAt, id). */
  async list(
    associationId: string,
    viewer: Contributor | null,
    filter: IdeaFilter,
    first: number,
    after?: string | null,
  ): Promise<IdeaPage> {
    const take = Math.max(1, Math.min(first, IDEAS_PAGE_MAX));
    const params: unknown[] = [associationId, ...viewerParams(viewer)];
    let where = `i."associationId" = $1`;
    if (filter === 'ADOPTED') where += ` AND i."adoptedAt" IS NOT NULL`;
    else if (filter === 'IN_PROGRESS') where += ` AND i."adoptedAt" IS NULL AND i.status <> 'DECLINED'`;
    else if (filter) {
      params.push(filter);
      where += ` AND i.status = $${params.length} AND i."adoptedAt" IS NULL`;
    }
    if (after) {
      const cursor = decodeCursor(after, 2);
      if (!cursor) throw AppError.field('after', 'invalid');
      params.push(cursor[0], cursor[1]);
      where += ` AND (i."createdAt", i.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    params.push(take + 1);
    const rows = (await this.dataSource.query(
      `SELECT ${VIEW_COLUMNS}, ${SUPPORTED_BY_VIEWER} FROM community_ideas i WHERE ${where}
        ORDER BY i."createdAt" DESC, i.id DESC LIMIT $${params.length}`,
      params,
    )) as IdeaView[];
    const nodes = rows.slice(0, take);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      hasNextPage: rows.length > take,
      endCursor: last ? encodeCursor([new Date(last.createdAt).toISOString(), last.id]) : null,
    };
  }

  /** One idea of the association, or NOT_FOUND (another association's too). */
  async get(associationId: string, viewer: Contributor | null, ideaId: string): Promise<IdeaView> {
    const idea = await this.find(associationId, viewer, ideaId);
    if (!idea) throw AppError.notFound();
    return idea;
  }

  async find(associationId: string, viewer: Contributor | null, ideaId: string): Promise<IdeaView | null> {
    if (!isUuid(ideaId)) return null;
    const rows = (await this.dataSource.query(
      `SELECT ${VIEW_COLUMNS}, ${SUPPORTED_BY_VIEWER} FROM community_ideas i WHERE i."associationId" = $1 AND i.id = $4`,
      [associationId, ...viewerParams(viewer), ideaId],
    )) as IdeaView[];
    return rows[0] ?? null;
  }

  async comments(associationId: string, ideaId: string): Promise<IdeaCommentEntity[]> {
    if (!isUuid(ideaId)) return [];
    return this.dataSource.manager.find(IdeaCommentEntity, {
      where: { associationId, ideaId },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: 500,
    });
  }

  async propose(
    associationId: string,
    author: Contributor,
    input: { title: unknown; description: unknown; kind: unknown },
  ): Promise<string> {
    assertNoProblems(ideaProblems(input));
    return this.dataSource.transaction(async (manager) => {
      await this.checkContributor(manager, associationId, author, true);
      const idea = await manager.save(
        manager.create(
          IdeaEntity,
          newIdea({
            associationId,
            title: (input.title as string).trim(),
            description: typeof input.description === 'string' ? input.description.trim() : '',
            kind: input.kind as IdeaKind,
            ...authorColumns(author),
            createdAt: this.clock.now(),
          }),
        ),
      );
      return idea.id;
    });
  }

  /**
   * One support per person: the unique indexes hold it (ON CONFLICT DO NOTHING), so concurrent double clicks
   * count once. The idea is read FOR SHARE: a decline waits for it, and it for a decline.
   */
  async support(associationId: string, supporter: Contributor, ideaId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.checkContributor(manager, associationId, supporter, false);
      const idea = await this.lockIdea(manager, associationId, ideaId, 'share');
      if (!isOpenToSupport(idea)) throw AppError.field('ideaId', 'ideaDeclined');
      if (isAuthor(supporter, idea)) throw AppError.field('ideaId', 'ideaOwnSupport');
      const who = supporter.kind === 'member' ? 'membershipId' : 'customerId';
      await manager.query(
        `INSERT INTO community_idea_supports ("associationId", "ideaId", "${who}") VALUES ($1, $2, $3)
          ON CONFLICT ("ideaId", "${who}") WHERE "${who}" IS NOT NULL DO NOTHING`,
        [associationId, idea.id, supporter.kind === 'member' ? supporter.membershipId : supporter.customerId],
      );
    });
  }

  /** Takes one's support back (nothing when there was none). */
  async withdrawSupport(associationId: string, supporter: Contributor, ideaId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.checkContributor(manager, associationId, supporter, false);
      const idea = await this.lockIdea(manager, associationId, ideaId, 'share');
      await manager.delete(IdeaSupportEntity, {
        ideaId: idea.id,
        ...(supporter.kind === 'member'
          ? { membershipId: supporter.membershipId }
          : { customerId: supporter.customerId }),
      });
    });
  }

  async comment(associationId: string, author: Contributor, ideaId: string, body: unknown): Promise<IdeaCommentEntity> {
    assertNoProblems(commentProblems(body));
    return this.dataSource.transaction(async (manager) => {
      await this.checkContributor(manager, associationId, author, true);
      const idea = await this.lockIdea(manager, associationId, ideaId, 'share');
      if (!isOpenToSupport(idea)) throw AppError.field('ideaId', 'ideaDeclined');
      return manager.save(
        manager.create(IdeaCommentEntity, {
          associationId,
          ideaId: idea.id,
          ...authorColumns(author),
          body: (body as string).trim(),
          usefulAt: null,
          createdAt: this.clock.now(),
        }),
      );
    });
  }

  /** The board's answer, with its reason; the author is told (a member by notification, a customer by mail). */
  async answer(board: CurrentMember, input: { ideaId: string; status: unknown; reason: unknown }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const idea = await this.lockIdea(manager, board.associationId, input.ideaId, 'update');
      const problems = answerProblems(idea, input.status, input.reason);
      if (problems.length) throw problemsError(problems);
      const now = this.clock.now();
      idea.status = input.status as IdeaAnswer;
      idea.answerReason = (input.reason as string).trim();
      idea.answeredAt = now;
      idea.answeredByMembershipId = board.membershipId;
      idea.updatedAt = now;
      await manager.save(idea);
      await this.notices.answered(manager, idea, board.membershipId);
    });
  }

  /**
   * Turns an accepted idea into a draft joint project or campaign, linked both ways, in one transaction: the
   * idea's row lock makes concurrent clicks one (the later ones find it adopted: the same kind answers the
   * same idea, another kind is refused). Its customer originator earns the board's points, once.
   */
  async adopt(board: CurrentMember, input: { ideaId: string; as: IdeaOutcomeKind }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const idea = await this.lockIdea(manager, board.associationId, input.ideaId, 'update');
      if (idea.adoptedAt && idea.outcomeKind === input.as) return;
      const problem = adoptionProblem(idea);
      if (problem) throw AppError.conflict(problem.path, problem.reason);
      const draft = {
        title: idea.title,
        description: idea.description,
        origin: {
          label: idea.title,
          // A project's page is the members' (the idea's app page); a campaign's is public (the idea's public page).
          link:
            input.as === IdeaOutcomeKind.PROJECT
              ? communityPaths.appIdea(idea.id)
              : communityPaths.idea(
                  (await this.associations.summary(board.associationId, manager))?.slug ?? '',
                  idea.id,
                ),
        },
      };
      const now = this.clock.now();
      if (input.as === IdeaOutcomeKind.PROJECT) {
        const project = await this.projects.create(manager, board.associationId, {
          ...draft,
          authorMembershipId: board.membershipId,
        });
        idea.projectId = project.id;
      } else {
        const campaign = await this.campaigns.create(manager, board.associationId, {
          ...draft,
          createdByMembershipId: board.membershipId,
        });
        idea.campaignId = campaign.id;
      }
      idea.adoptedAt = now;
      idea.outcomeKind = input.as;
      idea.updatedAt = now;
      await manager.save(idea);
      if (idea.authorCustomerId)
        await this.rewards.award(manager, board.associationId, idea.authorCustomerId, {
          kind: 'adoptedIdea',
          ideaId: idea.id,
          title: idea.title,
        });
    });
  }

  /** The board marks an idea useful: its customer author earns the board's points, once. */
  async markIdeaUseful(board: CurrentMember, ideaId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const idea = await this.lockIdea(manager, board.associationId, ideaId, 'update');
      if (idea.usefulAt) return;
      idea.usefulAt = this.clock.now();
      await manager.save(idea);
      if (idea.authorCustomerId)
        await this.rewards.award(manager, board.associationId, idea.authorCustomerId, {
          kind: 'usefulIdea',
          ideaId: idea.id,
          title: idea.title,
        });
    });
  }

  /** The board marks a comment useful: its customer author earns the board's points, once. */
  async markCommentUseful(board: CurrentMember, commentId: string): Promise<IdeaCommentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const comment = isUuid(commentId)
        ? await manager.findOne(IdeaCommentEntity, {
            where: { id: commentId, associationId: board.associationId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!comment) throw AppError.notFound();
      if (comment.usefulAt) return comment;
      comment.usefulAt = this.clock.now();
      await manager.save(comment);
      if (comment.authorCustomerId) {
        const idea = await manager.findOneByOrFail(IdeaEntity, { id: comment.ideaId });
        await this.rewards.award(manager, board.associationId, comment.authorCustomerId, {
          kind: 'usefulComment',
          commentId: comment.id,
          title: idea.title,
        });
      }
      return comment;
    });
  }

  /** The idea's row, locked, or NOT_FOUND (another association's too). */
  async lockIdea(
    manager: EntityManager,
    associationId: string,
    ideaId: string,
    mode: 'share' | 'update',
  ): Promise<IdeaEntity> {
    const idea = isUuid(ideaId)
      ? await manager.findOne(IdeaEntity, {
          where: { id: ideaId, associationId },
          lock: { mode: mode === 'update' ? 'pessimistic_write' : 'pessimistic_read' },
        })
      : null;
    if (!idea) throw AppError.notFound();
    return idea;
  }

  /**
   * A customer writes only while their card is theirs (row lock FOR SHARE: never during their erasure), and
   * proposes or comments only with the "ideas" consent. A member is checked by the resolver's guard.
   */
  private async checkContributor(
    manager: EntityManager,
    associationId: string,
    who: Contributor,
    writesText: boolean,
  ): Promise<void> {
    if (who.kind === 'member') return;
    const card = await lockCustomer(manager, associationId, who.customerId);
    if (!card || card.erased) throw AppError.unauthenticated();
    if (writesText && !card.consents.ideas) throw AppError.field('consent', 'ideaConsentMissing');
  }
}

/** A uuid's shape: anything else is no row, without asking PostgreSQL to cast it. */
export const isUuid = (id: unknown): id is string =>
  typeof id === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

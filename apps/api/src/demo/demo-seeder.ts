import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationEntity, MembershipEntity } from '@assoc/associations-api';
import { ShopEntity, ShopReads } from '@assoc/directory-api';
import { PasswordHasher, UserEntity } from '@assoc/identity-api';
import { AppConfig, Clock, Locale, newSecretToken } from '@assoc/platform-api';
import { DataSource, EntityManager } from 'typeorm';
import { CommentEntity, PostEntity, PostReactionEntity, TopicEntity } from '@assoc/network-api';
import { MeetingEntity } from '@assoc/calendar-api';
import { CashmobEntity } from '@assoc/cashmobs-api';
import { CashmobStatus, DEFAULT_SPEND_MAX_CENTS, DEFAULT_SPEND_MIN_CENTS } from '@assoc/cashmobs-domain';
import {
  BudgetLineEntity,
  ProjectConsultantEntity,
  ProjectDrafts,
  ProjectEntity,
  ProjectTaskEntity,
} from '@assoc/projects-api';
import { ProjectCategory, ProjectStatus, SplitRuleKind, TaskKind } from '@assoc/projects-domain';
import { zonedLocalToIso } from '@assoc/shared-util';
import { seedHistory } from './demo-history';
import { seedCustomers } from './demo-customers';
import { seedCommunity } from './demo-community';
import { seedLoyalty } from './demo-loyalty';
import { TreasuryLedger } from '@assoc/treasury-api';
import { LoyaltySaleShares } from '@assoc/loyalty-api';
import { ModuleRef } from '@nestjs/core';
import { FeaturedProductEntity, FeaturedProductReads, WidgetEntity } from '@assoc/widgets-api';
import { WidgetContent, WidgetLanguage, WidgetSize } from '@assoc/widgets-domain';
import {
  DEMO_ASSOCIATION,
  DEMO_FEATURED_PRODUCTS,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_POSTS,
  DEMO_TOPICS,
  DEMO_WIDGET,
} from './demo-data';

const DAY_MS = 24 * 3600 * 1000;

/** On first start (SEED_DEMO, default on), creates the demo association; later starts leave it alone. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO) return;
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const created = await this.dataSource.transaction(async (manager) => {
      // One instance seeds; the others wait, then see it done.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('demo-seed'))`);
      if (await manager.exists(UserEntity, { where: { email: DEMO_PEOPLE[0].email } })) return false;
      // Every date of the demo is relative to the clock's now.
      const now = this.clock.now();
      // Its settings count as saved: the president's checklist does not start with "review the settings" undone.
      const association = await manager.save(
        manager.create(AssociationEntity, { ...DEMO_ASSOCIATION, settingsSavedAt: now }),
      );
      const members = new Map<string, { id: string; name: string }>();
      for (const person of DEMO_PEOPLE) {
        const user = await manager.save(
          manager.create(UserEntity, { email: person.email, name: person.name, passwordHash, locale: Locale.FR }),
        );
        const membership = await manager.save(
          manager.create(MembershipEntity, {
            associationId: association.id,
            userId: user.id,
            role: person.role,
            removedAt: null,
          }),
        );
        members.set(person.email, { id: membership.id, name: person.name });
        if (person.shop) {
          await manager.insert(ShopEntity, {
            ...person.shop,
            associationId: association.id,
            membershipId: membership.id,
            postcode: DEMO_ASSOCIATION.postcode,
            town: DEMO_ASSOCIATION.town,
            website: person.shop.website ?? null,
            logoFile: null,
          });
        }
      }
      await this.seedNetwork(manager, association.id, members, now);
      await this.seedCalendar(manager, association.id, members, now);
      await this.seedWidgets(manager, association.id, members);
      await seedHistory(manager, association.id, members, now);
      await seedCustomers(manager, association.id, now);
      // Last: the loyalty card's movements are for the customers seeded before it.
      const ledger = this.moduleRef.get(TreasuryLedger, { strict: false });
      await seedLoyalty(
        manager,
        association.id,
        members,
        now,
        ledger,
        this.moduleRef.get(ShopReads, { strict: false }),
      );
      // The ideas box after the customers, widgets and loyalty: its ideas, a recommendation, a co-created product.
      await seedCommunity(
        manager,
        association.id,
        members,
        now,
        this.moduleRef.get(ProjectDrafts, { strict: false }),
        this.moduleRef.get(ShopReads, { strict: false }),
        this.moduleRef.get(LoyaltySaleShares, { strict: false }),
        this.moduleRef.get(FeaturedProductReads, { strict: false }),
      );
      return true;
    });
    if (created)
      this.logger.log(
        `Demo association "${DEMO_ASSOCIATION.name}" created (password for every demo account: ${DEMO_PASSWORD})`,
      );
  }

  /** Topics, posts, comments and reactions, so the feed reads like a living association. */
  private async seedNetwork(
    manager: EntityManager,
    associationId: string,
    members: Map<string, { id: string; name: string }>,
    now: Date,
  ): Promise<void> {
    const member = (email: string) => {
      const found = members.get(email);
      if (!found) throw new Error(`demo data names an unknown member: ${email}`);
      return found;
    };
    const topics = new Map<string, string>();
    for (const [position, [name, openToConsultants]] of DEMO_TOPICS.entries()) {
      const topic = await manager.save(
        manager.create(TopicEntity, { associationId, name, openToConsultants, position, archivedAt: null }),
      );
      topics.set(name, topic.id);
    }
    const mentions = (text: string) =>
      text.replace(/@\{([^}]+)\}/g, (_, email: string) => {
        const m = members.get(email);
        return m ? `@[${m.name}](${m.id})` : email;
      });
    for (const demo of DEMO_POSTS) {
      const at = new Date(now.getTime() - demo.daysAgo * 24 * 3600 * 1000);
      const post = await manager.save(
        manager.create(PostEntity, {
          associationId,
          authorMembershipId: member(demo.author).id,
          topicId: demo.topic ? (topics.get(demo.topic) ?? null) : null,
          text: mentions(demo.text),
          pinned: !!demo.pinned,
          pinnedAt: demo.pinned ? at : null,
          createdAt: at,
        }),
      );
      const comments: string[] = [];
      for (const [index, comment] of (demo.comments ?? []).entries()) {
        const saved = await manager.save(
          manager.create(CommentEntity, {
            associationId,
            postId: post.id,
            parentId: comment.replyTo === undefined ? null : comments[comment.replyTo - 1],
            authorMembershipId: member(comment.author).id,
            text: mentions(comment.text),
            createdAt: new Date(at.getTime() + (index + 1) * 3600 * 1000),
          }),
        );
        comments.push(saved.id);
      }
      for (const reaction of demo.reactions ?? []) {
        await manager.insert(PostReactionEntity, {
          associationId,
          postId: post.id,
          membershipId: member(reaction.by).id,
          emoji: reaction.emoji as PostReactionEntity['emoji'],
        });
      }
    }
  }

  /**
   * Something on the calendar from the first start: a board meeting, a cashmob at the bookshop
   * published and open for sign-ups, and a draft joint project with its milestones. Dates are
   * relative to today, at local wall times in the association's time zone.
   */
  private async seedCalendar(
    manager: EntityManager,
    associationId: string,
    members: Map<string, { id: string; name: string }>,
    now: Date,
  ): Promise<void> {
    const at = (daysAhead: number, time: string) => {
      const day = new Date(now.getTime() + daysAhead * DAY_MS).toISOString().slice(0, 10);
      return new Date(zonedLocalToIso(`${day}T${time}`, DEMO_ASSOCIATION.timeZone) ?? now);
    };
    const dayAhead = (days: number) => new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
    const claire = members.get('claire.martin@vitrines-vitre.fr')?.id as string;
    const lucie = members.get('lucie.gautier@vitrines-vitre.fr')?.id as string;
    const sophie = members.get('sophie.durand@conseil-commerce.fr')?.id as string;

    await manager.insert(MeetingEntity, {
      associationId,
      title: 'Réunion de bureau',
      place: 'Librairie La Plume, 12 rue Notre-Dame',
      agenda: 'Préparer les illuminations de Noël ; point sur les cashmobs.',
      startsAt: at(3, '19:00'),
      endsAt: at(3, '20:30'),
      createdByMembershipId: claire,
      updatedAt: null,
    });

    const bookshop = await manager.findOneByOrFail(ShopEntity, { associationId, membershipId: claire });
    await manager.insert(CashmobEntity, {
      associationId,
      shopId: bookshop.id,
      hostMembershipId: claire,
      organiserMembershipId: lucie,
      status: CashmobStatus.PUBLISHED,
      startsAt: at(9, '15:00'),
      endsAt: at(9, '17:00'),
      meetingPoint: 'Devant la librairie, rue Notre-Dame',
      spendMinCents: DEFAULT_SPEND_MIN_CENTS,
      spendMaxCents: DEFAULT_SPEND_MAX_CENTS,
      capacity: 40,
      message:
        'Claire tient la librairie depuis quinze ans : venons choisir nos livres de Noël chez elle, et rencontrer une autrice vitréenne en dédicace.',
      slug: newSecretToken(16),
      publishedAt: now,
    });

    const project = await manager.save(
      manager.create(ProjectEntity, {
        associationId,
        title: 'Illuminations de Noël',
        description:
          'Guirlandes lumineuses dans les rues commerçantes, posées et déposées par un installateur, à frais partagés.',
        category: ProjectCategory.DECORATION,
        status: ProjectStatus.DRAFT,
        splitRule: { kind: SplitRuleKind.EQUAL },
        minParticipants: 6,
        minPledgedCents: null,
        joinDeadline: at(20, '18:00'),
        authorMembershipId: sophie,
      }),
    );
    await manager.insert(BudgetLineEntity, [
      {
        associationId,
        projectId: project.id,
        position: 0,
        label: 'Guirlandes LED (location)',
        supplier: 'Lumières de l’Ouest',
        quantity: 20,
        unitPriceCents: 4500,
        vatRateBp: 2000,
        soloPriceCents: 35000,
      },
      {
        associationId,
        projectId: project.id,
        position: 1,
        label: 'Pose et dépose',
        supplier: 'Lumières de l’Ouest',
        quantity: 1,
        unitPriceCents: 60000,
        vatRateBp: 2000,
        soloPriceCents: 25000,
      },
    ]);
    await manager.insert(ProjectTaskEntity, [
      {
        associationId,
        projectId: project.id,
        kind: TaskKind.TASK,
        title: 'Obtenir l’accord de la mairie',
        notes: '',
        dueDate: dayAhead(6),
        assigneeMembershipId: sophie,
        createdByMembershipId: sophie,
      },
      {
        associationId,
        projectId: project.id,
        kind: TaskKind.MILESTONE,
        title: 'Pose des guirlandes',
        notes: '',
        dueDate: dayAhead(24),
        assigneeMembershipId: null,
        createdByMembershipId: sophie,
      },
    ]);
    await manager.insert(ProjectConsultantEntity, { associationId, projectId: project.id, membershipId: sophie });
  }

  /** A blog widget for partner sites, and a few shops' featured products to show in it. */
  private async seedWidgets(
    manager: EntityManager,
    associationId: string,
    members: Map<string, { id: string; name: string }>,
  ): Promise<void> {
    const claire = members.get('claire.martin@vitrines-vitre.fr')?.id as string;
    await manager.insert(WidgetEntity, {
      ...DEMO_WIDGET,
      contents: [...DEMO_WIDGET.contents] as WidgetContent[],
      associationId,
      createdByMembershipId: claire,
      shopIds: [],
      trades: [],
      language: WidgetLanguage.FR,
      size: WidgetSize.MEDIUM,
      updatedAt: null,
    });
    const positions = new Map<string, number>();
    for (const product of DEMO_FEATURED_PRODUCTS) {
      const shop = await manager.findOneByOrFail(ShopEntity, {
        associationId,
        membershipId: members.get(product.owner)?.id,
      });
      const position = positions.get(shop.id) ?? 0;
      positions.set(shop.id, position + 1);
      await manager.insert(FeaturedProductEntity, {
        associationId,
        shopId: shop.id,
        name: product.name,
        priceCents: product.priceCents,
        text: product.text,
        link: product.link ?? null,
        photoFile: null,
        position,
        updatedAt: null,
      });
    }
  }
}

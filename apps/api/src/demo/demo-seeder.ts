import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ModuleRef } from '@nestjs/core';
import { DataSource, EntityManager } from 'typeorm';
import { AssociationsDemo } from '@assoc/associations-api';
import { CalendarDemo } from '@assoc/calendar-api';
import { CashmobsDemo } from '@assoc/cashmobs-api';
import { DirectoryDemo, ShopReads } from '@assoc/directory-api';
import { IdentityDemo, PasswordHasher } from '@assoc/identity-api';
import { LoyaltySaleShares } from '@assoc/loyalty-api';
import { NetworkDemo } from '@assoc/network-api';
import { AppConfig, Clock, Locale } from '@assoc/platform-api';
import { ProjectDrafts, ProjectsDemo } from '@assoc/projects-api';
import { TreasuryLedger } from '@assoc/treasury-api';
import { FeaturedProductReads, WidgetsDemo } from '@assoc/widgets-api';
import { WidgetContent, WidgetLanguage, WidgetSize } from '@assoc/widgets-domain';
import { zonedLocalToIso } from '@assoc/shared-util';
import { seedHistory } from './demo-history';
import { seedCustomers } from './demo-customers';
import { seedCommunity } from './demo-community';
import { seedLoyalty } from './demo-loyalty';
import {
  DEMO_ASSOCIATION,
  DEMO_CASHMOB,
  DEMO_DRAFT_PROJECT,
  DEMO_FEATURED_PRODUCTS,
  DEMO_MEETING,
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
      if (await IdentityDemo.hasUser(manager, DEMO_PEOPLE[0].email)) return false;
      // Every date of the demo is relative to the clock's now.
      const now = this.clock.now();
      // Its settings count as saved: the president's checklist does not start with "review the settings" undone.
      const associationId = await AssociationsDemo.createAssociation(manager, {
        ...DEMO_ASSOCIATION,
        settingsSavedAt: now,
      });
      const members = new Map<string, { id: string; name: string }>();
      /** Each shopkeeper's shop, by the owner's e-mail. */
      const shops = new Map<string, string>();
      for (const person of DEMO_PEOPLE) {
        const userId = await IdentityDemo.createUser(manager, {
          email: person.email,
          name: person.name,
          passwordHash,
          locale: Locale.FR,
        });
        const membershipId = await AssociationsDemo.addMember(manager, { associationId, userId, role: person.role });
        members.set(person.email, { id: membershipId, name: person.name });
        if (person.shop) {
          const shopId = await DirectoryDemo.addShop(manager, {
            ...person.shop,
            associationId,
            membershipId,
            postcode: DEMO_ASSOCIATION.postcode,
            town: DEMO_ASSOCIATION.town,
            website: person.shop.website ?? null,
          });
          shops.set(person.email, shopId);
        }
      }
      // Topics, posts, comments and reactions, so the feed reads like a living association.
      await NetworkDemo.seed(manager, { associationId, members, topics: DEMO_TOPICS, posts: DEMO_POSTS, now });
      await this.seedCalendar(manager, associationId, members, shops, now);
      await this.seedWidgets(manager, associationId, members, shops);
      await seedHistory(manager, associationId, members, shops, now);
      await seedCustomers(manager, associationId, now);
      // Last: the loyalty card's movements are for the customers seeded before it.
      const ledger = this.moduleRef.get(TreasuryLedger, { strict: false });
      await seedLoyalty(manager, associationId, members, now, ledger, this.moduleRef.get(ShopReads, { strict: false }));
      // The ideas box after the customers, widgets and loyalty: its ideas, a recommendation, a co-created product.
      await seedCommunity(
        manager,
        associationId,
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

  /**
   * Something on the calendar from the first start: a board meeting, a cashmob at the bookshop
   * published and open for sign-ups, and a draft joint project with its milestones. Dates are
   * relative to today, at local wall times in the association's time zone.
   */
  private async seedCalendar(
    manager: EntityManager,
    associationId: string,
    members: ReadonlyMap<string, { id: string; name: string }>,
    shops: ReadonlyMap<string, string>,
    now: Date,
  ): Promise<void> {
    const at = (daysAhead: number, time: string) => {
      const day = new Date(now.getTime() + daysAhead * DAY_MS).toISOString().slice(0, 10);
      return new Date(zonedLocalToIso(`${day}T${time}`, DEMO_ASSOCIATION.timeZone) ?? now);
    };
    const dayAhead = (days: number) => new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
    const member = (email: string) => members.get(email)?.id as string;

    const { organiser, daysAhead: meetingDay, starts, ends, ...meeting } = DEMO_MEETING;
    await CalendarDemo.addMeeting(manager, {
      ...meeting,
      associationId,
      startsAt: at(meetingDay, starts),
      endsAt: at(meetingDay, ends),
      createdByMembershipId: member(organiser),
    });

    const cashmob = DEMO_CASHMOB;
    await CashmobsDemo.addPublished(manager, {
      associationId,
      shopId: shops.get(cashmob.host) as string,
      hostMembershipId: member(cashmob.host),
      organiserMembershipId: member(cashmob.organiser),
      startsAt: at(cashmob.daysAhead, cashmob.starts),
      endsAt: at(cashmob.daysAhead, cashmob.ends),
      meetingPoint: cashmob.meetingPoint,
      capacity: cashmob.capacity,
      message: cashmob.message,
      publishedAt: now,
    });

    const { author, joinDeadline, tasks, ...project } = DEMO_DRAFT_PROJECT;
    const authorId = member(author);
    await ProjectsDemo.addDraft(manager, {
      ...project,
      associationId,
      joinDeadline: at(joinDeadline.daysAhead, joinDeadline.time),
      authorMembershipId: authorId,
      tasks: tasks.map(({ daysAhead, assigned, ...task }) => ({
        ...task,
        dueDate: dayAhead(daysAhead),
        assigneeMembershipId: assigned ? authorId : null,
        createdByMembershipId: authorId,
      })),
      consultantMembershipId: authorId,
    });
  }

  /** A blog widget for partner sites, and a few shops' featured products to show in it. */
  private async seedWidgets(
    manager: EntityManager,
    associationId: string,
    members: ReadonlyMap<string, { id: string; name: string }>,
    shops: ReadonlyMap<string, string>,
  ): Promise<void> {
    await WidgetsDemo.seed(manager, {
      associationId,
      widget: {
        ...DEMO_WIDGET,
        contents: [...DEMO_WIDGET.contents] as WidgetContent[],
        associationId,
        createdByMembershipId: members.get('claire.martin@vitrines-vitre.fr')?.id as string,
        language: WidgetLanguage.FR,
        size: WidgetSize.MEDIUM,
      },
      products: DEMO_FEATURED_PRODUCTS.map(({ owner, link, ...product }) => {
        const shopId = shops.get(owner);
        if (!shopId) throw new Error(`demo data names a member without a shop: ${owner}`);
        return { ...product, shopId, link: link ?? null };
      }),
    });
  }
}

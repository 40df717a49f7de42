import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ShopReads } from '@assoc/directory-api';
import { AppError, Clock, CurrentMember } from '@assoc/platform-api';
import { normaliseColour, WIDGET_CONTENTS, WidgetDraft, widgetProblems } from '@assoc/widgets-domain';
import { DataSource, EntityManager } from 'typeorm';
import { activeShops } from './widget-shops';
import { WidgetEntity } from './widget.entity';
import { CreateWidgetInput, UpdateWidgetInput } from './widget.inputs';
import { assertNoProblems } from './widget-problems';

/** The association's widgets, managed by the president and board (ManageWidgets). */
@Injectable()
export class WidgetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shops: ShopReads,
    private readonly clock: Clock,
  ) {}

  list(member: CurrentMember): Promise<WidgetEntity[]> {
    return this.dataSource.manager.find(WidgetEntity, {
      where: { associationId: member.associationId },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** A widget of the caller's association; another association's is NOT_FOUND, as if it did not exist. */
  async get(
    member: CurrentMember,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WidgetEntity> {
    const widget = await manager.findOneBy(WidgetEntity, { id, associationId: member.associationId });
    if (!widget) throw AppError.notFound();
    return widget;
  }

  async create(member: CurrentMember, input: CreateWidgetInput): Promise<WidgetEntity> {
    const draft = await this.checked(member, input);
    const manager = this.dataSource.manager;
    return manager.save(
      manager.create(WidgetEntity, {
        ...this.columns(draft),
        associationId: member.associationId,
        createdByMembershipId: member.membershipId,
        updatedAt: null,
      }),
    );
  }

  async update(member: CurrentMember, input: UpdateWidgetInput): Promise<WidgetEntity> {
    return this.dataSource.transaction(async (manager) => {
      const widget = await manager.findOne(WidgetEntity, {
        where: { id: input.id, associationId: member.associationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!widget) throw AppError.notFound();
      const defined = Object.fromEntries(
        Object.entries(input).filter(([key, value]) => value !== undefined && value !== null && key !== 'id'),
      );
      const draft = await this.checked(member, { ...widget, ...defined }, manager);
      Object.assign(widget, this.columns(draft), { updatedAt: this.clock.now() });
      return manager.save(widget);
    });
  }

  /** Gone for good: its embeds show the placeholder from then on. */
  async remove(member: CurrentMember, id: string): Promise<boolean> {
    const widget = await this.get(member, id);
    await this.dataSource.manager.delete(WidgetEntity, { id: widget.id, associationId: member.associationId });
    return true;
  }

  /** The shops a widget may show (members' shops, by name). */
  shopChoices(member: CurrentMember) {
    return activeShops(this.dataSource.manager, this.shops, member.associationId);
  }

  /** The domain's rules, then every shop id must be a shop of the caller's association (shopIds.N). */
  private async checked(
    member: CurrentMember,
    draft: WidgetDraft,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WidgetDraft> {
    assertNoProblems(widgetProblems(draft));
    if (draft.shopIds.length) {
      const known = new Set(
        (await activeShops(manager, this.shops, member.associationId, { shopIds: draft.shopIds })).map((s) => s.id),
      );
      assertNoProblems(
        draft.shopIds.flatMap((id, i) =>
          known.has(id) ? [] : [{ path: `shopIds.${i}`, reason: 'shopNotInAssociation' }],
        ),
      );
    }
    return draft;
  }

  private columns(draft: WidgetDraft) {
    return {
      name: draft.name.trim(),
      contents: WIDGET_CONTENTS.filter((kind) => draft.contents.includes(kind)),
      shopIds: [...draft.shopIds],
      trades: [...draft.trades],
      language: draft.language,
      size: draft.size,
      maxItems: draft.maxItems,
      accentColor: normaliseColour(draft.accentColor),
      backgroundColor: normaliseColour(draft.backgroundColor),
      textColor: normaliseColour(draft.textColor),
    };
  }
}

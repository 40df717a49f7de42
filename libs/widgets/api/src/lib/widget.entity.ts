import { MembershipEntity } from '@assoc/associations-api';
import { TradeCategory } from '@assoc/directory-domain';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { WidgetContent, WidgetLanguage, WidgetSize } from '@assoc/widgets-domain';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

/**
 * An embeddable widget (blog-up store) of an association: what it shows, for which shops or trades,
 * in which language, colours and size. Its id is its public address; deleting it (a hard delete)
 * makes the embed answer 404 and the placeholder show.
 */
@Entity('widgets')
@Index('widgets_by_association', ['associationId', 'createdAt'])
export class WidgetEntity extends AssociationScopedEntity {
  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' }) createdByMembership?: MembershipEntity;
  @Column('uuid') createdByMembershipId!: string;
  @Column('text') name!: string;
  /** WidgetContent values, in the fixed display order. */
  @Column('text', { array: true }) contents!: WidgetContent[];
  /** Shops shown (empty: every shop of the association). */
  @Column('uuid', { array: true, default: () => `'{}'` }) shopIds!: string[];
  /** Trades shown (TradeCategory values; empty: every trade). */
  @Column('text', { array: true, default: () => `'{}'` }) trades!: TradeCategory[];
  @Column('text') language!: WidgetLanguage;
  @Column('text') size!: WidgetSize;
  @Column('int') maxItems!: number;
  /** "#rrggbb". */
  @Column('text') accentColor!: string;
  @Column('text') backgroundColor!: string;
  @Column('text') textColor!: string;
  @Column('timestamptz', { nullable: true }) updatedAt!: Date | null;
}

import { AssociationScopedEntity, CENTS } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { ProjectEntity } from './project.entity';

/** One line of a project's budget (integer cents, VAT rate in basis points). */
@Entity('project_budget_lines')
@Index('project_budget_lines_order', ['projectId', 'position'])
export class BudgetLineEntity extends AssociationScopedEntity {
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' }) project?: ProjectEntity;
  @Column('uuid') projectId!: string;
  @Column('int') position!: number;
  @Column('text') label!: string;
  @Column('text', { nullable: true }) supplier!: string | null;
  @Column('int') quantity!: number;
  @Column('bigint', { transformer: CENTS }) unitPriceCents!: number;
  @Column('int') vatRateBp!: number;
  @Column('bigint', { nullable: true, transformer: CENTS }) soloPriceCents!: number | null;
}

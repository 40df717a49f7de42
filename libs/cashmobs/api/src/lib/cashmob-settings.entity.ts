import { AssociationEntity } from '@assoc/associations-api';
import { DEFAULT_LEAD_TIME_DAYS } from '@assoc/cashmobs-domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** An association's cashmob rules, set by the president; no row means the defaults. */
@Entity('cashmob_settings')
export class CashmobSettingsEntity {
  @PrimaryColumn('uuid') associationId!: string;
  @ManyToOne(() => AssociationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'associationId' })
  association?: AssociationEntity;
  @Column('int', { default: DEFAULT_LEAD_TIME_DAYS }) leadTimeDays!: number;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
}

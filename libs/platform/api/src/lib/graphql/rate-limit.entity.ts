import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One rate-limit counter shared by every API instance: the hits of `key` (bucket + client address,
 * account…) in the fixed window ending at `expiresAt`. RateLimiter counts with one atomic upsert.
 */
@Entity('rate_limits')
export class RateLimitEntity {
  @PrimaryColumn('text')
  key!: string;

  @Column('integer')
  hits!: number;

  /** End of the current window (by the API's clock); rows past it are pruned. */
  @Index('rate_limits_expiry')
  @Column('timestamptz')
  expiresAt!: Date;
}

import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Jobs, PeriodicJob } from '@assoc/platform-api';
import { CUSTOMERS_PURGE_GRACE_DAYS } from '@assoc/customers-domain';
import { DataSource } from 'typeorm';

const POLL_MS = 60 * 60 * 1000;

export interface CustomersPurgeCounts {
  unconfirmedJoins: number;
  links: number;
  sessions: number;
}

/**
 * Deletes what the customers domain keeps only for a while (CUSTOMERS_RETENTION, printed on /privacy):
 * joins never confirmed once their last link expired, links and sessions once expired, each
 * CUSTOMERS_PURGE_GRACE_DAYS after the expiry (an expired link still says "expired" meanwhile). Plain DELETEs
 * by time: two instances running it at once delete each row once.
 */
@Injectable()
export class CustomersPurge implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: PeriodicJob;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    jobs: Jobs,
  ) {
    this.job = jobs.define('CustomersPurge', (now) => this.run(now));
  }

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV !== 'test') this.job.start(POLL_MS); // tests move the clock and run the jobs
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  async run(now: Date): Promise<CustomersPurgeCounts> {
    const before = new Date(now.getTime() - CUSTOMERS_PURGE_GRACE_DAYS * 24 * 3600 * 1000);
    const deleted = async (sql: string): Promise<number> => {
      const [, count] = (await this.dataSource.query(sql, [before])) as [unknown, number];
      return count;
    };
    return {
      unconfirmedJoins: await deleted(
        `DELETE FROM customers c WHERE c."confirmedAt" IS NULL AND c."erasedAt" IS NULL AND c."createdAt" <= $1
           AND NOT EXISTS (SELECT 1 FROM customer_links l WHERE l."customerId" = c.id AND l."expiresAt" > $1)`,
      ),
      links: await deleted(`DELETE FROM customer_links WHERE "expiresAt" <= $1`),
      sessions: await deleted(`DELETE FROM customer_sessions WHERE "expiresAt" <= $1`),
    };
  }
}

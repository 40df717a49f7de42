import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CustomerCard } from './customer-card';

/**
 * What another domain holds about a customer (loyalty: card movements; community: ideas, supports,
 * recommendations), registered from that domain's module `onModuleInit`. The customer's export (the my-data
 * page's JSON) and erasure call every source; the erasure runs in one transaction, after the customer's row is
 * locked FOR UPDATE (see lockCustomer), before the row is pseudonymised.
 */
export interface CustomerDataSource {
  /** The domain's name: the export's key for its part, one source per domain. */
  domain: string;
  /** Everything this domain holds about the customer, as JSON values (times in ISO 8601 UTC, money in cents). */
  export(manager: EntityManager, card: CustomerCard): Promise<Record<string, unknown>>;
  /** Erases what is only the customer's; records the association must keep lose what names them. */
  erase(manager: EntityManager, card: CustomerCard): Promise<void>;
}

@Injectable()
export class CustomerDataSources {
  private readonly registered = new Map<string, CustomerDataSource>();

  register(source: CustomerDataSource): void {
    if (source.domain === 'customers' || this.registered.has(source.domain))
      throw new Error(`Customer data of ${source.domain} registered twice`);
    this.registered.set(source.domain, source);
  }

  /** Every source by domain name (a stable order for the export). */
  sources(): readonly CustomerDataSource[] {
    return [...this.registered.values()].sort((a, b) => a.domain.localeCompare(b.domain));
  }
}

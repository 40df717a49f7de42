import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { encodePubSubEvent, PubSub, PubSubEvent } from './pub-sub';

/**
 * Pub/sub inside one process, for a deployment that declares a single API instance
 * (`PUBSUB=memory`). Events published in a transaction wait for its commit (TypeORM's transaction
 * events) and are dropped if it rolls back, like NOTIFY. A rollback to a savepoint does not drop them.
 */
export class InMemoryPubSub extends PubSub {
  private readonly pending = new WeakMap<QueryRunner, PubSubEvent[]>();

  constructor(dataSource: DataSource) {
    super();
    const hooks: EntitySubscriberInterface = {
      afterTransactionCommit: ({ queryRunner }) => {
        if (queryRunner.isTransactionActive) return;
        const events = this.pending.get(queryRunner);
        this.pending.delete(queryRunner);
        events?.forEach((event) => this.deliverSoon(event));
      },
      afterTransactionRollback: ({ queryRunner }) => {
        if (!queryRunner.isTransactionActive) this.pending.delete(queryRunner);
      },
    };
    (dataSource.subscribers as EntitySubscriberInterface[]).push(hooks);
  }

  async publish(manager: EntityManager, events: readonly PubSubEvent[]): Promise<void> {
    events.forEach(encodePubSubEvent); // the same size limit as PostgreSQL, so switching is safe
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) {
      const list = this.pending.get(runner) ?? [];
      list.push(...events);
      this.pending.set(runner, list);
    } else {
      events.forEach((event) => this.deliverSoon(event));
    }
  }

  private deliverSoon(event: PubSubEvent): void {
    setImmediate(() => this.deliver(event));
  }
}

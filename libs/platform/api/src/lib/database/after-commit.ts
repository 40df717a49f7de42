import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';

type Work = { name: string; run: () => Promise<unknown> };

const logger = new Logger('AfterCommit');
/** The work waiting for each open transaction's commit. */
const pending = new WeakMap<QueryRunner, Work[]>();
/** The data sources whose transaction events this file listens to. */
const hooked = new WeakSet<DataSource>();

async function runAll(works: readonly Work[]): Promise<void> {
  for (const work of works) {
    try {
      await work.run();
    } catch (error) {
      // The change is committed: a file left behind is logged, never turned into a failure of the change.
      logger.warn(`${work.name} failed after the commit: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function hook(dataSource: DataSource): void {
  if (hooked.has(dataSource)) return;
  hooked.add(dataSource);
  const events: EntitySubscriberInterface = {
    // TypeORM awaits these: the transaction's promise resolves once the work is done.
    afterTransactionCommit: ({ queryRunner }) => {
      if (queryRunner.isTransactionActive) return undefined; // a savepoint released: the outer transaction goes on
      const works = pending.get(queryRunner);
      pending.delete(queryRunner);
      return works ? runAll(works) : undefined;
    },
    afterTransactionRollback: ({ queryRunner }) => {
      if (!queryRunner.isTransactionActive) pending.delete(queryRunner);
    },
  };
  (dataSource.subscribers as EntitySubscriberInterface[]).push(events);
}

/**
 * Runs `run` once the transaction of `manager` commits (at once when `manager` is in none), and never
 * if it rolls back: for what the database cannot undo, such as deleting a stored file whose row the
 * transaction erases (issue 25). A failure is logged, not thrown: the change is already committed.
 */
export async function afterCommit(manager: EntityManager, name: string, run: () => Promise<unknown>): Promise<void> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) return runAll([{ name, run }]);
  hook(manager.connection);
  const works = pending.get(runner) ?? [];
  works.push({ name, run });
  pending.set(runner, works);
}

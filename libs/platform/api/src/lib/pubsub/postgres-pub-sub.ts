import { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { decodePubSubEvent, encodePubSubEvent, PubSub, PubSubEvent } from './pub-sub';

/** The one channel every instance listens on; topics are inside the messages. */
export const PUBSUB_CHANNEL = 'assoc_events';

/**
 * Pub/sub over PostgreSQL LISTEN/NOTIFY, so events reach the subscribers of every API instance on
 * the same database. Publishing runs `pg_notify` through the caller's transaction: PostgreSQL
 * delivers the messages when (and only if) it commits. Each instance keeps one dedicated connection
 * listening on `assoc_events`, reconnecting after a loss (events sent meanwhile are missed).
 */
export class PostgresPubSub extends PubSub implements OnModuleInit, OnApplicationShutdown {
  private client: Client | null = null;
  private closed = false;
  private retryTimer?: NodeJS.Timeout;
  private retryDelayMs = 500;

  constructor(private readonly databaseUrl: string) {
    super();
  }

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  async publish(manager: EntityManager, events: readonly PubSubEvent[]): Promise<void> {
    if (!events.length) return;
    await manager.query(`SELECT pg_notify($1, message) FROM unnest($2::text[]) AS message`, [
      PUBSUB_CHANNEL,
      events.map(encodePubSubEvent),
    ]);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'assoc-pubsub' });
    client.on('notification', (message) => {
      const event = message.channel === PUBSUB_CHANNEL && message.payload ? decodePubSubEvent(message.payload) : null;
      if (event) this.deliver(event);
    });
    const lost = (reason: unknown) => {
      if (this.client !== client) return;
      this.client = null;
      void client.end().catch(() => undefined);
      if (!this.closed) {
        this.logger.warn(`pub/sub connection lost (${String(reason)}), reconnecting`);
        this.scheduleRetry();
      }
    };
    client.on('error', lost);
    client.on('end', () => lost('ended'));
    await client.connect();
    await client.query(`LISTEN ${PUBSUB_CHANNEL}`);
    this.client = client;
    this.retryDelayMs = 500;
  }

  private scheduleRetry(): void {
    this.retryTimer = setTimeout(() => {
      this.listen().catch((error) => {
        this.logger.error(`pub/sub reconnect failed: ${String(error)}`);
        this.retryDelayMs = Math.min(this.retryDelayMs * 2, 30_000);
        if (!this.closed) this.scheduleRetry();
      });
    }, this.retryDelayMs);
    this.retryTimer.unref();
  }
}

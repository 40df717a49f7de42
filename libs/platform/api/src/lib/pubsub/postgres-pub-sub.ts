import { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { decodePubSubEvent, encodePubSubEvent, PubSub, PubSubEvent } from './pub-sub';

/** The one channel every instance listens on; topics are inside the messages. */
export const PUBSUB_CHANNEL = 'assoc_events';

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 1000;

/**
 * Pub/sub over PostgreSQL LISTEN/NOTIFY, so events reach the subscribers of every API instance on
 * the same database. Publishing runs `pg_notify` through the caller's transaction: PostgreSQL
 * delivers the messages when (and only if) it commits. Each instance keeps one dedicated connection
 * listening on `assoc_events`. After a loss it reconnects with a short capped backoff (100 ms doubling
 * to 1 s, with jitter: back within about a second of the server), and since events committed
 * meanwhile were missed, it then tells its resync listeners (`onResync`) so live clients refetch.
 */
export class PostgresPubSub extends PubSub implements OnModuleInit, OnApplicationShutdown {
  private client: Client | null = null;
  private closed = false;
  private retryTimer?: NodeJS.Timeout;
  private retryDelayMs = FIRST_RETRY_MS;
  private lostOnce = false;

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
    const client = new Client({
      connectionString: this.databaseUrl,
      application_name: 'assoc-pubsub',
      // Notice a dead server or network (no FIN) instead of listening on a silent socket.
      keepAlive: true,
      connectionTimeoutMillis: 5000,
    });
    client.on('notification', (message) => {
      const event = message.channel === PUBSUB_CHANNEL && message.payload ? decodePubSubEvent(message.payload) : null;
      if (event) this.deliver(event);
    });
    const lost = (reason: unknown) => {
      if (this.client !== client) return;
      this.client = null;
      void client.end().catch(() => undefined);
      if (!this.closed) {
        this.lostOnce = true;
        this.logger.warn(`pub/sub connection lost (${String(reason)}), reconnecting`);
        this.scheduleRetry();
      }
    };
    client.on('error', lost);
    client.on('end', () => lost('ended'));
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBSUB_CHANNEL}`);
    } catch (error) {
      void client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryDelayMs = FIRST_RETRY_MS;
    if (this.lostOnce) {
      this.logger.log('pub/sub connection back: live clients are told to refetch');
      this.resynced();
    }
  }

  /** Listening on this instance right now (false between a loss and the reconnection). */
  get listening(): boolean {
    return this.client !== null;
  }

  private scheduleRetry(): void {
    const delay = this.retryDelayMs * (0.8 + Math.random() * 0.4);
    this.retryTimer = setTimeout(() => {
      this.listen().catch((error) => {
        this.logger.warn(`pub/sub reconnect failed: ${String(error)}`);
        this.retryDelayMs = Math.min(this.retryDelayMs * 2, MAX_RETRY_MS);
        if (!this.closed) this.scheduleRetry();
      });
    }, delay);
    this.retryTimer.unref();
  }
}

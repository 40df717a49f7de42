import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** One message: a topic (e.g. `membership:<id>`) and a small payload of ids. */
export interface PubSubEvent {
  topic: string;
  payload: Record<string, unknown>;
}

export type PubSubListener = (payload: Record<string, unknown>) => void;

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; messages carry ids, never content. */
export const PUBSUB_MAX_MESSAGE_BYTES = 7900;

/** The wire form of an event, refused when too large for NOTIFY. */
export function encodePubSubEvent(event: PubSubEvent): string {
  const message = JSON.stringify({ t: event.topic, p: event.payload });
  if (Buffer.byteLength(message, 'utf8') > PUBSUB_MAX_MESSAGE_BYTES)
    throw new Error(`pub/sub message on ${event.topic} is over ${PUBSUB_MAX_MESSAGE_BYTES} bytes`);
  return message;
}

export function decodePubSubEvent(message: string): PubSubEvent | null {
  try {
    const parsed = JSON.parse(message) as { t?: unknown; p?: unknown };
    return typeof parsed.t === 'string' && parsed.p && typeof parsed.p === 'object'
      ? { topic: parsed.t, payload: parsed.p as Record<string, unknown> }
      : null;
  } catch {
    return null;
  }
}

/**
 * Real-time events across API instances. `publish` takes the caller's transaction: subscribers (on
 * every instance) hear the events only once it commits, never for a rolled-back change.
 * Implementations: PostgreSQL LISTEN/NOTIFY (default) and in-memory (`PUBSUB=memory`, one instance).
 */
export abstract class PubSub {
  protected readonly logger = new Logger('PubSub');
  private readonly listeners = new Map<string, Set<PubSubListener>>();
  private readonly resyncListeners = new Set<() => void>();

  abstract publish(manager: EntityManager, events: readonly PubSubEvent[]): Promise<void>;

  /** Listens on this instance; returns the function that stops listening. */
  subscribe(topic: string, listener: PubSubListener): () => void {
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size && this.listeners.get(topic) === set) this.listeners.delete(topic);
    };
  }

  /**
   * Called when this instance may have missed events (its LISTEN connection was lost and is back):
   * whoever shows live state must refetch it. Returns the function that stops listening.
   */
  onResync(listener: () => void): () => void {
    this.resyncListeners.add(listener);
    return () => this.resyncListeners.delete(listener);
  }

  /** Tells every resync listener that events may have been missed. */
  protected resynced(): void {
    for (const listener of [...this.resyncListeners]) {
      try {
        listener();
      } catch (error) {
        this.logger.error(`resync listener failed: ${String(error)}`);
      }
    }
  }

  /** How many listeners this instance has (all topics): for tests and health. */
  get listenerCount(): number {
    let count = 0;
    for (const set of this.listeners.values()) count += set.size;
    return count;
  }

  /** Hands an event that reached this instance to its local listeners. */
  protected deliver(event: PubSubEvent): void {
    for (const listener of [...(this.listeners.get(event.topic) ?? [])]) {
      try {
        listener(event.payload);
      } catch (error) {
        this.logger.error(`listener on ${event.topic} failed: ${String(error)}`);
      }
    }
  }
}

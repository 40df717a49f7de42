import type { DataSource } from 'typeorm';
import { SessionEntity } from './lib/session.entity';

/**
 * Fixtures for other domains' tests, written by identity itself so those tests never touch identity's
 * tables. Exported by the library's index; nothing here runs in the API.
 */

/**
 * Deletes every session of a person behind the API's back: no live-socket signal, no audit, as a
 * session lost outside the API would be (the notifications' tests check that a socket notices anyway).
 */
export async function dropSessionsSilently(dataSource: DataSource, userId: string): Promise<void> {
  await dataSource.getRepository(SessionEntity).delete({ userId });
}

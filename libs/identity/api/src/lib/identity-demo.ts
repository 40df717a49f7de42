import { Locale } from '@assoc/platform-domain';
import { EntityManager } from 'typeorm';
import { UserEntity } from './user.entity';

/** A demo account to create: its password already hashed by the caller. */
export interface DemoUser {
  email: string;
  name: string;
  passwordHash: string;
  locale: Locale;
}

/** How the demo association's accounts are written (the API's demo seeder orchestrates, inside its transaction). */
export const IdentityDemo = {
  /** Whether an account with this e-mail exists: the demo is seeded once. */
  hasUser(manager: EntityManager, email: string): Promise<boolean> {
    return manager.exists(UserEntity, { where: { email } });
  },

  /** Creates the account; answers its id. */
  async createUser(manager: EntityManager, user: DemoUser): Promise<string> {
    return (await manager.save(manager.create(UserEntity, user))).id;
  },
};

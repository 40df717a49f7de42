import { CustomersDemo } from '@assoc/customers-api';
import { EntityManager } from 'typeorm';

/**
 * The demo association's customer community (issue 17): five customers who joined from different pages and
 * opened their link, with different consents; one reads English. Their card codes are easy to type at a counter
 * in a demo (VTRE-0001…); real ones are drawn at random. Sign in as one from /communaute/vitrines-vitre/connexion
 * (the link arrives in the development mailbox).
 */
export const DEMO_CUSTOMERS = [
  {
    firstName: 'Léa',
    email: 'lea.client@demo.coeurdeville.fr',
    language: 'fr',
    consents: ['loyalty', 'news', 'ideas'],
    from: 'cashmob',
    cardCode: 'VTRE0001',
    daysAgo: 60,
  },
  {
    firstName: 'Karim',
    email: 'karim.client@demo.coeurdeville.fr',
    language: 'fr',
    consents: ['loyalty', 'ideas'],
    from: 'poster',
    cardCode: 'VTRE0002',
    daysAgo: 45,
  },
  {
    firstName: 'Sophie',
    email: 'sophie.client@demo.coeurdeville.fr',
    language: 'fr',
    consents: ['loyalty'],
    from: 'shop',
    cardCode: 'VTRE0003',
    daysAgo: 30,
  },
  {
    firstName: 'Tom',
    email: 'tom.customer@demo.coeurdeville.fr',
    language: 'en',
    consents: ['loyalty', 'news'],
    from: 'campaign',
    cardCode: 'VTRE0004',
    daysAgo: 20,
  },
  {
    firstName: 'Nadia',
    email: 'nadia.client@demo.coeurdeville.fr',
    language: 'fr',
    consents: ['ideas', 'news'],
    from: 'widget',
    cardCode: 'VTRE0005',
    daysAgo: 10,
  },
] as const;

export async function seedCustomers(manager: EntityManager, associationId: string, now: Date): Promise<void> {
  await CustomersDemo.seed(manager, { associationId, customers: DEMO_CUSTOMERS, now });
}

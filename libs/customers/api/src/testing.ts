import { CustomerConsents, CustomerLanguage } from '@assoc/customers-domain';
import type { INestApplicationContext } from '@nestjs/common';
import type { HttpResponse } from '@assoc/platform-api';
import type { DataSource } from 'typeorm';
import { CustomersService } from './lib/customers.service';
import { CUSTOMER_COOKIE } from './lib/customer-sessions.service';

export interface JoinedCustomer {
  customerId: string;
  /** Stored normalised (`ABCDEFGH`). */
  cardCode: string;
  /** `customer=<token>`: send it as the Cookie header to act as this customer on the association's pages. */
  cookie: string;
  email: string;
}

/**
 * What the helper needs of the test kit's `TestApp` (which satisfies it): declared here rather than imported so
 * this file, exported by the library's index, never pulls the test kit (and its test-only packages) into the
 * API's build.
 */
export interface CustomerTestApp {
  app: Pick<INestApplicationContext, 'get'>;
  dataSource: DataSource;
  mails(): Promise<{ to: string; text: string }[]>;
}

let counter = 0;

/**
 * A customer of `associationId` who joined and opened their link (for loyalty's and community's tests), through
 * the customers service itself (same rows, same session as the pages make). The association must have been
 * created by the test (its slug is read from the database).
 */
export async function joinedCustomer(
  api: CustomerTestApp,
  associationId: string,
  options: {
    firstName?: string;
    email?: string;
    consents?: Partial<CustomerConsents>;
    language?: CustomerLanguage;
  } = {},
): Promise<JoinedCustomer> {
  counter += 1;
  const email = options.email ?? `client.${counter}.${Date.now().toString(36)}@example.fr`;
  const [association] = (await api.dataSource.query(`SELECT id, name, slug FROM associations WHERE id = $1`, [
    associationId,
  ])) as { id: string; name: string; slug: string }[];
  if (!association) throw new Error(`joinedCustomer: no association ${associationId}`);
  const customers = api.app.get(CustomersService);
  const consents = { loyalty: true, news: false, ideas: true, ...options.consents };
  await customers.join(association, {
    firstName: options.firstName ?? 'Léa',
    email,
    language: options.language ?? 'fr',
    ...consents,
  });
  const mail = (await api.mails()).find((m) => m.to === email && m.text.includes('/lien/'));
  const token = mail && /\/lien\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error(`joinedCustomer: no link mailed to ${email}`);
  let cookie = '';
  // The reply the session is opened on: only its cookie is read (the platform's setCookie calls reply.setCookie).
  const res = {
    setCookie: (name: string, value: string) => {
      if (name === CUSTOMER_COOKIE) cookie = `${name}=${value}`;
    },
  } as unknown as HttpResponse;
  await customers.land(association, token, res);
  const [row] = (await api.dataSource.query(
    `SELECT id, "cardCode" FROM customers WHERE "associationId" = $1 AND "emailKey" = lower($2)`,
    [associationId, email],
  )) as { id: string; cardCode: string }[];
  return { customerId: row.id, cardCode: row.cardCode, cookie, email };
}

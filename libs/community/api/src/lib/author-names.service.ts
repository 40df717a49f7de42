import { Injectable } from '@nestjs/common';
import { MembershipReads } from '@assoc/associations-api';
import { CustomerReads } from '@assoc/customers-api';
import { personName } from '@assoc/identity-domain';
import { Locale } from '@assoc/platform-domain';

export interface AuthorRef {
  authorMembershipId: string | null;
  authorCustomerId: string | null;
}

export interface AuthorName {
  name: string;
  isCustomer: boolean;
}

const FORMER = {
  [Locale.FR]: { customer: 'Ancien client', member: 'Ancien membre', anyone: 'Ancien participant' },
  [Locale.EN]: { customer: 'Former customer', member: 'Former member', anyone: 'Former participant' },
};

/**
 * The names shown for ideas' and comments' authors, read in two queries through their domains' services: a
 * member's name (a closed account's "Former member"), a customer's first name; an erased author is a former
 * customer or member in the reader's language.
 */
@Injectable()
export class AuthorNames {
  constructor(
    private readonly memberships: MembershipReads,
    private readonly customers: CustomerReads,
  ) {}

  async of(associationId: string, rows: readonly AuthorRef[], reader: Locale): Promise<(r: AuthorRef) => AuthorName> {
    const memberIds = [...new Set(rows.flatMap((r) => r.authorMembershipId ?? []))];
    const customerIds = [...new Set(rows.flatMap((r) => r.authorCustomerId ?? []))];
    const [members, customers] = await Promise.all([
      this.memberships.contacts(associationId, memberIds),
      this.customers.byIds(null, associationId, customerIds),
    ]);
    const memberNames = new Map(members.map((m) => [m.membershipId, personName(m, reader)]));
    const customerNames = new Map(customers.map((c) => [c.customerId, c.erased ? '' : c.firstName]));
    const former = FORMER[reader];
    return (r) => {
      if (r.authorMembershipId)
        return { name: memberNames.get(r.authorMembershipId) || former.member, isCustomer: false };
      if (r.authorCustomerId)
        return { name: customerNames.get(r.authorCustomerId) || former.customer, isCustomer: true };
      // Erased authorship (ADR 0035): nothing says who it was.
      return { name: former.anyone, isCustomer: false };
    };
  }
}

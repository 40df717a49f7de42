import { isClosedAccountEmail } from '@assoc/identity-domain';
import type { UserModel } from './user.model';

/**
 * The GraphQL view of a user; `showEmail` false hides the address from people who may not see it. A closed
 * account shows no e-mail, and its name is read in the reader's language (UserFieldsResolver).
 */
export function toUserModel(
  user: { id: string; email: string; name: string; locale: UserModel['locale']; closedAt?: Date | null },
  showEmail = true,
): UserModel {
  const closed = !!user.closedAt || isClosedAccountEmail(user.email);
  return { id: user.id, email: showEmail && !closed ? user.email : '', name: user.name, locale: user.locale, closed };
}

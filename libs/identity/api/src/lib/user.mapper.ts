import type { UserModel } from './user.model';

/** The GraphQL view of a user; `showEmail` false hides the address from people who may not see it. */
export function toUserModel(
  user: { id: string; email: string; name: string; locale: UserModel['locale'] },
  showEmail = true,
): UserModel {
  return { id: user.id, email: showEmail ? user.email : '', name: user.name, locale: user.locale };
}

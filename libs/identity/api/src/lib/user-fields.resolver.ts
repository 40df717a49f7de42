import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { personName } from '@assoc/identity-domain';
import { Locale, RequestLocale } from '@assoc/platform-api';
import { UserModel } from './user.model';

/**
 * A person's name wherever the API returns a `User` (authors, members, the ledger's people, invitations):
 * a closed account's reads "Ancien membre" or "Former member" in the caller's language (issue 25).
 */
@Resolver(() => UserModel)
export class UserFieldsResolver {
  @ResolveField(() => String)
  name(@Parent() user: UserModel, @RequestLocale() locale: Locale): string {
    return personName({ name: user.name, closed: !!user.closed }, locale);
  }
}

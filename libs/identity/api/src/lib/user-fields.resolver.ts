import { ResolveField, Resolver } from '@nestjs/graphql';
import { personName } from '@assoc/identity-domain';
import { GraphqlContext, localeOf } from '@assoc/platform-api';
import { UserModel } from './user.model';

/**
 * A person's name wherever the API returns a `User` (authors, members, the ledger's people, invitations):
 * a closed account's reads "Ancien membre" or "Former member" in the caller's language (issue 25).
 * On Nest's fast path (no parameter decorators, see memberOf): resolved once per person of a list.
 */
@Resolver(() => UserModel)
export class UserFieldsResolver {
  @ResolveField(() => String)
  name(user: UserModel, _args: unknown, context: GraphqlContext): string {
    return personName({ name: user.name, closed: !!user.closed }, localeOf(context));
  }
}

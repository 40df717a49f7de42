import { registerEnumType } from '@nestjs/graphql';
import { Locale, Role } from '@assoc/platform-domain';

registerEnumType(Locale, { name: 'Locale', description: 'The language a person reads the app and mails in.' });
registerEnumType(Role, { name: 'Role', description: "A person's role in one association." });

export { Locale, Role };
export { Permission, grantableRoles, roleHasPermission } from '@assoc/platform-domain';

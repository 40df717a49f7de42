import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, message } from '@assoc/platform-domain';
import type { Request } from 'express';
import { requestState } from '../auth/request-context';

/**
 * GraphQL itself refuses variables of the wrong type before any resolver runs (an unknown enum value,
 * a string for an Int). Give those the same shape as ours: BAD_USER_INPUT naming the field, in the
 * caller's language.
 */
export function localizeVariableErrors(): ApolloServerPlugin<{ req: Request }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const locale = requestState(contextValue.req).locale;
          errors.forEach((error) => {
            const at = /got invalid value .* at "([^"]+)"|Variable "\$(\w+)" of required type/.exec(error.message);
            if (!at || error.extensions['code'] !== ErrorCode.BAD_USER_INPUT) return;
            const path = (at[1] ?? at[2]).split('.').slice(1).join('.') || (at[1] ?? at[2]);
            const reason = /does not exist in ".+" enum/.test(error.message)
              ? 'isEnum'
              : /of required type/.test(error.message) || /Expected non-nullable/.test(error.message)
                ? 'required'
                : 'invalid';
            // Apollo formats these very objects afterwards: reword them in place.
            (error as { message: string }).message = message(locale, reason);
            Object.assign(error.extensions as Record<string, unknown>, { fields: [{ field: path, message: message(locale, reason) }] });
          });
        },
      };
    },
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, message } from '@assoc/platform-domain';
import type { HttpRequest } from '../http/http-types';
import { requestState } from '../auth/request-context';

/** The reason a scalar gave for refusing a value (the DateTime scalar: isDate, isCalendarDate), if any. */
function scalarReason(error: { originalError?: unknown }): string | undefined {
  for (let cause = error.originalError; cause; cause = (cause as { originalError?: unknown }).originalError) {
    const reason = (cause as { extensions?: Record<string, unknown> }).extensions?.['reason'];
    if (typeof reason === 'string') return reason;
  }
  return undefined;
}

/**
 * GraphQL itself refuses variables of the wrong type before any resolver runs (an unknown enum value,
 * a string for an Int). Give those the same shape as ours: BAD_USER_INPUT naming the field, in the
 * caller's language.
 */
export function localizeVariableErrors(): ApolloServerPlugin<{ req: HttpRequest }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const locale = requestState(contextValue.req).locale;
          errors.forEach((error) => {
            // "… got invalid value … at "input.kind"", or a variable named as a whole ("$input").
            const atPath = /got invalid value .* at "([^"]+)"/.exec(error.message)?.[1];
            const variable = /Variable "\$(\w+)" (?:of required type|got invalid value)/.exec(error.message)?.[1];
            if ((!atPath && !variable) || error.extensions['code'] !== ErrorCode.BAD_USER_INPUT) return;
            // A missing field of an input object: name that field, under the path when nested.
            const missingField = /; Field "(\w+)" of required type .* was not provided/.exec(error.message)?.[1];
            const inside = atPath ? atPath.split('.').slice(1).join('.') : '';
            const path = missingField
              ? [inside, missingField].filter(Boolean).join('.')
              : inside || atPath || (variable as string);
            const reason =
              scalarReason(error) ??
              (/does not exist in ".+" enum/.test(error.message)
                ? 'isEnum'
                : /of required type/.test(error.message) || /Expected non-nullable/.test(error.message) || missingField
                  ? 'required'
                  : 'invalid');
            // Apollo formats these very objects afterwards: reword them in place.
            (error as { message: string }).message = message(locale, reason);
            Object.assign(error.extensions as Record<string, unknown>, {
              reason,
              params: {},
              fields: [{ field: path, reason, params: {}, message: message(locale, reason) }],
            });
          });
        },
      };
    },
  };
}

import { dateStringProblem, isCalendarDay } from '@assoc/shared-util';
import { registerDecorator, ValidationOptions } from 'class-validator';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** The reason a refused date carries to the error message: malformed (`isDate`) or impossible (`isCalendarDate`). */
export const DATE_REASON = { format: 'isDate', calendar: 'isCalendarDate' } as const;

/** The date a client sent, or a GraphQL error whose `reason` names what is wrong with it. */
function parseStrict(value: unknown): Date {
  const problem = typeof value === 'string' ? dateStringProblem(value) : 'format';
  if (problem)
    throw new GraphQLError(`Not a ${problem === 'calendar' ? 'calendar date' : 'ISO 8601 date-time'}.`, {
      extensions: { reason: DATE_REASON[problem] },
    });
  return new Date(value as string);
}

/**
 * The `DateTime` scalar of every `Date` in the schema (inputs and arguments alike), as Nest's own but
 * strict: only ISO 8601 strings ("2026-12-24", "2026-12-24T18:00:00.000Z"), and a day or time that
 * does not exist (30 February, 31 April, 24:00) is refused instead of rolled over by `new Date()`.
 * The refusal reaches the client as BAD_USER_INPUT naming the field (localizeVariableErrors).
 */
export const StrictDateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue: parseStrict,
  serialize(value) {
    return value instanceof Date ? value.toISOString() : null;
  },
  parseLiteral(ast) {
    return parseStrict(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});

/**
 * A date-only text field ("2026-12-24"): refused, naming the field, unless the day exists. For the
 * `Date` fields, the DateTime scalar checks the same before any class check runs.
 */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      // The constraint's name is the message's reason: "This date does not exist (format YYYY-MM-DD)."
      name: 'isCalendarDay',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: { validate: (value: unknown) => typeof value === 'string' && isCalendarDay(value) },
    });
}

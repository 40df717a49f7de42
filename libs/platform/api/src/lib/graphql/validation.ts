import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { FieldProblem } from '@assoc/platform-domain';
import { AppError } from './app-error';

/** Flattens class-validator errors into field problems ("openingHours.0.periods.1.opens"). */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((constraint): FieldProblem => {
      const reason = error.contexts?.[constraint]?.['reason'] ?? constraint;
      const params = (error.contexts?.[constraint]?.['params'] ?? constraintParams(error, constraint)) as Record<
        string,
        string | number
      >;
      return { field, reason: String(reason), params };
    });
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/** C0 control characters but tab, line feed and carriage return (PostgreSQL refuses NUL in text). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The path of the first string holding a control character ("input.openingHours.0.note"), or null. */
export function controlCharacterField(value: unknown, path: string): string | null {
  if (typeof value === 'string') return CONTROL_CHARACTER.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = controlCharacterField(item, `${path}.${i}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = controlCharacterField(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Refuses control characters in any text a caller sends (arguments, inputs, route parameters),
 * naming the field, before the class checks: a NUL would otherwise reach PostgreSQL and fail as an
 * internal error.
 */
class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      // An input object's fields are named as the class checks name them ("title"); a text argument by its name.
      const field = controlCharacterField(value, typeof value === 'string' ? (metadata.data ?? 'value') : '');
      if (field !== null) throw AppError.input([{ field, reason: 'controlCharacter', params: {} }]);
    }
    return super.transform(value, metadata);
  }
}

/**
 * The one validation pipe: every input class is checked, unknown fields are refused, control
 * characters are refused, and failures become BAD_USER_INPUT naming each field.
 */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => AppError.input(fieldProblems(errors)),
  });
}

/** Names for the first argument of the length and size checks, as the message catalogue uses them. */
const PARAM_NAMES: Record<string, string> = {
  minLength: 'min',
  maxLength: 'max',
  min: 'min',
  max: 'max',
  arrayMaxSize: 'max',
  arrayMinSize: 'min',
};

/** The numeric limit a failed check was declared with (MinLength(12) -> { min: 12 }). */
function constraintParams(error: ValidationError, constraint: string): Record<string, string | number> {
  const name = PARAM_NAMES[constraint];
  if (!name || !error.target) return {};
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(error.target.constructor, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name === constraint || m.type === constraint));
  const value = metadata?.constraints?.[0];
  return typeof value === 'number' ? { [name]: value } : {};
}

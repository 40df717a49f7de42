import { ValidationError, ValidationPipe } from '@nestjs/common';
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

/**
 * The one validation pipe: every input class is checked, unknown fields are refused, and failures
 * become BAD_USER_INPUT naming each field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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

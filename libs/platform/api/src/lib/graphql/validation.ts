import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import type { TransformerPackage } from '@nestjs/common/interfaces/external/transformer-package.interface';
import { classToPlain, ClassTransformOptions, plainToInstance, TransformationType, Type } from 'class-transformer';
import { getMetadataStorage, MetadataStorage } from 'class-validator';
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

type ValidationMetadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];

const memoized = new WeakSet<MetadataStorage>();

/**
 * class-validator looks a class's rules up again on every validation: it tests every class that has
 * rules for being an ancestor of the validated one, then groups the rules by property. The rules
 * are the decorators', added as their classes are defined; so both answers are kept per class (and
 * options) until a rule is added, which empties the memo. The answers are only read (class-validator,
 * Nest's pipe, `constraintParams`).
 */
export function memoizeValidationMetadata(storage: MetadataStorage = getMetadataStorage()): void {
  if (memoized.has(storage)) return;
  memoized.add(storage);
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let byTarget = new Map<unknown, Map<string, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();
  storage.addValidationMetadata = (metadata) => {
    byTarget = new Map();
    grouped = new WeakMap();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (groups?.length) return lookUp(target, schema, always, strictGroups, groups);
    const key = `${typeof schema}:${schema},${always},${strictGroups}`;
    let ofTarget = byTarget.get(target);
    if (!ofTarget) byTarget.set(target, (ofTarget = new Map()));
    let metadatas = ofTarget.get(key);
    if (!metadatas) {
      metadatas = lookUp(target, schema, always, strictGroups, groups);
      ofTarget.set(key, metadatas);
      grouped.set(metadatas, group(metadatas));
    }
    return metadatas;
  };
  storage.groupByPropertyName = (metadatas) => grouped.get(metadatas) ?? group(metadatas);
}

/** class-transformer's decorators' storage: it has no typed entry point (its types sit apart from its code). */
const transformerStorage = (
  require('class-transformer/cjs/storage') as typeof import('class-transformer/types/storage')
).defaultMetadataStorage;

/** Whether `transformerStorage` is the one class-transformer's decorators write to (one copy of the package). */
const transformerStorageIsShared = (() => {
  class Probe {}
  Type(() => String)(Probe.prototype, 'probe');
  return transformerStorage.findTypeMetadata(Probe, 'probe') !== undefined;
})();

/**
 * Per class: the properties class-transformer copies as they are when their value is a primitive (no
 * `@Type`, `@Transform`, `@Expose` or accessor on them), or null when the class has class-level
 * `@Expose`/`@Exclude` rules. Limited to the properties with validation rules: others are refused anyway.
 */
const plainProperties = new WeakMap<object, ReadonlySet<string> | null>();

function plainPropertiesOf(cls: new () => object): ReadonlySet<string> | null {
  let properties = plainProperties.get(cls);
  if (properties === undefined) {
    const keyed =
      transformerStorage.getStrategy(cls) === 'none' &&
      !transformerStorage.getExposedMetadatas(cls).length &&
      !transformerStorage.getExcludedMetadatas(cls).length;
    properties = keyed
      ? new Set(
          getMetadataStorage()
            .getTargetValidationMetadatas(cls, '', true, false)
            .map((m) => m.propertyName)
            .filter(
              (key) =>
                key !== '__proto__' &&
                key !== 'constructor' &&
                !transformerStorage.findTypeMetadata(cls, key) &&
                !transformerStorage.findTransformMetadatas(cls, key, TransformationType.PLAIN_TO_CLASS).length &&
                !Object.getOwnPropertyDescriptor(cls.prototype, key),
            ),
        )
      : null;
    plainProperties.set(cls, properties);
  }
  return properties;
}

/**
 * class-transformer with a shortcut for the common case, GraphQL arguments and inputs of primitives:
 * a plain object whose every field is a primitive on a property without transformer rules becomes a
 * new instance with those fields set in order, which is what class-transformer makes of it (a tenth
 * of a feed request's CPU went to the pipe, a quarter of that to class-transformer walking its rules).
 */
const transformer: TransformerPackage = {
  plainToInstance<T>(cls: new () => T, plain: unknown, options?: ClassTransformOptions): T | T[] {
    if (
      options === undefined &&
      transformerStorageIsShared &&
      plain !== null &&
      typeof plain === 'object' &&
      Object.getPrototypeOf(plain) === Object.prototype
    ) {
      const properties = plainPropertiesOf(cls as new () => object);
      const source = plain as Record<string, unknown>;
      const keys = Object.keys(source);
      if (
        properties &&
        keys.every((key) => {
          const value = source[key];
          return properties.has(key) && (value === null || (typeof value !== 'object' && typeof value !== 'function'));
        })
      ) {
        const instance = new cls() as Record<string, unknown>;
        // class-transformer leaves a property alone when the instance holds a function there.
        if (keys.every((key) => typeof instance[key] !== 'function')) {
          for (const key of keys) instance[key] = source[key];
          return instance as T;
        }
      }
    }
    return plainToInstance(cls, plain, options);
  },
  classToPlain: (object, options) => classToPlain(object, options),
};

/**
 * The one validation pipe: every input class is checked, unknown fields are refused, control
 * characters are refused, and failures become BAD_USER_INPUT naming each field.
 */
export function createValidationPipe(): ValidationPipe {
  memoizeValidationMetadata();
  return new AppValidationPipe({
    transformerPackage: transformer,
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

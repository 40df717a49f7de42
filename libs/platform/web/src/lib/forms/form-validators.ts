import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/**
 * Checks a form makes before it submits: dates in order, a minimum not above its maximum, a deadline
 * still ahead. Each is a validator of the form group (it reads two fields, or a field with the clock)
 * that marks the refused field with its own error key, so the field's `mat-error` says why
 * (`errors.<key>` in the platform's web strings, through FieldErrorPipe). The API checks the same
 * rules again; these only spare the round trip and name the field at once.
 *
 * Types only from Angular: the file runs in the library's plain unit tests.
 */

/** A field's value as a comparable number (an instant, minutes of the day, an amount), or null when empty or unreadable. */
export type ReadValue = (value: unknown) => number | null;

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value == null ? '' : String(value));

/** A `datetime-local` value ("2026-12-24T18:00") on one wall clock: only the order of two such values matters. */
export const readLocalDateTime: ReadValue = (value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text(value));
  return match ? Date.UTC(+match[1], +match[2] - 1, +match[3], +match[4], +match[5]) : null;
};

/** A time of day ("09:30") as minutes after midnight. */
export const readTimeOfDay: ReadValue = (value) => {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text(value));
  return match ? +match[1] * 60 + +match[2] : null;
};

/** A number typed with a comma or a dot ("12,50"); empty or anything else: null (its own validator says why). */
export const readDecimal: ReadValue = (value) => {
  const t = text(value).replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
};

/** Adds (error given) or removes (null) one error key on a control, keeping its other errors. */
function flag(control: AbstractControl | null, key: string, error: unknown): void {
  if (!control) return;
  const current = control.errors ?? {};
  if (!error && !(key in current)) return;
  const { [key]: _dropped, ...others } = current;
  const next: ValidationErrors = error ? { ...others, [key]: error } : others;
  control.setErrors(Object.keys(next).length ? next : null, { emitEvent: false });
}

/** True when both values are known and `later` does not come after `earlier` (or comes before it, with orEqual). */
export function outOfOrder(earlier: number | null, later: number | null, orEqual = false): boolean {
  if (earlier === null || later === null) return false;
  return orEqual ? later < earlier : later <= earlier;
}

export interface OrderOptions {
  /** The error key set on the later field (default `endBeforeStart`; `errors.<key>` is its message). */
  error?: string;
  /** Whether the two may be equal (a deadline on the start itself). */
  orEqual?: boolean;
  read?: ReadValue;
  /** Which field carries the error: the later (default) or the earlier (a deadline that must precede a start). */
  on?: 'start' | 'end';
}

/** The group's field `end` must come after its field `start` (datetime-local values unless `read` says otherwise). */
export function dateOrder(start: string, end: string, options: OrderOptions = {}): ValidatorFn {
  const { error = 'endBeforeStart', orEqual = false, read = readLocalDateTime, on = 'end' } = options;
  return (group) => {
    const refused = outOfOrder(read(group.get(start)?.value), read(group.get(end)?.value), orEqual);
    flag(group.get(on === 'end' ? end : start), error, refused || null);
    return null;
  };
}

/** The group's field `max` must be at least its field `min` (numbers typed with a comma or a dot unless `read` says otherwise). */
export function rangeOrder(min: string, max: string, options: Pick<OrderOptions, 'error' | 'read'> = {}): ValidatorFn {
  const { error = 'rangeOrder', read = readDecimal } = options;
  return (group) => {
    const refused = outOfOrder(read(group.get(min)?.value), read(group.get(max)?.value), true);
    flag(group.get(max), error, refused || null);
    return null;
  };
}

export interface FutureOptions {
  /** The error key set on the field (default `inPast`). */
  error?: string;
  /** The clock (tests). */
  now?: () => number;
}

/**
 * The instant `instant` reads from the group's value (an ISO string or milliseconds, null while
 * incomplete) must be ahead of now; the error is set on the group's field `field`.
 */
export function inFuture(
  field: string,
  instant: (value: Record<string, unknown>) => string | number | null,
  options: FutureOptions = {},
): ValidatorFn {
  const { error = 'inPast', now = Date.now } = options;
  return (group) => {
    const read = instant((group as AbstractControl & { getRawValue?: () => unknown }).getRawValue?.() ?? group.value);
    const at = typeof read === 'string' ? Date.parse(read) : read;
    flag(group.get(field), error, (at !== null && !Number.isNaN(at) && at <= now()) || null);
    return null;
  };
}

/** Empty, or a whole number (a sign allowed, so that Validators.min can say "at least 0" for "-3"); else `wholeNumber`. */
export function wholeNumber(control: AbstractControl): ValidationErrors | null {
  const value = text(control.value);
  return value === '' || /^-?\d+$/.test(value) ? null : { wholeNumber: true };
}

import { ErrorCode, Locale, message } from '@assoc/platform-domain';
import { AppError } from '../../graphql/app-error';
import { createValidationPipe } from '../../graphql/validation';
import { markup, SafeHtml } from './html';

/** What a refused form shows: a message for the whole form, and one per field (already in the reader's language). */
export interface FormErrors {
  message: string;
  fields: Record<string, string>;
  /** The HTTP status to send the page again with (400 bad input, 404, 409 conflict, 429 too many tries…). */
  status: number;
}

const REFUSAL_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
};

/**
 * The body of a posted form checked with the same input class and pipe as the GraphQL mutation
 * (unknown fields, control characters, every constraint): the typed input, or an AppError naming
 * each field and its reason.
 */
export async function validateForm<T extends object>(type: new () => T, body: unknown): Promise<T> {
  return (await createValidationPipe().transform(body, { type: 'body', metatype: type })) as T;
}

/**
 * A form's text field, from a posted body or a query string: its text, or empty when it is missing or repeated
 * (an array) or not text.
 */
export function field(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | null | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

/**
 * A refusal (bad input, conflict, closed, not found, too many tries) as the form shows it, in the
 * reader's language; `aliases` rename the service's field names to the form's (`intendedSpendCents` → `amount`).
 * Anything else (a bug, the database down) is thrown on to the error filter.
 */
export function formErrors(error: unknown, locale: Locale, aliases: Record<string, string> = {}): FormErrors {
  if (!(error instanceof AppError) || error.code === ErrorCode.INTERNAL_SERVER_ERROR) throw error;
  const fields: Record<string, string> = {};
  for (const problem of error.fields) {
    const name = aliases[problem.field] ?? problem.field;
    fields[name] ??= message(locale, problem.reason, problem.params);
  }
  return { message: message(locale, error.reason, error.params), fields, status: REFUSAL_STATUS[error.code] ?? 400 };
}

/** A form's general error (what went wrong, before the fields' own messages): announced when it appears. */
export function formAlert(errors: FormErrors | null | undefined): SafeHtml {
  return errors ? markup`<p class="notice notice-error" role="alert">${errors.message}</p>` : markup``;
}

export interface TextFieldOptions {
  /** The form's name for it, also the base of its id (`<form id>-<name>`). */
  name: string;
  label: string;
  value?: string | null;
  error?: string | null;
  hint?: string | null;
  type?: 'text' | 'email' | 'tel' | 'url' | 'number' | 'date' | 'time' | 'password';
  autocomplete?: string;
  inputmode?: 'text' | 'decimal' | 'numeric' | 'email' | 'tel';
  required?: boolean;
  maxlength?: number;
  /** A unit written after the field (`€`), hidden from screen readers when the label says it. */
  suffix?: string;
  /** A prefix for the ids, when a page has two forms with the same field names. */
  idPrefix?: string;
}

/** A labelled input with its hint and its error tied to it (aria-describedby, aria-invalid). */
export function textField(o: TextFieldOptions): SafeHtml {
  const id = `${o.idPrefix ?? 'f'}-${o.name}`;
  const described = [o.hint ? `${id}-hint` : '', o.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const input = markup`<input
    id="${id}"
    name="${o.name}"
    type="${o.type ?? 'text'}"
    value="${o.value ?? ''}"
    ${
      o.autocomplete ? markup` autocomplete="${o.autocomplete}"` : ''
    }${o.inputmode ? markup` inputmode="${o.inputmode}"` : ''}${o.required ? markup` required aria-required="true"` : ''}${
      o.maxlength ? markup` maxlength="${o.maxlength}"` : ''
    }${described ? markup` aria-describedby="${described}"` : ''}${o.error ? markup` aria-invalid="true"` : ''}
  />`;
  return markup`<div class="field">
    <label for="${id}">${o.label}</label>
    ${o.suffix ? markup`<span class="suffix">${input}<span aria-hidden="true">${o.suffix}</span></span>` : input}
    ${o.hint ? markup`<p class="hint" id="${id}-hint">${o.hint}</p>` : ''}
    ${o.error ? markup`<p class="error" id="${id}-error">${o.error}</p>` : ''}
  </div>`;
}

/** A checkbox with its label after it, and its error. */
export function checkboxField(o: {
  name: string;
  label: string;
  checked?: boolean;
  error?: string | null;
  required?: boolean;
  idPrefix?: string;
}): SafeHtml {
  const id = `${o.idPrefix ?? 'f'}-${o.name}`;
  return markup`<div class="field">
    <span class="check"
      ><input
        id="${id}"
        name="${o.name}"
        type="checkbox"
        value="true"
        ${o.checked ? ' checked' : ''}${
          o.required ? markup` required aria-required="true"` : ''
        }${o.error ? markup` aria-invalid="true" aria-describedby="${id}-error"` : ''}
      /><label for="${id}">${o.label}</label></span
    >
    ${o.error ? markup`<p class="error" id="${id}-error">${o.error}</p>` : ''}
  </div>`;
}

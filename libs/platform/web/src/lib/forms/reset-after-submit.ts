import type { AbstractControl, FormGroupDirective } from '@angular/forms';

/**
 * After a successful submit (an invitation sent, a walk-in added, a task saved...): the form back to
 * `value` (or its initial values), pristine and untouched, and its `<form>` no longer "submitted", so
 * no field shows "This field is required." for what was just sent. `form.reset()` alone leaves the
 * directive submitted, and Angular Material shows an empty required field of a submitted form in
 * error; `FormGroupDirective.resetForm` clears both. Without the directive (the form not on screen),
 * the form alone is reset.
 */
export function resetAfterSubmit(
  form: AbstractControl,
  directive: Pick<FormGroupDirective, 'resetForm' | 'form'> | null | undefined,
  value?: unknown,
): void {
  if (directive && directive.form === form) directive.resetForm(value);
  else form.reset(value);
  form.markAsPristine();
  form.markAsUntouched();
}

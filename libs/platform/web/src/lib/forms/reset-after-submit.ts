import type { AbstractControl, FormGroupDirective } from '@angular/forms';

/** A `<form [formGroup]>` directive, as far as resetting it goes. */
type Bound = Pick<FormGroupDirective, 'resetForm' | 'form'>;

/**
 * After a successful submit (an invitation sent, a walk-in added, a task saved...): the form back to
 * `value` (or its initial values), pristine and untouched, and its `<form>` no longer "submitted", so
 * no field shows "This field is required." for what was just sent. `form.reset()` alone leaves the
 * directive submitted, and Angular Material shows an empty required field of a submitted form in
 * error; `FormGroupDirective.resetForm` clears both. `directives` is the component's
 * `viewChild(FormGroupDirective)` or, with several forms, its `viewChildren(FormGroupDirective)`: the
 * one bound to `form` is used. Without it (the form not on screen), the form alone is reset.
 */
export function resetAfterSubmit(
  form: AbstractControl,
  directives: Bound | readonly Bound[] | null | undefined,
  value?: unknown,
): void {
  const directive = (Array.isArray(directives) ? directives : [directives]).find(
    (d: Bound | null | undefined) => d?.form === form,
  );
  if (directive) directive.resetForm(value);
  else form.reset(value);
  form.markAsPristine();
  form.markAsUntouched();
}

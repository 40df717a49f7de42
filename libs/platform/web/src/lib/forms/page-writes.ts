import { inject, signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { clearServerErrors } from '../errors/clear-server-error';
import { ErrorDisplay } from '../errors/error-display';

/**
 * A page's writes, one at a time: `busy` while one runs (its buttons disabled), a refusal shown (on the form's
 * fields when a form is given, else in a snackbar), a success message when one is named. Made by `pageWrites()`.
 */
export class PageWrites {
  readonly busy = signal(false);

  constructor(private readonly errors: ErrorDisplay) {}

  /** Runs `action`; its result, or null when it was refused (the error shown). */
  async run<T>(action: () => Promise<T>, options: { form?: AbstractControl; done?: string } = {}): Promise<T | null> {
    this.busy.set(true);
    try {
      const result = await action();
      if (options.done) this.errors.success(options.done);
      return result;
    } catch (error) {
      this.errors.show(error, options.form);
      return null;
    } finally {
      this.busy.set(false);
    }
  }

  /**
   * A form's submit: the last answer's field errors cleared, an invalid form only marked touched (its errors
   * shown, nothing sent), else `action` run as `run` does, refusals on the form's fields.
   */
  async submit<T>(form: AbstractControl, action: () => Promise<T>, done?: string): Promise<T | null> {
    clearServerErrors(form);
    if (form.invalid) {
      form.markAllAsTouched();
      return null;
    }
    return this.run(action, { form, done });
  }
}

/** A page's `PageWrites` (call it in a field initialiser or the constructor). */
export function pageWrites(): PageWrites {
  return new PageWrites(inject(ErrorDisplay));
}

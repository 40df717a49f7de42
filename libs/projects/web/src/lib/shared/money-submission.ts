import { WritableSignal } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { clearServerErrors, ErrorDisplay } from '@assoc/platform-web';

/**
 * Sends one money form of the ledger (contribution, expense, refund): the form is checked first,
 * then the mutation goes with an idempotency key made once per submission and kept until it
 * succeeds, so a double click or a retry after a network error records once. The API's field errors
 * land under the fields (its `cents` under the form's `amount`); other errors in a snackbar.
 */
export class MoneySubmission {
  private key: string | null = null;

  constructor(
    private readonly form: AbstractControl,
    private readonly saving: WritableSignal<boolean>,
    private readonly errors: ErrorDisplay,
  ) {}

  /** Forgets the key when the content changed outside the form's controls (a new receipt). */
  renew(): void {
    this.key = null;
  }

  /** True once recorded; false when the form is invalid, a submission is running, or it failed. */
  async submit(send: (idempotencyKey: string) => Promise<unknown>): Promise<boolean> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return false;
    }
    if (this.saving()) return false;
    this.key ??= crypto.randomUUID();
    this.saving.set(true);
    try {
      await send(this.key);
      this.key = null;
      return true;
    } catch (error) {
      this.errors.show(error, this.form, { fieldAliases: { cents: 'amount' } });
      return false;
    } finally {
      this.saving.set(false);
    }
  }
}

import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { parseAmountToCents } from '@assoc/shared-util';

/** An amount typed in euros ("12", "12,50"): `{ pattern: true }` when it is not one (empty passes; add `required`). */
export const amountValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value = control.value;
  if (value === null || value === undefined || String(value).trim() === '') return null;
  return parseAmountToCents(value) === null ? { pattern: true } : null;
};

import { Provider } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';

/**
 * Fields turn red only once touched, not merely because their form was submitted: a form reset
 * after a successful submission (its directive still "submitted") comes back clean. A submission
 * of an invalid form marks every field touched, so its errors still show.
 */
export const TOUCHED_ERRORS: Provider = {
  provide: ErrorStateMatcher,
  useValue: {
    isErrorState: (control: AbstractControl | null) => !!control && control.invalid && control.touched,
  } satisfies ErrorStateMatcher,
};

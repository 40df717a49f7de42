import { AbstractControl } from '@angular/forms';

/** Removes every `server` error below a control, before submitting again. */
export function clearServerErrors(control: AbstractControl): void {
  const children = (control as AbstractControl & { controls?: Record<string, AbstractControl> | AbstractControl[] })
    .controls;
  if (children) {
    for (const child of Object.values(children)) clearServerErrors(child);
  }
  if (control.errors?.['server']) {
    control.updateValueAndValidity({ emitEvent: false }); // not onlySelf: the parents must drop their INVALID too
  }
}

import type { AbstractControl, FormGroupDirective } from '@angular/forms';
import { resetAfterSubmit } from './reset-after-submit';

/** What the helper uses of a form: reset, and the pristine/untouched marks. */
function form() {
  const calls: string[] = [];
  const control = {
    reset: (value: unknown) => calls.push(`form.reset ${JSON.stringify(value)}`),
    markAsPristine: () => calls.push('pristine'),
    markAsUntouched: () => calls.push('untouched'),
  };
  return { control: control as unknown as AbstractControl, calls };
}

const directive = (bound: AbstractControl, calls: string[], name: string) =>
  ({
    form: bound,
    resetForm: (value: unknown) => calls.push(`${name}.resetForm ${JSON.stringify(value)}`),
  }) as unknown as FormGroupDirective;

describe('resetAfterSubmit', () => {
  it('resets through the directive bound to the form (clearing its submitted state), among several', () => {
    const contribution = form();
    const expense = form();
    const directives = [
      directive(expense.control, contribution.calls, 'expenseDirective'),
      directive(contribution.control, contribution.calls, 'contributionDirective'),
    ];
    resetAfterSubmit(contribution.control, directives, { amount: '' });
    expect(contribution.calls).toEqual(['contributionDirective.resetForm {"amount":""}', 'pristine', 'untouched']);
  });

  it('resets the form alone when no directive is bound to it (the form not on screen)', () => {
    const f = form();
    resetAfterSubmit(f.control, undefined);
    resetAfterSubmit(f.control, directive(form().control, f.calls, 'other'), { name: 'x' });
    expect(f.calls).toEqual([
      'form.reset undefined',
      'pristine',
      'untouched',
      'form.reset {"name":"x"}',
      'pristine',
      'untouched',
    ]);
  });
});

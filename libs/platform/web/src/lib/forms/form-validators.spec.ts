import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { dateOrder, inFuture, rangeOrder, readTimeOfDay, wholeNumber } from './form-validators';

/** Just what the validators use of a form group: its fields by name, their values and errors. */
function group(values: Record<string, string>, errors: Record<string, ValidationErrors | null> = {}) {
  const fields = Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      const field = {
        value,
        errors: errors[name] ?? null,
        setErrors(next: ValidationErrors | null) {
          field.errors = next;
        },
      };
      return [name, field];
    }),
  );
  const control = {
    value: values,
    getRawValue: () => Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.value])),
    get: (name: string) => fields[name] ?? null,
  };
  return { control: control as unknown as AbstractControl, fields };
}

describe('form checks made before submitting', () => {
  it('refuses an end before (or at) the start on the end field, and forgets it once fixed', () => {
    const { control, fields } = group({ startsAt: '2026-12-24T18:00', endsAt: '2026-12-24T17:30' });
    const check = dateOrder('startsAt', 'endsAt');
    check(control);
    expect(fields['endsAt'].errors).toEqual({ endBeforeStart: true });
    expect(fields['startsAt'].errors).toBeNull();
    fields['endsAt'].value = '2026-12-24T18:00';
    check(control);
    expect(fields['endsAt'].errors).toEqual({ endBeforeStart: true });
    fields['endsAt'].value = '2026-12-24T20:00';
    check(control);
    expect(fields['endsAt'].errors).toBeNull();
  });

  it('keeps the field’s other errors, and says nothing while a value is missing', () => {
    const { control, fields } = group({ startsAt: '', endsAt: '2026-12-24T17:30' }, { endsAt: { server: 'x' } });
    dateOrder('startsAt', 'endsAt')(control);
    expect(fields['endsAt'].errors).toEqual({ server: 'x' });
    fields['startsAt'].value = '2026-12-25T10:00';
    dateOrder('startsAt', 'endsAt')(control);
    expect(fields['endsAt'].errors).toEqual({ server: 'x', endBeforeStart: true });
  });

  it('orders times of day, and may put its own key on the earlier field (a deadline on the start itself is fine)', () => {
    const times = group({ startTime: '19:00', endTime: '09:30' });
    dateOrder('startTime', 'endTime', { read: readTimeOfDay })(times.control);
    expect(times.fields['endTime'].errors).toEqual({ endBeforeStart: true });

    const deadline = dateOrder('enrolmentDeadline', 'startsAt', {
      error: 'deadlineAfterStart',
      orEqual: true,
      on: 'start',
    });
    const { control, fields } = group({ enrolmentDeadline: '2026-12-24T18:00', startsAt: '2026-12-24T18:00' });
    deadline(control);
    expect(fields['enrolmentDeadline'].errors).toBeNull();
    fields['enrolmentDeadline'].value = '2026-12-25T09:00';
    deadline(control);
    expect(fields['enrolmentDeadline'].errors).toEqual({ deadlineAfterStart: true });
    expect(fields['startsAt'].errors).toBeNull();
  });

  it('refuses a maximum below the minimum, amounts typed with a comma or a dot', () => {
    const { control, fields } = group({ spendMin: '20,50', spendMax: '9.99' });
    rangeOrder('spendMin', 'spendMax')(control);
    expect(fields['spendMax'].errors).toEqual({ rangeOrder: true });
    fields['spendMax'].value = '20,50';
    rangeOrder('spendMin', 'spendMax')(control);
    expect(fields['spendMax'].errors).toBeNull();
  });

  it('refuses a date already past on the named field, by the clock given', () => {
    const now = () => Date.parse('2026-12-01T12:00:00Z');
    const check = inFuture('date', (v) => (v['date'] ? `${v['date']}T${v['time']}:00Z` : null), { now });
    const { control, fields } = group({ date: '2026-12-01', time: '11:59' });
    check(control);
    expect(fields['date'].errors).toEqual({ inPast: true });
    fields['time'].value = '12:01';
    check(control);
    expect(fields['date'].errors).toBeNull();
    fields['date'].value = '';
    check(control);
    expect(fields['date'].errors).toBeNull();
  });

  it('asks for a whole number, letting "-3" through for Validators.min to say "at least 0"', () => {
    const at = (value: string) => wholeNumber({ value } as AbstractControl);
    expect(at('2,5')).toEqual({ wholeNumber: true });
    expect(at('abc')).toEqual({ wholeNumber: true });
    expect([at(''), at(' 12 '), at('-3')]).toEqual([null, null, null]);
  });
});

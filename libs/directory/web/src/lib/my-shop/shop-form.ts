import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { ShopFieldsFragment } from '../graphql/directory.generated';
import type { DayHoursInput, TradeCategory, UpdateMyShopInput, Weekday } from '@assoc/platform-web/core';
import { WEEKDAYS } from '../shared/trades';

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export type PeriodForm = FormGroup<{ opens: FormControl<string>; closes: FormControl<string> }>;
export type DayForm = FormGroup<{ day: FormControl<Weekday>; periods: FormArray<PeriodForm> }>;
export type ShopForm = FormGroup<{
  name: FormControl<string>;
  trade: FormControl<TradeCategory | null>;
  address: FormControl<string>;
  postcode: FormControl<string>;
  town: FormControl<string>;
  phone: FormControl<string>;
  website: FormControl<string>;
  description: FormControl<string>;
  openingHours: FormArray<DayForm>;
}>;

function timeValidator(control: AbstractControl<string>): ValidationErrors | null {
  return !control.value || TIME_PATTERN.test(control.value) ? null : { time: true };
}

/** A period must close after it opens. */
function periodOrder(group: AbstractControl): ValidationErrors | null {
  const { opens, closes } = group.value as { opens?: string; closes?: string };
  return opens && closes && TIME_PATTERN.test(opens) && TIME_PATTERN.test(closes) && closes <= opens
    ? { timeOrder: true }
    : null;
}

export function periodForm(opens = '09:00', closes = '19:00'): PeriodForm {
  return new FormGroup(
    {
      opens: new FormControl(opens, { nonNullable: true, validators: [Validators.required, timeValidator] }),
      closes: new FormControl(closes, { nonNullable: true, validators: [Validators.required, timeValidator] }),
    },
    { validators: periodOrder },
  );
}

export function createShopForm(): ShopForm {
  return new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(120)] }),
    trade: new FormControl<TradeCategory | null>(null, { validators: [Validators.required] }),
    address: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    postcode: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(10)] }),
    town: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(120)] }),
    phone: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(30)] }),
    website: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
    openingHours: new FormArray<DayForm>(
      WEEKDAYS.map(
        (day) =>
          new FormGroup({
            day: new FormControl(day, { nonNullable: true }),
            periods: new FormArray<PeriodForm>([]),
          }),
      ),
    ),
  });
}

/** Fills the form with the saved shop; every weekday keeps its place (index = Monday..Sunday). */
export function patchShopForm(form: ShopForm, shop: ShopFieldsFragment): void {
  form.patchValue({
    name: shop.name,
    trade: shop.trade,
    address: shop.address,
    postcode: shop.postcode,
    town: shop.town,
    phone: shop.phone ?? '',
    website: shop.website ?? '',
    description: shop.description ?? '',
  });
  form.controls.openingHours.controls.forEach((dayForm) => {
    const saved = shop.openingHours.find((h) => h.day === dayForm.controls.day.value);
    dayForm.controls.periods.clear();
    for (const period of saved?.periods ?? []) dayForm.controls.periods.push(periodForm(period.opens, period.closes));
  });
  form.markAsPristine();
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export function toUpdateMyShopInput(form: ShopForm): UpdateMyShopInput {
  const value = form.getRawValue();
  const openingHours: DayHoursInput[] = value.openingHours.map((day) => ({
    day: day.day,
    periods: day.periods.map((p) => ({ opens: p.opens, closes: p.closes })),
  }));
  return {
    name: value.name.trim(),
    trade: value.trade as TradeCategory,
    address: value.address.trim(),
    postcode: value.postcode.trim(),
    town: value.town.trim(),
    phone: orNull(value.phone),
    website: orNull(value.website),
    description: orNull(value.description),
    openingHours,
  };
}

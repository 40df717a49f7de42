import { FormArray, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import {
  BUDGET_LABEL_MAX_LENGTH,
  BudgetLine,
  ProjectCategory,
  SplitRuleKind,
  VAT_RATES_BP,
} from '@assoc/projects-domain';
import { inFuture, wholeNumber } from '@assoc/platform-web';
import { zonedLocalToIso } from '@assoc/shared-util';
import { centsToInput, parseAmountToCents } from './amounts';

export type LineForm = FormGroup<{
  label: FormControl<string>;
  supplier: FormControl<string>;
  quantity: FormControl<number>;
  unitPrice: FormControl<string>;
  vatRateBp: FormControl<number>;
  soloPrice: FormControl<string>;
}>;

export type MemberAmountForm = FormGroup<{
  membershipId: FormControl<string>;
  name: FormControl<string>;
  value: FormControl<string>;
}>;

/** An amount input: empty, or a positive amount with at most two decimals. */
export function amountValidator(control: { value: unknown }): ValidationErrors | null {
  const value = String(control.value ?? '').trim();
  if (value === '') return null;
  const cents = parseAmountToCents(value);
  return cents === null ? { amount: true } : cents < 1 ? { min: { min: '0,01' } } : null;
}

/** A weight: empty or a positive number (up to 6 decimals). */
export function weightValidator(control: { value: unknown }): ValidationErrors | null {
  const value = String(control.value ?? '')
    .trim()
    .replace(',', '.');
  if (value === '') return null;
  return /^\d+(\.\d{1,6})?$/.test(value) && Number(value) > 0 ? null : { weight: true };
}

export function lineForm(line?: Partial<BudgetLine>, language = 'fr'): LineForm {
  return new FormGroup({
    label: new FormControl(line?.label ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(BUDGET_LABEL_MAX_LENGTH)],
    }),
    supplier: new FormControl(line?.supplier ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(BUDGET_LABEL_MAX_LENGTH)],
    }),
    quantity: new FormControl(line?.quantity ?? 1, {
      nonNullable: true,
      validators: [Validators.required, wholeNumber, Validators.min(1)],
    }),
    unitPrice: new FormControl(centsToInput(line?.unitPriceCents ?? null, language), {
      nonNullable: true,
      validators: [Validators.required, amountValidator],
    }),
    vatRateBp: new FormControl<number>(line?.vatRateBp ?? 2000, { nonNullable: true }),
    soloPrice: new FormControl(centsToInput(line?.soloPriceCents ?? null, language), {
      nonNullable: true,
      validators: [amountValidator],
    }),
  });
}

export function memberAmountForm(membershipId: string, name: string, value = ''): MemberAmountForm {
  return new FormGroup({
    membershipId: new FormControl(membershipId, { nonNullable: true }),
    name: new FormControl(name, { nonNullable: true }),
    value: new FormControl(value, { nonNullable: true }),
  });
}

/** A project's form; `timeZone` is the association's, read when a join deadline is typed (it must still be ahead). */
export function projectForm(timeZone: () => string = () => 'Europe/Paris') {
  return new FormGroup(
    {
      title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
      description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(10_000)] }),
      category: new FormControl<ProjectCategory>(ProjectCategory.COMMUNICATION, { nonNullable: true }),
      budgetLines: new FormArray<LineForm>([lineForm()]),
      splitKind: new FormControl<SplitRuleKind>(SplitRuleKind.EQUAL, { nonNullable: true }),
      weights: new FormArray<MemberAmountForm>([]),
      fixed: new FormArray<MemberAmountForm>([]),
      minParticipants: new FormControl<number | null>(null, {
        validators: [wholeNumber, Validators.min(1)],
      }),
      minPledged: new FormControl('', { nonNullable: true, validators: [amountValidator] }),
      joinDeadline: new FormControl('', { nonNullable: true }),
    },
    {
      validators: inFuture('joinDeadline', (v) =>
        v['joinDeadline'] ? zonedLocalToIso(String(v['joinDeadline']), timeZone()) : null,
      ),
    },
  );
}

export type ProjectForm = ReturnType<typeof projectForm>;

/** The budget lines of the form as the domain reads them (invalid numbers count 0, for live totals). */
export function formLines(value: ReturnType<ProjectForm['getRawValue']>['budgetLines']): BudgetLine[] {
  return value.map((l) => ({
    label: l.label.trim(),
    supplier: l.supplier.trim() || null,
    quantity: Number.isSafeInteger(Number(l.quantity)) && Number(l.quantity) > 0 ? Number(l.quantity) : 0,
    unitPriceCents: parseAmountToCents(l.unitPrice) ?? 0,
    vatRateBp: Number(l.vatRateBp),
    soloPriceCents: l.soloPrice.trim() === '' ? null : (parseAmountToCents(l.soloPrice) ?? null),
  }));
}

export const VAT_RATES = VAT_RATES_BP;

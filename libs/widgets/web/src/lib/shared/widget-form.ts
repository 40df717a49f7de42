import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { clearServerErrors, ErrorDisplay, FieldErrorPipe, TOUCHED_ERRORS } from '@assoc/platform-web';
import {
  DEFAULT_WIDGET_COLOURS,
  isColour,
  normaliseColour,
  WIDGET_MAX_ITEMS_MAX,
  WIDGET_MAX_ITEMS_MIN,
  WIDGET_NAME_MAX,
} from '@assoc/widgets-domain';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { WidgetsData, WidgetShopChoice } from '../data-access/widgets.data';
import type { WidgetFieldsFragment } from '../graphql/widgets.generated';
import type { TradeCategory, WidgetContent, WidgetLanguage, WidgetSize } from '@assoc/platform-web/core';
import { CONTENTS, LANGUAGES, SIZES, TRADES } from './widget-options';

/** "#rgb" or "#rrggbb" only: the same rule as the API's. */
function colourValidator(control: AbstractControl<string>): ValidationErrors | null {
  return isColour(control.value.trim()) ? null : { colour: true };
}

/** The API names a list's item ("shopIds.2"); its message shows under the list's field. */
const LIST_ALIASES: Record<string, string> = Object.fromEntries(
  (['shopIds', 'trades', 'contents'] as const).flatMap((field) =>
    Array.from({ length: 100 }, (_, i) => [`${field}.${i}`, field]),
  ),
);

type ColourField = 'accentColor' | 'backgroundColor' | 'textColor';

/** A new widget, or a widget's changes: what it shows, for which shops or trades, language, colours and size. */
@Component({
  selector: 'assoc-widget-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  providers: [TOUCHED_ERRORS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="form-grid">
      <mat-form-field class="span-2">
        <mat-label>{{ 'widgets.fields.name' | translate }}</mat-label>
        <input matInput formControlName="name" required [maxlength]="limits.name" />
        <mat-hint>{{ 'widgets.fields.nameHint' | translate }}</mat-hint>
        <mat-error>{{ form.controls.name.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <fieldset
        class="span-2 contents"
        [attr.aria-invalid]="form.controls.contents.invalid && form.controls.contents.touched"
      >
        <legend>{{ 'widgets.fields.contents' | translate }}</legend>
        @for (kind of contentKinds; track kind) {
          <mat-checkbox
            [checked]="form.controls.contents.value.includes(kind)"
            (change)="toggle(kind, $event.checked)"
            >{{ 'widgets.contents.' + kind | translate }}</mat-checkbox
          >
        }
        @if (form.controls.contents.invalid && form.controls.contents.touched) {
          <p class="error" role="alert">
            {{ form.controls.contents.errors?.['server'] || ('widgets.fields.contentsRequired' | translate) }}
          </p>
        }
      </fieldset>
      <mat-form-field>
        <mat-label>{{ 'widgets.fields.shops' | translate }}</mat-label>
        <mat-select formControlName="shopIds" multiple>
          @for (s of shops(); track s.id) {
            <mat-option [value]="s.id">{{ s.name }}</mat-option>
          }
        </mat-select>
        <mat-hint>{{ 'widgets.fields.shopsHint' | translate }}</mat-hint>
        <mat-error>{{ form.controls.shopIds.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'widgets.fields.trades' | translate }}</mat-label>
        <mat-select formControlName="trades" multiple>
          @for (t of trades; track t) {
            <mat-option [value]="t">{{ 'trades.' + t | translate }}</mat-option>
          }
        </mat-select>
        <mat-hint>{{ 'widgets.fields.tradesHint' | translate }}</mat-hint>
        <mat-error>{{ form.controls.trades.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'widgets.fields.language' | translate }}</mat-label>
        <mat-select formControlName="language">
          @for (l of languages; track l) {
            <mat-option [value]="l">{{ 'widgets.languages.' + l | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'widgets.fields.size' | translate }}</mat-label>
        <mat-select formControlName="size">
          @for (s of sizes; track s) {
            <mat-option [value]="s">{{ 'widgets.sizes.' + s | translate }}</mat-option>
          }
        </mat-select>
        <mat-error>{{ form.controls.size.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'widgets.fields.maxItems' | translate }}</mat-label>
        <input
          matInput
          type="number"
          inputmode="numeric"
          formControlName="maxItems"
          [min]="limits.min"
          [max]="limits.max"
        />
        <mat-hint>{{ 'widgets.fields.maxItemsHint' | translate: { min: limits.min, max: limits.max } }}</mat-hint>
        <mat-error>{{ form.controls.maxItems.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <div class="colours span-2">
        @for (c of colourFields; track c) {
          <div class="colour">
            <input
              type="color"
              class="swatch"
              [value]="swatch(c)"
              (input)="pick(c, $event)"
              [attr.aria-label]="'widgets.fields.picker' | translate: { field: ('widgets.fields.' + c | translate) }"
            />
            <mat-form-field>
              <mat-label>{{ 'widgets.fields.' + c | translate }}</mat-label>
              <input matInput [formControlName]="c" maxlength="7" spellcheck="false" autocomplete="off" />
              <mat-hint>#rgb / #rrggbb</mat-hint>
              <mat-error>{{
                form.controls[c].errors?.['colour']
                  ? ('widgets.fields.colourInvalid' | translate)
                  : (form.controls[c].errors | assocFieldError)
              }}</mat-error>
            </mat-form-field>
          </div>
        }
      </div>
      <div class="actions span-2">
        <button mat-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ (widget() ? 'common.save' : 'widgets.form.create') | translate }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .contents {
      border: 0;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      align-items: center;
    }
    .contents legend {
      font: var(--mat-sys-body-medium);
      margin-bottom: 4px;
    }
    .error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
      flex-basis: 100%;
      margin: 0;
    }
    .colours {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
    }
    .colour {
      display: flex;
      align-items: flex-start;
      gap: 8px;
    }
    .swatch {
      width: 44px;
      height: 44px;
      padding: 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: none;
      cursor: pointer;
      margin-top: 6px;
    }
    .colour mat-form-field {
      width: 150px;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class WidgetForm {
  /** The widget being edited; none for a new one. */
  readonly widget = input<WidgetFieldsFragment | null>(null);
  readonly saved = output<WidgetFieldsFragment>();
  readonly cancelled = output();

  private readonly data = inject(WidgetsData);
  private readonly errors = inject(ErrorDisplay);

  protected readonly saving = signal(false);
  protected readonly shops = signal<WidgetShopChoice[]>([]);
  protected readonly contentKinds = CONTENTS as WidgetContent[];
  protected readonly languages = LANGUAGES as WidgetLanguage[];
  protected readonly sizes = SIZES as WidgetSize[];
  protected readonly trades = TRADES as TradeCategory[];
  protected readonly colourFields: ColourField[] = ['accentColor', 'backgroundColor', 'textColor'];
  protected readonly limits = { name: WIDGET_NAME_MAX, min: WIDGET_MAX_ITEMS_MIN, max: WIDGET_MAX_ITEMS_MAX };
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(WIDGET_NAME_MAX)]],
    contents: [['OFFERS', 'CASHMOBS', 'PRODUCTS'] as WidgetContent[], Validators.required],
    shopIds: [[] as string[]],
    trades: [[] as TradeCategory[]],
    language: ['FR' as WidgetLanguage],
    size: ['MEDIUM' as WidgetSize],
    maxItems: [6, [Validators.required, Validators.min(WIDGET_MAX_ITEMS_MIN), Validators.max(WIDGET_MAX_ITEMS_MAX)]],
    accentColor: [DEFAULT_WIDGET_COLOURS.accentColor as string, colourValidator],
    backgroundColor: [DEFAULT_WIDGET_COLOURS.backgroundColor as string, colourValidator],
    textColor: [DEFAULT_WIDGET_COLOURS.textColor as string, colourValidator],
  });

  constructor() {
    this.data
      .shopChoices()
      .pipe(takeUntilDestroyed())
      .subscribe({ next: (shops) => this.shops.set(shops), error: (error) => this.errors.show(error) });
    effect(() => {
      const w = this.widget();
      if (w)
        untracked(() =>
          this.form.setValue({
            name: w.name,
            contents: [...w.contents],
            shopIds: [...w.shopIds],
            trades: [...w.trades],
            language: w.language,
            size: w.size,
            maxItems: w.maxItems,
            accentColor: w.accentColor,
            backgroundColor: w.backgroundColor,
            textColor: w.textColor,
          }),
        );
    });
  }

  protected toggle(kind: WidgetContent, on: boolean): void {
    const current = this.form.controls.contents.value.filter((k) => k !== kind);
    this.form.controls.contents.setValue(on ? [...current, kind] : current);
    this.form.controls.contents.markAsTouched();
  }

  /** What the colour picker shows: the typed colour when valid, else black. */
  protected swatch(field: ColourField): string {
    const value = this.form.controls[field].value.trim();
    return isColour(value) ? normaliseColour(value) : '#000000';
  }

  protected pick(field: ColourField, event: Event): void {
    this.form.controls[field].setValue((event.target as HTMLInputElement).value);
    this.form.controls[field].markAsTouched();
  }

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const fields = {
      ...v,
      name: v.name.trim(),
      maxItems: Number(v.maxItems),
      accentColor: v.accentColor.trim(),
      backgroundColor: v.backgroundColor.trim(),
      textColor: v.textColor.trim(),
    };
    const existing = this.widget();
    this.saving.set(true);
    try {
      if (existing) {
        this.saved.emit(await firstValueFrom(this.data.updateWidget({ id: existing.id, ...fields })));
      } else {
        this.saved.emit(await firstValueFrom(this.data.createWidget(fields)));
      }
    } catch (error) {
      this.errors.show(error, this.form, { fieldAliases: LIST_ALIASES });
    } finally {
      this.saving.set(false);
    }
  }
}

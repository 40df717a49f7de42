import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { clearServerErrors, ErrorDisplay, FieldErrorPipe, TOUCHED_ERRORS } from '@assoc/platform-web';
import { centsToInput, parseAmountToCents } from '@assoc/shared-util';
import { PRODUCT_LINK_MAX, PRODUCT_NAME_MAX, PRODUCT_TEXT_MAX } from '@assoc/widgets-domain';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { WidgetsData } from '../data-access/widgets.data';
import type { FeaturedProductFieldsFragment } from '../graphql/widgets.generated';

/** A featured product's name, price (typed in euros, sent in cents), short text and link. */
@Component({
  selector: 'assoc-product-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, FieldErrorPipe],
  providers: [TOUCHED_ERRORS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="form-grid">
      <mat-form-field>
        <mat-label>{{ 'widgets.products.fields.name' | translate }}</mat-label>
        <input matInput formControlName="name" required [maxlength]="limits.name" />
        <mat-error>{{ form.controls.name.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'widgets.products.fields.price' | translate }}</mat-label>
        <input matInput inputmode="decimal" formControlName="price" />
        <span matTextSuffix>€</span>
        <mat-hint>{{ 'widgets.products.fields.priceHint' | translate }}</mat-hint>
        <mat-error>{{
          form.controls.price.errors?.['amount']
            ? ('widgets.products.fields.priceInvalid' | translate)
            : (form.controls.price.errors | assocFieldError)
        }}</mat-error>
      </mat-form-field>
      <mat-form-field class="span-2">
        <mat-label>{{ 'widgets.products.fields.text' | translate }}</mat-label>
        <textarea matInput rows="2" formControlName="text" [maxlength]="limits.text"></textarea>
        <mat-error>{{ form.controls.text.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field class="span-2">
        <mat-label>{{ 'widgets.products.fields.link' | translate }}</mat-label>
        <input matInput type="url" formControlName="link" [maxlength]="limits.link" placeholder="https://" />
        <mat-hint>{{ 'widgets.products.fields.linkHint' | translate }}</mat-hint>
        <mat-error>{{ form.controls.link.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <div class="actions span-2">
        <button mat-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ (product() ? 'common.save' : 'widgets.products.add') | translate }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class ProductForm {
  readonly product = input<FeaturedProductFieldsFragment | null>(null);
  readonly saved = output<FeaturedProductFieldsFragment>();
  readonly cancelled = output();

  private readonly data = inject(WidgetsData);
  private readonly errors = inject(ErrorDisplay);

  protected readonly saving = signal(false);
  protected readonly limits = { name: PRODUCT_NAME_MAX, text: PRODUCT_TEXT_MAX, link: PRODUCT_LINK_MAX };
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(PRODUCT_NAME_MAX)]],
    price: [''],
    text: ['', Validators.maxLength(PRODUCT_TEXT_MAX)],
    link: ['', Validators.maxLength(PRODUCT_LINK_MAX)],
  });

  constructor() {
    effect(() => {
      const p = this.product();
      if (p)
        untracked(() =>
          this.form.setValue({
            name: p.name,
            price: centsToInput(p.priceCents, 'fr'),
            text: p.text,
            link: p.link ?? '',
          }),
        );
    });
  }

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    const v = this.form.getRawValue();
    const priceCents = v.price.trim() === '' ? null : parseAmountToCents(v.price);
    if (v.price.trim() !== '' && priceCents === null) this.form.controls.price.setErrors({ amount: true });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const fields = { name: v.name.trim(), priceCents, text: v.text.trim(), link: v.link.trim() || null };
    const existing = this.product();
    this.saving.set(true);
    try {
      if (existing) {
        this.saved.emit(await firstValueFrom(this.data.updateProduct({ id: existing.id, ...fields })));
      } else {
        this.saved.emit(await firstValueFrom(this.data.createProduct(fields)));
      }
    } catch (error) {
      this.errors.show(error, this.form, { fieldAliases: { priceCents: 'price' } });
    } finally {
      this.saving.set(false);
    }
  }
}

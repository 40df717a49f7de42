import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { Locale } from '@assoc/platform-web/core';
import { clearServerErrors, ErrorDisplay, FieldErrorPipe, SessionStore } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AccountData, MyAccount } from '../data-access/account.data';

/** The person's name (as the association sees it) and the language the platform speaks to them. */
@Component({
  selector: 'assoc-account-profile-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="section-card">
      <mat-card-header>
        <mat-card-title
          ><h2>{{ 'identity.account.profile.title' | translate }}</h2></mat-card-title
        >
        <mat-card-subtitle>{{ 'identity.account.profile.subtitle' | translate }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <form [formGroup]="form" (ngSubmit)="save()" novalidate class="stack">
          <mat-form-field>
            <mat-label>{{ 'identity.fields.name' | translate }}</mat-label>
            <input matInput formControlName="name" autocomplete="name" required maxlength="100" />
            <mat-error>{{ form.controls.name.errors | assocFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'identity.account.profile.language' | translate }}</mat-label>
            <mat-select formControlName="locale">
              <mat-option value="FR">Français</mat-option>
              <mat-option value="EN">English</mat-option>
            </mat-select>
            <mat-error>{{ form.controls.locale.errors | assocFieldError }}</mat-error>
          </mat-form-field>
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="saving()">
              {{ 'identity.account.profile.submit' | translate }}
            </button>
          </div>
        </form>
      </mat-card-content>
    </mat-card>
  `,
})
export class AccountProfileForm {
  readonly account = input.required<MyAccount['me']>();

  private readonly data = inject(AccountData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);

  protected readonly saving = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
    locale: ['FR' as Locale, Validators.required],
  });

  constructor() {
    effect(() => {
      const me = this.account();
      if (me) this.form.reset({ name: me.name, locale: me.locale });
    });
  }

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    if (!this.form.controls.name.value.trim()) this.form.controls.name.setErrors({ required: true });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      const me = await firstValueFrom(this.data.update(this.form.getRawValue()));
      this.form.reset({ name: me?.name ?? '', locale: me?.locale ?? 'FR' });
      // The menu shows the new name; the new language applies at once.
      await this.session.refresh();
      this.errors.success('common.saved');
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }
}

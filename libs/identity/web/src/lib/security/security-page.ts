import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { groupSecret } from '@assoc/identity-domain';
import { clearServerErrors, ErrorDisplay, FieldErrorPipe } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { SecondFactorData, SecondFactorSetup, SecondFactorStatus } from '../data-access/second-factor.data';
import { RecoveryCodes } from './recovery-codes';

/**
 * /account/security (issue 25), phone first: the second factor. Off: set it up (the QR code and the
 * secret as text, confirmed by a first code), then the recovery codes shown once. On: how many recovery
 * codes are left, new ones (with a code), and turning it off (the password and a code).
 */
@Component({
  selector: 'assoc-security-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    FieldErrorPipe,
    RecoveryCodes,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      max-width: 720px;
    }
    .qr {
      display: block;
      width: 220px;
      max-width: 100%;
      height: auto;
      margin: 8px 0 16px;
      background: #fff;
    }
    .secret {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 1.05rem;
      word-break: break-all;
    }
    .notice {
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
  template: `
    <header class="page-header">
      <div>
        <h1>{{ 'identity.secondFactor.title' | translate }}</h1>
        <p class="page-subtitle">{{ 'identity.secondFactor.subtitle' | translate }}</p>
      </div>
    </header>
    <p>
      <a routerLink="/account">{{ 'identity.secondFactor.backToAccount' | translate }}</a>
    </p>
    @if (status(); as status) {
      @if (status.requiredBy.length) {
        <p class="notice" role="status">
          {{ 'identity.secondFactor.required' | translate: { associations: status.requiredBy.join(', ') } }}
        </p>
      }
      @if (codes(); as codes) {
        <assoc-recovery-codes [codes]="codes" (done)="hideCodes()" />
      } @else if (status.enabled) {
        <mat-card appearance="outlined" class="section-card">
          <mat-card-header>
            <mat-card-title
              ><h2>{{ 'identity.secondFactor.on.title' | translate }}</h2></mat-card-title
            >
            <mat-card-subtitle>{{
              'identity.secondFactor.on.codesLeft' | translate: { count: status.recoveryCodesLeft }
            }}</mat-card-subtitle>
          </mat-card-header>
          <mat-card-content>
            <form [formGroup]="regenerateForm" (ngSubmit)="regenerate()" novalidate class="stack">
              <h3>{{ 'identity.secondFactor.regenerate.title' | translate }}</h3>
              <p>{{ 'identity.secondFactor.regenerate.explain' | translate }}</p>
              <mat-form-field>
                <mat-label>{{ 'identity.secondFactor.code' | translate }}</mat-label>
                <input matInput formControlName="code" autocomplete="one-time-code" autocapitalize="off" required />
                <mat-hint>{{ 'identity.secondFactor.codeHint' | translate }}</mat-hint>
                <mat-error>{{ regenerateForm.controls.code.errors | assocFieldError }}</mat-error>
              </mat-form-field>
              <div class="actions">
                <button mat-stroked-button type="submit" [disabled]="working()">
                  {{ 'identity.secondFactor.regenerate.submit' | translate }}
                </button>
              </div>
            </form>
          </mat-card-content>
        </mat-card>
        <mat-card appearance="outlined" class="section-card">
          <mat-card-header>
            <mat-card-title
              ><h2>{{ 'identity.secondFactor.disable.title' | translate }}</h2></mat-card-title
            >
            <mat-card-subtitle>{{ 'identity.secondFactor.disable.explain' | translate }}</mat-card-subtitle>
          </mat-card-header>
          <mat-card-content>
            <form [formGroup]="disableForm" (ngSubmit)="disable()" novalidate class="stack">
              <mat-form-field>
                <mat-label>{{ 'identity.fields.password' | translate }}</mat-label>
                <input matInput type="password" formControlName="password" autocomplete="current-password" required />
                <mat-error>{{ disableForm.controls.password.errors | assocFieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'identity.secondFactor.code' | translate }}</mat-label>
                <input matInput formControlName="code" autocomplete="one-time-code" autocapitalize="off" required />
                <mat-hint>{{ 'identity.secondFactor.codeHint' | translate }}</mat-hint>
                <mat-error>{{ disableForm.controls.code.errors | assocFieldError }}</mat-error>
              </mat-form-field>
              <div class="actions">
                <button mat-stroked-button type="submit" [disabled]="working()">
                  {{ 'identity.secondFactor.disable.submit' | translate }}
                </button>
              </div>
            </form>
          </mat-card-content>
        </mat-card>
      } @else {
        <mat-card appearance="outlined" class="section-card">
          <mat-card-header>
            <mat-card-title
              ><h2>{{ 'identity.secondFactor.off.title' | translate }}</h2></mat-card-title
            >
            <mat-card-subtitle>{{ 'identity.secondFactor.off.explain' | translate }}</mat-card-subtitle>
          </mat-card-header>
          <mat-card-content>
            @if (setup(); as setup) {
              <ol class="stack">
                <li>
                  <p>{{ 'identity.secondFactor.setup.scan' | translate }}</p>
                  <img class="qr" [src]="setup.qrCode" [alt]="'identity.secondFactor.setup.qrAlt' | translate" />
                  <p>{{ 'identity.secondFactor.setup.orType' | translate }}</p>
                  <p class="secret" data-testid="second-factor-secret">{{ grouped(setup.secret) }}</p>
                </li>
                <li>
                  <form [formGroup]="confirmForm" (ngSubmit)="confirm()" novalidate class="stack">
                    <p>{{ 'identity.secondFactor.setup.enterCode' | translate }}</p>
                    <mat-form-field>
                      <mat-label>{{ 'identity.secondFactor.setup.code' | translate }}</mat-label>
                      <input
                        matInput
                        formControlName="code"
                        inputmode="numeric"
                        autocomplete="one-time-code"
                        required
                      />
                      <mat-error>{{ confirmForm.controls.code.errors | assocFieldError }}</mat-error>
                    </mat-form-field>
                    <div class="actions">
                      <button mat-flat-button type="submit" [disabled]="working()">
                        {{ 'identity.secondFactor.setup.confirm' | translate }}
                      </button>
                    </div>
                  </form>
                </li>
              </ol>
            } @else {
              <div class="actions">
                <button mat-flat-button type="button" (click)="begin()" [disabled]="working()">
                  {{ 'identity.secondFactor.setup.start' | translate }}
                </button>
              </div>
            }
          </mat-card-content>
        </mat-card>
      }
    } @else {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
  `,
})
export class SecurityPage {
  private readonly data = inject(SecondFactorData);
  private readonly errors = inject(ErrorDisplay);
  private readonly forms = inject(NonNullableFormBuilder);

  protected readonly status = signal<SecondFactorStatus | null>(null);
  protected readonly setup = signal<SecondFactorSetup | null>(null);
  /** Recovery codes just given: shown until the person says they noted them (never again after). */
  protected readonly codes = signal<string[] | null>(null);
  protected readonly working = signal(false);
  protected readonly confirmForm = this.forms.group({
    code: ['', [Validators.required, Validators.maxLength(32)]],
  });
  protected readonly regenerateForm = this.forms.group({ code: ['', [Validators.required, Validators.maxLength(32)]] });
  protected readonly disableForm = this.forms.group({
    password: ['', Validators.required],
    code: ['', [Validators.required, Validators.maxLength(32)]],
  });
  protected readonly grouped = groupSecret;

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.status.set(await firstValueFrom(this.data.status()));
    } catch (error) {
      this.errors.show(error);
    }
  }

  protected async begin(): Promise<void> {
    await this.run(async () => this.setup.set(await firstValueFrom(this.data.begin())));
  }

  protected async confirm(): Promise<void> {
    if (!this.valid(this.confirmForm)) return;
    await this.run(async () => {
      const codes = await firstValueFrom(this.data.confirm(this.confirmForm.getRawValue().code));
      this.setup.set(null);
      this.confirmForm.reset();
      this.codes.set(codes);
      this.errors.success('identity.secondFactor.setup.done');
      await this.load();
    }, this.confirmForm);
  }

  protected async regenerate(): Promise<void> {
    if (!this.valid(this.regenerateForm)) return;
    await this.run(async () => {
      const codes = await firstValueFrom(this.data.regenerate(this.regenerateForm.getRawValue().code));
      this.regenerateForm.reset(); // its card gives way to the codes, so no 'required' shows
      this.codes.set(codes);
      await this.load();
    }, this.regenerateForm);
  }

  protected async disable(): Promise<void> {
    if (!this.valid(this.disableForm)) return;
    await this.run(async () => {
      const { password, code } = this.disableForm.getRawValue();
      await firstValueFrom(this.data.disable(password, code));
      this.disableForm.reset();
      this.errors.success('identity.secondFactor.disable.done');
      await this.load();
    }, this.disableForm);
  }

  protected hideCodes(): void {
    this.codes.set(null);
  }

  private valid(form: AbstractControl): boolean {
    clearServerErrors(form);
    if (form.invalid) form.markAllAsTouched();
    return !form.invalid;
  }

  private async run(work: () => Promise<void>, form?: AbstractControl): Promise<void> {
    this.working.set(true);
    try {
      await work();
    } catch (error) {
      this.errors.show(error, form);
    } finally {
      this.working.set(false);
    }
  }
}

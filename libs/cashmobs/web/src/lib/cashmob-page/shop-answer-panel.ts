import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CASHMOB_MESSAGE_MAX } from '@assoc/cashmobs-domain';
import { clearServerErrors, ErrorDisplay, FieldErrorPipe, SessionStore } from '@assoc/platform-web';
import { isoToZonedLocal, zonedLocalToIso } from '@assoc/shared-util';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CashmobsData } from '../data-access/cashmobs.data';
import type { CashmobFieldsFragment } from '../graphql/cashmobs.generated';

type Answer = 'accept' | 'other' | 'decline';

/** The shop's owner answers a proposal: accept, propose another slot, or decline, with a message. */
@Component({
  selector: 'assoc-shop-answer-panel',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" aria-labelledby="answer-title" data-testid="shop-answer">
      <h2 id="answer-title">{{ 'cashmobs.answer.title' | translate }}</h2>
      <p>{{ 'cashmobs.answer.intro' | translate }}</p>
      <mat-button-toggle-group
        [value]="answer()"
        (change)="answer.set($event.value)"
        [attr.aria-label]="'cashmobs.answer.title' | translate"
      >
        <mat-button-toggle value="accept">{{ 'cashmobs.answer.accept' | translate }}</mat-button-toggle>
        <mat-button-toggle value="other">{{ 'cashmobs.answer.other' | translate }}</mat-button-toggle>
        <mat-button-toggle value="decline">{{ 'cashmobs.answer.decline' | translate }}</mat-button-toggle>
      </mat-button-toggle-group>

      @switch (answer()) {
        @case ('accept') {
          <p class="hint">{{ 'cashmobs.answer.acceptHint' | translate }}</p>
          <div class="actions">
            <button mat-flat-button type="button" [disabled]="saving()" (click)="accept()">
              {{ 'cashmobs.answer.acceptSubmit' | translate }}
            </button>
          </div>
        }
        @case ('other') {
          <form [formGroup]="slot" (ngSubmit)="proposeOther()" novalidate class="form-grid">
            <mat-form-field>
              <mat-label>{{ 'cashmobs.fields.date' | translate }}</mat-label>
              <input matInput type="date" formControlName="date" required />
              <mat-error>{{ slot.controls.date.errors | assocFieldError }}</mat-error>
            </mat-form-field>
            <div class="times">
              <mat-form-field>
                <mat-label>{{ 'cashmobs.fields.startTime' | translate }}</mat-label>
                <input matInput type="time" formControlName="startTime" required />
                <mat-error>{{ slot.controls.startTime.errors | assocFieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'cashmobs.fields.endTime' | translate }}</mat-label>
                <input matInput type="time" formControlName="endTime" required />
                <mat-error>{{ slot.controls.endTime.errors | assocFieldError }}</mat-error>
              </mat-form-field>
            </div>
            <mat-form-field class="span-2">
              <mat-label>{{ 'cashmobs.answer.message' | translate }}</mat-label>
              <textarea matInput rows="3" formControlName="message" [maxlength]="messageMax"></textarea>
              <mat-error>{{ slot.controls.message.errors | assocFieldError }}</mat-error>
            </mat-form-field>
            <div class="actions span-2">
              <button mat-flat-button type="submit" [disabled]="saving()">
                {{ 'cashmobs.answer.otherSubmit' | translate }}
              </button>
            </div>
          </form>
        }
        @case ('decline') {
          <form [formGroup]="refusal" (ngSubmit)="decline()" novalidate class="stack">
            <mat-form-field>
              <mat-label>{{ 'cashmobs.answer.message' | translate }}</mat-label>
              <textarea matInput rows="3" formControlName="message" [maxlength]="messageMax"></textarea>
              <mat-hint>{{ 'cashmobs.answer.declineHint' | translate }}</mat-hint>
              <mat-error>{{ refusal.controls.message.errors | assocFieldError }}</mat-error>
            </mat-form-field>
            <div class="actions">
              <button mat-flat-button type="submit" class="destructive" [disabled]="saving()">
                {{ 'cashmobs.answer.declineSubmit' | translate }}
              </button>
            </div>
          </form>
        }
      }
    </section>
  `,
  styles: `
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    mat-button-toggle-group {
      flex-wrap: wrap;
      margin-bottom: 12px;
    }
    .times {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 12px;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class ShopAnswerPanel implements OnInit {
  readonly cashmob = input.required<CashmobFieldsFragment>();
  readonly changed = output<CashmobFieldsFragment>();

  private readonly data = inject(CashmobsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  private readonly fb = inject(NonNullableFormBuilder);

  private readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly messageMax = CASHMOB_MESSAGE_MAX;
  protected readonly answer = signal<Answer>('accept');
  protected readonly saving = signal(false);
  protected readonly slot = this.fb.group({
    date: ['', Validators.required],
    startTime: ['', Validators.required],
    endTime: ['', Validators.required],
    message: ['', Validators.maxLength(CASHMOB_MESSAGE_MAX)],
  });
  protected readonly refusal = this.fb.group({ message: ['', Validators.maxLength(CASHMOB_MESSAGE_MAX)] });

  ngOnInit(): void {
    this.prefillSlot();
  }

  protected async accept(): Promise<void> {
    await this.run(() => firstValueFrom(this.data.accept(this.cashmob().id)), 'cashmobs.answer.accepted');
  }

  protected async proposeOther(): Promise<void> {
    clearServerErrors(this.slot);
    if (this.slot.invalid) {
      this.slot.markAllAsTouched();
      return;
    }
    const { date, startTime, endTime, message } = this.slot.getRawValue();
    const zone = this.timeZone();
    await this.run(
      () =>
        firstValueFrom(
          this.data.proposeOtherSlot({
            id: this.cashmob().id,
            startsAt: zonedLocalToIso(`${date}T${startTime}`, zone) ?? '',
            endsAt: zonedLocalToIso(`${date}T${endTime}`, zone) ?? '',
            message,
          }),
        ),
      'cashmobs.answer.otherSent',
      this.slot,
    );
  }

  protected async decline(): Promise<void> {
    const { message } = this.refusal.getRawValue();
    await this.run(
      () => firstValueFrom(this.data.decline(this.cashmob().id, message)),
      'cashmobs.answer.declined',
      this.refusal,
    );
  }

  private prefillSlot(): void {
    const start = isoToZonedLocal(this.cashmob().startsAt, this.timeZone());
    const end = isoToZonedLocal(this.cashmob().endsAt, this.timeZone());
    this.slot.patchValue({ date: start.slice(0, 10), startTime: start.slice(11), endTime: end.slice(11) });
  }

  private async run(
    send: () => Promise<CashmobFieldsFragment>,
    done: string,
    form: typeof this.slot | typeof this.refusal | null = null,
  ): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    try {
      const updated = await send();
      this.errors.success(done);
      this.changed.emit(updated);
    } catch (error) {
      this.errors.show(error, form, { fieldAliases: { startsAt: 'startTime', endsAt: 'endTime' } });
    } finally {
      this.saving.set(false);
    }
  }
}

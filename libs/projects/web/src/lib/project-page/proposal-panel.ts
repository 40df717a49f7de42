import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { clearServerErrors, ErrorDisplay, FieldErrorPipe, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ProjectsData } from '../data-access/projects.data';
import { ProjectFieldsFragment } from '../graphql/projects.generated';
import { zonedLocalToIso } from '../shared/zoned-time';

/** The president or board put a draft to the members' vote, until a deadline. */
@Component({
  selector: 'assoc-proposal-panel',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="section-card">
      <mat-card-header>
        <mat-card-title
          ><h2>{{ 'projects.proposal.title' | translate }}</h2></mat-card-title
        >
      </mat-card-header>
      <mat-card-content>
        <form [formGroup]="form" (ngSubmit)="propose()" class="inline-form">
          <mat-form-field>
            <mat-label>{{ 'projects.proposal.voteDeadline' | translate: { zone: timeZone() } }}</mat-label>
            <input matInput type="datetime-local" formControlName="voteDeadline" />
            @if (form.controls.voteDeadline.invalid && form.controls.voteDeadline.touched) {
              <mat-error>{{ form.controls.voteDeadline.errors | assocFieldError }}</mat-error>
            }
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="saving()">
            {{ 'projects.proposal.propose' | translate }}
          </button>
        </form>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .inline-form {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 8px 16px;
    }
  `,
})
export class ProposalPanel {
  readonly project = input.required<ProjectFieldsFragment>();
  readonly changed = output<void>();

  private readonly data = inject(ProjectsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);

  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly saving = signal(false);
  protected readonly form = new FormGroup({
    voteDeadline: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected async propose(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const voteDeadline = zonedLocalToIso(this.form.getRawValue().voteDeadline, this.timeZone());
    if (!voteDeadline) {
      this.form.controls.voteDeadline.setErrors({ invalid: true });
      return;
    }
    this.saving.set(true);
    try {
      await firstValueFrom(this.data.propose(this.project().id, voteDeadline));
      this.errors.success('projects.proposal.proposed');
      this.changed.emit();
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { Permission, Role } from '@assoc/platform-domain';
import {
  clearServerErrors,
  confirmAction,
  ErrorDisplay,
  FieldErrorPipe,
  resetAfterSubmit,
  SessionStore,
  TOUCHED_ERRORS,
} from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ProjectsData } from '../data-access/projects.data';
import { ProjectFieldsFragment } from '../graphql/projects.generated';
import { MemberNames } from './member-names';

/**
 * The consultants who facilitate the project (they see only the projects they are given); the
 * president and board give the project to one of the association's consultants, or take it back.
 */
@Component({
  selector: 'assoc-consultants-panel',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [TOUCHED_ERRORS],
  template: `
    @if (canManage() || assigned().length > 0) {
      <mat-card appearance="outlined" class="section-card" data-testid="consultants-panel">
        <mat-card-header>
          <mat-card-title
            ><h2>{{ 'projects.consultants.title' | translate }}</h2></mat-card-title
          >
        </mat-card-header>
        <mat-card-content>
          @if (assigned().length === 0) {
            <p class="muted">{{ 'projects.consultants.none' | translate }}</p>
          } @else {
            <ul class="assigned">
              @for (consultant of assigned(); track consultant.id) {
                <li>
                  <span>{{ consultant.name }}</span>
                  @if (canManage()) {
                    <button
                      mat-icon-button
                      type="button"
                      [disabled]="saving()"
                      (click)="unassign(consultant)"
                      [attr.aria-label]="'projects.consultants.unassignNamed' | translate: { name: consultant.name }"
                    >
                      <mat-icon svgIcon="close" />
                    </button>
                  }
                </li>
              }
            </ul>
          }
          @if (canManage()) {
            @if (available().length === 0) {
              <p class="muted">
                {{
                  (assigned().length === 0
                    ? 'projects.consultants.noneInAssociation'
                    : 'projects.consultants.allAssigned'
                  ) | translate
                }}
              </p>
            } @else {
              <form class="assign" [formGroup]="form" (ngSubmit)="assign()" data-testid="assign-consultant-form">
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>{{ 'projects.consultants.pick' | translate }}</mat-label>
                  <mat-select formControlName="membershipId">
                    @for (consultant of available(); track consultant.id) {
                      <mat-option [value]="consultant.id">{{ consultant.name }}</mat-option>
                    }
                  </mat-select>
                  @if (form.controls.membershipId.invalid && form.controls.membershipId.touched) {
                    <mat-error>{{ form.controls.membershipId.errors | assocFieldError }}</mat-error>
                  }
                </mat-form-field>
                <button mat-stroked-button type="submit" [disabled]="saving()">
                  <mat-icon svgIcon="person-add" />
                  {{ 'projects.consultants.assign' | translate }}
                </button>
              </form>
            }
          }
        </mat-card-content>
      </mat-card>
    }
  `,
  styles: `
    .assigned {
      list-style: none;
      padding: 0;
      margin: 0 0 8px;
    }
    .assigned li {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      min-height: 40px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .assign {
      display: flex;
      flex-direction: column;
      align-items: stretch;
      gap: 8px;
      margin-top: 8px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ConsultantsPanel {
  readonly project = input.required<ProjectFieldsFragment>();
  readonly names = input.required<MemberNames>();
  readonly changed = output<void>();

  private readonly data = inject(ProjectsData);
  private readonly dialog = inject(MatDialog);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);

  protected readonly saving = signal(false);
  protected readonly canManage = computed(() => this.session.can(Permission.ManageProjects));
  protected readonly assigned = computed(() =>
    this.project().consultantIds.map((id) => ({ id, name: this.names().name(id) })),
  );
  /** The association's consultants not yet on the project. */
  protected readonly available = computed(() => {
    const taken = new Set(this.project().consultantIds);
    return this.names()
      .withRole(Role.CONSULTANT)
      .filter((c) => !taken.has(c.id));
  });
  protected readonly form = new FormGroup({
    membershipId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  private readonly formDirective = viewChild(FormGroupDirective);

  protected async assign(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const membershipId = this.form.controls.membershipId.value;
    const ok = await this.run('assignConsultant', membershipId, 'projects.consultants.assigned', {
      name: this.names().name(membershipId),
    });
    if (ok) resetAfterSubmit(this.form, this.formDirective(), { membershipId: '' });
  }

  protected async unassign(consultant: { id: string; name: string }): Promise<void> {
    const ok = await confirmAction(this.dialog, {
      titleKey: 'projects.consultants.unassignTitle',
      messageKey: 'projects.consultants.unassignMessage',
      confirmKey: 'projects.consultants.unassign',
      params: { name: consultant.name },
      destructive: true,
    });
    if (ok)
      await this.run(
        'unassignConsultant',
        consultant.id,
        'projects.consultants.unassigned',
        { name: consultant.name },
        null,
      );
  }

  private async run(
    change: 'assignConsultant' | 'unassignConsultant',
    membershipId: string,
    done: string,
    params: Record<string, unknown>,
    form: FormGroup | null = this.form,
  ): Promise<boolean> {
    if (this.saving()) return false;
    this.saving.set(true);
    try {
      await firstValueFrom(this.data[change](this.project().id, membershipId));
      this.errors.success(done, params);
      this.changed.emit();
      return true;
    } catch (error) {
      this.errors.show(error, form);
      return false;
    } finally {
      this.saving.set(false);
    }
  }
}

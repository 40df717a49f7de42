import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  clearServerErrors,
  DateTimePipe,
  ErrorDisplay,
  FieldErrorPipe,
  LanguageStore,
  resetAfterSubmit,
  SessionStore,
  TOUCHED_ERRORS,
} from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, EMPTY, firstValueFrom, switchMap } from 'rxjs';
import { ProjectComment, ProjectsData } from '../data-access/projects.data';
import { MemberNames } from './member-names';

/** The API's limit on one message of the discussion. */
export const PROJECT_COMMENT_MAX_LENGTH = 5000;

/** The project's discussion thread, oldest first, open to everyone who sees the project (assigned consultants included). */
@Component({
  selector: 'assoc-project-discussion',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    DateTimePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [TOUCHED_ERRORS],
  templateUrl: './project-discussion.html',
  styles: `
    .thread {
      list-style: none;
      padding: 0;
      margin: 0 0 16px;
    }
    .thread li {
      padding: 10px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0 8px;
      align-items: baseline;
      margin: 0 0 2px;
    }
    .author {
      font: var(--mat-sys-title-small);
    }
    .mine {
      color: var(--mat-sys-primary);
    }
    time {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .text {
      margin: 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
    textarea {
      min-height: 4.5em;
    }
  `,
})
export class ProjectDiscussion {
  readonly projectId = input.required<string>();
  readonly names = input.required<MemberNames>();

  private readonly data = inject(ProjectsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);

  protected readonly maxLength = PROJECT_COMMENT_MAX_LENGTH;
  protected readonly language = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly me = computed(() => this.session.currentMembership()?.id ?? null);
  protected readonly comments = signal<ProjectComment[]>([]);
  protected readonly loaded = signal(false);
  protected readonly sending = signal(false);
  protected readonly form = new FormGroup({
    text: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(PROJECT_COMMENT_MAX_LENGTH), blankValidator],
    }),
  });
  private readonly formDirective = viewChild(FormGroupDirective);

  constructor() {
    // From the cache at once when opened before, then from the server; a sent comment is appended
    // to the cached discussion by the data service, so it shows through this same stream.
    toObservable(this.projectId)
      .pipe(
        switchMap((id) =>
          this.data.comments(id).pipe(
            catchError((error: unknown) => {
              this.errors.show(error);
              this.loaded.set(true);
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((comments) => {
        this.comments.set(comments);
        this.loaded.set(true);
      });
  }

  protected async send(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.sending()) return;
    this.sending.set(true);
    try {
      await firstValueFrom(this.data.comment(this.projectId(), this.form.controls.text.value.trim()));
      resetAfterSubmit(this.form, this.formDirective(), { text: '' });
      this.errors.success('projects.discussion.sent');
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.sending.set(false);
    }
  }
}

/** Only spaces is as good as nothing (the API trims and refuses an empty message). */
function blankValidator(control: { value: unknown }): { required: true } | null {
  const value = String(control.value ?? '');
  return value !== '' && value.trim() === '' ? { required: true } : null;
}

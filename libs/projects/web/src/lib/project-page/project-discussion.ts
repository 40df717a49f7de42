import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
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
  SessionStore,
  TOUCHED_ERRORS,
} from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { CommentProjectDocument, ProjectCommentsDocument, ProjectCommentsQuery } from '../graphql/projects.generated';
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

  private readonly apollo = inject(Apollo);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);

  protected readonly maxLength = PROJECT_COMMENT_MAX_LENGTH;
  protected readonly language = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly me = computed(() => this.session.currentMembership()?.id ?? null);
  protected readonly comments = signal<ProjectCommentsQuery['projectComments']>([]);
  protected readonly loaded = signal(false);
  protected readonly sending = signal(false);
  protected readonly form = new FormGroup({
    text: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(PROJECT_COMMENT_MAX_LENGTH), blankValidator],
    }),
  });

  constructor() {
    effect(() => {
      const id = this.projectId();
      untracked(() => void this.load(id));
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
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CommentProjectDocument,
          variables: { projectId: this.projectId(), text: this.form.controls.text.value.trim() },
        }),
      );
      const comment = result.data?.commentProject;
      if (comment) this.comments.update((list) => [...list, comment]);
      this.form.reset({ text: '' });
      this.errors.success('projects.discussion.sent');
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.sending.set(false);
    }
  }

  private async load(projectId: string): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: ProjectCommentsDocument, variables: { projectId }, fetchPolicy: 'network-only' }),
      );
      this.comments.set(result.data?.projectComments ?? []);
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.loaded.set(true);
    }
  }
}

/** Only spaces is as good as nothing (the API trims and refuses an empty message). */
function blankValidator(control: { value: unknown }): { required: true } | null {
  const value = String(control.value ?? '');
  return value !== '' && value.trim() === '' ? { required: true } : null;
}

import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChildren } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { IDEA_COMMENT_MAX, IDEA_REASON_MAX } from '@assoc/community-domain';
import { Permission } from '@assoc/platform-domain';
import {
  DateTimePipe,
  ErrorDisplay,
  FieldErrorPipe,
  LanguageStore,
  pageWrites,
  resetAfterSubmit,
  SessionStore,
  TOUCHED_ERRORS,
} from '@assoc/platform-web';
import type { IdeaOutcomeKind, IdeaStatus } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, EMPTY, firstValueFrom, switchMap } from 'rxjs';
import { CommunityData, Idea, IdeaComment } from '../data-access/community.data';
import { IdeaStatePipe } from '../idea-state.pipe';

const ANSWERS: IdeaStatus[] = ['ACCEPTED', 'UNDER_STUDY', 'DECLINED'];

/**
 * /ideas/:id — one idea: its description, supports, the board's answer and what it became (the project's
 * state, the campaign's dates and state), its comments; the board answers, turns an accepted idea into a
 * project or a campaign (once) and marks the idea or a comment useful.
 */
@Component({
  selector: 'assoc-idea-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
    DateTimePipe,
    IdeaStatePipe,
  ],
  providers: [TOUCHED_ERRORS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './idea-page.html',
  styleUrl: '../community.scss',
})
export class IdeaPage {
  /** The route's `:id`. */
  readonly id = input.required<string>();

  private readonly data = inject(CommunityData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  private readonly forms = viewChildren(FormGroupDirective);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly language = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly canPropose = computed(() => this.session.can(Permission.ProposeIdeas));
  protected readonly canAnswer = computed(() => this.session.can(Permission.AnswerIdeas));
  protected readonly answers = ANSWERS;
  protected readonly commentMax = IDEA_COMMENT_MAX;
  protected readonly reasonMax = IDEA_REASON_MAX;

  protected readonly idea = signal<Idea | null>(null);
  protected readonly comments = signal<IdeaComment[]>([]);
  private readonly writes = pageWrites();
  protected readonly saving = this.writes.busy;

  protected readonly commentForm = this.fb.group({
    body: ['', [Validators.required, Validators.maxLength(IDEA_COMMENT_MAX)]],
  });
  protected readonly answerForm = this.fb.group({
    status: ['ACCEPTED' as IdeaStatus, Validators.required],
    reason: ['', [Validators.required, Validators.maxLength(IDEA_REASON_MAX)]],
  });

  constructor() {
    toObservable(this.id)
      .pipe(
        switchMap((id) => this.data.idea(id).pipe(catchError((error) => (this.errors.show(error), EMPTY)))),
        takeUntilDestroyed(),
      )
      .subscribe(({ idea, comments }) => {
        this.idea.set(idea);
        this.comments.set(comments);
      });
  }

  protected async toggleSupport(idea: Idea): Promise<void> {
    const updated = await this.writes.run(() => firstValueFrom(this.data.support(idea.id, !idea.supportedByMe)));
    if (updated) this.idea.set(updated);
  }

  protected async comment(idea: Idea): Promise<void> {
    await this.writes.submit(this.commentForm, async () => {
      await firstValueFrom(this.data.comment({ ideaId: idea.id, body: this.commentForm.getRawValue().body.trim() }));
      resetAfterSubmit(this.commentForm, this.forms(), { body: '' });
    });
  }

  protected async answer(idea: Idea): Promise<void> {
    await this.writes.submit(
      this.answerForm,
      async () => {
        const { status, reason } = this.answerForm.getRawValue();
        this.idea.set(await firstValueFrom(this.data.answer({ ideaId: idea.id, status, reason: reason.trim() })));
        resetAfterSubmit(this.answerForm, this.forms(), { status, reason: '' });
      },
      'community.answer.done',
    );
  }

  protected async adopt(idea: Idea, as: IdeaOutcomeKind): Promise<void> {
    const updated = await this.writes.run(() => firstValueFrom(this.data.adopt({ ideaId: idea.id, as })), {
      done: 'community.adopt.done',
    });
    if (updated) this.idea.set(updated);
  }

  protected async markUseful(idea: Idea): Promise<void> {
    const updated = await this.writes.run(() => firstValueFrom(this.data.markIdeaUseful(idea.id)));
    if (updated) this.idea.set(updated);
  }

  protected async markCommentUseful(comment: IdeaComment): Promise<void> {
    const updated = await this.writes.run(() => firstValueFrom(this.data.markCommentUseful(comment.id)));
    if (updated) this.comments.update((list) => list.map((c) => (c.id === updated.id ? updated : c)));
  }
}

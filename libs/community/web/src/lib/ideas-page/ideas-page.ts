import { ChangeDetectionStrategy, Component, inject, signal, viewChildren } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { IDEA_DESCRIPTION_MAX, IDEA_TITLE_MAX } from '@assoc/community-domain';
import { Permission } from '@assoc/platform-domain';
import {
  ErrorDisplay,
  FieldErrorPipe,
  pageWrites,
  resetAfterSubmit,
  SessionStore,
  TOUCHED_ERRORS,
} from '@assoc/platform-web';
import type { IdeaKind } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, EMPTY, firstValueFrom, switchMap } from 'rxjs';
import { CommunityData, Idea, IdeaFilter } from '../data-access/community.data';
import { IdeaStatePipe } from '../idea-state.pipe';

const FILTERS: IdeaFilter[] = [null, 'OPEN', 'UNDER_STUDY', 'ACCEPTED', 'ADOPTED', 'DECLINED'];
const KINDS: IdeaKind[] = ['SERVICE', 'PRODUCT', 'OTHER'];

/**
 * /ideas — the ideas box for members, phone first: the ideas newest first (filtered by state), each with its
 * supports and comments and a support button, and the form to propose one.
 */
@Component({
  selector: 'assoc-ideas-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
    IdeaStatePipe,
  ],
  providers: [TOUCHED_ERRORS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './ideas-page.html',
  styleUrl: '../community.scss',
})
export class IdeasPage {
  private readonly data = inject(CommunityData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  private readonly forms = viewChildren(FormGroupDirective);

  protected readonly filters = FILTERS;
  protected readonly kinds = KINDS;
  protected readonly titleMax = IDEA_TITLE_MAX;
  protected readonly descriptionMax = IDEA_DESCRIPTION_MAX;
  protected readonly canPropose = () => this.session.can(Permission.ProposeIdeas);
  protected readonly canAnswer = () => this.session.can(Permission.AnswerIdeas);

  protected readonly filter = signal<IdeaFilter>(null);
  /** The cursors of the pages shown: [null] is the newest. */
  protected readonly cursors = signal<(string | null)[]>([null]);
  protected readonly ideas = signal<Idea[] | null>(null);
  protected readonly nextCursor = signal<string | null>(null);
  private readonly writes = pageWrites();
  protected readonly saving = this.writes.busy;

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(IDEA_TITLE_MAX)]],
    description: ['', Validators.maxLength(IDEA_DESCRIPTION_MAX)],
    kind: ['SERVICE' as IdeaKind, Validators.required],
  });

  constructor() {
    toObservable(this.cursors)
      .pipe(
        switchMap((cursors) =>
          this.data
            .ideas(this.filter(), cursors[cursors.length - 1])
            .pipe(catchError((error) => (this.errors.show(error), EMPTY))),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.ideas.set(page.nodes);
        this.nextCursor.set(page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null);
      });
  }

  protected show(filter: IdeaFilter): void {
    this.filter.set(filter);
    this.cursors.set([null]);
  }

  protected older(): void {
    const next = this.nextCursor();
    if (next) this.cursors.update((c) => [...c, next]);
  }

  protected newer(): void {
    this.cursors.update((c) => (c.length > 1 ? c.slice(0, -1) : c));
  }

  protected async toggleSupport(idea: Idea): Promise<void> {
    try {
      await firstValueFrom(this.data.support(idea.id, !idea.supportedByMe));
    } catch (error) {
      this.errors.show(error);
    }
  }

  protected async propose(): Promise<void> {
    await this.writes.submit(
      this.form,
      async () => {
        const { title, description, kind } = this.form.getRawValue();
        await firstValueFrom(this.data.propose({ title: title.trim(), description: description.trim(), kind }));
        resetAfterSubmit(this.form, this.forms(), { title: '', description: '', kind: 'SERVICE' });
      },
      'community.propose.done',
    );
  }
}

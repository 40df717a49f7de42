import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { COMMENT_TEXT_MAX } from '@assoc/network-domain';
import { clearServerErrors, ErrorDisplay, parseServerError, resetAfterSubmit } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom, Subscription } from 'rxjs';
import { CommentsPage, NetworkData, Paged } from '../data-access/network.data';
import { CommentFieldsFragment, PostFieldsFragment } from '../graphql/network.generated';
import { PostCard } from '../post-card/post-card';
import { MentionDraft } from '../shared/mention-draft';
import { MentionTextarea } from '../shared/mention-textarea';
import { CommentItem } from './comment-item';

const PAGE_SIZE = 50;

/** /feed/posts/:id — a post with its comments and one level of replies. */
@Component({
  selector: 'assoc-post-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    PostCard,
    CommentItem,
    MentionTextarea,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './post-page.html',
  styleUrl: './post-page.scss',
})
export class PostPage {
  readonly id = input.required<string>();

  private readonly network = inject(NetworkData);
  private readonly router = inject(Router);
  private readonly errors = inject(ErrorDisplay);

  protected readonly post = signal<PostFieldsFragment | null>(null);
  protected readonly comments = signal<CommentFieldsFragment[]>([]);
  protected readonly loading = signal(true);
  protected readonly notFound = signal<string | null>(null);
  protected readonly hasNextPage = signal(false);
  protected readonly sending = signal(false);
  protected readonly replyTo = signal<string | null>(null);
  protected readonly draft = new MentionDraft(COMMENT_TEXT_MAX);
  private readonly commentFormDirective = viewChild('commentFormDirective', { read: FormGroupDirective });
  protected readonly replyDraft = new MentionDraft(COMMENT_TEXT_MAX);
  private endCursor: string | null = null;
  private commentPages: Paged<CommentsPage> | null = null;
  private postWatch?: Subscription;
  private commentsWatch?: Subscription;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.watch(id));
    });
    inject(DestroyRef).onDestroy(() => {
      this.postWatch?.unsubscribe();
      this.commentsWatch?.unsubscribe();
    });
  }

  protected async onPostRemoved(): Promise<void> {
    await this.router.navigateByUrl('/feed');
  }

  protected openReply(commentId: string): void {
    this.replyDraft.reset();
    this.replyTo.set(commentId);
  }

  protected async sendComment(): Promise<void> {
    await this.send(this.draft, null);
  }

  protected async sendReply(parentId: string): Promise<void> {
    await this.send(this.replyDraft, parentId);
  }

  /** The next comments, appended to the cached list (the watched list shows them). */
  protected loadMore(): void {
    if (this.commentPages && this.endCursor)
      this.commentPages.more(this.endCursor).subscribe({ error: (error) => this.errors.show(error) });
  }

  private async send(draft: MentionDraft, parentId: string | null): Promise<void> {
    clearServerErrors(draft.form);
    if (draft.control.invalid || !draft.control.value.trim()) {
      draft.control.markAsTouched();
      return;
    }
    this.sending.set(true);
    try {
      // The cache puts it in the list and counts it on the post (NetworkData.createComment).
      await firstValueFrom(this.network.createComment({ postId: this.id(), parentId, text: draft.text() }));
      draft.reset();
      if (!parentId) resetAfterSubmit(draft.form, this.commentFormDirective());
      if (parentId) this.replyTo.set(null);
    } catch (error) {
      this.errors.show(error, draft.form);
    } finally {
      this.sending.set(false);
    }
  }

  /** The post and, once it is found, its comments: from the cache at once when seen, then from the server. */
  private watch(id: string): void {
    this.postWatch?.unsubscribe();
    this.commentsWatch?.unsubscribe();
    this.commentsWatch = undefined;
    this.loading.set(true);
    this.notFound.set(null);
    this.postWatch = this.network.post(id).subscribe({
      next: (post) => {
        this.post.set(post);
        this.loading.set(false);
        if (!this.commentsWatch) this.watchComments(id);
      },
      error: (error) => {
        const info = parseServerError(error);
        if (info.code === 'NOT_FOUND' || info.code === 'FORBIDDEN' || info.code === 'BAD_USER_INPUT')
          this.notFound.set(info.message);
        else this.errors.show(error);
        this.post.set(null);
        this.loading.set(false);
      },
    });
  }

  private watchComments(postId: string): void {
    const pages = this.network.comments(postId, PAGE_SIZE);
    this.commentPages = pages;
    let first = true;
    this.commentsWatch = pages.page.subscribe({
      next: (page) => {
        this.comments.set(page.nodes);
        this.hasNextPage.set(page.pageInfo.hasNextPage);
        this.endCursor = page.pageInfo.endCursor ?? null;
        if (first) this.scrollToFragment();
        first = false;
      },
      error: (error) => this.errors.show(error),
    });
  }

  /** A notification about a comment opens the post at that comment. */
  private scrollToFragment(): void {
    const fragment = this.router.parseUrl(this.router.url).fragment;
    if (!fragment) return;
    setTimeout(() => document.getElementById(fragment)?.scrollIntoView({ block: 'center' }));
  }
}

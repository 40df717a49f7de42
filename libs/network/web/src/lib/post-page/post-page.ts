import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { COMMENT_TEXT_MAX } from '@assoc/network-domain';
import { clearServerErrors, ErrorDisplay, parseServerError, resetAfterSubmit } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { NetworkData } from '../data-access/network.data';
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

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected onPostChanged(post: PostFieldsFragment): void {
    this.post.set(post);
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

  protected onCommentChanged(comment: CommentFieldsFragment): void {
    this.comments.update((list) =>
      list.map((c) => {
        if (c.id === comment.id) return { ...comment, replies: comment.replies.length ? comment.replies : c.replies };
        return { ...c, replies: c.replies.map((r) => (r.id === comment.id ? comment : r)) };
      }),
    );
  }

  protected onCommentRemoved(id: string): void {
    this.comments.update((list) =>
      list.filter((c) => c.id !== id).map((c) => ({ ...c, replies: c.replies.filter((r) => r.id !== id) })),
    );
    this.bumpCount(-1);
  }

  protected loadMore(): void {
    void this.loadComments(this.id(), true);
  }

  private async send(draft: MentionDraft, parentId: string | null): Promise<void> {
    clearServerErrors(draft.form);
    if (draft.control.invalid || !draft.control.value.trim()) {
      draft.control.markAsTouched();
      return;
    }
    this.sending.set(true);
    try {
      const comment = await firstValueFrom(
        this.network.createComment({ postId: this.id(), parentId, text: draft.text() }),
      );
      if (comment.parentId) {
        this.comments.update((list) =>
          list.map((c) => (c.id === comment.parentId ? { ...c, replies: [...c.replies, comment] } : c)),
        );
      } else {
        this.comments.update((list) => [...list, comment]);
      }
      this.bumpCount(1);
      draft.reset();
      if (!parentId) resetAfterSubmit(draft.form, this.commentFormDirective());
      if (parentId) this.replyTo.set(null);
    } catch (error) {
      this.errors.show(error, draft.form);
    } finally {
      this.sending.set(false);
    }
  }

  private bumpCount(delta: number): void {
    const post = this.post();
    if (post) this.post.set({ ...post, commentCount: Math.max(0, post.commentCount + delta) });
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    this.notFound.set(null);
    try {
      this.post.set(await firstValueFrom(this.network.post(id)));
      await this.loadComments(id, false);
    } catch (error) {
      const info = parseServerError(error);
      if (info.code === 'NOT_FOUND' || info.code === 'FORBIDDEN' || info.code === 'BAD_USER_INPUT')
        this.notFound.set(info.message);
      else this.errors.show(error);
    } finally {
      this.loading.set(false);
    }
  }

  private async loadComments(postId: string, more: boolean): Promise<void> {
    try {
      const page = await firstValueFrom(this.network.comments(postId, PAGE_SIZE, more ? this.endCursor : null));
      this.comments.set(more ? [...this.comments(), ...page.nodes] : page.nodes);
      this.hasNextPage.set(page.pageInfo.hasNextPage);
      this.endCursor = page.pageInfo.endCursor ?? null;
      this.scrollToFragment();
    } catch (error) {
      this.errors.show(error);
    }
  }

  /** A notification about a comment opens the post at that comment. */
  private scrollToFragment(): void {
    const fragment = this.router.parseUrl(this.router.url).fragment;
    if (!fragment) return;
    setTimeout(() => document.getElementById(fragment)?.scrollIntoView({ block: 'center' }));
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { REACTION_EMOJI, REACTION_ORDER } from '@assoc/network-domain';
import { confirmAction, DateTimePipe, ErrorDisplay, LanguageStore, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { NetworkData } from '../data-access/network.data';
import { PostFieldsFragment } from '../graphql/network.generated';
import type { ReactionEmoji } from '@assoc/platform-web/core';
import { AuthorAvatar } from '../shared/author-avatar';
import { askHideReason } from '../shared/hide-dialog';
import { MentionDraft } from '../shared/mention-draft';
import { MentionTextarea } from '../shared/mention-textarea';
import { ReactorsDialog, ReactorsDialogData } from '../shared/reactors-dialog';
import { RichTextView } from '../shared/rich-text-view';

/** One post: author, time, text, images, reactions, and the actions the viewer may take. */
@Component({
  selector: 'assoc-post-card',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatMenuModule,
    RouterLink,
    TranslatePipe,
    DateTimePipe,
    AuthorAvatar,
    MentionTextarea,
    RichTextView,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './post-card.html',
  styleUrl: './post-card.scss',
})
export class PostCard {
  readonly post = input.required<PostFieldsFragment>();
  /** On the post's own page: no link to itself. */
  readonly standalone = input(false);
  readonly changed = output<PostFieldsFragment>();
  readonly removed = output<string>();

  private readonly network = inject(NetworkData);
  private readonly dialog = inject(MatDialog);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  protected readonly lang = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly moderator = this.session.canModerate;

  protected readonly editing = signal(false);
  protected readonly busy = signal(false);
  protected readonly draft = new MentionDraft();

  protected readonly authorName = computed(() => this.post().author?.user.name ?? '');
  protected readonly reactions = computed(() => {
    const used = new Map(this.post().reactions.map((r) => [r.emoji, r]));
    return REACTION_ORDER.map((emoji) => ({
      emoji: emoji as ReactionEmoji,
      symbol: used.get(emoji as ReactionEmoji)?.symbol ?? REACTION_EMOJI[emoji],
      count: used.get(emoji as ReactionEmoji)?.count ?? 0,
      reactedByMe: used.get(emoji as ReactionEmoji)?.reactedByMe ?? false,
    }));
  });
  protected readonly reactionTotal = computed(() => this.post().reactions.reduce((sum, r) => sum + r.count, 0));
  protected readonly commentsKey = computed(() => {
    const count = this.post().commentCount;
    return count === 0 ? 'network.post.comments0' : count === 1 ? 'network.post.comments1' : 'network.post.comments';
  });
  protected readonly hasActions = computed(() => this.post().mine || this.moderator());

  protected async toggle(emoji: ReactionEmoji): Promise<void> {
    await this.run(async () => {
      this.changed.emit(await firstValueFrom(this.network.toggleReaction({ postId: this.post().id, emoji })));
    });
  }

  protected showReactors(): void {
    this.dialog.open<ReactorsDialog, ReactorsDialogData>(ReactorsDialog, {
      data: { postId: this.post().id, reactions: this.post().reactions },
      width: '420px',
      maxWidth: '94vw',
    });
  }

  protected startEdit(): void {
    this.draft.setText(this.post().text);
    this.editing.set(true);
  }

  protected async saveEdit(): Promise<void> {
    if (this.draft.control.invalid) {
      this.draft.control.markAsTouched();
      return;
    }
    await this.run(async () => {
      this.changed.emit(await firstValueFrom(this.network.updatePost({ id: this.post().id, text: this.draft.text() })));
      this.editing.set(false);
    }, true);
  }

  protected async remove(): Promise<void> {
    const ok = await confirmAction(this.dialog, {
      titleKey: 'network.post.deleteTitle',
      messageKey: 'network.post.deleteMessage',
      confirmKey: 'network.post.delete',
      destructive: true,
    });
    if (!ok) return;
    await this.run(async () => {
      await firstValueFrom(this.network.deletePost(this.post().id));
      this.errors.success('network.post.deleted');
      this.removed.emit(this.post().id);
    });
  }

  protected async togglePin(): Promise<void> {
    const id = this.post().id;
    await this.run(async () => {
      if (this.post().pinned) {
        this.changed.emit(await firstValueFrom(this.network.unpinPost(id)));
      } else {
        this.changed.emit(await firstValueFrom(this.network.pinPost(id)));
      }
    });
  }

  protected async hide(): Promise<void> {
    const reason = await askHideReason(this.dialog, 'POST');
    if (!reason) return;
    await this.run(async () => {
      this.changed.emit(await firstValueFrom(this.network.hidePost({ id: this.post().id, reason })));
      this.errors.success('network.hide.done');
    });
  }

  protected async unhide(): Promise<void> {
    await this.run(async () => {
      this.changed.emit(await firstValueFrom(this.network.unhidePost(this.post().id)));
    });
  }

  private async run(action: () => Promise<void>, withForm = false): Promise<void> {
    this.busy.set(true);
    try {
      await action();
    } catch (error) {
      this.errors.show(error, withForm ? this.draft.form : null);
    } finally {
      this.busy.set(false);
    }
  }
}

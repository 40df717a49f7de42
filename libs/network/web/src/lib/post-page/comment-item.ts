import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { COMMENT_TEXT_MAX } from '@assoc/network-domain';
import { confirmAction, DateTimePipe, ErrorDisplay, LanguageStore, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { NetworkData } from '../data-access/network.data';
import { CommentCoreFragment, CommentFieldsFragment } from '../graphql/network.generated';
import { AuthorAvatar } from '../shared/author-avatar';
import { askHideReason } from '../shared/hide-dialog';
import { MentionDraft } from '../shared/mention-draft';
import { MentionTextarea } from '../shared/mention-textarea';
import { RichTextView } from '../shared/rich-text-view';

/** One comment or reply: author, time, text, and what the viewer may do with it. */
@Component({
  selector: 'assoc-comment-item',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
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
  template: `
    <article class="comment" [id]="'comment-' + comment().id" [class.hidden]="comment().hidden">
      <assoc-author-avatar [name]="comment().author?.user?.name ?? ''" [logoUrl]="comment().author?.shop?.logoUrl" />
      <div class="bubble-col">
        <div class="bubble">
          <div class="head">
            <span class="names">
              @if (comment().author; as author) {
                <a class="author" [routerLink]="['/members', author.id]">{{ author.user.name }}</a>
                @if (author.shop) {
                  <span class="shop">{{ author.shop.name }}</span>
                }
              } @else {
                <span class="author">{{ 'network.post.formerMember' | translate }}</span>
              }
            </span>
            @if (hasActions()) {
              <button
                mat-icon-button
                type="button"
                class="menu"
                [matMenuTriggerFor]="actions"
                [attr.aria-label]="'network.comment.actions' | translate"
              >
                <mat-icon svgIcon="more-vert" />
              </button>
              <mat-menu #actions="matMenu" xPosition="before">
                @if (comment().mine) {
                  <button mat-menu-item type="button" (click)="startEdit()">
                    <mat-icon svgIcon="edit" /><span>{{ 'network.post.edit' | translate }}</span>
                  </button>
                  <button mat-menu-item type="button" (click)="remove()">
                    <mat-icon svgIcon="delete" /><span>{{ 'network.post.delete' | translate }}</span>
                  </button>
                }
                @if (moderator()) {
                  @if (comment().hidden) {
                    <button mat-menu-item type="button" (click)="unhide()">
                      <mat-icon svgIcon="visibility" /><span>{{ 'network.hide.undo' | translate }}</span>
                    </button>
                  } @else {
                    <button mat-menu-item type="button" (click)="hide()">
                      <mat-icon svgIcon="visibility-off" /><span>{{ 'network.hide.action' | translate }}</span>
                    </button>
                  }
                }
              </mat-menu>
            }
          </div>
          @if (comment().hidden) {
            <p class="hidden-note">
              {{ 'network.hide.hiddenComment' | translate }}
              @if (comment().hiddenReason) {
                — {{ 'network.hide.reasonIs' | translate: { reason: comment().hiddenReason } }}
              }
            </p>
          }
          @if (editing()) {
            <form [formGroup]="draft.form" (ngSubmit)="saveEdit()">
              <assoc-mention-textarea [draft]="draft" label="network.comment.text" [rows]="2" />
              <div class="actions">
                <button mat-button type="button" (click)="editing.set(false)">{{ 'common.cancel' | translate }}</button>
                <button mat-flat-button type="submit" [disabled]="busy()">{{ 'common.save' | translate }}</button>
              </div>
            </form>
          } @else {
            <assoc-rich-text [text]="comment().text" />
          }
        </div>
        <div class="meta">
          <time [attr.datetime]="comment().createdAt">{{
            comment().createdAt | assocDateTime: lang() : timeZone()
          }}</time>
          @if (comment().editedAt) {
            <span class="edited">· {{ 'network.post.edited' | translate }}</span>
          }
          @if (canReply()) {
            <button mat-button type="button" class="reply" (click)="replyRequested.emit()">
              {{ 'network.comment.reply' | translate }}
            </button>
          }
        </div>
      </div>
    </article>
  `,
  styleUrl: './comment-item.scss',
})
export class CommentItem {
  readonly comment = input.required<CommentCoreFragment>();
  readonly canReply = input(false);
  readonly changed = output<CommentFieldsFragment>();
  readonly removed = output<string>();
  readonly replyRequested = output();

  private readonly network = inject(NetworkData);
  private readonly dialog = inject(MatDialog);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  protected readonly lang = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly moderator = this.session.canModerate;
  protected readonly hasActions = computed(() => this.comment().mine || this.moderator());
  protected readonly editing = signal(false);
  protected readonly busy = signal(false);
  protected readonly draft = new MentionDraft(COMMENT_TEXT_MAX);

  protected startEdit(): void {
    this.draft.setText(this.comment().text);
    this.editing.set(true);
  }

  protected async saveEdit(): Promise<void> {
    if (this.draft.control.invalid) {
      this.draft.control.markAsTouched();
      return;
    }
    await this.run(async () => {
      this.changed.emit(
        await firstValueFrom(this.network.updateComment({ id: this.comment().id, text: this.draft.text() })),
      );
      this.editing.set(false);
    }, true);
  }

  protected async remove(): Promise<void> {
    const ok = await confirmAction(this.dialog, {
      titleKey: 'network.comment.deleteTitle',
      messageKey: 'network.comment.deleteMessage',
      confirmKey: 'network.post.delete',
      destructive: true,
    });
    if (!ok) return;
    await this.run(async () => {
      await firstValueFrom(this.network.deleteComment(this.comment().id, this.comment().postId));
      this.removed.emit(this.comment().id);
    });
  }

  protected async hide(): Promise<void> {
    const reason = await askHideReason(this.dialog, 'COMMENT');
    if (!reason) return;
    await this.run(async () => {
      this.changed.emit(await firstValueFrom(this.network.hideComment({ id: this.comment().id, reason })));
      this.errors.success('network.hide.done');
    });
  }

  protected async unhide(): Promise<void> {
    await this.run(async () => {
      this.changed.emit(await firstValueFrom(this.network.unhideComment(this.comment().id)));
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

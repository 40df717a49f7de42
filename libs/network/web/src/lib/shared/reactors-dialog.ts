import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ErrorDisplay } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { NetworkData, Reactor } from '../data-access/network.data';
import type { ReactionEmoji } from '@assoc/platform-web/core';

export interface ReactorsDialogData {
  postId: string;
  reactions: readonly { emoji: ReactionEmoji; symbol: string; count: number }[];
}

interface ReactorGroup {
  emoji: ReactionEmoji;
  symbol: string;
  people: Reactor[];
}

/** Who reacted to a post, per reaction. */
@Component({
  selector: 'assoc-reactors-dialog',
  imports: [MatButtonModule, MatDialogModule, MatProgressBarModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'network.reactions.who' | translate }}</h2>
    <mat-dialog-content>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      @for (group of groups(); track group.emoji) {
        <section class="group">
          <h3>
            <span aria-hidden="true">{{ group.symbol }}</span> {{ 'network.reactions.' + group.emoji | translate }} ·
            {{ group.people.length }}
          </h3>
          <ul role="list">
            @for (person of group.people; track person.id) {
              <li>
                <a [routerLink]="['/members', person.id]" mat-dialog-close>{{ person.user.name }}</a>
                @if (person.shop) {
                  <span class="shop">{{ person.shop.name }}</span>
                }
              </li>
            }
          </ul>
        </section>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.close' | translate }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .group h3 {
      font: var(--mat-sys-title-small);
      margin: 12px 0 4px;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 0 8px;
      padding: 4px 0;
    }
    .shop {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
      align-self: center;
    }
  `,
})
export class ReactorsDialog {
  private readonly data = inject<ReactorsDialogData>(MAT_DIALOG_DATA);
  private readonly network = inject(NetworkData);
  private readonly errors = inject(ErrorDisplay);
  protected readonly groups = signal<ReactorGroup[]>([]);
  protected readonly loading = signal(true);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const groups = await Promise.all(
        this.data.reactions
          .filter((r) => r.count > 0)
          .map(async (r) => {
            const people = await firstValueFrom(this.network.reactors(this.data.postId, r.emoji));
            return { emoji: r.emoji, symbol: r.symbol, people };
          }),
      );
      this.groups.set(groups);
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.loading.set(false);
    }
  }
}

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { map, tap } from 'rxjs';
import { CashmobsData } from '../data-access/cashmobs.data';
import { nextCheckIn } from './next-check-in';

/**
 * The phone menu's "Check-in" for a shopkeeper: opens their shop's cashmob under way (or the next
 * one) on its check-in panel, in one tap; says so when the shop has none.
 */
@Component({
  selector: 'assoc-check-in-shortcut',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'cashmobs.checkIn.title' | translate }}</h1>
    @if (state() === 'none') {
      <p data-testid="check-in-none">{{ 'cashmobs.checkIn.shortcutNone' | translate }}</p>
      <a mat-stroked-button routerLink="/cashmobs">{{ 'cashmobs.checkIn.shortcutAll' | translate }}</a>
    } @else {
      <p aria-busy="true">{{ 'cashmobs.checkIn.shortcutOpening' | translate }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 640px;
    }
    p {
      margin: 16px 0;
    }
  `,
})
export class CheckInShortcut {
  private readonly router = inject(Router);
  private readonly shopId = inject(SessionStore).currentMembership()?.shop?.id ?? null;

  private readonly target = toSignal(
    inject(CashmobsData)
      .cashmobs()
      .pipe(
        map((cashmobs) => (this.shopId ? nextCheckIn(cashmobs, this.shopId, new Date()) : null)),
        tap((cashmob) => {
          if (cashmob) void this.router.navigate(['/cashmobs', cashmob.id], { replaceUrl: true });
        }),
      ),
  );

  protected readonly state = computed(() => (this.target() === null ? 'none' : 'loading'));
}

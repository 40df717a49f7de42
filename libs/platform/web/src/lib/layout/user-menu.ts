import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageStore } from '../i18n/language-store';
import { SessionStore } from '../session/session-store';

@Component({
  selector: 'assoc-user-menu',
  imports: [MatButtonModule, MatDividerModule, MatIconModule, MatMenuModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.user(); as user) {
      <button
        mat-icon-button
        type="button"
        [matMenuTriggerFor]="menu"
        [attr.aria-label]="'layout.userMenu' | translate"
      >
        <mat-icon svgIcon="account" />
      </button>
      <mat-menu #menu="matMenu" xPosition="before">
        <div class="who" role="presentation">
          <strong>{{ user.name }}</strong>
          <span>{{ user.email }}</span>
        </div>
        <mat-divider />
        <a mat-menu-item routerLink="/account">
          <mat-icon svgIcon="account" />
          <span>{{ 'layout.myAccount' | translate }}</span>
        </a>
        <a mat-menu-item routerLink="/account/data">
          <mat-icon svgIcon="download" />
          <span>{{ 'layout.myData' | translate }}</span>
        </a>
        <a mat-menu-item href="/privacy?lang={{ language() }}">
          <mat-icon svgIcon="visibility" />
          <span>{{ 'layout.privacy' | translate }}</span>
        </a>
        <button mat-menu-item type="button" (click)="logOut()">
          <mat-icon svgIcon="logout" />
          <span>{{ 'layout.logOut' | translate }}</span>
        </button>
      </mat-menu>
    }
  `,
  styles: `
    .who {
      display: flex;
      flex-direction: column;
      padding: 12px 16px;
      gap: 2px;
      max-width: 260px;
    }
    .who span {
      font-size: 0.85rem;
      opacity: 0.75;
      overflow-wrap: anywhere;
    }
  `,
})
export class UserMenu {
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageStore).language;
  private readonly router = inject(Router);

  protected async logOut(): Promise<void> {
    await this.session.logOut();
    await this.router.navigateByUrl('/login');
  }
}

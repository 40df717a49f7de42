import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { storeIcon } from '@assoc/shared-util/icons/store';
import { SvgIcon } from '../icons/svg-icon';
import { LanguageSwitcher } from './language-switcher';

/**
 * The frame of the pages seen before logging in (log in, sign up, invitation...). No Material
 * module: it is part of the first load on a phone.
 */
@Component({
  selector: 'assoc-public-layout',
  imports: [SvgIcon, RouterLink, RouterOutlet, TranslatePipe, LanguageSwitcher],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="public-toolbar">
      <a class="brand" routerLink="/" [attr.aria-label]="('app.name' | translate) + ' – ' + ('app.home' | translate)">
        <span class="brand-mark" aria-hidden="true"><assoc-svg-icon [path]="storeIcon" /></span>
        <span class="brand-name">{{ 'app.name' | translate }}</span>
      </a>
      <span class="spacer"></span>
      <assoc-language-switcher />
    </header>
    <main id="main-content" class="public-content">
      <router-outlet />
    </main>
    <footer class="public-footer">{{ 'app.tagline' | translate }}</footer>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100dvh;
      background: var(--assoc-page-gradient, var(--mat-sys-surface));
    }
    .public-toolbar {
      display: flex;
      align-items: center;
      box-sizing: border-box;
      min-height: 64px;
      background: transparent;
      color: var(--mat-sys-on-surface);
      padding-inline: 12px;
    }
    .brand {
      display: inline-flex;
      align-items: center;
      gap: 10px;
      color: inherit;
      text-decoration: none;
      min-width: 0;
    }
    .brand-mark {
      display: inline-grid;
      place-items: center;
      width: 36px;
      height: 36px;
      border-radius: 10px;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      flex: none;
    }
    .brand-name {
      font: var(--mat-sys-title-large);
      font-weight: 600;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .spacer {
      flex: 1 1 auto;
    }
    .public-content {
      flex: 1 1 auto;
      display: flex;
      justify-content: center;
      align-items: flex-start;
      padding: 24px 12px 48px;
    }
    .public-footer {
      text-align: center;
      padding: 16px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PublicLayout {
  protected readonly storeIcon = storeIcon;
}

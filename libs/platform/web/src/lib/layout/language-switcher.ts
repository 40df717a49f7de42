import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { checkIcon } from '@assoc/shared-util/icons/check';
import { languageIcon } from '@assoc/shared-util/icons/language';
import { AppLanguage, LANGUAGES } from '../i18n/language-state';
import { LanguageStore } from '../i18n/language-store';
import { SvgIcon } from '../icons/svg-icon';
import { SessionStore } from '../session/session-store';

/**
 * The language menu of both frames (public and logged-in). Plain buttons and a small menu rather
 * than Material's menu: it is on the first page a phone draws, and Material's overlay is not.
 * The button's name ends with the code it shows ("Choisir la langue, FR"): a name must contain the
 * words shown (WCAG 2.5.3, RGAA 11.2).
 */
@Component({
  selector: 'assoc-language-switcher',
  imports: [SvgIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '(document:click)': 'closeOnOutside($event)',
    '(keydown.escape)': 'close(true)',
  },
  template: `
    <button
      type="button"
      class="language-button"
      aria-haspopup="menu"
      [attr.aria-expanded]="open()"
      [attr.aria-label]="('layout.language.choose' | translate) + ', ' + languages.language().toUpperCase()"
      (click)="toggle()"
    >
      <assoc-svg-icon [path]="languageIcon" />
      <span class="code">{{ languages.language().toUpperCase() }}</span>
    </button>
    @if (open()) {
      <div class="menu" role="menu" [attr.aria-label]="'layout.language.choose' | translate">
        @for (lang of all; track lang) {
          <button
            type="button"
            role="menuitemradio"
            class="item"
            [attr.aria-checked]="lang === languages.language()"
            [attr.lang]="lang"
            (click)="choose(lang)"
          >
            <span class="check">
              @if (lang === languages.language()) {
                <assoc-svg-icon [path]="checkIcon" />
              }
            </span>
            <span>{{ 'layout.language.' + lang | translate }}</span>
          </button>
        }
      </div>
    }
  `,
  styles: `
    :host {
      position: relative;
      display: inline-block;
    }
    .language-button {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-height: 40px;
      padding: 0 12px;
      border: 0;
      border-radius: 20px;
      background: transparent;
      color: inherit;
      font: var(--mat-sys-label-large, 500 14px/20px system-ui, sans-serif);
      cursor: pointer;
    }
    .language-button:hover,
    .language-button:focus-visible {
      background: color-mix(in srgb, currentColor 8%, transparent);
    }
    .code {
      font-weight: 600;
      letter-spacing: 0.04em;
    }
    .menu {
      position: absolute;
      inset-inline-end: 0;
      top: 100%;
      z-index: 1000;
      min-width: 160px;
      padding: 8px 0;
      border-radius: 4px;
      background: var(--mat-sys-surface-container, #fff);
      color: var(--mat-sys-on-surface, #1f1b16);
      box-shadow:
        0 2px 4px rgb(0 0 0 / 20%),
        0 4px 12px rgb(0 0 0 / 14%);
    }
    .item {
      display: flex;
      align-items: center;
      gap: 12px;
      width: 100%;
      min-height: 48px;
      padding: 0 16px;
      border: 0;
      background: transparent;
      color: inherit;
      font: var(--mat-sys-body-large, 16px/24px system-ui, sans-serif);
      text-align: start;
      cursor: pointer;
    }
    .item:hover,
    .item:focus-visible {
      background: color-mix(in srgb, currentColor 8%, transparent);
    }
    .check {
      display: inline-flex;
      width: 24px;
    }
  `,
})
export class LanguageSwitcher {
  protected readonly languages = inject(LanguageStore);
  protected readonly languageIcon = languageIcon;
  protected readonly checkIcon = checkIcon;
  private readonly session = inject(SessionStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly all = LANGUAGES;
  protected readonly open = signal(false);

  protected toggle(): void {
    this.open.update((open) => !open);
    if (!this.open()) return;
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[role=menuitemradio]')?.focus(), {
      injector: this.injector,
    });
  }

  protected close(focusTrigger = false): void {
    if (!this.open()) return;
    this.open.set(false);
    if (focusTrigger) this.host.nativeElement.querySelector<HTMLElement>('.language-button')?.focus();
  }

  protected closeOnOutside(event: Event): void {
    if (!this.host.nativeElement.contains(event.target as Node)) this.close();
  }

  protected choose(lang: AppLanguage): void {
    this.open.set(false);
    void this.languages.choose(lang, this.session.isLoggedIn());
  }
}

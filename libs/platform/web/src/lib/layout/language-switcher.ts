import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslatePipe } from '@ngx-translate/core';
import { AppLanguage, LANGUAGES } from '../i18n/language-state';
import { LanguageStore } from '../i18n/language-store';
import { SessionStore } from '../session/session-store';

@Component({
  selector: 'assoc-language-switcher',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      class="language-button"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'layout.language.choose' | translate"
    >
      <mat-icon svgIcon="language" />
      <span class="code">{{ languages.language().toUpperCase() }}</span>
    </button>
    <mat-menu #menu="matMenu">
      @for (lang of all; track lang) {
        <button
          mat-menu-item
          type="button"
          role="menuitemradio"
          [attr.aria-checked]="lang === languages.language()"
          [attr.lang]="lang"
          (click)="choose(lang)"
        >
          @if (lang === languages.language()) {
            <mat-icon svgIcon="check" />
          } @else {
            <mat-icon />
          }
          <span>{{ 'layout.language.' + lang | translate }}</span>
        </button>
      }
    </mat-menu>
  `,
  styles: `
    .language-button {
      color: inherit;
    }
    .code {
      font-weight: 600;
      letter-spacing: 0.04em;
    }
  `,
})
export class LanguageSwitcher {
  protected readonly languages = inject(LanguageStore);
  private readonly session = inject(SessionStore);
  protected readonly all = LANGUAGES;

  protected choose(lang: AppLanguage): void {
    void this.languages.choose(lang, this.session.isLoggedIn());
  }
}

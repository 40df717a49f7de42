import { BreakpointObserver } from '@angular/cdk/layout';
import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal, Type, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import { LanguageStore } from '../i18n/language-store';
import { SessionStore } from '../session/session-store';
import { AssociationSwitcher } from './association-switcher';
import { LanguageSwitcher } from './language-switcher';
import { NAV_ITEMS } from './nav-items';
import { TOOLBAR_ITEMS } from './toolbar-items';
import { UserMenu } from './user-menu';

/** The logged-in frame: toolbar, navigation (side on a desk, drawer on a phone) and the page. */
@Component({
  selector: 'assoc-app-shell',
  imports: [
    NgComponentOutlet,
    MatButtonModule,
    MatIconModule,
    MatListModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslatePipe,
    AssociationSwitcher,
    LanguageSwitcher,
    UserMenu,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app-shell.html',
  styleUrl: './app-shell.scss',
})
export class AppShell {
  protected readonly session = inject(SessionStore);
  /** The menu's labels follow the page's texts (switched once the new language's strings are in). */
  protected readonly language = inject(LanguageStore).textsLanguage;
  private readonly allItems = inject(NAV_ITEMS);
  protected readonly toolbarItems = signal<readonly Type<unknown>[]>([]);
  private readonly sidenav = viewChild(MatSidenav);

  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 959.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly items = computed(() => {
    this.session.role(); // re-filter when the role changes
    const hasAssociation = this.session.currentAssociation() !== null;
    const hasShop = !!this.session.currentMembership()?.shop;
    return this.allItems.filter(
      (item) =>
        (hasAssociation || item.withoutAssociation) &&
        (!item.permission || this.session.can(item.permission)) &&
        (!item.shopkeeper || hasShop),
    );
  });

  constructor() {
    const loaders = inject(TOOLBAR_ITEMS);
    if (loaders.length > 0)
      void Promise.all(loaders.map((load) => load())).then((items) => this.toolbarItems.set(items));
  }

  protected closeOnHandset(): void {
    if (this.handset()) void this.sidenav()?.close();
  }
}

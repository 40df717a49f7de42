import { afterNextRender, ChangeDetectionStrategy, Component, DOCUMENT, inject, Injector } from '@angular/core';
import { NavigationEnd, NavigationError, Router, RouterOutlet } from '@angular/router';
import { filter, take } from 'rxjs';

@Component({
  selector: 'assoc-root',
  imports: [RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<router-outlet />',
})
export class App {
  constructor() {
    // The log-in page's app shell (drawn by the server before the scripts: ADR 0022) goes once the
    // first page has rendered, in the same frame, so the page never shows blank in between (or when
    // the first navigation fails, for the app's own error message to show).
    const shell = inject(DOCUMENT).getElementById('app-shell');
    if (!shell) return;
    const injector = inject(Injector);
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd || event instanceof NavigationError),
        take(1),
      )
      .subscribe(() => afterNextRender(() => shell.remove(), { injector }));
  }
}

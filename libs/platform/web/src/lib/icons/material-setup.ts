import { Injector, ɵɵdefineInjectable } from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS, MatFormFieldDefaultOptions } from '@angular/material/form-field';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import { ICON_PATHS } from '@assoc/shared-util/icons';

/**
 * Material's app-wide setup, loaded with the pages that use Material (`withAppServices`, ADR 0036)
 * rather than with the log-in page, which has none: the form fields' defaults and the application's
 * icons. Both used to be in the app's providers, which put the form field and the icon registry in
 * the first load.
 */

const FORM_FIELD_DEFAULTS: MatFormFieldDefaultOptions = { appearance: 'outline', subscriptSizing: 'dynamic' };

// The token has no default; declared here as provided in the root injector, so every form field
// (dialogs included, whose injector is the root's) reads the same defaults as from the app's providers.
(MAT_FORM_FIELD_DEFAULT_OPTIONS as unknown as { ɵprov: unknown }).ɵprov = ɵɵdefineInjectable({
  token: MAT_FORM_FIELD_DEFAULT_OPTIONS,
  providedIn: 'root',
  factory: () => FORM_FIELD_DEFAULTS,
});

const registered = new WeakSet<MatIconRegistry>();

/** Registers the application's icons as inline SVG (`<mat-icon svgIcon="store" />`), once per registry. */
export function registerAppIcons(injector: Injector): void {
  const registry = injector.get(MatIconRegistry);
  if (registered.has(registry)) return;
  registered.add(registry);
  const sanitizer = injector.get(DomSanitizer);
  for (const [name, path] of Object.entries(ICON_PATHS)) {
    registry.addSvgIconLiteral(
      name,
      sanitizer.bypassSecurityTrustHtml(
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="currentColor"><path d="${path}"/></svg>`,
      ),
    );
  }
}

import { inject, Injectable, Injector } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';
import { normaliseFieldPath, parseServerError, ServerErrorInfo } from './server-error';

export interface ShowErrorOptions {
  /** Maps a server field name to a control path when they differ. */
  fieldAliases?: Record<string, string>;
}

/**
 * Shows an API error where the person will see it: BAD_USER_INPUT field messages next to the
 * matching inputs (`server` validation error), anything else in a snackbar.
 */
@Injectable({ providedIn: 'root' })
export class ErrorDisplay {
  private readonly injector = inject(Injector);
  private readonly translate = inject(TranslateService);

  show(error: unknown, form?: AbstractControl | null, options: ShowErrorOptions = {}): ServerErrorInfo {
    const info = parseServerError(error);
    const unmatched: string[] = [];
    if (info.code === 'BAD_USER_INPUT' && info.fields.length > 0) {
      for (const { field, message } of info.fields) {
        const path = normaliseFieldPath(field);
        const control = form?.get(options.fieldAliases?.[path] ?? path) ?? null;
        if (control) {
          control.setErrors({ ...(control.errors ?? {}), server: message });
          control.markAsTouched();
        } else {
          unmatched.push(message);
        }
      }
      if (unmatched.length > 0) this.toast(unmatched.join(' '));
      return info;
    }
    this.toast(info.message || this.translate.instant(`errors.code.${info.code}`));
    return info;
  }

  /** A short confirmation (saved, sent...) from a translation key. */
  success(key: string, params?: Record<string, unknown>): void {
    this.toast(this.translate.instant(key, params));
  }

  /** The snackbar (Material's overlay) is loaded the first time a message shows, not with the first page. */
  private toast(message: string): void {
    const close = this.translate.instant('common.close');
    void import('@angular/material/snack-bar').then(({ MatSnackBar }) =>
      this.injector.get(MatSnackBar).open(message, close, { duration: 6000 }),
    );
  }
}

import { inject, Injectable } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { MatSnackBar } from '@angular/material/snack-bar';
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
  private readonly snackBar = inject(MatSnackBar);
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

  private toast(message: string): void {
    this.snackBar.open(message, this.translate.instant('common.close'), { duration: 6000 });
  }
}

import { inject, Pipe, PipeTransform } from '@angular/core';
import { ValidationErrors } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';

/** The message to show in a `mat-error` for a control's validation errors (client or server). */
@Pipe({ name: 'assocFieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(errors: ValidationErrors | null | undefined): string {
    if (!errors) return '';
    if (typeof errors['server'] === 'string') return errors['server'];
    if (errors['required']) return this.translate.instant('errors.required');
    if (errors['email']) return this.translate.instant('errors.email');
    if (errors['minlength']) {
      return this.translate.instant('errors.minlength', { min: errors['minlength'].requiredLength });
    }
    if (errors['maxlength']) {
      return this.translate.instant('errors.maxlength', { max: errors['maxlength'].requiredLength });
    }
    if (errors['min']) return this.translate.instant('errors.min', { min: errors['min'].min });
    if (errors['max']) return this.translate.instant('errors.max', { max: errors['max'].max });
    if (errors['pattern']) return this.translate.instant('errors.pattern');
    if (errors['url']) return this.translate.instant('errors.url');
    if (errors['time']) return this.translate.instant('errors.time');
    if (errors['timeOrder']) return this.translate.instant('errors.timeOrder');
    if (errors['passwordMismatch']) return this.translate.instant('errors.passwordMismatch');
    // Any other key with a text of its own in the platform's strings (endBeforeStart, rangeOrder, inPast...).
    for (const [key, value] of Object.entries(errors)) {
      const id = `errors.${key}`;
      const text: string = this.translate.instant(id, value && typeof value === 'object' ? value : undefined);
      if (text !== id) return text;
    }
    return this.translate.instant('errors.invalid');
  }
}

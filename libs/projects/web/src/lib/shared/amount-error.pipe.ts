import { inject, Pipe, PipeTransform } from '@angular/core';
import { ValidationErrors } from '@angular/forms';
import { FieldErrorPipe } from '@assoc/platform-web';
import { TranslateService } from '@ngx-translate/core';

/** Like assocFieldError, with the amount and weight formats of the project forms. */
@Pipe({ name: 'assocAmountError', pure: false })
export class AmountErrorPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);
  private readonly fields = new FieldErrorPipe();

  transform(errors: ValidationErrors | null | undefined): string {
    if (errors?.['amount'] || errors?.['weight']) return this.translate.instant('projects.editor.amountInvalid');
    return this.fields.transform(errors);
  }
}

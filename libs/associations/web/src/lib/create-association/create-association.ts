import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { clearServerErrors, ErrorDisplay, FieldErrorPipe, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AssociationsData } from '../data-access/associations.data';
import { CURRENCIES, DEFAULT_TIME_ZONE, timeZones } from '../shared/time-zones';

@Component({
  selector: 'assoc-create-association',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './create-association.html',
})
export class CreateAssociation {
  private readonly data = inject(AssociationsData);
  private readonly session = inject(SessionStore);
  private readonly errors = inject(ErrorDisplay);
  private readonly router = inject(Router);

  protected readonly hasAssociation = this.session.currentAssociation;
  protected readonly zones = timeZones();
  protected readonly currencies = CURRENCIES;
  protected readonly submitting = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(120)]],
    town: ['', [Validators.required, Validators.maxLength(120)]],
    postcode: ['', [Validators.required, Validators.pattern(/^[0-9A-Za-z -]{3,10}$/)]],
    timeZone: [DEFAULT_TIME_ZONE, Validators.required],
    currency: ['EUR', Validators.required],
  });

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    try {
      const associationId = await firstValueFrom(this.data.create(this.form.getRawValue()));
      await this.session.refresh();
      await this.session.switchAssociation(associationId);
      this.errors.success('associations.create.done');
      await this.router.navigateByUrl('/association/members');
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.submitting.set(false);
    }
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  OnInit,
  output,
  signal,
  viewChild,
} from '@angular/core';
import {
  FormControl,
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { FIRST_NAME_MAX } from '@assoc/cashmobs-domain';
import {
  clearServerErrors,
  CodeEntry,
  ErrorDisplay,
  EurosPipe,
  FieldErrorPipe,
  resetAfterSubmit,
} from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { debounceTime, distinctUntilChanged, firstValueFrom } from 'rxjs';
import { CashmobsData } from '../data-access/cashmobs.data';
import type { CashmobSignUpFieldsFragment } from '../graphql/cashmobs.generated';

/** On the day (organiser, shop's owner, board): the sign-ups with a search, checking people in from the list or by their QR code (typed or scanned), adding walk-ins. */
@Component({
  selector: 'assoc-check-in-panel',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
    EurosPipe,
    CodeEntry,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './check-in-panel.html',
  styleUrl: './check-in-panel.scss',
})
export class CheckInPanel implements OnInit {
  readonly cashmobId = input.required<string>();
  /** A check-in or a walk-in changed the figures. */
  readonly changed = output<void>();

  private readonly data = inject(CashmobsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly signUps = signal<CashmobSignUpFieldsFragment[]>([]);
  protected readonly loading = signal(true);
  protected readonly busyId = signal<string | null>(null);
  protected readonly walkIn = inject(NonNullableFormBuilder).group({
    firstName: ['', [Validators.required, Validators.maxLength(FIRST_NAME_MAX)]],
  });
  private readonly walkInDirective = viewChild(FormGroupDirective);
  protected readonly addingWalkIn = signal(false);

  ngOnInit(): void {
    void this.load();
    const subscription = this.search.valueChanges
      .pipe(debounceTime(250), distinctUntilChanged())
      .subscribe(() => void this.load());
    this.destroyRef.onDestroy(() => subscription.unsubscribe());
  }

  protected async checkIn(signUp: CashmobSignUpFieldsFragment): Promise<void> {
    if (this.busyId()) return;
    this.busyId.set(signUp.id);
    try {
      const updated = await firstValueFrom(this.data.checkIn(signUp.id));
      this.signUps.update((list) => list.map((s) => (s.id === updated.id ? updated : s)));
      this.errors.success('cashmobs.checkIn.done', { name: signUp.firstName ?? '' });
      this.changed.emit();
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busyId.set(null);
    }
  }

  /** The code of the QR in the person's confirmation (scanned with the camera, or typed). */
  protected async checkInByCode(code: string): Promise<void> {
    this.busyId.set('code');
    try {
      const updated = await firstValueFrom(this.data.checkInByCode(this.cashmobId(), code));
      this.signUps.update((list) =>
        list.some((s) => s.id === updated.id)
          ? list.map((s) => (s.id === updated.id ? updated : s))
          : [...list, updated],
      );
      this.errors.success('cashmobs.checkIn.done', { name: updated.firstName ?? '' });
      this.changed.emit();
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busyId.set(null);
    }
  }

  protected async addWalkIn(): Promise<void> {
    clearServerErrors(this.walkIn);
    if (this.walkIn.invalid) {
      this.walkIn.markAllAsTouched();
      return;
    }
    this.addingWalkIn.set(true);
    try {
      await firstValueFrom(this.data.addWalkIn(this.cashmobId(), this.walkIn.getRawValue().firstName));
      resetAfterSubmit(this.walkIn, this.walkInDirective());
      this.errors.success('cashmobs.checkIn.walkInAdded');
      this.changed.emit();
      await this.load();
    } catch (error) {
      this.errors.show(error, this.walkIn);
    } finally {
      this.addingWalkIn.set(false);
    }
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      const search = this.search.value.trim() || null;
      this.signUps.set(await firstValueFrom(this.data.signUps(this.cashmobId(), search)));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.loading.set(false);
    }
  }
}

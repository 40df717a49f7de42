import { DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ErrorDisplay } from '@assoc/platform-web';
import { EMPTY, firstValueFrom, Observable, switchMap, timer } from 'rxjs';
import type { DataExport } from '../data-access/privacy.data';

/** How often a page asks again while an export is being prepared (the job runs every 30 seconds). */
const POLL_MS = 5000;

/**
 * A page's export: read on arrival, read again every few seconds while it is being prepared (the job, not
 * this client, changes it), and asked for with `ask()`. Call in a component's injection context.
 */
export function exportState(read: () => Observable<DataExport | null>, request: () => Observable<DataExport>) {
  const errors = inject(ErrorDisplay);
  const current = signal<DataExport | null>(null);
  const loaded = signal(false);
  const busy = signal(false);
  timer(0, POLL_MS)
    .pipe(
      switchMap(() => (!loaded() || current()?.status === 'PENDING' ? read() : EMPTY)),
      takeUntilDestroyed(inject(DestroyRef)),
    )
    .subscribe({
      next: (found) => {
        current.set(found);
        loaded.set(true);
      },
      error: (error: unknown) => {
        loaded.set(true);
        errors.show(error);
      },
    });
  return {
    current: current.asReadonly(),
    loaded: loaded.asReadonly(),
    busy: busy.asReadonly(),
    async ask(): Promise<void> {
      busy.set(true);
      try {
        current.set(await firstValueFrom(request()));
      } catch (error) {
        errors.show(error);
      } finally {
        busy.set(false);
      }
    },
  };
}

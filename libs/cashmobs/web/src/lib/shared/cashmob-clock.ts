import { DestroyRef, inject, signal, Signal } from '@angular/core';

/** Now, refreshed every 30 seconds, so buttons that depend on the start appear without a reload. */
export function cashmobClock(periodMs = 30_000): Signal<number> {
  const now = signal(Date.now());
  const timer = setInterval(() => now.set(Date.now()), periodMs);
  inject(DestroyRef).onDestroy(() => clearInterval(timer));
  return now.asReadonly();
}

import { Injectable, signal } from '@angular/core';

export const ASSOCIATION_STORAGE_KEY = 'assoc.associationId';

function readStorage(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    // storage unavailable (private mode): keep the value in memory only
  }
}

/** The association the person works in, sent as `x-association-id`. Dependency-free on purpose. */
@Injectable({ providedIn: 'root' })
export class AssociationContext {
  private readonly id = signal<string | null>(readStorage(ASSOCIATION_STORAGE_KEY));
  readonly associationId = this.id.asReadonly();

  set(id: string | null): void {
    this.id.set(id);
    writeStorage(ASSOCIATION_STORAGE_KEY, id);
  }
}

export { readStorage, writeStorage };

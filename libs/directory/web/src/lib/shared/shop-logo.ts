import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** A shop's logo, or its initials on a warm tile when it has none. */
@Component({
  selector: 'assoc-shop-logo',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (url(); as src) {
      <img [src]="src" [alt]="alt()" loading="lazy" />
    } @else {
      <span class="initials" aria-hidden="true">{{ initials() }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-grid;
      place-items: center;
      width: var(--logo-size, 56px);
      height: var(--logo-size, 56px);
      border-radius: 14px;
      overflow: hidden;
      flex: none;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    img {
      width: 100%;
      height: 100%;
      object-fit: cover;
      background: var(--mat-sys-surface-container-lowest);
    }
    .initials {
      font-weight: 700;
      font-size: calc(var(--logo-size, 56px) * 0.36);
      letter-spacing: 0.02em;
    }
  `,
})
export class ShopLogo {
  readonly url = input<string | null | undefined>(null);
  readonly name = input<string>('');
  readonly alt = input<string>('');

  protected readonly initials = computed(() =>
    this.name()
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((word) => word[0]?.toUpperCase() ?? '')
      .join(''),
  );
}

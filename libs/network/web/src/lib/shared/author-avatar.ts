import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** A shop logo, or the person's initials on a coloured disc. */
@Component({
  selector: 'assoc-author-avatar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (logoUrl(); as url) {
      <img [src]="url" alt="" />
    } @else {
      <span aria-hidden="true">{{ initials() }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-grid;
      place-items: center;
      flex: none;
      overflow: hidden;
      width: var(--assoc-avatar-size, 44px);
      height: var(--assoc-avatar-size, 44px);
      border-radius: 50%;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      font: var(--mat-sys-title-small);
      font-weight: 600;
    }
    img {
      width: 100%;
      height: 100%;
      object-fit: cover;
      background: #fff;
    }
  `,
})
export class AuthorAvatar {
  readonly name = input<string>('');
  readonly logoUrl = input<string | null | undefined>(null);
  protected readonly initials = computed(() =>
    this.name()
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((word) => word[0]?.toUpperCase() ?? '')
      .join(''),
  );
}

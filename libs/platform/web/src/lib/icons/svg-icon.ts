import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ICON_PATHS } from './icon-paths';

/**
 * One of the application's icons as inline SVG, without Material's icon registry: for the frame
 * of the public pages, which the first load draws before any Material module is loaded.
 */
@Component({
  selector: 'assoc-svg-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<svg viewBox="0 0 24 24" width="24" height="24" fill="currentColor" aria-hidden="true" focusable="false">
    <path [attr.d]="path()" />
  </svg>`,
  styles: `
    :host {
      display: inline-flex;
      width: 24px;
      height: 24px;
      flex: none;
    }
  `,
})
export class SvgIcon {
  readonly name = input.required<string>();
  protected readonly path = computed(() => ICON_PATHS[this.name()] ?? '');
}

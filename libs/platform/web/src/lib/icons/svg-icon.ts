import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * One of the application's icons as inline SVG, without Material's icon registry: for the frame
 * of the public pages, which the first load draws before any Material module is loaded. It takes
 * the icon's path data, which the page imports from that icon's own file
 * (`import { storeIcon } from '@assoc/shared-util/icons/store'`, `<assoc-svg-icon [path]="storeIcon" />`):
 * looking a name up in the map of every icon would put them all in the first load (ADR 0036).
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
  /** The SVG path data of a 24 x 24 icon. */
  readonly path = input.required<string>();
}

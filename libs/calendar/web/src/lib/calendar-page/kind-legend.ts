import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { KINDS, kindIcon, KindColour } from '../shared/event-kinds';

/** What each colour and icon stands for. */
@Component({
  selector: 'assoc-kind-legend',
  imports: [MatIconModule, TranslatePipe, KindColour],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul role="list" [attr.aria-label]="'calendar.legend' | translate" data-testid="calendar-legend">
      @for (kind of kinds; track kind) {
        <li [assocKind]="kind">
          <mat-icon [svgIcon]="icon(kind)" aria-hidden="true" />
          {{ 'calendar.kind.' + kind | translate }}
        </li>
      }
    </ul>
  `,
  styles: `
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 6px 8px;
    }
    li {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      padding: 2px 10px 2px 6px;
      border-left: 4px solid var(--kind-accent);
      border-radius: 6px;
      background: var(--kind-bg);
      color: var(--kind-fg);
      font: var(--mat-sys-label-medium);
    }
    mat-icon {
      width: 16px;
      height: 16px;
      color: var(--kind-accent);
    }
  `,
})
export class KindLegend {
  protected readonly kinds = KINDS;
  protected readonly icon = kindIcon;
}

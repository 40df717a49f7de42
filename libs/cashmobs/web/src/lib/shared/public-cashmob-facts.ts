import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { EurosPipe, LanguageStore } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { PublicCashmobFieldsFragment } from '../graphql/cashmobs.generated';
import { SlotPipe } from './slot.pipe';

/** What the public pages say about a cashmob: the shop, the organiser's story, when, where, how much, how many. */
@Component({
  selector: 'assoc-public-cashmob-facts',
  imports: [MatIconModule, TranslatePipe, EurosPipe, SlotPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="kicker">{{ 'cashmobs.public.kicker' | translate: { association: cashmob().associationName } }}</p>
    <h1>{{ cashmob().shopName }}</h1>
    <p class="trade">{{ 'trades.' + cashmob().trade | translate }}</p>
    @if (cashmob().story) {
      <blockquote class="story">{{ cashmob().story }}</blockquote>
    }
    <dl class="facts">
      <div>
        <dt><mat-icon svgIcon="schedule" aria-hidden="true" />{{ 'cashmobs.public.when' | translate }}</dt>
        <dd data-testid="public-when">
          {{ cashmob().startsAt | assocSlot: cashmob().endsAt : language() : cashmob().timeZone }}
        </dd>
      </div>
      <div>
        <dt><mat-icon svgIcon="place" aria-hidden="true" />{{ 'cashmobs.public.where' | translate }}</dt>
        <dd>
          {{ cashmob().address }}, {{ cashmob().postcode }} {{ cashmob().town }}
          <br />
          <span class="sub">{{ 'cashmobs.public.meetingPoint' | translate: { place: cashmob().meetingPoint } }}</span>
        </dd>
      </div>
      <div>
        <dt><mat-icon svgIcon="store" aria-hidden="true" />{{ 'cashmobs.public.spend' | translate }}</dt>
        <dd>
          {{
            'cashmobs.page.spendRange'
              | translate: { min: (cashmob().spendMinCents | assocEuros), max: (cashmob().spendMaxCents | assocEuros) }
          }}
        </dd>
      </div>
      <div>
        <dt><mat-icon svgIcon="group" aria-hidden="true" />{{ 'cashmobs.public.coming' | translate }}</dt>
        <dd data-testid="public-coming">
          {{ 'cashmobs.comingCount' | translate: { count: cashmob().confirmedCount } }}
          @if (cashmob().spotsLeft !== null) {
            · {{ 'cashmobs.public.spotsLeft' | translate: { count: cashmob().spotsLeft } }}
          }
        </dd>
      </div>
    </dl>
  `,
  styles: `
    .kicker {
      margin: 0;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-primary);
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    h1 {
      margin: 4px 0 0;
      font: var(--mat-sys-headline-small);
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .trade {
      margin: 2px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .story {
      margin: 16px 0 0;
      padding: 8px 14px;
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container-low);
      border-radius: 0 8px 8px 0;
      white-space: pre-line;
    }
    .facts {
      display: grid;
      gap: 14px;
      margin: 20px 0 0;
    }
    dt {
      display: flex;
      align-items: center;
      gap: 6px;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    dt mat-icon {
      width: 20px;
      height: 20px;
    }
    dd {
      margin: 2px 0 0 26px;
      font: var(--mat-sys-body-large);
      overflow-wrap: anywhere;
    }
    .sub {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PublicCashmobFacts {
  readonly cashmob = input.required<PublicCashmobFieldsFragment>();

  protected readonly language = inject(LanguageStore).language;
}

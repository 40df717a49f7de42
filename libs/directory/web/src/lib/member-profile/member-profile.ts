import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { DateTimePipe, LanguageStore, parseServerError, SessionStore, ShareLink } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { DirectoryData } from '../data-access/directory.data';
import { OpeningHoursTable } from '../shared/opening-hours-table';
import { ShopLogo } from '../shared/shop-logo';

/** /members/:id — a member and their shop: hours, contact, description. */
@Component({
  selector: 'assoc-member-profile',
  imports: [
    ShareLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    DateTimePipe,
    ShopLogo,
    OpeningHoursTable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './member-profile.html',
  styleUrl: './member-profile.scss',
})
export class MemberProfile {
  readonly id = input.required<string>();

  private readonly directory = inject(DirectoryData);
  private readonly session = inject(SessionStore);
  protected readonly lang = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');

  protected readonly member = rxResource({
    params: () => ({ id: this.id() }),
    stream: ({ params }) => this.directory.member(params.id),
  });
  protected readonly data = computed(() => (this.member.hasValue() ? this.member.value() : null));
  protected readonly errorMessage = computed(() => {
    const error = this.member.error();
    return error ? parseServerError(error).message : null;
  });
  protected readonly websiteHref = computed(() => {
    const website = this.data()?.shop?.website;
    if (!website) return null;
    return /^https?:\/\//i.test(website) ? website : `https://${website}`;
  });
}

import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { ErrorDisplay, EurosPipe, LanguageStore, SessionStore, ShareLink } from '@assoc/platform-web';
import { isoToZonedLocal } from '@assoc/shared-util';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom, Subscription } from 'rxjs';
import { CashmobsData } from '../data-access/cashmobs.data';
import type { CashmobFieldsFragment } from '../graphql/cashmobs.generated';
import { cashmobClock } from '../shared/cashmob-clock';
import { SlotPipe } from '../shared/slot.pipe';
import { CancelPanel } from './cancel-panel';
import { CashmobReport, CashmobReportFigures } from './cashmob-report';
import { ThankYouPost } from './thank-you-post';
import { CheckInPanel } from './check-in-panel';
import { ResultForm } from './result-form';
import { ShopAnswerPanel } from './shop-answer-panel';

/** /cashmobs/:id — one cashmob: the shop's answer, the public link, the day's check-in, the result and the report. */
@Component({
  selector: 'assoc-cashmob-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    EurosPipe,
    SlotPipe,
    CancelPanel,
    CashmobReport,
    CheckInPanel,
    ResultForm,
    ShareLink,
    ShopAnswerPanel,
    ThankYouPost,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cashmob-page.html',
  styleUrl: './cashmob-page.scss',
})
export class CashmobPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly data = inject(CashmobsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);

  protected readonly language = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly now = cashmobClock();
  protected readonly cashmob = signal<CashmobFieldsFragment | null>(null);
  protected readonly report = signal<CashmobReportFigures | null>(null);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);

  private readonly me = computed(() => this.session.currentMembership()?.id ?? null);
  protected readonly isHost = computed(() => this.cashmob()?.hostMembershipId === this.me());
  protected readonly isOrganiser = computed(() => this.cashmob()?.organiserMembershipId === this.me());
  protected readonly isBoard = computed(
    () => this.session.role() !== null && this.session.can(Permission.ManageCashmobs),
  );
  protected readonly isManager = computed(() => this.isHost() || this.isOrganiser() || this.isBoard());
  protected readonly started = computed(() => {
    const c = this.cashmob();
    return !!c && this.now() >= new Date(c.startsAt).getTime();
  });
  protected readonly can = computed(() => {
    const c = this.cashmob();
    const events = c?.allowedEvents ?? [];
    const before = !this.started();
    return {
      answer: this.isHost() && before && events.includes('ACCEPT'),
      acceptOther: (this.isOrganiser() || this.isBoard()) && before && events.includes('ACCEPT_COUNTER'),
      cancel: this.isManager() && before && events.includes('CANCEL'),
      record: this.isHost() && this.started() && events.includes('RECORD_RESULT'),
      checkIn:
        this.isManager() && !!c && (c.status === 'PUBLISHED' || c.status === 'COMPLETED') && this.theDayHasCome(c),
    };
  });
  protected readonly published = computed(() => !!this.cashmob()?.publishedAt);

  constructor() {
    effect((onCleanup) => {
      const id = this.id();
      const watching = untracked(() => this.watch(id));
      onCleanup(() => watching.unsubscribe());
    });
  }

  protected async acceptOtherSlot(): Promise<void> {
    const c = this.cashmob();
    if (!c || this.saving()) return;
    this.saving.set(true);
    try {
      const updated = await firstValueFrom(this.data.acceptOtherSlot(c.id));
      this.errors.success('cashmobs.counter.accepted');
      this.updated(updated);
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.saving.set(false);
    }
  }

  protected updated(cashmob: CashmobFieldsFragment): void {
    this.cashmob.set(cashmob);
    void this.loadReport(cashmob);
  }

  protected refreshReport(): void {
    const c = this.cashmob();
    if (c) void this.loadReport(c);
  }

  /** The day of the start in the association's time zone, or later. */
  private theDayHasCome(c: CashmobFieldsFragment): boolean {
    const zone = this.timeZone();
    const today = isoToZonedLocal(new Date(this.now()).toISOString(), zone).slice(0, 10);
    return today >= isoToZonedLocal(c.startsAt, zone).slice(0, 10);
  }

  /**
   * Cached at once when seen before, then the server's; the panels' mutations update the cached
   * cashmob, which shows here. The report is read with the first answer and when publication changes.
   */
  private watch(id: string): Subscription {
    this.loading.set(true);
    return this.data.cashmob(id).subscribe({
      next: async (cashmob) => {
        const previous = this.cashmob();
        this.cashmob.set(cashmob);
        if (previous?.id !== cashmob.id || previous.publishedAt !== cashmob.publishedAt) await this.loadReport(cashmob);
        this.loading.set(false);
      },
      error: (error) => {
        this.errors.show(error);
        this.loading.set(false);
      },
    });
  }

  private async loadReport(cashmob: CashmobFieldsFragment): Promise<void> {
    if (!cashmob.publishedAt) {
      this.report.set(null);
      return;
    }
    try {
      this.report.set(await firstValueFrom(this.data.report(cashmob.id)));
    } catch (error) {
      this.errors.show(error);
    }
  }
}

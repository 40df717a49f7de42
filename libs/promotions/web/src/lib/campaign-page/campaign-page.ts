import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { confirmAction, DateTimePipe, ErrorDisplay, LanguageStore, SessionStore, ShareLink } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom, Subscription } from 'rxjs';
import { CampaignsData, MyCampaignShop } from '../data-access/campaigns.data';
import type { CampaignFieldsFragment, CampaignOfferFieldsFragment } from '../graphql/promotions.generated';
import { CampaignForm } from '../shared/campaign-form';
import { CampaignResults, CampaignResultsFigures } from './campaign-results';
import { CancelCampaign } from './cancel-campaign';
import { CoverUpload } from './cover-upload';
import { EnrolOffer } from './enrol-offer';
import { MyOffer } from './my-offer';
import { OfferReview } from './offer-review';
import { offersToReview } from '../shared/offers-to-review';

/** /campaigns/:id — one campaign: the board prepares, publishes, reviews and follows it; a member enrols their shop. */
@Component({
  selector: 'assoc-campaign-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    DateTimePipe,
    CampaignForm,
    CampaignResults,
    CancelCampaign,
    CoverUpload,
    EnrolOffer,
    MyOffer,
    OfferReview,
    ShareLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './campaign-page.html',
  styleUrl: './campaign-page.scss',
})
export class CampaignPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly data = inject(CampaignsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);

  protected readonly language = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly canManage = computed(() => this.session.can(Permission.ManageCampaigns));
  protected readonly canEnrol = computed(() => this.session.can(Permission.EnrolOffer));
  protected readonly campaign = signal<CampaignFieldsFragment | null>(null);
  protected readonly offers = signal<CampaignOfferFieldsFragment[]>([]);
  protected readonly results = signal<CampaignResultsFigures | null>(null);
  protected readonly myShop = signal<MyCampaignShop | null>(null);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly editing = signal(false);

  private readonly me = computed(() => this.session.currentMembership()?.id ?? null);
  protected readonly myOffers = computed(() => this.offers().filter((o) => o.shop.membershipId === this.me()));
  protected readonly approvedOffers = computed(() => this.offers().filter((o) => o.status === 'APPROVED'));
  /** The title's count: offers still pending (the list below also shows the reviewed ones). */
  protected readonly pendingCount = computed(() => offersToReview(this.offers()));
  protected readonly toReview = computed(() =>
    [...this.offers()].sort((a, b) => statusRank(a.status) - statusRank(b.status)),
  );
  protected readonly isPublic = computed(() =>
    ['PUBLISHED', 'RUNNING', 'FINISHED'].includes(this.campaign()?.status ?? ''),
  );
  protected readonly canEnrolNow = computed(
    () => this.canEnrol() && this.campaign()?.status === 'ENROLLING' && !!this.myShop() && !this.myOffers().length,
  );
  protected readonly reviewable = computed(() => !['FINISHED', 'CANCELLED'].includes(this.campaign()?.status ?? ''));

  constructor() {
    effect((onCleanup) => {
      const id = this.id();
      this.language(); // headlines in the reader's language
      const watching = untracked(() => this.watch(id));
      onCleanup(() => watching.unsubscribe());
    });
  }

  protected async publish(): Promise<void> {
    const c = this.campaign();
    if (!c) return;
    const ok = await confirmAction(this.dialog, {
      titleKey: 'promotions.publish.title',
      messageKey: 'promotions.publish.message',
      confirmKey: 'promotions.publish.confirm',
      params: { title: c.title },
    });
    if (!ok) return;
    this.saving.set(true);
    try {
      this.campaign.set(await firstValueFrom(this.data.publish(c.id)));
      this.errors.success('promotions.publish.done');
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.saving.set(false);
    }
  }

  protected edited(campaign: CampaignFieldsFragment): void {
    this.campaign.set(campaign);
    this.editing.set(false);
    this.errors.success('common.saved');
  }

  protected changed(campaign: CampaignFieldsFragment): void {
    this.campaign.set(campaign);
  }

  protected coverChanged(url: string | null): void {
    const c = this.campaign();
    if (c) this.data.coverChanged(c.id, url);
  }

  protected offerChanged(offer: CampaignOfferFieldsFragment): void {
    const others = this.offers().filter((o) => o.id !== offer.id);
    this.offers.set([...others, offer]);
  }

  protected async enrolled(offer: CampaignOfferFieldsFragment): Promise<void> {
    this.offerChanged(offer);
    this.errors.success('promotions.enrol.done');
  }

  /** Cached at once when seen before, then the server's; the mutations below update the cache, which shows here. */
  private watch(id: string): Subscription {
    this.loading.set(true);
    return this.data.campaignPage(id, this.canEnrol()).subscribe({
      next: (page) => {
        this.campaign.set(page.campaign);
        this.offers.set(page.offers);
        this.myShop.set(page.myShop);
        this.results.set(page.results);
        this.loading.set(false);
      },
      error: (error) => {
        this.errors.show(error);
        this.loading.set(false);
      },
    });
  }
}

function statusRank(status: string): number {
  return status === 'PENDING' ? 0 : status === 'APPROVED' ? 1 : 2;
}

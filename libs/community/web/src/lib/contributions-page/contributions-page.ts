import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChildren } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { CONTRIBUTION_POINTS_MAX } from '@assoc/community-domain';
import { Permission } from '@assoc/platform-domain';
import {
  ErrorDisplay,
  FieldErrorPipe,
  pageWrites,
  resetAfterSubmit,
  SessionStore,
  TOUCHED_ERRORS,
} from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, EMPTY, firstValueFrom, Observable } from 'rxjs';
import { CoCreatedContext, CommunityData, Recommendation } from '../data-access/community.data';

const points = [Validators.required, Validators.min(0), Validators.max(CONTRIBUTION_POINTS_MAX)];

/**
 * /ideas/contributions — rewarding contributions. The board: the points it gives (adopted idea, useful
 * contribution, helpful recommendation) and the customers' recommendations to publish or reject. A shop: the
 * published recommendations of its shop (mark one helpful: its author earns points) and its featured products
 * marked "co-created with our customers", linked to an adopted idea with the share of their sales' points.
 */
@Component({
  selector: 'assoc-contributions-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  providers: [TOUCHED_ERRORS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contributions-page.html',
  styleUrl: '../community.scss',
})
export class ContributionsPage {
  private readonly data = inject(CommunityData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly forms = viewChildren(FormGroupDirective);

  protected readonly canAnswer = computed(() => this.session.can(Permission.AnswerIdeas));
  protected readonly pointsMax = CONTRIBUTION_POINTS_MAX;
  private readonly writes = pageWrites();
  protected readonly saving = this.writes.busy;
  protected readonly pending = signal<Recommendation[]>([]);
  protected readonly mine = signal<Recommendation[]>([]);
  protected readonly coCreated = signal<CoCreatedContext | null>(null);

  protected readonly settings = this.fb.group({
    adoptedIdeaPoints: [50, points],
    usefulContributionPoints: [10, points],
    helpfulRecommendationPoints: [10, points],
  });
  protected readonly product = this.fb.group({
    productId: ['', Validators.required],
    ideaId: ['', Validators.required],
    sharePercent: [10, [Validators.required, Validators.min(1), Validators.max(100)]],
  });

  constructor() {
    const shown = <T>(source: Observable<T>) =>
      source.pipe(
        catchError((error) => (this.errors.show(error), EMPTY)),
        takeUntilDestroyed(),
      );
    if (this.canAnswer()) {
      shown(this.data.settings()).subscribe((s) => this.settings.reset(s));
      shown(this.data.recommendations('PENDING')).subscribe((list) => this.pending.set(list));
    }
    shown(this.data.myShopRecommendations()).subscribe((list) => this.mine.set(list));
    shown(this.data.coCreated()).subscribe((context) => this.coCreated.set(context));
  }

  protected productName(context: CoCreatedContext, productId: string): string {
    return context.myFeaturedProducts.products.find((p) => p.id === productId)?.name ?? '';
  }

  protected async saveSettings(): Promise<void> {
    await this.writes.submit(
      this.settings,
      async () => this.settings.reset(await firstValueFrom(this.data.updateSettings(this.settings.getRawValue()))),
      'community.settings.done',
    );
  }

  protected async moderate(r: Recommendation, publish: boolean): Promise<void> {
    await this.writes.run(async () => {
      await firstValueFrom(this.data.moderate(r.id, publish));
      this.pending.update((list) => list.filter((x) => x.id !== r.id));
    });
  }

  protected async helpful(r: Recommendation): Promise<void> {
    await this.writes.run(
      async () => {
        const updated = await firstValueFrom(this.data.markHelpful(r.id));
        this.mine.update((list) => list.map((x) => (x.id === updated.id ? updated : x)));
      },
      { done: 'community.recommendations.helpfulDone' },
    );
  }

  protected async markProduct(): Promise<void> {
    await this.writes.submit(
      this.product,
      async () => {
        await firstValueFrom(this.data.markCoCreated(this.product.getRawValue()));
        resetAfterSubmit(this.product, this.forms(), { productId: '', ideaId: '', sharePercent: 10 });
      },
      'community.coCreated.done',
    );
  }

  protected async unmark(productId: string): Promise<void> {
    await this.writes.run(() => firstValueFrom(this.data.unmarkCoCreated(productId)));
  }
}

import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { DateTimePipe, ErrorDisplay, LanguageStore, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { NetworkData, SearchHit } from '../data-access/network.data';
import { HighlightedText } from '../shared/highlighted-text';

type SearchResult = SearchHit;

interface ResultGroup {
  type: SearchResult['type'];
  results: (SearchResult & { link: string[]; fragment?: string })[];
}

const GROUP_ORDER: readonly SearchResult['type'][] = ['POST', 'COMMENT', 'MEMBER'];

/** /search?q= — one box across posts, comments and the directory, matched words highlighted. */
@Component({
  selector: 'assoc-search-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    DateTimePipe,
    HighlightedText,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './search-page.html',
  styleUrl: './search-page.scss',
})
export class SearchPage {
  /** The `q` query parameter. */
  readonly q = input<string | undefined>();

  private readonly network = inject(NetworkData);
  private readonly router = inject(Router);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  protected readonly lang = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');

  protected readonly control = new FormControl('', { nonNullable: true });
  protected readonly form = new FormGroup({ q: this.control });
  protected readonly results = signal<SearchResult[]>([]);
  protected readonly loading = signal(false);
  protected readonly searched = signal<string | null>(null);
  protected readonly groups = computed<ResultGroup[]>(() =>
    GROUP_ORDER.map((type) => ({
      type,
      results: this.results()
        .filter((r) => r.type === type)
        .map((r) =>
          r.type === 'MEMBER'
            ? { ...r, link: ['/members', r.membershipId] }
            : {
                ...r,
                link: ['/feed/posts', r.postId ?? r.id],
                fragment: r.type === 'COMMENT' ? `comment-${r.id}` : undefined,
              },
        ),
    })).filter((g) => g.results.length > 0),
  );
  private requestId = 0;

  constructor() {
    effect(() => {
      const q = (this.q() ?? '').trim();
      untracked(() => {
        if (this.control.value !== q) this.control.setValue(q);
        void this.search(q);
      });
    });
  }

  protected async submit(): Promise<void> {
    const q = this.control.value.trim();
    await this.router.navigate([], { queryParams: { q: q || null } });
  }

  private async search(q: string): Promise<void> {
    const id = ++this.requestId;
    if (!q) {
      this.results.set([]);
      this.searched.set(null);
      return;
    }
    this.loading.set(true);
    try {
      const results = await firstValueFrom(this.network.search(q, 30));
      if (id !== this.requestId) return;
      this.results.set(results);
      this.searched.set(q);
    } catch (error) {
      if (id === this.requestId) this.errors.show(error);
    } finally {
      if (id === this.requestId) this.loading.set(false);
    }
  }
}

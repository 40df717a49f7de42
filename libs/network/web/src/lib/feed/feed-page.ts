import { Permission } from '@assoc/platform-domain';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ErrorDisplay, ListPlaceholder, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize, Subscription } from 'rxjs';
import { type FeedPage as Feed, NetworkData, Paged } from '../data-access/network.data';
import { PostFieldsFragment, TopicFieldsFragment } from '../graphql/network.generated';
import { PostComposer } from '../composer/post-composer';
import { PostCard } from '../post-card/post-card';
import { OnboardingCard } from './onboarding-card';

const PAGE_SIZE = 10;

/** /feed — the association's news: pinned announcements first, then newest first, endless. */
@Component({
  selector: 'assoc-feed-page',
  imports: [
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    PostComposer,
    PostCard,
    ListPlaceholder,
    OnboardingCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './feed-page.html',
  styleUrl: './feed-page.scss',
})
export class FeedPage {
  private readonly network = inject(NetworkData);
  private readonly errors = inject(ErrorDisplay);
  protected readonly session = inject(SessionStore);
  protected readonly canManageTopics = computed(
    () => this.session.role() !== null && this.session.can(Permission.ManageTopics),
  );
  private readonly sentinel = viewChild<ElementRef<HTMLElement>>('sentinel');

  protected readonly topics = signal<TopicFieldsFragment[]>([]);
  protected readonly topicId = signal<string | null>(null);
  /** What the cache holds for the feed: shown at once when seen before, then the server's answer. */
  protected readonly posts = signal<PostFieldsFragment[]>([]);
  protected readonly loading = signal(false);
  protected readonly loaded = signal(false);
  protected readonly hasNextPage = signal(false);
  private endCursor: string | null = null;
  private feed: Paged<Feed> | null = null;
  private feedWatch?: Subscription;
  private topicsWatch?: Subscription;
  private loadedFor: string | null | undefined = undefined;

  constructor() {
    // Again from the top when the filter or the association changes.
    effect(() => {
      const topicId = this.topicId();
      const associationId = this.session.associationId();
      untracked(() => {
        if (associationId !== this.loadedFor) {
          const switched = this.loadedFor !== undefined;
          this.loadedFor = associationId;
          this.watchTopics();
          if (switched && topicId) {
            this.topicId.set(null); // that topic belongs to the other association; runs again
            return;
          }
        }
        this.watchFeed(topicId);
      });
    });
    const destroyRef = inject(DestroyRef);
    destroyRef.onDestroy(() => {
      this.feedWatch?.unsubscribe();
      this.topicsWatch?.unsubscribe();
    });
    // Endless scroll: the next page loads when the end of the list comes into view.
    afterNextRender(() => {
      const element = this.sentinel()?.nativeElement;
      if (!element || typeof IntersectionObserver === 'undefined') return;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting) && this.hasNextPage() && !this.loading()) this.loadMore();
        },
        { rootMargin: '400px 0px' },
      );
      observer.observe(element);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }

  protected selectTopic(value: string | null | undefined): void {
    this.topicId.set(!value || value === 'ALL' ? null : value);
  }

  /** The next page, appended to the cached feed (the watched list shows it). */
  protected loadMore(): void {
    const feed = this.feed;
    if (!feed || !this.endCursor || this.loading()) return;
    this.loading.set(true);
    feed
      .more(this.endCursor)
      .pipe(finalize(() => this.feed === feed && this.loading.set(false)))
      .subscribe({ error: (error) => this.errors.show(error) });
  }

  private watchTopics(): void {
    this.topicsWatch?.unsubscribe();
    this.topicsWatch = this.network.watchedTopics().subscribe({
      next: (topics) => this.topics.set(topics),
      error: (error) => this.errors.show(error),
    });
  }

  private watchFeed(topicId: string | null): void {
    this.feedWatch?.unsubscribe();
    const feed = this.network.feed(topicId, PAGE_SIZE);
    this.feed = feed;
    this.loading.set(true);
    const done = () => {
      this.loading.set(false);
      this.loaded.set(true);
    };
    this.feedWatch = feed.page.subscribe({
      next: (page) => {
        this.posts.set(page.nodes);
        this.hasNextPage.set(page.pageInfo.hasNextPage);
        this.endCursor = page.pageInfo.endCursor ?? null;
        done();
      },
      error: (error) => {
        this.errors.show(error);
        done();
      },
    });
  }
}

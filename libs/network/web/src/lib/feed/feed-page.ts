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
import { firstValueFrom } from 'rxjs';
import { NetworkData } from '../data-access/network.data';
import { PostFieldsFragment, TopicFieldsFragment } from '../graphql/network.generated';
import { PostComposer } from '../composer/post-composer';
import { PostCard } from '../post-card/post-card';

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
  protected readonly posts = signal<PostFieldsFragment[]>([]);
  protected readonly loading = signal(false);
  protected readonly loaded = signal(false);
  protected readonly hasNextPage = signal(false);
  private endCursor: string | null = null;
  private requestId = 0;
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
          void this.loadTopics();
          if (switched && topicId) {
            this.topicId.set(null); // that topic belongs to the other association; runs again
            return;
          }
        }
        void this.load(topicId, false);
      });
    });
    // Endless scroll: the next page loads when the end of the list comes into view.
    const destroyRef = inject(DestroyRef);
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

  protected loadMore(): void {
    void this.load(this.topicId(), true);
  }

  protected onPublished(post: PostFieldsFragment): void {
    const topicId = this.topicId();
    if (topicId && post.topic?.id !== topicId) return;
    // After the pinned announcements, unless it is one.
    this.posts.update((posts) => {
      if (post.pinned) return [post, ...posts];
      const firstUnpinned = posts.findIndex((p) => !p.pinned);
      const at = firstUnpinned === -1 ? posts.length : firstUnpinned;
      return [...posts.slice(0, at), post, ...posts.slice(at)];
    });
  }

  protected onChanged(post: PostFieldsFragment): void {
    if (post.hidden) {
      this.onRemoved(post.id);
      return;
    }
    this.posts.update((posts) => posts.map((p) => (p.id === post.id ? post : p)));
  }

  protected onRemoved(id: string): void {
    this.posts.update((posts) => posts.filter((p) => p.id !== id));
  }

  private async loadTopics(): Promise<void> {
    try {
      this.topics.set(await firstValueFrom(this.network.topics()));
    } catch (error) {
      this.errors.show(error);
    }
  }

  private async load(topicId: string | null, more: boolean): Promise<void> {
    const id = ++this.requestId;
    this.loading.set(true);
    try {
      const page = await firstValueFrom(this.network.feed(topicId, PAGE_SIZE, more ? this.endCursor : null));
      if (id !== this.requestId) return;
      const known = new Set(more ? this.posts().map((p) => p.id) : []);
      const fresh = page.nodes.filter((p) => !known.has(p.id));
      this.posts.set(more ? [...this.posts(), ...fresh] : page.nodes);
      this.hasNextPage.set(page.pageInfo.hasNextPage);
      this.endCursor = page.pageInfo.endCursor ?? null;
    } catch (error) {
      if (id === this.requestId) this.errors.show(error);
    } finally {
      if (id === this.requestId) {
        this.loading.set(false);
        this.loaded.set(true);
      }
    }
  }
}

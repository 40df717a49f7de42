import { computed, inject, Injectable, Injector, signal } from '@angular/core';
import { Router } from '@angular/router';
import { Permission, Role, roleHasPermission } from '@assoc/platform-domain';
import { firstValueFrom } from 'rxjs';
import { clearGraphqlCache } from '../apollo/graphql-on-demand';
import { GraphqlRequest } from '../graphql-http/graphql-request';
import { LogOutDocument, ViewerDocument, ViewerQuery } from '../graphql/platform.generated';
import { LanguageStore } from '../i18n/language-store';
import { AssociationContext } from './association-context';

export type Viewer = NonNullable<ViewerQuery['viewer']>;
export type ViewerMembership = Viewer['memberships'][number];
export type MemberRole = ViewerMembership['role'];

/**
 * Who is logged in, in which associations, and which one they are working in. Read without Apollo
 * (`GraphqlRequest`): the log-in page's first load does not hold it (ADR 0036); Apollo's cache, when
 * it was loaded, is emptied as the session changes.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly graphql = inject(GraphqlRequest);
  private readonly injector = inject(Injector);
  private readonly context = inject(AssociationContext);
  private readonly languages = inject(LanguageStore);
  private readonly router = inject(Router);

  private readonly viewerState = signal<Viewer | null>(null);
  private readonly loadedState = signal(false);
  private pending: Promise<void> | null = null;
  private loggingOut = false;

  readonly viewer = this.viewerState.asReadonly();
  readonly loaded = this.loadedState.asReadonly();
  readonly user = computed(() => this.viewerState()?.user ?? null);
  readonly isLoggedIn = computed(() => this.viewerState() !== null);
  readonly memberships = computed(() => this.viewerState()?.memberships ?? []);
  readonly associationId = this.context.associationId;
  readonly currentMembership = computed<ViewerMembership | null>(() => {
    const memberships = this.memberships();
    const id = this.context.associationId();
    return memberships.find((m) => m.association.id === id) ?? memberships[0] ?? null;
  });
  readonly currentAssociation = computed(() => this.currentMembership()?.association ?? null);
  readonly role = computed<MemberRole | null>(() => this.currentMembership()?.role ?? null);
  /** Same role → permission map as the API's guard (libs/platform/domain). */
  can(permission: Permission): boolean {
    const role = this.role();
    return role !== null && roleHasPermission(role as Role, permission);
  }
  readonly canManageMembers = computed(() => this.can(Permission.ManageMembers));
  readonly canModerate = computed(() => this.can(Permission.Moderate));
  readonly isPresident = computed(() => this.can(Permission.EditSettings));

  /** Loads the viewer once; later calls wait for the same request. */
  ensureLoaded(): Promise<void> {
    if (this.loadedState()) return Promise.resolve();
    this.pending ??= this.refresh().finally(() => (this.pending = null));
    return this.pending;
  }

  /** Reloads the viewer from the API (after log-in, sign-up, accepting an invitation...). */
  async refresh(): Promise<void> {
    try {
      const data = await firstValueFrom(this.graphql.run(ViewerDocument));
      this.setViewer(data.viewer ?? null);
    } catch {
      this.setViewer(null);
    }
  }

  async switchAssociation(associationId: string): Promise<void> {
    if (associationId === this.context.associationId()) return;
    this.context.set(associationId);
    await clearGraphqlCache(this.injector, true);
    await this.refresh();
  }

  async logOut(): Promise<void> {
    this.loggingOut = true;
    try {
      await firstValueFrom(this.graphql.run(LogOutDocument));
    } finally {
      await clearGraphqlCache(this.injector);
      this.viewerState.set(null);
      this.loadedState.set(true);
      this.loggingOut = false;
    }
  }

  /**
   * The API said this tab is no longer logged in (its session was ended elsewhere): forget what was
   * cached for the person and show the log-in page. Nothing to do when the tab knew it was logged out.
   */
  async ended(): Promise<void> {
    // This tab's own log-out: logOut() does the rest.
    if (!this.viewerState() || this.loggingOut) return;
    this.viewerState.set(null);
    this.loadedState.set(true);
    await clearGraphqlCache(this.injector);
    await this.router.navigateByUrl('/login');
  }

  private setViewer(viewer: Viewer | null): void {
    this.viewerState.set(viewer);
    this.loadedState.set(true);
    if (!viewer) return;
    this.languages.apply(viewer.user.locale === 'EN' ? 'en' : 'fr');
    const ids = viewer.memberships.map((m) => m.association.id);
    const current = this.context.associationId();
    if (!current || !ids.includes(current)) this.context.set(ids[0] ?? null);
  }
}

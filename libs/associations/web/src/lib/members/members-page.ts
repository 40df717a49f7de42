import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { confirmAction, DateTimePipe, ErrorDisplay, LanguageStore, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AssociationsData, MemberRow } from '../data-access/associations.data';
import type { Role } from '@assoc/platform-web/core';
import { ROLES } from '../shared/roles';
import { AssociationClosingCard } from '../settings/association-closing-card';
import { InvitationsPanel } from './invitations-panel';

const PAGE_SIZE = 50;

/** Members of the current association: roles, removal, and invitations. */
@Component({
  selector: 'assoc-members-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    DateTimePipe,
    InvitationsPanel,
    AssociationClosingCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './members-page.html',
  styleUrl: './members-page.scss',
})
export class MembersPage {
  private readonly data = inject(AssociationsData);
  private readonly dialog = inject(MatDialog);
  private readonly errors = inject(ErrorDisplay);
  protected readonly session = inject(SessionStore);
  protected readonly lang = inject(LanguageStore).language;

  protected readonly roles = ROLES;
  protected readonly members = signal<MemberRow[]>([]);
  protected readonly totalCount = signal(0);
  protected readonly endCursor = signal<string | null>(null);
  protected readonly hasNextPage = signal(false);
  protected readonly loading = signal(false);
  protected readonly busyId = signal<string | null>(null);
  protected readonly canEditRoles = this.session.isPresident;
  protected readonly myMembershipId = computed(() => this.session.currentMembership()?.id ?? null);
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');

  constructor() {
    void this.load(false);
  }

  protected async load(more: boolean): Promise<void> {
    this.loading.set(true);
    try {
      const page = await firstValueFrom(this.data.members(PAGE_SIZE, more ? this.endCursor() : null));
      this.members.set(more ? [...this.members(), ...page.nodes] : page.nodes);
      this.totalCount.set(page.totalCount);
      this.endCursor.set(page.pageInfo.endCursor ?? null);
      this.hasNextPage.set(page.pageInfo.hasNextPage);
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected async changeRole(member: MemberRow, role: Role): Promise<void> {
    if (role === member.role) return;
    this.busyId.set(member.id);
    try {
      await firstValueFrom(this.data.changeRole(member.id, role));
      this.members.update((rows) => rows.map((row) => (row.id === member.id ? { ...row, role } : row)));
      this.errors.success('associations.members.roleChanged', { name: member.user.name });
    } catch (error) {
      this.errors.show(error);
      this.members.update((rows) => [...rows]);
    } finally {
      this.busyId.set(null);
    }
  }

  protected async remove(member: MemberRow): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'associations.members.removeTitle',
      messageKey: 'associations.members.removeMessage',
      confirmKey: 'associations.members.removeConfirm',
      params: { name: member.user.name },
      destructive: true,
    });
    if (!confirmed) return;
    this.busyId.set(member.id);
    try {
      await firstValueFrom(this.data.removeMember(member.id));
      this.members.update((rows) => rows.filter((row) => row.id !== member.id));
      this.totalCount.update((count) => Math.max(0, count - 1));
      this.errors.success('associations.members.removed', { name: member.user.name });
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busyId.set(null);
    }
  }
}

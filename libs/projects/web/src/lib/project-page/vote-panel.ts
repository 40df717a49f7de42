import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Permission } from '@assoc/platform-domain';
import { confirmAction, DateTimePipe, ErrorDisplay, LanguageStore, SessionStore } from '@assoc/platform-web';
import { acceptsVotes, ProjectStatus, VoteChoice } from '@assoc/projects-domain';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ProjectsData } from '../data-access/projects.data';
import { ProjectFieldsFragment } from '../graphql/projects.generated';

/** For / against / abstain (changeable until the deadline), live counts and the quorum's progress. */
@Component({
  selector: 'assoc-vote-panel',
  imports: [MatButtonModule, MatButtonToggleModule, MatCardModule, MatProgressBarModule, TranslatePipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './vote-panel.html',
  styles: `
    .choices {
      margin: 8px 0 12px;
      flex-wrap: wrap;
    }
    .counts {
      font: var(--mat-sys-title-medium);
      margin: 8px 0;
    }
    .quorum {
      margin: 12px 0;
    }
    .quorum p {
      margin: 4px 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .close-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class VotePanel {
  readonly project = input.required<ProjectFieldsFragment>();
  /** The association's quorum, in whole percent. */
  readonly quorumPercent = input<number | null>(null);
  readonly changed = output<void>();

  private readonly data = inject(ProjectsData);
  private readonly dialog = inject(MatDialog);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);

  protected readonly language = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly choices = [VoteChoice.FOR, VoteChoice.AGAINST, VoteChoice.ABSTAIN];
  protected readonly saving = signal(false);
  protected readonly open = computed(
    () => acceptsVotes(this.project().status as ProjectStatus) && !this.project().vote?.closedAt,
  );
  protected readonly canVote = computed(() => this.open() && this.session.can(Permission.VoteProject));
  protected readonly canClose = computed(() => this.open() && this.session.can(Permission.ManageProjects));
  protected readonly cast = computed(() => {
    const v = this.project().vote;
    return v ? v.for + v.against + v.abstain : 0;
  });
  /** Votes the quorum needs: ⌈quorum % × members⌉. */
  protected readonly needed = computed(() => {
    const v = this.project().vote;
    const percent = this.quorumPercent();
    return v && percent !== null ? Math.ceil((percent * v.memberCount) / 100) : null;
  });
  protected readonly quorumProgress = computed(() => {
    const needed = this.needed();
    return needed ? Math.min(100, Math.round((100 * this.cast()) / needed)) : 100;
  });

  protected choiceKey(choice: string): string {
    return `projects.vote.${choice === VoteChoice.FOR ? 'for' : choice === VoteChoice.AGAINST ? 'against' : 'abstain'}`;
  }

  protected async vote(choice: VoteChoice): Promise<void> {
    if (choice === this.project().myVote) return;
    this.saving.set(true);
    try {
      await firstValueFrom(this.data.castVote(this.project().id, choice));
      this.errors.success('projects.vote.recorded');
      this.changed.emit();
    } catch (error) {
      this.errors.show(error);
      this.changed.emit();
    } finally {
      this.saving.set(false);
    }
  }

  protected async close(): Promise<void> {
    const ok = await confirmAction(this.dialog, {
      titleKey: 'projects.vote.closeTitle',
      messageKey: 'projects.vote.closeMessage',
      confirmKey: 'projects.vote.closeEarly',
    });
    if (!ok) return;
    this.saving.set(true);
    try {
      await firstValueFrom(this.data.closeVote(this.project().id));
      this.errors.success('projects.vote.closed');
      this.changed.emit();
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.saving.set(false);
    }
  }
}

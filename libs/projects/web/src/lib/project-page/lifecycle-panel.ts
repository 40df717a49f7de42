import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Permission } from '@assoc/platform-domain';
import { confirmAction, ErrorDisplay, SessionStore } from '@assoc/platform-web';
import { ProjectStatus } from '@assoc/projects-domain';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ProjectsData } from '../data-access/projects.data';
import { ProjectFieldsFragment } from '../graphql/projects.generated';

/** The president or board start a funded project, then close it once the accounts are settled. */
@Component({
  selector: 'assoc-lifecycle-panel',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (canManage()) {
      @if (project().status === 'FUNDED') {
        <button mat-flat-button type="button" [disabled]="saving()" (click)="start()">
          {{ 'projects.lifecycle.start' | translate }}
        </button>
      } @else if (project().status === 'ACTIVE') {
        <button mat-stroked-button type="button" [disabled]="saving()" (click)="close()">
          {{ 'projects.lifecycle.close' | translate }}
        </button>
      }
    }
  `,
})
export class LifecyclePanel {
  readonly project = input.required<ProjectFieldsFragment>();
  readonly changed = output<void>();

  private readonly data = inject(ProjectsData);
  private readonly dialog = inject(MatDialog);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);

  protected readonly saving = signal(false);
  protected readonly canManage = computed(
    () =>
      this.session.can(Permission.ManageProjects) &&
      [ProjectStatus.FUNDED, ProjectStatus.ACTIVE].includes(this.project().status as ProjectStatus),
  );

  protected async start(): Promise<void> {
    await this.run('start', 'projects.lifecycle.started');
  }

  protected async close(): Promise<void> {
    const ok = await confirmAction(this.dialog, {
      titleKey: 'projects.lifecycle.closeTitle',
      messageKey: 'projects.lifecycle.closeMessage',
      confirmKey: 'projects.lifecycle.close',
    });
    if (ok) await this.run('close', 'projects.lifecycle.closed');
  }

  private async run(change: 'start' | 'close', done: string): Promise<void> {
    this.saving.set(true);
    try {
      await firstValueFrom(this.data[change](this.project().id));
      this.errors.success(done);
      this.changed.emit();
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.saving.set(false);
    }
  }
}

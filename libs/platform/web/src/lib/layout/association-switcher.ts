import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionStore } from '../session/session-store';

@Component({
  selector: 'assoc-association-switcher',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (current(); as association) {
      @if (others().length > 0) {
        <button
          mat-button
          type="button"
          class="switcher"
          [matMenuTriggerFor]="menu"
          [attr.aria-label]="'layout.association.switch' | translate: { name: association.name }"
        >
          <span class="name">{{ association.name }}</span>
          <mat-icon svgIcon="expand-more" iconPositionEnd />
        </button>
        <mat-menu #menu="matMenu">
          @for (membership of session.memberships(); track membership.id) {
            <button
              mat-menu-item
              type="button"
              role="menuitemradio"
              [attr.aria-checked]="membership.association.id === association.id"
              (click)="switchTo(membership.association.id)"
            >
              @if (membership.association.id === association.id) {
                <mat-icon svgIcon="check" />
              } @else {
                <mat-icon svgIcon="business" />
              }
              <span>{{ membership.association.name }}</span>
            </button>
          }
        </mat-menu>
      } @else {
        <span class="single">{{ association.name }}</span>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
      width: 100%;
    }
    .switcher {
      width: 100%;
      justify-content: flex-start;
      padding-inline: 4px;
    }
    .switcher ::ng-deep .mdc-button__label {
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .name,
    .single {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      font-weight: 600;
    }
    .single {
      display: block;
      padding: 0 4px;
    }
  `,
})
export class AssociationSwitcher {
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly current = this.session.currentAssociation;
  protected readonly others = computed(() =>
    this.session.memberships().filter((m) => m.association.id !== this.current()?.id),
  );

  protected async switchTo(id: string): Promise<void> {
    await this.session.switchAssociation(id);
    await this.router.navigateByUrl('/');
  }
}

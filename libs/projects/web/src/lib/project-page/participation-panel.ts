import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Permission } from '@assoc/platform-domain';
import { clearServerErrors, ErrorDisplay, resetAfterSubmit, SessionStore, TOUCHED_ERRORS } from '@assoc/platform-web';
import {
  acceptsOptIn,
  computeShares,
  ProjectStatus,
  savings,
  soloTotalCents,
  SplitRule,
  SplitRuleKind,
} from '@assoc/projects-domain';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ProjectsData } from '../data-access/projects.data';
import { ProjectFieldsFragment } from '../graphql/projects.generated';
import { AmountErrorPipe } from '../shared/amount-error.pipe';
import { parseAmountToCents } from '../shared/amounts';
import { MoneyPipe } from '../shared/money.pipe';
import { amountValidator } from '../shared/project-form';
import { MemberNames } from './member-names';

/** The project's rule as the domain reads it, restricted to who takes part (as the API does). */
export function ruleFor(project: ProjectFieldsFragment, participants: readonly string[]): SplitRule {
  const present = new Set(participants);
  const rule = project.splitRule;
  if (rule.kind === SplitRuleKind.WEIGHTED) {
    return {
      kind: SplitRuleKind.WEIGHTED,
      weights: rule.weights.filter((w) => present.has(w.membershipId)),
      defaultWeight: rule.defaultWeight ?? undefined,
    };
  }
  if (rule.kind === SplitRuleKind.FIXED_AND_EQUAL) {
    return { kind: SplitRuleKind.FIXED_AND_EQUAL, fixed: rule.fixed.filter((f) => present.has(f.membershipId)) };
  }
  return { kind: SplitRuleKind.EQUAL };
}

/**
 * Opt in or out while open, with one's live share and saving, and (when the project needs a minimum
 * pledged) the most one commits to pay; everyone's shares.
 */
@Component({
  selector: 'assoc-participation-panel',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    MoneyPipe,
    AmountErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [TOUCHED_ERRORS],
  templateUrl: './participation-panel.html',
  styles: `
    .mine {
      font: var(--mat-sys-title-medium);
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      margin: 0 0 12px;
    }
    .shares {
      list-style: none;
      padding: 0;
      margin: 8px 0;
    }
    .shares li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 4px 16px;
      padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .amounts {
      display: flex;
      gap: 16px;
    }
    .saving {
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      justify-content: flex-start;
    }
    .pledge {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 16px;
    }
    .pledge mat-form-field {
      flex: 1 1 240px;
      max-width: 360px;
    }
    .pledge .actions {
      margin-top: 12px;
    }
    h3 {
      margin: 16px 0 4px;
      font: var(--mat-sys-title-small);
    }
  `,
})
export class ParticipationPanel {
  readonly project = input.required<ProjectFieldsFragment>();
  readonly names = input.required<MemberNames>();
  readonly changed = output<void>();

  private readonly data = inject(ProjectsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);

  protected readonly saving = signal(false);
  protected readonly open = computed(() => acceptsOptIn(this.project().status as ProjectStatus));
  protected readonly canJoin = computed(() => this.open() && this.session.can(Permission.JoinProject));
  protected readonly currency = computed(() => this.session.currentAssociation()?.currency ?? 'EUR');
  /** A pledge counts only towards a minimum pledged amount: asked only when the project sets one. */
  protected readonly asksPledge = computed(() => this.project().minPledgedCents !== null);
  protected readonly pledgeForm = new FormGroup({
    pledge: new FormControl('', { nonNullable: true, validators: [amountValidator] }),
  });
  private readonly formDirective = viewChild(FormGroupDirective);
  private readonly me = computed(() => this.session.currentMembership()?.id ?? null);

  /**
   * My share and saving, computed here by the domain for the current participants (plus me, when
   * I have not joined yet): the same function and rule the API uses, so the figures match.
   */
  protected readonly mine = computed(() => {
    const project = this.project();
    const me = this.me();
    if (!me) return null;
    const frozen = project.shares.find((s) => s.membershipId === me && !s.live);
    if (frozen) return { cents: frozen.cents, saving: frozen.savingCents };
    const ids = project.shares.map((s) => s.membershipId);
    if (!ids.includes(me)) {
      if (!this.canJoin()) return null;
      ids.push(me);
    }
    const result = computeShares(project.totals.includingVatCents, ruleFor(project, ids), ids);
    if (!result.ok)
      return project.myShare ? { cents: project.myShare.cents, saving: project.myShare.savingCents } : null;
    const share = result.value.find((s) => s.membershipId === me);
    return share ? { cents: share.cents, saving: savings(project.budgetLines, share.cents) } : null;
  });
  /** What one shop alone would pay for the lines that have a solo price (what a saving compares with). */
  protected readonly soloTotal = computed(() => soloTotalCents(this.project().budgetLines));
  protected readonly totalSaving = computed(() => this.project().shares.reduce((sum, s) => sum + s.savingCents, 0));

  /** Opts in, or (already in) replaces one's pledge: the API keeps the pledge of the latest opt-in. */
  protected async join(): Promise<void> {
    clearServerErrors(this.pledgeForm);
    if (this.pledgeForm.invalid) {
      this.pledgeForm.markAllAsTouched();
      return;
    }
    const typed = this.pledgeForm.controls.pledge.value.trim();
    const pledgeCents = this.asksPledge() && typed ? parseAmountToCents(typed) : null;
    const done = this.project().participating ? 'projects.participation.pledgeSaved' : 'projects.participation.joined';
    const ok = await this.run(() => firstValueFrom(this.data.join(this.project().id, pledgeCents)), done);
    if (ok) resetAfterSubmit(this.pledgeForm, this.formDirective(), { pledge: '' });
  }

  protected async leave(): Promise<void> {
    await this.run(() => firstValueFrom(this.data.leave(this.project().id)), 'projects.participation.left');
  }

  private async run(send: () => Promise<unknown>, done: string): Promise<boolean> {
    if (this.saving()) return false;
    this.saving.set(true);
    try {
      await send();
      this.errors.success(done);
      return true;
    } catch (error) {
      this.errors.show(error, this.pledgeForm, { fieldAliases: { pledgeCents: 'pledge' } });
      return false;
    } finally {
      this.saving.set(false);
      this.changed.emit();
    }
  }
}

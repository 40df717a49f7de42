import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  budgetTotals,
  isEditable,
  PROJECT_CATEGORIES,
  ProjectStatus,
  soloTotalCents,
  SplitRuleKind,
} from '@assoc/projects-domain';
import {
  clearServerErrors,
  ErrorDisplay,
  fetchFile,
  FieldErrorPipe,
  LanguageStore,
  SessionStore,
} from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ProjectsData } from '../data-access/projects.data';
import { ProjectFieldsFragment } from '../graphql/projects.generated';
import { centsToInput, formatVatRate, parseAmountToCents } from '../shared/amounts';
import { MoneyPipe } from '../shared/money.pipe';
import { formLines, lineForm, memberAmountForm, projectForm, VAT_RATES } from '../shared/project-form';
import { isoToZonedLocal, zonedLocalToIso } from '../shared/zoned-time';
import { AmountErrorPipe } from '../shared/amount-error.pipe';
import { projectFileProblem, uploadProjectFile } from '../shared/upload';

interface Member {
  id: string;
  name: string;
}

/** /projects/new and /projects/:id/edit — a draft: description, budget lines, split rule, thresholds. */
@Component({
  selector: 'assoc-project-editor',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
    AmountErrorPipe,
    MoneyPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './project-editor.html',
  styleUrl: './project-editor.scss',
})
export class ProjectEditor {
  /** The project's id when editing (route parameter); absent for a new project. */
  readonly id = input<string>();

  private readonly data = inject(ProjectsData);
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  private readonly languages = inject(LanguageStore);
  private readonly document = inject(DOCUMENT);

  // The time zone is read only once a join deadline is typed (after construction).
  protected readonly form = projectForm(() => this.timeZone());
  protected readonly categories = PROJECT_CATEGORIES;
  protected readonly vatRates = VAT_RATES;
  protected readonly splitKinds = Object.values(SplitRuleKind);
  protected readonly kinds = SplitRuleKind;
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly uploading = signal(false);
  protected readonly project = signal<ProjectFieldsFragment | null>(null);
  protected readonly members = signal<Member[]>([]);
  protected readonly language = this.languages.language;
  protected readonly currency = computed(() => this.session.currentAssociation()?.currency ?? 'EUR');
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly readOnly = computed(() => {
    const project = this.project();
    return project !== null && !isEditable(project.status as ProjectStatus);
  });

  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly lines = computed(() => {
    this.value();
    return formLines(this.form.getRawValue().budgetLines);
  });
  protected readonly totals = computed(() => budgetTotals(this.lines().map((l) => ({ ...l, vatRateBp: l.vatRateBp }))));
  protected readonly soloTotal = computed(() => soloTotalCents(this.lines()));
  protected readonly splitKind = computed(() => {
    this.value();
    return this.form.controls.splitKind.value;
  });

  constructor() {
    void this.loadMembers();
    effect(() => {
      const id = this.id();
      if (id) untracked(() => void this.load(id));
    });
  }

  protected vatLabel(bp: number): string {
    return formatVatRate(bp, this.language());
  }

  protected addLine(): void {
    this.form.controls.budgetLines.push(lineForm(undefined, this.language()));
  }

  protected removeLine(index: number): void {
    this.form.controls.budgetLines.removeAt(index);
  }

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.success('errors.checkForm');
      return;
    }
    this.saving.set(true);
    const input = this.toInput();
    try {
      const id = this.id();
      if (id) {
        await firstValueFrom(this.data.update({ id, ...input }));
        this.errors.success('projects.editor.saved');
        await this.router.navigate(['/projects', id]);
      } else {
        const created = await firstValueFrom(this.data.create(input));
        this.errors.success('projects.editor.created');
        await this.router.navigate(['/projects', created.id]);
      }
    } catch (error) {
      this.errors.show(error, this.form, { fieldAliases: this.aliases() });
    } finally {
      this.saving.set(false);
    }
  }

  protected async attachQuote(event: Event): Promise<void> {
    const target = event.target as HTMLInputElement;
    const file = target.files?.[0];
    target.value = '';
    const id = this.id();
    if (!file || !id) return;
    const problem = projectFileProblem(file);
    if (problem) {
      this.errors.success(problem);
      return;
    }
    this.uploading.set(true);
    try {
      await uploadProjectFile(this.http, `/api/projects/${id}/quotes`, 'file', file);
      this.errors.success('projects.editor.quoteUploaded');
      await this.load(id);
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.uploading.set(false);
    }
  }

  protected async openQuote(url: string): Promise<void> {
    try {
      await fetchFile(this.http, url, null, this.document);
    } catch (error) {
      this.errors.show(error);
    }
  }

  /** Server paths ("budgetLines.0.unitPriceCents") to the form's controls. */
  private aliases(): Record<string, string> {
    const aliases: Record<string, string> = { minPledgedCents: 'minPledged' };
    this.form.controls.budgetLines.controls.forEach((_, i) => {
      aliases[`budgetLines.${i}.unitPriceCents`] = `budgetLines.${i}.unitPrice`;
      aliases[`budgetLines.${i}.soloPriceCents`] = `budgetLines.${i}.soloPrice`;
    });
    return aliases;
  }

  private toInput() {
    const raw = this.form.getRawValue();
    const lines = formLines(raw.budgetLines);
    const kind = raw.splitKind;
    const weights =
      kind === SplitRuleKind.WEIGHTED
        ? raw.weights
            .filter((w) => w.value.trim() !== '')
            .map((w) => ({ membershipId: w.membershipId, weight: Number(w.value.replace(',', '.')) }))
        : [];
    const fixed =
      kind === SplitRuleKind.FIXED_AND_EQUAL
        ? raw.fixed
            .filter((f) => f.value.trim() !== '')
            .map((f) => ({ membershipId: f.membershipId, cents: parseAmountToCents(f.value) ?? 0 }))
        : [];
    return {
      title: raw.title.trim(),
      description: raw.description.trim(),
      category: raw.category,
      budgetLines: lines.map((l) => ({
        label: l.label,
        supplier: l.supplier ?? null,
        quantity: l.quantity,
        unitPriceCents: l.unitPriceCents,
        vatRateBp: l.vatRateBp,
        soloPriceCents: l.soloPriceCents ?? null,
      })),
      splitRule: { kind, weights, fixed },
      minParticipants: raw.minParticipants ? Number(raw.minParticipants) : null,
      minPledgedCents: raw.minPledged.trim() === '' ? null : parseAmountToCents(raw.minPledged),
      joinDeadline: raw.joinDeadline ? zonedLocalToIso(raw.joinDeadline, this.timeZone()) : null,
    };
  }

  private async loadMembers(): Promise<void> {
    try {
      const result = await firstValueFrom(this.data.members());
      const members = result.directory.nodes
        .filter((m) => m.role !== 'CONSULTANT')
        .map((m) => ({ id: m.id, name: m.shop ? `${m.shop.name} (${m.user.name})` : m.user.name }));
      this.members.set(members);
      this.syncMemberRows();
    } catch (error) {
      this.errors.show(error);
    }
  }

  /** One weight row and one fixed-amount row per member, keeping what is already typed. */
  private syncMemberRows(weights: Map<string, string> = new Map(), fixed: Map<string, string> = new Map()): void {
    const { weights: weightRows, fixed: fixedRows } = this.form.controls;
    const typedWeights = new Map(weightRows.getRawValue().map((w) => [w.membershipId, w.value]));
    const typedFixed = new Map(fixedRows.getRawValue().map((f) => [f.membershipId, f.value]));
    weightRows.clear();
    fixedRows.clear();
    for (const m of this.members()) {
      weightRows.push(memberAmountForm(m.id, m.name, weights.get(m.id) ?? typedWeights.get(m.id) ?? ''));
      fixedRows.push(memberAmountForm(m.id, m.name, fixed.get(m.id) ?? typedFixed.get(m.id) ?? ''));
    }
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    try {
      // From the server: the form starts from what is saved now, not from a cached copy.
      const project = await firstValueFrom(this.data.refreshProject(id));
      this.project.set(project);
      const lang = this.language();
      const lines = this.form.controls.budgetLines;
      lines.clear();
      for (const line of project.budgetLines) lines.push(lineForm(line, lang));
      this.form.patchValue({
        title: project.title,
        description: project.description,
        category: project.category as never,
        splitKind: project.splitRule.kind as SplitRuleKind,
        minParticipants: project.minParticipants ?? null,
        minPledged: centsToInput(project.minPledgedCents ?? null, lang),
        joinDeadline: isoToZonedLocal(project.joinDeadline, this.timeZone()),
      });
      this.syncMemberRows(
        new Map(project.splitRule.weights.map((w) => [w.membershipId, String(w.weight)])),
        new Map(project.splitRule.fixed.map((f) => [f.membershipId, centsToInput(f.cents, lang)])),
      );
      if (this.readOnly()) this.form.disable();
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.loading.set(false);
    }
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  clearServerErrors,
  DateTimePipe,
  ErrorDisplay,
  FieldErrorPipe,
  LanguageStore,
  ListPlaceholder,
  resetAfterSubmit,
  SessionStore,
} from '@assoc/platform-web';
import { calendarDayIn } from '@assoc/shared-util';
import {
  isOverdue,
  TASK_TITLE_MAX,
  TaskKind,
  taskProgress,
  tasksEditable,
  ProjectStatus,
} from '@assoc/projects-domain';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ProjectTasksData } from '../data-access/project-tasks.data';
import { ProjectFieldsFragment, ProjectTaskFieldsFragment } from '../graphql/projects.generated';
import { MemberNames } from './member-names';

/**
 * A project's plan: tasks and milestones with assignees and due days. Everyone reads it; its writers
 * (author, president and board, assigned consultants) add, edit and remove; an assignee ticks
 * their own task done. Late items (not done, day passed in the association's time zone) stand out.
 */
@Component({
  selector: 'assoc-tasks-panel',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    DateTimePipe,
    FieldErrorPipe,
    ListPlaceholder,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tasks-panel.html',
  styleUrl: './tasks-panel.scss',
})
export class TasksPanel {
  readonly project = input.required<ProjectFieldsFragment>();
  readonly names = input.required<MemberNames>();
  /** The author, the president or board, or an assigned consultant. */
  readonly canWrite = input.required<boolean>();

  private readonly data = inject(ProjectTasksData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);

  protected readonly language = inject(LanguageStore).language;
  protected readonly kinds = [TaskKind.TASK, TaskKind.MILESTONE];
  protected readonly titleMax = TASK_TITLE_MAX;
  protected readonly tasks = signal<ProjectTaskFieldsFragment[]>([]);
  /** False until the first answer: a placeholder, never "no task yet", while they load. */
  protected readonly loaded = signal(false);
  protected readonly saving = signal(false);
  protected readonly editingId = signal<string | null>(null);
  protected readonly progress = computed(() => taskProgress(this.tasks()));
  protected readonly open = computed(() => tasksEditable(this.project().status as ProjectStatus));
  protected readonly writable = computed(() => this.canWrite() && this.open());
  protected readonly me = computed(() => this.session.currentMembership()?.id ?? null);
  protected readonly assignable = computed(() => this.names().assignable(this.project().consultantIds));
  private readonly today = computed(() =>
    calendarDayIn(new Date(), this.session.currentAssociation()?.timeZone ?? 'Europe/Paris'),
  );

  protected readonly form = new FormGroup({
    kind: new FormControl<TaskKind>(TaskKind.TASK, { nonNullable: true }),
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(TASK_TITLE_MAX)],
    }),
    dueDate: new FormControl('', { nonNullable: true }),
    assigneeMembershipId: new FormControl<string>('', { nonNullable: true }),
  });
  private readonly formDirective = viewChild(FormGroupDirective);

  constructor() {
    effect(() => {
      const id = this.project().id;
      untracked(() => void this.load(id));
    });
  }

  protected overdue(task: ProjectTaskFieldsFragment): boolean {
    return isOverdue(task, this.today());
  }

  protected mayTick(task: ProjectTaskFieldsFragment): boolean {
    return this.open() && (this.canWrite() || task.assigneeMembershipId === this.me());
  }

  protected edit(task: ProjectTaskFieldsFragment): void {
    this.editingId.set(task.id);
    this.form.setValue({
      kind: task.kind as TaskKind,
      title: task.title,
      dueDate: task.dueDate ?? '',
      assigneeMembershipId: task.assigneeMembershipId ?? '',
    });
  }

  protected cancelEdit(): void {
    this.editingId.set(null);
    resetAfterSubmit(this.form, this.formDirective());
  }

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const fields = {
      kind: value.kind,
      title: value.title,
      dueDate: value.dueDate || null,
      assigneeMembershipId: value.assigneeMembershipId || null,
    };
    const editing = this.editingId();
    await this.run(async () => {
      if (editing) await firstValueFrom(this.data.update({ id: editing, ...fields }));
      else await firstValueFrom(this.data.create({ projectId: this.project().id, ...fields }));
      this.errors.success(editing ? 'projects.tasks.updated' : 'projects.tasks.added');
      this.cancelEdit();
    }, this.form);
  }

  protected async toggle(task: ProjectTaskFieldsFragment, done: boolean): Promise<void> {
    await this.run(() => firstValueFrom(this.data.setDone(task.id, done)));
  }

  protected async remove(task: ProjectTaskFieldsFragment): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(this.data.remove(task.id));
      if (this.editingId() === task.id) this.cancelEdit();
      this.errors.success('projects.tasks.removed');
    });
  }

  /** Runs a change, then reloads the plan (its order depends on the days); errors go to the form or a snack bar. */
  private async run(change: () => Promise<unknown>, form?: FormGroup): Promise<void> {
    this.saving.set(true);
    try {
      await change();
      await this.load(this.project().id);
    } catch (error) {
      this.errors.show(error, form);
    } finally {
      this.saving.set(false);
    }
  }

  private async load(projectId: string): Promise<void> {
    try {
      this.tasks.set(await firstValueFrom(this.data.tasks(projectId)));
      this.loaded.set(true);
    } catch (error) {
      this.errors.show(error);
    }
  }
}

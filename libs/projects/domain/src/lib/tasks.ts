import { isCalendarDay } from '@assoc/shared-util';
import { ProjectProblem } from './problems';
import { ProjectStatus } from './project-status';

/** A to-do of a project's work, or a milestone (a dated step the association's calendar shows). */
export enum TaskKind {
  TASK = 'TASK',
  MILESTONE = 'MILESTONE',
}

export const TASK_TITLE_MAX = 200;
export const TASK_NOTES_MAX = 2000;

export interface TaskFields {
  kind: TaskKind;
  title: string;
  notes?: string | null;
  /** A calendar day in the association's time zone, "2026-12-24"; required for a milestone. */
  dueDate?: string | null;
}

export interface TaskLike {
  id: string;
  kind: TaskKind;
  dueDate: string | null;
  doneAt: Date | string | null;
  createdAt: Date | string;
}

/** True for an existing calendar day written "YYYY-MM-DD" (no 30 February): the shared check. */
export { isCalendarDay };

/** What is wrong with a task's fields, each problem naming its field. */
export function taskProblems(fields: TaskFields): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  const title = fields.title.trim();
  if (!title) problems.push({ path: 'title', reason: 'required' });
  else if (title.length > TASK_TITLE_MAX)
    problems.push({ path: 'title', reason: 'maxLength', params: { max: TASK_TITLE_MAX } });
  if ((fields.notes ?? '').length > TASK_NOTES_MAX)
    problems.push({ path: 'notes', reason: 'maxLength', params: { max: TASK_NOTES_MAX } });
  if (fields.dueDate != null && !isCalendarDay(fields.dueDate))
    problems.push({ path: 'dueDate', reason: 'isCalendarDay' });
  if (fields.kind === TaskKind.MILESTONE && !fields.dueDate)
    problems.push({ path: 'dueDate', reason: 'milestoneNeedsDate' });
  return problems;
}

/** Tasks and milestones are planned from the draft on, and frozen once the project is over. */
export function tasksEditable(status: ProjectStatus): boolean {
  return status !== ProjectStatus.REJECTED && status !== ProjectStatus.CANCELLED && status !== ProjectStatus.CLOSED;
}

/** Late: not done and its day is before `today` (both in the association's time zone). */
export function isOverdue(task: Pick<TaskLike, 'dueDate' | 'doneAt'>, today: string): boolean {
  return !task.doneAt && task.dueDate != null && task.dueDate < today;
}

/** The order a plan reads in: by due day (undated last), then by creation, then by id. */
export function sortTasks<T extends TaskLike>(tasks: readonly T[]): T[] {
  const time = (d: Date | string) => new Date(d).getTime();
  return [...tasks].sort((a, b) => {
    if (a.dueDate !== b.dueDate) {
      if (a.dueDate == null) return 1;
      if (b.dueDate == null) return -1;
      return a.dueDate < b.dueDate ? -1 : 1;
    }
    return time(a.createdAt) - time(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** How far along the plan is. */
export function taskProgress(tasks: readonly Pick<TaskLike, 'doneAt'>[]): { done: number; total: number } {
  return { done: tasks.filter((t) => t.doneAt).length, total: tasks.length };
}

import { ProjectStatus } from './project-status';
import { calendarDayIn as dayIn } from '@assoc/shared-util';
import { isCalendarDay, isOverdue, sortTasks, taskProblems, taskProgress, tasksEditable, TaskKind } from './tasks';

describe('project tasks and milestones', () => {
  it('names every field that is wrong', () => {
    expect(taskProblems({ kind: TaskKind.TASK, title: '  ' })).toEqual([{ path: 'title', reason: 'required' }]);
    expect(taskProblems({ kind: TaskKind.TASK, title: 'x'.repeat(201) })).toEqual([
      { path: 'title', reason: 'maxLength', params: { max: 200 } },
    ]);
    expect(taskProblems({ kind: TaskKind.TASK, title: 'Devis', dueDate: '2026-02-30' })).toEqual([
      { path: 'dueDate', reason: 'isCalendarDay' },
    ]);
    expect(taskProblems({ kind: TaskKind.MILESTONE, title: 'Pose des guirlandes' })).toEqual([
      { path: 'dueDate', reason: 'milestoneNeedsDate' },
    ]);
    expect(taskProblems({ kind: TaskKind.MILESTONE, title: 'Pose', dueDate: '2026-12-05', notes: 'ok' })).toEqual([]);
  });

  it('knows real calendar days, leap years included', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('26-12-01')).toBe(false);
  });

  it('plans from the draft on and freezes the plan once the project is over', () => {
    expect(tasksEditable(ProjectStatus.DRAFT)).toBe(true);
    expect(tasksEditable(ProjectStatus.ACTIVE)).toBe(true);
    expect(tasksEditable(ProjectStatus.CLOSED)).toBe(false);
    expect(tasksEditable(ProjectStatus.CANCELLED)).toBe(false);
    expect(tasksEditable(ProjectStatus.REJECTED)).toBe(false);
  });

  it('is late only when not done and its day has passed', () => {
    expect(isOverdue({ dueDate: '2026-12-01', doneAt: null }, '2026-12-02')).toBe(true);
    expect(isOverdue({ dueDate: '2026-12-02', doneAt: null }, '2026-12-02')).toBe(false);
    expect(isOverdue({ dueDate: '2026-12-01', doneAt: new Date() }, '2026-12-02')).toBe(false);
    expect(isOverdue({ dueDate: null, doneAt: null }, '2026-12-02')).toBe(false);
  });

  it('orders by due day, undated last, then by creation', () => {
    const t = (id: string, dueDate: string | null, createdAt: string) => ({
      id,
      kind: TaskKind.TASK,
      dueDate,
      doneAt: null,
      createdAt,
    });
    const sorted = sortTasks([
      t('a', null, '2026-01-01'),
      t('b', '2026-12-10', '2026-01-03'),
      t('c', '2026-12-01', '2026-01-04'),
      t('d', '2026-12-10', '2026-01-02'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('counts progress', () => {
    expect(taskProgress([{ doneAt: new Date() }, { doneAt: null }])).toEqual({ done: 1, total: 2 });
  });

  it('takes today in the association’s time zone, not in UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris (UTC+1 in winter).
    expect(dayIn(new Date('2026-12-31T23:30:00Z'), 'Europe/Paris')).toBe('2027-01-01');
    expect(dayIn(new Date('2026-12-31T23:30:00Z'), 'America/Martinique')).toBe('2026-12-31');
  });
});

import { bucketsOf, ImpactBucket, ImpactPeriod, ImpactPeriodKind, resolvePeriod } from './period';

const PARIS = 'Europe/Paris';
const ok = (p: ImpactPeriod | unknown[]) => {
  if (Array.isArray(p)) throw new Error(JSON.stringify(p));
  return p;
};

describe('the period a dashboard is read over', () => {
  it('takes the whole month, quarter or year around a day, from local midnight to local midnight', () => {
    const march = ok(resolvePeriod({ kind: ImpactPeriodKind.MONTH, from: '2026-03-17' }, PARIS));
    expect([march.fromDay, march.toDay, march.bucket]).toEqual(['2026-03-01', '2026-03-31', ImpactBucket.DAY]);
    // Winter time on 1 March (UTC+1), summer time on 1 April (UTC+2).
    expect([march.start.toISOString(), march.end.toISOString()]).toEqual([
      '2026-02-28T23:00:00.000Z',
      '2026-03-31T22:00:00.000Z',
    ]);
    const q4 = ok(resolvePeriod({ kind: ImpactPeriodKind.QUARTER, from: '2026-11-05' }, PARIS));
    expect([q4.fromDay, q4.toDay, q4.bucket]).toEqual(['2026-10-01', '2026-12-31', ImpactBucket.WEEK]);
    const year = ok(resolvePeriod({ kind: ImpactPeriodKind.YEAR, from: '2026-06-01' }, PARIS));
    expect([year.fromDay, year.toDay, year.bucket]).toEqual(['2026-01-01', '2026-12-31', ImpactBucket.MONTH]);
  });

  it('takes a custom period as its two days, inclusive', () => {
    const p = ok(resolvePeriod({ kind: ImpactPeriodKind.CUSTOM, from: '2026-05-10', to: '2026-05-10' }, PARIS));
    expect([p.fromDay, p.toDay, p.start.toISOString(), p.end.toISOString()]).toEqual([
      '2026-05-10',
      '2026-05-10',
      '2026-05-09T22:00:00.000Z',
      '2026-05-10T22:00:00.000Z',
    ]);
  });

  it('refuses a period that ends before it starts, a missing or malformed day, or one too long, naming the field', () => {
    expect(resolvePeriod({ kind: ImpactPeriodKind.CUSTOM, from: '2026-05-10', to: '2026-05-09' }, PARIS)).toEqual([
      { path: 'to', reason: 'endBeforeStart' },
    ]);
    expect(resolvePeriod({ kind: ImpactPeriodKind.CUSTOM, from: '2026-05-10' }, PARIS)).toEqual([
      { path: 'to', reason: 'periodEndRequired' },
    ]);
    expect(resolvePeriod({ kind: ImpactPeriodKind.MONTH, from: '2026-02-30' }, PARIS)).toEqual([
      { path: 'from', reason: 'invalidDay' },
    ]);
    expect(resolvePeriod({ kind: ImpactPeriodKind.MONTH, from: 'mars' }, PARIS)).toEqual([
      { path: 'from', reason: 'invalidDay' },
    ]);
    expect(resolvePeriod({ kind: ImpactPeriodKind.CUSTOM, from: '2020-01-01', to: '2026-01-01' }, PARIS)).toEqual([
      { path: 'to', reason: 'periodTooLong', params: { days: 1098 } },
    ]);
  });
});

describe('the buckets of a period', () => {
  it('cuts a month in days, a quarter in weeks from Monday (the first one clipped), a year in months', () => {
    const march = ok(resolvePeriod({ kind: ImpactPeriodKind.MONTH, from: '2026-03-01' }, PARIS));
    const days = bucketsOf(march);
    expect(days).toHaveLength(31);
    // The day of the change to summer time lasts 23 hours.
    const change = days.find((d) => d.day === '2026-03-29');
    expect(change && (change.end.getTime() - change.start.getTime()) / 3_600_000).toBe(23);

    const q4 = bucketsOf(ok(resolvePeriod({ kind: ImpactPeriodKind.QUARTER, from: '2026-10-01' }, PARIS)));
    // 1 October 2026 is a Thursday: the first week holds 4 days, the next starts on Monday 5 October.
    expect(q4.slice(0, 2).map((b) => b.day)).toEqual(['2026-10-01', '2026-10-05']);
    expect(q4[q4.length - 1].end.toISOString()).toBe('2026-12-31T23:00:00.000Z');

    const year = bucketsOf(ok(resolvePeriod({ kind: ImpactPeriodKind.YEAR, from: '2026-01-01' }, PARIS)));
    expect(year.map((b) => b.day)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2026-${m}-01`),
    );
  });
});

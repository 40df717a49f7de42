import fc from 'fast-check';
import { placement, promotions, SignUpStatus, spotsLeft, waitingRank } from '../index';

describe('sign-up capacity', () => {
  it('confirms while a spot is free, then puts people on the waiting list', () => {
    expect(placement(2, 0)).toBe(SignUpStatus.CONFIRMED);
    expect(placement(2, 1)).toBe(SignUpStatus.CONFIRMED);
    expect(placement(2, 2)).toBe(SignUpStatus.WAITING);
    expect(placement(null, 10_000)).toBe(SignUpStatus.CONFIRMED);
    expect(spotsLeft(50, 48)).toBe(2);
    expect(spotsLeft(50, 51)).toBe(0);
    expect(spotsLeft(null, 3)).toBeNull();
  });

  it('promotes the earliest waiting first, as many as spots are free', () => {
    const waiting = [
      { id: 'c', position: 9 },
      { id: 'a', position: 4 },
      { id: 'b', position: 7 },
    ];
    expect(promotions(waiting, 10, 9)).toEqual(['a']);
    expect(promotions(waiting, 10, 8)).toEqual(['a', 'b']);
    expect(promotions(waiting, 10, 10)).toEqual([]);
    expect(promotions(waiting, null, 100)).toEqual(['a', 'b', 'c']);
    expect(waitingRank([4, 7, 9], 7)).toBe(2);
    expect(waitingRank([4, 7, 9], 4)).toBe(1);
  });

  it('never confirms more than the capacity when people arrive one by one (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 200 }), (capacity, arrivals) => {
        let confirmed = 0;
        let waiting = 0;
        for (let i = 0; i < arrivals; i++) {
          if (placement(capacity, confirmed) === SignUpStatus.CONFIRMED) confirmed++;
          else waiting++;
        }
        expect(confirmed).toBe(Math.min(capacity, arrivals));
        expect(waiting).toBe(Math.max(0, arrivals - capacity));
      }),
    );
  });
});

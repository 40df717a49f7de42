import { Clock } from './clock';

describe('Clock', () => {
  it('reads the machine time when nobody moved it', () => {
    const before = Date.now();
    const now = new Clock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('a test clock moves forward and stays ahead', () => {
    const clock = new Clock(true);
    const day = 24 * 3600 * 1000;
    const moved = clock.advance(day).getTime();
    expect(moved - Date.now()).toBeGreaterThan(day - 1000);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(moved);
    expect(clock.offset).toBe(day);
  });

  it('never goes back, and a production clock cannot move at all', () => {
    expect(() => new Clock(true).advance(-1)).toThrow('only moves forward');
    expect(() => new Clock(false).advance(1000)).toThrow('not a test clock');
  });
});

import {
  balanceAfter,
  cappedPoints,
  DEFAULT_LOYALTY_SETTINGS,
  LoyaltySettings,
  pointsMissing,
  purchaseAmountProblem,
  purchasePoints,
  redemptionProblem,
  rewardProblems,
  saleSharePoints,
  settingsProblems,
} from './rules';

const rule: LoyaltySettings = {
  ...DEFAULT_LOYALTY_SETTINGS,
  enabled: true,
  pointsPerEuro: 1,
  campaignBonusPercent: 50,
};

describe('purchasePoints', () => {
  it('gives whole points per whole euro, rounding down', () => {
    expect(purchasePoints(1299, rule, false)).toBe(12);
    expect(purchasePoints(99, rule, false)).toBe(0);
    expect(purchasePoints(100, rule, false)).toBe(1);
    expect(purchasePoints(4550, { ...rule, pointsPerEuro: 3 }, false)).toBe(136);
  });

  it('adds the campaign bonus on the base, rounded down, only while a campaign runs', () => {
    expect(purchasePoints(1299, rule, true)).toBe(18);
    expect(purchasePoints(300, rule, true)).toBe(4);
    expect(purchasePoints(1000, { ...rule, campaignBonusPercent: 0 }, true)).toBe(10);
    expect(purchasePoints(1000, { ...rule, campaignBonusPercent: 200 }, true)).toBe(30);
  });

  it('gives nothing at 0 points per euro', () => {
    expect(purchasePoints(50000, { ...rule, pointsPerEuro: 0 }, true)).toBe(0);
  });
});

describe('purchaseAmountProblem', () => {
  it('wants a positive whole number of cents at most the maximum', () => {
    expect(purchaseAmountProblem(0, rule)).toEqual({ field: 'amountCents', reason: 'loyaltyAmountPositive' });
    expect(purchaseAmountProblem(-5, rule)?.reason).toBe('loyaltyAmountPositive');
    expect(purchaseAmountProblem(1.5, rule)?.reason).toBe('loyaltyAmountPositive');
    expect(purchaseAmountProblem(100_001, rule)).toEqual({
      field: 'amountCents',
      reason: 'loyaltyAmountTooLarge',
      params: { max: '1000.00' },
    });
    expect(purchaseAmountProblem(100_000, rule)).toBeNull();
    expect(purchaseAmountProblem(1, rule)).toBeNull();
  });
});

describe('cappedPoints', () => {
  it('gives all the points under the cap, cuts at the cap, refuses once reached', () => {
    expect(cappedPoints(50, 0, 200)).toEqual({ points: 50, capped: false });
    expect(cappedPoints(50, 150, 200)).toEqual({ points: 50, capped: false });
    expect(cappedPoints(50, 180, 200)).toEqual({ points: 20, capped: true });
    expect(cappedPoints(1, 200, 200)).toBeNull();
    expect(cappedPoints(0, 250, 200)).toBeNull();
  });
});

describe('saleSharePoints', () => {
  it('is the percentage of the sale points, rounded down', () => {
    expect(saleSharePoints(37, 10)).toBe(3);
    expect(saleSharePoints(9, 10)).toBe(0);
    expect(saleSharePoints(40, 100)).toBe(40);
  });
});

describe('rewards', () => {
  it('names each wrong field of a reward', () => {
    expect(rewardProblems({ label: ' ', pointsCost: 0, valueCents: 2.5, active: true })).toEqual([
      { field: 'label', reason: 'required' },
      { field: 'pointsCost', reason: 'min', params: { min: 1 } },
      { field: 'valueCents', reason: 'isInt' },
    ]);
    expect(rewardProblems({ label: 'Bon de 5 €', pointsCost: 100, valueCents: 500, active: true })).toEqual([]);
    expect(rewardProblems({ label: 'x'.repeat(81), pointsCost: 100, valueCents: 500, active: true })[0].reason).toBe(
      'maxLength',
    );
  });

  it('is taken only when active, the programme on and the balance enough', () => {
    const reward = { active: true, pointsCost: 100 };
    expect(redemptionProblem(reward, 100, rule)).toBeNull();
    expect(redemptionProblem(reward, 99, rule)).toEqual({
      field: 'rewardId',
      reason: 'loyaltyInsufficientPoints',
      params: { balance: 99, cost: 100 },
    });
    expect(redemptionProblem({ ...reward, active: false }, 500, rule)?.reason).toBe('loyaltyRewardUnavailable');
    expect(redemptionProblem(null, 500, rule)?.reason).toBe('loyaltyRewardUnavailable');
    expect(redemptionProblem(reward, 500, { enabled: false })?.reason).toBe('loyaltyRewardUnavailable');
  });

  it('says how far a card is from a reward', () => {
    expect(pointsMissing(40, 100)).toBe(60);
    expect(pointsMissing(140, 100)).toBe(0);
  });
});

describe('settings and balances', () => {
  it('names each setting out of its range', () => {
    expect(
      settingsProblems({
        enabled: true,
        pointsPerEuro: 101,
        campaignBonusPercent: -1,
        dailyCapPoints: 0,
        maxPurchaseCents: 50,
      }).map((p) => p.field),
    ).toEqual(['pointsPerEuro', 'campaignBonusPercent', 'dailyCapPoints', 'maxPurchaseCents']);
    expect(settingsProblems(rule)).toEqual([]);
  });

  it('never lets a balance go below zero', () => {
    expect(balanceAfter(100, -100)).toBe(0);
    expect(balanceAfter(99, -100)).toBeNull();
    expect(balanceAfter(0, 5)).toBe(5);
  });
});

import {
  Permission,
  registerPermissions,
  registerSecondFactorPermissions,
  Role,
  rolesNeedingSecondFactor,
  secondFactorKind,
} from '../index';

// Names as domains would declare them (the platform itself declares none).
const RECORD = 'TestRecordMoney' as Permission;
const READ = 'TestReadLedger' as Permission;

describe('permissions that need a second factor (issue 25)', () => {
  it('is a property the owning domain declares, read back per permission', () => {
    registerPermissions('ledger', { [RECORD]: [Role.PRESIDENT, Role.BOARD], [READ]: [Role.MEMBER, Role.BOARD] });
    expect(secondFactorKind(RECORD)).toBeNull();
    registerSecondFactorPermissions('ledger', { [RECORD]: 'money' });
    expect(secondFactorKind(RECORD)).toBe('money');
    expect(secondFactorKind(READ)).toBeNull();
    // Only the roles holding such a permission are concerned by an association's requirement.
    expect(rolesNeedingSecondFactor()).toEqual([Role.PRESIDENT, Role.BOARD]);
  });

  it("refuses another domain's permission, or one nobody declared", () => {
    expect(() => registerSecondFactorPermissions('impact', { [RECORD]: 'roles' })).toThrow(
      "The permission 'TestRecordMoney' is not impact's",
    );
    expect(() => registerSecondFactorPermissions('ledger', { ['Nowhere' as Permission]: 'rules' })).toThrow(
      "The permission 'Nowhere' is not ledger's",
    );
    expect(secondFactorKind(RECORD)).toBe('money');
  });
});

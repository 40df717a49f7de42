import { CurrentMember, Role } from '@assoc/platform-api';
import { audienceOf, checklist, OnboardingStepSource } from './onboarding-steps';

const member: CurrentMember = { membershipId: 'm', associationId: 'a', userId: 'u', role: Role.PRESIDENT };
const source = (key: string, order: number, done: boolean, link = `/${key}`): OnboardingStepSource => ({
  key,
  audience: 'president',
  order,
  link,
  done: async () => done,
});

describe('the onboarding checklist', () => {
  it('orders the steps whatever order the domains registered them in', async () => {
    const steps = await checklist([source('invite', 20, false), source('settings', 10, true)], member);
    expect(steps).toEqual([
      { key: 'settings', done: true, link: '/settings' },
      { key: 'invite', done: false, link: '/invite' },
    ]);
  });

  it('counts a step given by two domains done when either says so, linked to the first one', async () => {
    const notYet = await checklist(
      [source('firstProject', 31, false, '/campaigns'), source('firstProject', 30, false, '/projects')],
      member,
    );
    expect(notYet).toEqual([{ key: 'firstProject', done: false, link: '/projects' }]);
    const aCampaign = await checklist(
      [source('firstProject', 30, false, '/projects'), source('firstProject', 31, true, '/campaigns')],
      member,
    );
    expect(aCampaign).toEqual([{ key: 'firstProject', done: true, link: '/projects' }]);
  });

  it('gives the president their own list, members and board members theirs, a consultant none', () => {
    expect(audienceOf(Role.PRESIDENT)).toBe('president');
    expect(audienceOf(Role.BOARD)).toBe('member');
    expect(audienceOf(Role.MEMBER)).toBe('member');
    expect(audienceOf(Role.CONSULTANT)).toBeNull();
  });
});

import { Role } from '@assoc/platform-domain';
import { maySeeTopic } from './topic-access';

describe('topic access', () => {
  it('lets members, board and presidents see every post, consultants only topics open to them', () => {
    for (const role of [Role.PRESIDENT, Role.BOARD, Role.MEMBER]) {
      expect([maySeeTopic(role, null), maySeeTopic(role, { openToConsultants: false })]).toEqual([true, true]);
    }
    expect(maySeeTopic(Role.CONSULTANT, { openToConsultants: true })).toBe(true);
    expect(maySeeTopic(Role.CONSULTANT, { openToConsultants: false })).toBe(false);
    expect(maySeeTopic(Role.CONSULTANT, null)).toBe(false);
  });
});

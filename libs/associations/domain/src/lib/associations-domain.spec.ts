import { Role } from '@assoc/platform-domain';
import { effectiveInvitationStatus, invitationExpiry, InvitationStatus, wouldLeaveNoPresident } from '../index';

describe('invitations', () => {
  const sent = new Date('2026-03-20T10:00:00Z');
  it('expire 14 days after they are sent', () => {
    expect(invitationExpiry(sent).toISOString()).toBe('2026-04-03T10:00:00.000Z');
  });
  it('read as expired once past the expiry, unless already answered', () => {
    const expiry = invitationExpiry(sent);
    const later = new Date(expiry.getTime() + 1);
    expect(effectiveInvitationStatus(InvitationStatus.PENDING, expiry, later)).toBe(InvitationStatus.EXPIRED);
    expect(effectiveInvitationStatus(InvitationStatus.PENDING, expiry, sent)).toBe(InvitationStatus.PENDING);
    expect(effectiveInvitationStatus(InvitationStatus.ACCEPTED, expiry, later)).toBe(InvitationStatus.ACCEPTED);
  });
});

describe('the last president', () => {
  it('cannot be demoted or removed while alone', () => {
    expect(wouldLeaveNoPresident(Role.PRESIDENT, Role.BOARD, 1)).toBe(true);
    expect(wouldLeaveNoPresident(Role.PRESIDENT, null, 1)).toBe(true);
  });
  it('can once another president exists', () => {
    expect(wouldLeaveNoPresident(Role.PRESIDENT, Role.MEMBER, 2)).toBe(false);
    expect(wouldLeaveNoPresident(Role.BOARD, null, 1)).toBe(false);
  });
});

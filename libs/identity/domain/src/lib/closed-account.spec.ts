import { Locale } from '@assoc/platform-domain';
import { closedAccountEmail, FORMER_MEMBER_NAME, isClosedAccountEmail, personName } from '../index';

describe('closed account', () => {
  it("shows a closed account's name as 'Ancien membre' or 'Former member' in the reader's language", () => {
    expect(personName({ name: 'Ancien membre', closed: true }, Locale.FR)).toBe('Ancien membre');
    expect(personName({ name: 'Ancien membre', closed: true }, Locale.EN)).toBe('Former member');
    expect(personName({ name: 'Marie Dupont', closed: false }, Locale.EN)).toBe('Marie Dupont');
    expect(FORMER_MEMBER_NAME[Locale.FR]).toBe('Ancien membre');
  });

  it('replaces the e-mail with a unique value that is not an address', () => {
    const email = closedAccountEmail('0b5e8c1a-7d3c-4c55-9b43-2a7ee1c3e1f0');
    expect(email).not.toContain('@');
    expect(email).not.toBe(closedAccountEmail('1b5e8c1a-7d3c-4c55-9b43-2a7ee1c3e1f0'));
    expect(isClosedAccountEmail(email)).toBe(true);
    expect(isClosedAccountEmail('marie@example.fr')).toBe(false);
  });
});

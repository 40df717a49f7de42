import { MemberNames } from './member-names';

describe('MemberNames', () => {
  const members = [{ id: 'aaaaaaaa-1111-4111-8111-111111111111', user: { name: 'Claire Martin' } }];

  it('names a listed member, and one the directory no longer lists as a former member (issue 25)', () => {
    const names = new MemberNames(members, 'Ancien membre');
    expect(names.name('aaaaaaaa-1111-4111-8111-111111111111')).toBe('Claire Martin');
    expect(names.name('bbbbbbbb-2222-4222-8222-222222222222')).toBe('Ancien membre');
    expect(names.account('participant:bbbbbbbb-2222-4222-8222-222222222222', 'Caisse')).toBe('Ancien membre');
    expect(names.account('supplier:Imprimerie', 'Caisse')).toBe('Imprimerie');
  });

  it('falls back to a short id without a label', () => {
    expect(new MemberNames(members).name('bbbbbbbb-2222-4222-8222-222222222222')).toBe('#bbbbbbbb');
  });
});

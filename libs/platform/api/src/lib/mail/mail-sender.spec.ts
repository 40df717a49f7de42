import { loadConfig } from '../config/app-config';
import { defaultMailFrom, mailSenderWarning, senderDomain } from './mail-sender';

describe('mail sender', () => {
  it('defaults to no-reply at the public host', () => {
    expect(defaultMailFrom('https://vitrines.example.org/')).toBe(
      'Association de commerçants <no-reply@vitrines.example.org>',
    );
    expect(defaultMailFrom('http://localhost:3000')).toBe('Association de commerçants <no-reply@localhost>');
  });

  it('reads the domain of either form of address', () => {
    expect(senderDomain('Les Vitrines <Contact@Vitrines.Example>')).toBe('vitrines.example');
    expect(senderDomain('no-reply@asso.fr')).toBe('asso.fr');
    expect(senderDomain('nobody')).toBe('');
  });

  it('warns about a sender on localhost, an address or a single label, not on a public domain', () => {
    for (const from of [
      'A <no-reply@localhost>',
      'no-reply@app.localhost',
      'no-reply@127.0.0.1',
      'no-reply@[::1]',
      'no-reply@intranet',
      'nobody',
    ])
      expect([from, mailSenderWarning(from)]).toEqual([from, expect.stringContaining('not a public one')]);
    expect(mailSenderWarning('Les Vitrines <no-reply@vitrines.example.org>')).toBeNull();
  });

  it('is what the configuration uses unless MAIL_FROM is set', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://vitrines.example.org' }).MAIL_FROM).toBe(
      'Association de commerçants <no-reply@vitrines.example.org>',
    );
    expect(loadConfig({ PUBLIC_URL: 'https://vitrines.example.org', MAIL_FROM: 'V <v@asso.fr>' }).MAIL_FROM).toBe(
      'V <v@asso.fr>',
    );
    expect(() => loadConfig({ MAIL_UNSUBSCRIBE_MAILTO: 'not an address' })).toThrow(
      'MAIL_UNSUBSCRIBE_MAILTO must be an e-mail address',
    );
  });
});

import { entityTag, stillFresh, varyOnce } from './entity-tags';

describe('entity tags', () => {
  it('names the bytes: same bytes same tag, other bytes another, strings as their UTF-8 bytes', () => {
    expect(entityTag('été')).toBe(entityTag(Buffer.from('été', 'utf8')));
    expect(entityTag('été')).toMatch(/^W\/"5-[A-Za-z0-9+/]{27}"$/);
    expect(entityTag('a')).not.toBe(entityTag('b'));
  });

  it('is fresh when If-None-Match names the tag, weak or strong, in a list, or is *', () => {
    const tag = entityTag('page');
    expect(stillFresh(tag, tag)).toBe(true);
    expect(stillFresh(tag.replace(/^W\//, ''), tag)).toBe(true);
    expect(stillFresh(`"other", ${tag}`, tag)).toBe(true);
    expect(stillFresh('*', tag)).toBe(true);
    expect(stillFresh('"other"', tag)).toBe(false);
    expect(stillFresh(undefined, tag)).toBe(false);
  });

  it('names each header of a Vary once, whatever its case', () => {
    expect(varyOnce('Accept-Encoding, accept-encoding')).toBe('Accept-Encoding');
    expect(varyOnce('Accept-Language, accept-encoding')).toBe('Accept-Language, accept-encoding');
  });
});

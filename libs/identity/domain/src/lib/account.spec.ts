import { describeUserAgent } from './account';

describe('describeUserAgent', () => {
  it('names the browser (major version), the system and the device of a phone', () => {
    expect(
      describeUserAgent(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
      ),
    ).toEqual({ platform: 'MOBILE', browser: 'Safari 17', os: 'iOS 17.1', device: 'Apple iPhone' });
  });

  it('reads a desktop browser and a tablet', () => {
    expect(
      describeUserAgent(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
      ),
    ).toMatchObject({ platform: 'DESKTOP', browser: 'Chrome 143', os: 'Windows 10' });
    expect(
      describeUserAgent(
        'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
      ).platform,
    ).toBe('TABLET');
  });

  it('says nothing it does not know', () => {
    expect(describeUserAgent(null)).toEqual({ platform: 'UNKNOWN', browser: null, os: null, device: null });
    expect(describeUserAgent('node')).toEqual({ platform: 'UNKNOWN', browser: null, os: null, device: null });
  });
});

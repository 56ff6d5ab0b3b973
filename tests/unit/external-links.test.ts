import { describe, expect, it } from 'vitest';
import {
  EXTERNAL_ORIGINS,
  isAllowedExternalUrl,
  toAllowedExternalUrl,
} from '../../src/main/app/security/external';
import { HOSTILE_URLS } from './fixtures/hostile-urls';

describe('links to the system browser', () => {
  it('allow only the partners’ https sites', () => {
    expect(EXTERNAL_ORIGINS).toEqual([
      'https://www.lazada.co.th',
      'https://sellercenter.lazada.co.th',
      'https://www.m-society.go.th',
      'https://www.pdpc.or.th',
    ]);
    for (const url of [
      'https://www.lazada.co.th/',
      'https://www.lazada.co.th',
      'https://sellercenter.lazada.co.th/apps/seller/login?lang=th',
      'https://www.m-society.go.th/ewt_news.php?nid=1',
      'https://www.pdpc.or.th/pdpc-book/',
      'HTTPS://WWW.LAZADA.CO.TH/',
      'https://www.lazada.co.th:443/',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(true);
    }
  });

  it('hand the browser the canonical URL that was checked', () => {
    expect(toAllowedExternalUrl('HTTPS://WWW.LAZADA.CO.TH:443/shop?q=1#x')).toBe(
      'https://www.lazada.co.th/shop?q=1#x',
    );
    expect(toAllowedExternalUrl('https://www.pdpc.or.th/a%20b')).toBe(
      'https://www.pdpc.or.th/a%20b',
    );
  });

  it.each(HOSTILE_URLS)('refuse %j', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
    expect(toAllowedExternalUrl(url)).toBeNull();
  });

  it('refuse the app itself and anything off the list', () => {
    for (const url of [
      'app://kaona/',
      'https://www.google.com/',
      'https://lazada.com/',
      'https://www.m-society.go.th.evil.com/',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

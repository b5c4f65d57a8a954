// The UTM builder: the link a creator shares carries who sent the visitor, keeps the page's own
// parameters, and is refused (at the address field) when the page is not a web address.
import { describe, expect, it } from 'vitest';
import { buildTrackingLink, slug, suggestedUtm, utmPartsOf, type UtmParts } from '../../../lib/campaign/utm';
import { english } from '../../../lib/i18n';

const parts = (base: string, more: Partial<UtmParts> = {}): UtmParts => ({ base, source: 'tiktok', medium: 'influencer', campaign: 'summer-glow', content: 'lena', ...more });

describe('the tracking link', () => {
  it.each([
    ['a plain page', 'https://shop.example/serum', 'https://shop.example/serum?utm_source=tiktok&utm_medium=influencer&utm_campaign=summer-glow&utm_content=lena'],
    ['a page with its own parameters, kept', 'https://shop.example/p?id=42&variant=red', 'https://shop.example/p?id=42&variant=red&utm_source=tiktok&utm_medium=influencer&utm_campaign=summer-glow&utm_content=lena'],
    ['old utm_ values, replaced', 'https://shop.example/?utm_source=old&ref=x', 'https://shop.example/?utm_source=tiktok&ref=x&utm_medium=influencer&utm_campaign=summer-glow&utm_content=lena'],
    ['an anchor, kept after the query', 'https://shop.example/p#reviews', 'https://shop.example/p?utm_source=tiktok&utm_medium=influencer&utm_campaign=summer-glow&utm_content=lena#reviews'],
    ['http, accepted', 'http://shop.example', 'http://shop.example/?utm_source=tiktok&utm_medium=influencer&utm_campaign=summer-glow&utm_content=lena'],
    ['spaces around the address', '  https://shop.example/a  ', 'https://shop.example/a?utm_source=tiktok&utm_medium=influencer&utm_campaign=summer-glow&utm_content=lena'],
  ])('%s', (_, base, link) => {
    expect(buildTrackingLink(parts(base))).toEqual({ link });
  });

  it('leaves out a part left empty, and encodes one with spaces or Chinese', () => {
    expect(buildTrackingLink(parts('https://shop.example/', { content: '', campaign: '夏季 新品' }))).toEqual({
      link: 'https://shop.example/?utm_source=tiktok&utm_medium=influencer&utm_campaign=%E5%A4%8F%E5%AD%A3+%E6%96%B0%E5%93%81',
    });
  });

  it.each(['javascript:alert(1)', 'ftp://shop.example/file', 'shop.example/serum', 'mailto:a@b.co', ''])('refuses the base “%s” at the address field', (base) => {
    const built = buildTrackingLink(parts(base));
    expect('errors' in built && english(built.errors.base)).toBe('A web address starting with https://… or http://…');
  });

  it('refuses a link longer than a stored link may be', () => {
    const built = buildTrackingLink(parts(`https://shop.example/?q=${'x'.repeat(2100)}`));
    expect('errors' in built && english(built.errors.base)).toBe('The link would be longer than 2,048 characters.');
  });

  it('takes a stored link apart again, so the builder shows what it was made of', () => {
    const link = 'https://shop.example/p?id=42&utm_source=instagram&utm_medium=influencer&utm_campaign=spring&utm_content=mia';
    expect(utmPartsOf(link)).toEqual({ base: 'https://shop.example/p?id=42', source: 'instagram', medium: 'influencer', campaign: 'spring', content: 'mia' });
    expect(utmPartsOf('not a link')).toBeNull();
  });
});

describe('what the builder suggests', () => {
  it.each([
    ['Summer Glow 2026!', 'summer-glow-2026'],
    ['  Crème Brûlée — Q3  ', 'creme-brulee-q3'],
    ['夏季 新品', '夏季-新品'],
    ['!!!', ''],
  ])('the campaign “%s” is written %s', (name, written) => {
    expect(slug(name)).toBe(written);
  });

  it('names the platform as the source, influencer as the medium and the handle as the content', () => {
    expect(suggestedUtm('', 'youtube', 'Back to School', 'mia.makes')).toEqual({ base: '', source: 'youtube', medium: 'influencer', campaign: 'back-to-school', content: 'mia.makes' });
  });
});

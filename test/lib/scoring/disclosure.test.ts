// Ad disclosure per post, and the compliance flags and component built on it.
import { describe, expect, it } from 'vitest';
import { english } from '../../../lib/i18n';
import { assess, type Assessment, type Flag } from '../../../lib/scoring';
import { readDisclosure } from '../../../lib/scoring/disclosure';
import type { Post } from '../../../lib/schema/snapshot';
import { captioned, makePost, makeSnapshot } from '../../helpers/snapshots';

const flag = (assessment: Assessment, id: string): Flag | undefined => assessment.flags.find((f) => f.id === id);
const long = 'Three things I changed in my morning routine this winter, and why the last one surprised me the most. ';

describe('readDisclosure', () => {
  it.each([
    ['#ad up front', '#ad My new favourite serum', 'clear'],
    ['#sponsored in the first line', 'Loving this serum #sponsored', 'clear'],
    ['#Advertisement, any case', 'Serum time #Advertisement', 'clear'],
    ['广告 up front', '广告 新品精华', 'clear'],
    ['"Ad:" opening the caption', 'Ad: my skincare routine', 'clear'],
    ['#ad buried after 125 characters', `${long}${long}#ad`, 'unclear'],
    ['#ad on the fourth line', 'Routine\nStep one\nStep two\n#ad', 'unclear'],
    ['#spon', 'Loving this #spon', 'unclear'],
    ['#sp', 'Serum #sp', 'unclear'],
    ['#collab', 'New #collab drop', 'unclear'],
    ['#partner', 'With my #partner brand', 'unclear'],
    ['"thanks @brand"', 'Thanks @glowco for this!', 'unclear'],
    ['#adventure is not #ad', 'Weekend #adventure', 'none'],
    ['#spring is not #sp', 'Hello #spring', 'none'],
    ['plain caption', 'Just a walk', 'none'],
  ] as const)('%s: %s', (_name, caption, status) => {
    expect(readDisclosure(makePost(0, { caption })).status).toBe(status);
  });

  it.each<[string, Partial<Post>, string | null]>([
    ['the platform label alone', { sponsored: true, caption: null }, 'clear'],
    ['the label beats an unclear tag', { sponsored: true, caption: 'Loving this #spon' }, 'clear'],
    ['a hashtag list with "ad" but no caption text', { caption: null, hashtags: ['ad'] }, 'unclear'],
    ['no label and no caption: unknown', { caption: null }, null],
    ['sponsored=false and no caption: nothing to disclose', { sponsored: false, caption: null }, 'none'],
  ])('%s', (_name, fields, status) => {
    expect(readDisclosure(makePost(0, fields)).status).toBe(status);
  });

  it.each([
    ['code LENA10', 'Get 10% off with code LENA10', { codes: ['LENA10'] }],
    ['use my code', 'use my code for a discount', { codes: ['use my code'] }],
    ['promo code: SAVE20', 'promo code: SAVE20 at checkout', { codes: ['SAVE20'] }],
    ['"the code of conduct" is no code', 'Read the code of conduct', { codes: [] }],
    ['a QR code is no code', 'Scan the QR code ABC123', { codes: [] }],
    ['amzn.to', 'Shop it: amzn.to/3xYz', { affiliateLinks: ['amzn.to/3xYz'] }],
    ['utm_', 'https://glow.co/serum?utm_source=lena', { affiliateLinks: ['https://glow.co/serum?utm_source=lena'] }],
    ['/ref=', 'https://www.amazon.com/dp/B0/ref=nosim', { affiliateLinks: ['https://www.amazon.com/dp/B0/ref=nosim'] }],
    ['bit.ly', 'link: bit.ly/abc', { affiliateLinks: ['bit.ly/abc'] }],
    ['@mention', 'Dress by @glowco', { mentions: ['glowco'] }],
    ['an e-mail is not a mention', 'Write to team@lena.com', { mentions: [] }],
  ] as const)('brand signal: %s', (_name, caption, expected) => {
    expect(readDisclosure(makePost(0, { caption }))).toMatchObject(expected);
  });
});

describe('unclear-disclosure', () => {
  it('fires (warn) with the posts and markers named', () => {
    const assessment = assess(makeSnapshot({ posts: captioned(['Loving this #spon', 'walk', 'coffee']) }));
    expect(flag(assessment, 'unclear-disclosure')).toMatchObject({
      severity: 'warn',
      component: 'compliance',
      postIds: ['p0'],
      evidence: { posts: 1, judged: 3, markers: '#spon' },
    });
    const source = english(flag(assessment, 'unclear-disclosure')?.source);
    expect(source).toContain('FTC');
    expect(source).toContain('ASA');
    expect(source).toContain('互联网广告管理办法');
  });

  it('does not fire on clear disclosures', () => {
    const assessment = assess(makeSnapshot({ posts: [...captioned(['#ad serum', 'walk']), makePost(5, { sponsored: true, caption: 'thanks @glowco' })] }));
    expect(flag(assessment, 'unclear-disclosure')).toBeUndefined();
  });

  it('without any caption it is not judged, and the user is told to open posts', () => {
    const assessment = assess(makeSnapshot());
    expect(flag(assessment, 'unclear-disclosure')).toBeUndefined();
    expect(assessment.improve.map((tip) => english(tip))).toContain('Open a few recent posts so that their captions are read');
  });
});

describe('undisclosed-brand-signals', () => {
  it.each([
    ['a discount code without disclosure: warn', ['Get 10% off with code LENA10', 'walk'], 'warn'],
    ['an affiliate link without disclosure: warn', ['Shop: amzn.to/3xYz', 'walk'], 'warn'],
    ['only an @mention: info, it may be a friend', ['Dinner with @amy', 'walk'], 'info'],
    ['a code with #ad up front: no flag', ['#ad 10% off with code LENA10', 'walk'], undefined],
    ['a code with #spon: the unclear flag instead', ['#spon code LENA10', 'walk'], undefined],
    ['nothing commercial: no flag', ['walk', 'coffee'], undefined],
  ] as const)('%s', (_name, captions, severity) => {
    expect(flag(assess(makeSnapshot({ posts: captioned(captions) })), 'undisclosed-brand-signals')?.severity).toBe(severity);
  });

  it('lists the codes as evidence', () => {
    const found = flag(assess(makeSnapshot({ posts: captioned(['Get 10% off with code LENA10', 'walk']) })), 'undisclosed-brand-signals');
    expect(found).toMatchObject({ postIds: ['p0'], evidence: { posts: 1, judged: 2, codes: 'LENA10' } });
  });
});

describe('compliance component', () => {
  const points = (captions: Array<string | null>) => assess(makeSnapshot({ posts: captioned(captions) })).components.find((c) => c.id === 'compliance')?.measured;

  it.each([
    ['4 clean posts', ['walk', 'coffee', '#ad serum', 'run'], 100],
    ['1 unclear of 4 counts half', ['walk', 'coffee', '#spon serum', 'run'], 88],
    ['1 undisclosed code of 4 counts fully', ['walk', 'coffee', 'code LENA10', 'run'], 75],
    ['only 2 captions: not measured', ['walk', 'code LENA10', null, null], null],
  ] as const)('%s: %s', (_name, captions, expected) => {
    expect(points([...captions])).toBe(expected);
  });
});

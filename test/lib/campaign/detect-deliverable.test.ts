// Which marks make a creator's post look like a campaign's deliverable, and which do not.
import { describe, expect, it } from 'vitest';
import { deliverableMarks, markText } from '../../../lib/campaign/detect-deliverable';
import { say } from '../../../lib/i18n';

const deal = { discountCode: 'LENA10', trackingLink: 'https://shop.acme.com/summer?utm_source=tiktok&utm_medium=creator&utm_campaign=summer26&utm_content=lena' };
const campaign = { brandHandles: ['acme'], brandHashtags: ['acmesummer'] };
const post = (caption: string | null, hashtags: string[] = [], mentions: string[] = []) => ({ caption, hashtags, mentions });

describe('deliverable marks', () => {
  it.each([
    ['the discount code, in any case', post('Use lena10 at checkout!'), ['discount code LENA10']],
    ['the tracking link, without its parameters or scheme', post('Shop it: shop.acme.com/summer/ 🔗'), ['tracking link']],
    ['the tracking link on www. with other parameters', post('https://www.shop.acme.com/summer?ref=bio'), ['tracking link']],
    ['another page of the brand carrying the same utm_campaign', post('https://acme.com/p/42?utm_campaign=SUMMER26'), ['utm_campaign=summer26']],
    ['the brand’s account', post('thanks @Acme', [], ['Acme']), ['brand account @acme']],
    ['a campaign hashtag', post('new routine #AcmeSummer', ['AcmeSummer']), ['hashtag #acmesummer']],
    ['several marks at once, strongest first', post('code LENA10 #acmesummer @acme', ['acmesummer'], ['acme']), ['discount code LENA10', 'brand account @acme', 'hashtag #acmesummer']],
  ])('finds %s', (_case, given, expected) => {
    expect(deliverableMarks(given, deal, campaign).map((mark) => say(markText(mark), 'en'))).toEqual(expected);
  });

  it.each([
    ['a code inside a longer word', post('use XLENA100 today')],
    ['another page of the shop without the campaign', post('shop.acme.com/winter')],
    ['another brand’s account and hashtag', post('with @acmeco #acme', ['acme'], ['acmeco'])],
    ['no caption at all', post(null)],
  ])('finds nothing in %s', (_case, given) => {
    expect(deliverableMarks(given, deal, campaign)).toEqual([]);
  });

  it('looks only for what the deal and campaign have: a campaign stored before brand marks existed', () => {
    expect(deliverableMarks(post('code LENA10 #acmesummer', ['acmesummer']), { discountCode: null, trackingLink: null }, {})).toEqual([]);
  });
});

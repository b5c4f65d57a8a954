// A post address typed to attach a deliverable: the post it names, or the message at the field; and the
// due date a new deliverable of a deal answers.
import { describe, expect, it } from 'vitest';
import { nextDueDate, readPostAddress } from '../../../lib/campaign/deliverable-url';
import { say } from '../../../lib/i18n';

describe('reading a post address', () => {
  it.each([
    ['a TikTok video of the creator', 'https://www.tiktok.com/@Lena/video/7301000000000001111?is_from_webapp=1', 'tiktok:lena', 'tiktok:7301000000000001111', 'https://www.tiktok.com/@Lena/video/7301000000000001111', true],
    ['a TikTok photo post, pasted without https', 'tiktok.com/@lena/photo/7301000000000002222', 'tiktok:lena', 'tiktok:7301000000000002222', 'https://www.tiktok.com/@lena/photo/7301000000000002222', true],
    ['an Instagram reel', 'https://www.instagram.com/reel/C9abcDEF12/?igsh=xyz', 'instagram:chef.kai', 'instagram:C9abcDEF12', 'https://www.instagram.com/reel/C9abcDEF12/', false],
    ['an Instagram post under the creator', 'https://www.instagram.com/chef.kai/p/C9abcDEF12/', 'instagram:chef.kai', 'instagram:C9abcDEF12', 'https://www.instagram.com/p/C9abcDEF12/', true],
    ['a YouTube video with a playlist', 'https://www.youtube.com/watch?v=kLabWatch01&list=PL1&t=30', 'youtube:@kitchenlab', 'youtube:kLabWatch01', 'https://www.youtube.com/watch?v=kLabWatch01', false],
    ['a YouTube Short', 'https://youtube.com/shorts/chefShort01', 'youtube:@chef', 'youtube:chefShort01', 'https://www.youtube.com/shorts/chefShort01', false],
  ])('takes %s', (_case, input, creatorId, postKey, url, creatorChecked) => {
    expect(readPostAddress(input, creatorId)).toEqual({ post: { platform: creatorId.split(':')[0], postKey, url, creatorChecked } });
  });

  it.each([
    ['nothing typed', '  ', 'tiktok:lena', 'Paste the address of the post.'],
    ['words, not an address', 'lena video from monday', 'tiktok:lena', 'This is not a web address.'],
    ['a profile, not a post', 'https://www.tiktok.com/@lena', 'tiktok:lena', 'This address is not one post'],
    ['a page of another site', 'https://shop.example.com/p/123', 'tiktok:lena', 'This address is not one post'],
    ['a post on another platform', 'https://www.instagram.com/reel/C9abcDEF12/', 'tiktok:lena', 'This post is on Instagram, but this creator is booked on TikTok.'],
    ['another creator’s video', 'https://www.tiktok.com/@kai/video/7301000000000001111', 'tiktok:lena', 'This post is by @kai, not by @lena.'],
    ['another creator’s Instagram post', 'https://www.instagram.com/mia/p/C9abcDEF12/', 'instagram:chef.kai', 'This post is by @mia, not by @chef.kai.'],
  ])('refuses %s, saying why', (_case, input, creatorId, message) => {
    const read = readPostAddress(input, creatorId);
    expect('error' in read && say(read.error, 'en')).toContain(message);
  });
});

describe('the due date a new deliverable answers', () => {
  const promised = [
    { count: 1, format: 'video' as const, dueDate: '2026-04-20' },
    { count: 2, format: 'story' as const, dueDate: '2026-04-10' },
    { count: 1, format: 'post' as const, dueDate: null },
  ];
  it.each([
    [0, '2026-04-10'],
    [1, '2026-04-10'],
    [2, '2026-04-20'],
    [3, null],
    [4, null],
  ])('after %i attached: %s', (attached, due) => {
    expect(nextDueDate(promised, attached)).toBe(due);
  });

  it('is none when nothing was promised', () => {
    expect(nextDueDate([], 0)).toBeNull();
  });
});

// A YouTube channel's Home tab as the user opens it: its newest uploads come from the Videos and Shorts
// shelves (told by where they link, never by their titles), marked as read from the Home tab; popular,
// playlist and other channels' shelves are never taken for them. A tab the data does not name is the
// one the address names. The channel's joined date, stated country and store come from its own data,
// never from the viewer's region the same page carries.
import { describe, expect, it } from 'vitest';
import { fixture, parseHtml } from '../../helpers/fixtures';
import { english } from '../../../lib/i18n';
import { extractYouTubeChannel } from '../../../lib/platforms/youtube/profile';
import { youtubeChannelSite } from '../../../lib/platforms/youtube';
import { tabParams } from '../../../lib/platforms/youtube/home';
import type { Count, Snapshot } from '../../../lib/schema/snapshot';
import { expectValid, missingReason, numbersIn } from '../../helpers/readings';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

const html = (name: string) => fixture(`youtube/${name}`);
const channel = (source: string, href: string, now: number): Snapshot => extractYouTubeChannel(parseHtml(source), new URL(href), now);

const exact = (value: number): Pick<Count, 'value' | 'min' | 'max'> => ({ value, min: value, max: value });
const cut = (value: number, step: number): Pick<Count, 'value' | 'min' | 'max'> => ({ value, min: value, max: value + step - 1 });
const ago = (now: number, amount: number, unit: number) => ({ min: now - (amount + 1) * unit + 1, max: now - amount * unit });
/** The page with its ytInitialData changed by `edit`. */
function withData(source: string, edit: (data: any) => void): string {
  const match = /var ytInitialData = (\{.*?\});<\/script>/s.exec(source)!;
  const data = JSON.parse(match[1]!);
  edit(data);
  return source.replace(match[1]!, () => JSON.stringify(data));
}
/** The Home tab's sections in a page's ytInitialData. */
const homeSections = (data: any): any[] => data.contents.twoColumnBrowseResultsRenderer.tabs[0].tabRenderer.content.sectionListRenderer.contents;
const shelfOf = (section: any) => section.itemSectionRenderer.contents[0].shelfRenderer;


describe('Home tab with Videos, Shorts, popular and another channel\'s shelves (January 2026, es)', () => {
  const NOW = Date.UTC(2026, 0, 15, 12);
  const HREF = 'https://www.youtube.com/@saborlento';
  const source = html('channel-home-shelves-2026-01.html');
  const snapshot = channel(source, HREF, NOW);
  const dataOnly = source.replace(/<ytd-app>[\s\S]*<\/ytd-app>/, '');

  it('is a valid snapshot of the channel, marked as read from the Home tab', () => {
    expectValid(snapshot);
    expect(snapshot.lang).toBe('es-ES');
    expect(snapshot.sources).toEqual(['embedded-json:ytInitialData', 'dom', 'embedded-json:home-uploads']);
    expect(snapshot.notices.map(english)).toEqual([
      "Latest uploads read from the channel's Home tab shelves (its newest videos and Shorts); popular and other shelves were left out.",
    ]);
    expect(snapshot.creator).toMatchObject({ handle: 'saborlento', displayName: 'Sabor Lento', verified: true, email: 'hola@saborlento.example' });
    expect(snapshot.creator.followers).toMatchObject(cut(312_000, 1_000));
  });

  it('lists the uploads shelf newest first, then the Shorts shelf; not the trailer, the popular shelf or the other channel\'s "Vídeos"', () => {
    expect(snapshot.posts.map((post) => post.url)).toEqual([
      'https://www.youtube.com/watch?v=saborVid001',
      'https://www.youtube.com/watch?v=saborVid002',
      'https://www.youtube.com/watch?v=saborVid003',
      'https://www.youtube.com/watch?v=saborVid004',
      'https://www.youtube.com/shorts/saborShrt01',
      'https://www.youtube.com/shorts/saborShrt02',
    ]);
    // The popular shelf's 8.8M hit, the other channel's 3.4M and the trailer's 2.3M are on the page, never in the reading.
    const numbers = numbersIn(snapshot);
    for (const number of [8_812_345, 8_800_000, 3_456_789, 3_400_000, 2_345_678]) expect(numbers).not.toContain(number);
    expect(JSON.stringify(snapshot)).not.toMatch(/saborPop001|mesaVid0001|saborTrail1|PLsaborlento01/);
  });

  it('gives the exact views of the uploads shelf and the cut-down views of the Shorts shelf', () => {
    expect(snapshot.posts.map((post) => post.views && [post.views.value, post.views.min, post.views.max])).toEqual([
      [12_345, 12_345, 12_345],
      [48_213, 48_213, 48_213],
      [1_204_377, 1_204_377, 1_204_377],
      [9_876, 9_876, 9_876],
      [1_200_000, 1_200_000, 1_299_999],
      [87_000, 87_000, 87_999],
    ]);
    expect(snapshot.posts[0]?.views).toMatchObject({ ...exact(12_345), source: 'embedded-json', shown: '12.345 visualizaciones' });
  });

  it('dates the uploads from "hace 2 días" and "hace 1 semana"; says the Shorts shelf shows no dates', () => {
    expect(snapshot.posts[0]?.publishedAt).toMatchObject(ago(NOW, 2, DAY));
    expect(snapshot.posts[2]?.publishedAt).toMatchObject(ago(NOW, 1, WEEK));
    expect(snapshot.posts[3]?.publishedAt).toMatchObject(ago(NOW, 2, WEEK));
    expect(snapshot.posts.slice(4).map((post) => post.publishedAt)).toEqual([null, null]);
    expect(missingReason(snapshot, 'posts.publishedAt')).toBe('The Shorts grid shows no upload dates');
    expect(snapshot.posts[1]).toMatchObject({ caption: 'Pan de masa madre sin amasar #pan', hashtags: ['pan'] });
  });

  it('says nothing of a joined date, country or store the Home tab does not show, and takes the viewer\'s region for none', () => {
    expect(source).toContain('"INNERTUBE_CONTEXT_GL":"ES"');
    expect(source).toContain('"countryCode":"ES"');
    expect(snapshot.creator).toMatchObject({ joinedAt: null, country: null, sellerMarks: null, category: null });
  });

  it('reads the Home tab from the data alone when the page has not rendered, and by its /featured address', () => {
    expect(dataOnly).not.toContain('ytd-shelf-renderer');
    const read = channel(dataOnly, 'https://www.youtube.com/@saborlento/featured', NOW);
    expectValid(read);
    expect(read.posts.map((post) => post.id)).toEqual(snapshot.posts.map((post) => post.id));
    expect(read.sources).toEqual(['embedded-json:ytInitialData', 'embedded-json:home-uploads']);
  });

  it('tells the uploads shelf by its link: renamed in any language it is still read, and a popular sort is not', () => {
    const renamed = source.replaceAll('"text":"Vídeos","navigationEndpoint"', '"text":"動画","navigationEndpoint"');
    expect(renamed).not.toContain('"text":"Vídeos","navigationEndpoint"');
    expect(channel(renamed, HREF, NOW).posts.map((post) => post.id)).toEqual(snapshot.posts.map((post) => post.id));
    const popularOnly = source.replaceAll('/@saborlento/videos?view=0\\u0026sort=dd', '/@saborlento/videos?view=0\\u0026sort=p').replaceAll('/@saborlento/videos?view=0&sort=dd', '/@saborlento/videos?view=0&sort=p');
    const read = channel(popularOnly, HREF, NOW);
    expect(read.posts.map((post) => post.id)).toEqual(['saborShrt01', 'saborShrt02']);
  });

  it('reads a shelf that names its tab by params only (newest first), and not one sorted by popularity', () => {
    const dropUrl = (data: any) => {
      const uploads = shelfOf(homeSections(data)[1]);
      delete uploads.endpoint.commandMetadata;
      delete uploads.title.runs[0].navigationEndpoint.commandMetadata;
    };
    const byParams = withData(dataOnly, dropUrl);
    expect(channel(byParams, HREF, NOW).posts.map((post) => post.id)).toEqual(snapshot.posts.map((post) => post.id));
    const popularParams = withData(dataOnly, (data) => {
      dropUrl(data);
      const uploads = shelfOf(homeSections(data)[1]);
      for (const endpoint of [uploads.endpoint, uploads.title.runs[0].navigationEndpoint]) endpoint.browseEndpoint.params = 'EgZ2aWRlb3MYASAAMAE%3D';
    });
    expect(channel(popularParams, HREF, NOW).posts.map((post) => post.id)).toEqual(['saborShrt01', 'saborShrt02']);
  });

  it('keeps today\'s message on a Home tab without an uploads shelf', () => {
    // The trailer, the popular shelf, the other channel's shelf, playlists and featured channels stay.
    const noUploads = withData(dataOnly, (data) => homeSections(data).splice(1, 2));
    const read = channel(noUploads, HREF, NOW);
    expectValid(read);
    expect(read.posts).toEqual([]);
    expect(missingReason(read, 'posts')).toBe('This tab does not list the latest uploads: open the Videos or Shorts tab');
    expect(read.notices).toEqual([]);
    expect(read.sources).not.toContain('embedded-json:home-uploads');
  });

  it('reads the rendered uploads shelf when the data is of another page (in-app navigation), not the popular one', () => {
    const stale = source.replace(/<script nonce="Hk3pQ9sLw2Zx7Vb4Nc8Md1">var ytInitialData[\s\S]*?<\/script>/, '');
    expect(stale).not.toContain('ytInitialData');
    const read = channel(stale, HREF, NOW);
    expectValid(read);
    expect(read.sources).toEqual(['dom', 'dom:home-uploads']);
    expect(read.notices.map(english)).toEqual(["Latest uploads read from the channel's Home tab shelves (its newest videos and Shorts); popular and other shelves were left out."]);
    expect(read.posts.map((post) => [post.id, post.views && [post.views.value, post.views.min, post.views.max], post.views?.source])).toEqual([
      ['saborVid001', [12_000, 12_000, 12_999], 'text'],
      ['saborVid002', [48_000, 48_000, 48_999], 'text'],
    ]);
    expect(read.posts[0]?.publishedAt).toMatchObject(ago(NOW, 2, DAY));
    const renamed = stale.replace('href="/@saborlento/videos?view=0&sort=dd&shelf_id=0"', 'href="/@saborlento/videos?view=0&sort=p&shelf_id=0"');
    expect(channel(renamed, HREF, NOW).posts).toEqual([]);
  });

  it('does not read the Home shelves on another tab\'s address', () => {
    const read = channel(source, 'https://www.youtube.com/@saborlento/playlists', NOW);
    expect(read.posts).toEqual([]);
    expect(read.notices).toEqual([]);
  });
});

describe('Videos tab whose data names no tab (September 2025, en-GB)', () => {
  const NOW = Date.UTC(2025, 8, 20, 12);
  const source = html('channel-videos-tab-unnamed-2025-09.html');

  it('the fixture\'s selected tab really carries no address and no params', () => {
    expect(source).toContain('"endpoint":{"clickTrackingParams":"CAAQ8JMBGAAiEwi","browseEndpoint":{"browseId":"UCbikeshedworks00000000A"}},"title":"Videos","selected":true');
  });

  it('takes the tab from the address: /videos reads the grid, with no "another tab" notice', () => {
    const snapshot = channel(source, 'https://www.youtube.com/@bikeshedworks/videos', NOW);
    expectValid(snapshot);
    expect(snapshot.notices).toEqual([]);
    expect(snapshot.posts.map((post) => [post.id, post.views && [post.views.value, post.views.min, post.views.max]])).toEqual([
      ['bikeVid0001', [18_000, 18_000, 18_999]],
      ['bikeVid0002', [241_000, 241_000, 241_999]],
      ['bikeVid0003', [1_100_000, 1_100_000, 1_199_999]],
    ]);
    expect(snapshot.posts[0]?.publishedAt).toMatchObject(ago(NOW, 2, DAY));
    expect(snapshot.creator).toMatchObject({ handle: 'bikeshedworks', joinedAt: null, country: null, sellerMarks: null, category: null });
  });

  it('is ready to read at once: the grid is in the data for the address\'s tab', () => {
    const site = youtubeChannelSite(new URL('https://www.youtube.com/@bikeshedworks/videos'));
    if (site === null || !('reader' in site)) throw new Error('not a channel page');
    expect(site.reader.readiness(parseHtml(source), new URL('https://www.youtube.com/@bikeshedworks/videos'))).toEqual({ ready: true });
  });

  it('lets the data\'s params name the tab when they do: a Videos grid is not read on the Shorts address', () => {
    const named = source.replace('"browseEndpoint":{"browseId":"UCbikeshedworks00000000A"}},"title":"Videos"', '"browseEndpoint":{"browseId":"UCbikeshedworks00000000A","params":"EgZ2aWRlb3PyBgQKAjoA"}},"title":"Videos"');
    const onShorts = channel(named, 'https://www.youtube.com/@bikeshedworks/shorts', NOW);
    expect(onShorts.posts).toEqual([]);
    expect(onShorts.notices.map(english).join(' ')).toMatch(/another tab of this channel \(videos\)/);
    expect(channel(named, 'https://www.youtube.com/@bikeshedworks/videos', NOW).posts).toHaveLength(3);
  });
});

describe('About panel and store shelf (November 2025, en, viewer in the US)', () => {
  const NOW = Date.UTC(2025, 10, 20, 12);
  const HREF = 'https://www.youtube.com/@tallercobre/about';
  const source = html('channel-about-store-2025-11.html');
  const snapshot = channel(source, HREF, NOW);

  it('reads the joined date "Joined Aug 3, 2008" as that calendar day', () => {
    expectValid(snapshot);
    expect(snapshot.creator.joinedAt).toEqual({ value: Date.UTC(2008, 7, 3, 12), source: 'embedded-json', shown: 'Joined Aug 3, 2008' });
  });

  it('reads the channel\'s own country, Spain, not the viewer\'s region (US) the page also carries', () => {
    expect(source).toContain('"INNERTUBE_CONTEXT_GL":"US"');
    expect(source).toContain('"countryCode":"US"');
    expect(snapshot.creator.country).toBe('Spain');
    expect(JSON.stringify(snapshot.creator)).not.toMatch(/"US"|United States/);
  });

  it('marks the store shelf, and has no category to give', () => {
    expect(snapshot.creator.sellerMarks).toEqual(['store-shelf']);
    expect(snapshot.creator.category).toBeNull();
  });

  it('knows the store from the Store tab alone, and says nothing when neither shelf nor tab is there', () => {
    const tabOnly = withData(source, (data) => homeSections(data).splice(0, 1));
    expect(tabOnly).not.toContain('{"merchandiseShelfRenderer"');
    expect(channel(tabOnly, HREF, NOW).creator.sellerMarks).toEqual(['store-shelf']);
    const neither = tabOnly.replace('/@tallercobre/store', '/@tallercobre/playlists');
    expect(channel(neither, HREF, NOW).creator.sellerMarks).toBeNull();
  });

  it('takes no joined date or country from an About panel of another channel', () => {
    const other = source.replace('"channelId":"UCtallercobre000000000Es"', '"channelId":"UCsomeoneelse000000000Es"');
    const read = channel(other, HREF, NOW);
    expect(read.creator).toMatchObject({ joinedAt: null, country: null });
  });

  it('reads the About tab of the old layout (channelAboutFullMetadataRenderer, to 2023), in German', () => {
    const data = {
      header: { c4TabbedHeaderRenderer: { channelId: 'UCtallercobre000000000Es', title: 'Taller Cobre', channelHandleText: { runs: [{ text: '@tallercobre' }] } } },
      contents: { twoColumnBrowseResultsRenderer: { tabs: [{ tabRenderer: {
        endpoint: { commandMetadata: { webCommandMetadata: { url: '/@tallercobre/about' } } },
        selected: true,
        content: { sectionListRenderer: { contents: [{ itemSectionRenderer: { contents: [{ channelAboutFullMetadataRenderer: {
          channelId: 'UCtallercobre000000000Es',
          joinedDateText: { runs: [{ text: 'Beigetreten am ' }, { text: '03.08.2008' }] },
          country: { simpleText: 'Spanien' },
        } }] } }] } },
      } }] } },
    };
    const doc = `<html lang="de-DE"><body><script nonce="x">var ytInitialData = ${JSON.stringify(data)};</script></body></html>`;
    const read = channel(doc, HREF, NOW);
    expectValid(read);
    expect(read.creator).toMatchObject({ joinedAt: { value: Date.UTC(2008, 7, 3, 12), shown: 'Beigetreten am 03.08.2008' }, country: 'Spanien' });
  });
});

describe('tabParams', () => {
  it.each<[string, string | null, { tab: string; sort: number | null } | null]>([
    ['videos, newest first', 'EgZ2aWRlb3MYAyAAMAE%3D', { tab: 'videos', sort: 3 }],
    ['videos, most popular', 'EgZ2aWRlb3MYASAAMAE%3D', { tab: 'videos', sort: 1 }],
    ['videos, oldest', 'EgZ2aWRlb3MYAiAAMAE=', { tab: 'videos', sort: 2 }],
    ['videos, the tab\'s default (2024-26)', 'EgZ2aWRlb3PyBgQKAjoA', { tab: 'videos', sort: null }],
    ['shorts', 'EgZzaG9ydHPyBgUKA5oBAA%3D%3D', { tab: 'shorts', sort: null }],
    ['the Home tab', 'EghmZWF0dXJlZPIGBAoCMgA%3D', { tab: 'featured', sort: null }],
    ['not base64', '%%%', null],
    ['cut short', 'EgZ2aWRl', null],
    ['none', null, null],
  ])('reads %s', (_label, params, expected) => {
    expect(tabParams(params)).toEqual(expected);
  });
});

// The grade of every bundled sample creator page (test/fixtures), read and scored as the extension
// does: the table a change of the scoring is judged by, before and after.
//   npx tsx bench/sample-grades.ts [--now 2026-12-07] [--json]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { english } from '../lib/i18n';
import { recognisePage } from '../lib/platforms';
import { assess } from '../lib/scoring';
import { printRows } from './report';

/** Each sample page at the address it was saved from. */
export const SAMPLE_PAGES: ReadonlyArray<readonly [string, string]> = [
  ['https://www.tiktok.com/@lena.makeup', 'tiktok/profile-universal-2025-06.html'],
  ['https://www.tiktok.com/@kai.cooks', 'tiktok/profile-sigi-2023-02.html'],
  ['https://www.tiktok.com/@tiktok', 'tiktok/profile-next-data-2021-01.html'],
  ['https://www.tiktok.com/@nora.runs', 'tiktok/profile-dom-only-2024-03.html'],
  ['https://www.tiktok.com/@mika.sketches', 'tiktok/profile-counts-missing-2025-06.html'],
  ['https://www.tiktok.com/@quiet.garden', 'tiktok/profile-private-2025-06.html'],
  ['https://www.tiktok.com/@second.creator', 'tiktok/profile-stale-json-2025-06.html'],
  ['https://www.tiktok.com/@lena.makeup/video/7301000000000001111', 'tiktok/video-universal-2025-06.html'],
  ['https://www.tiktok.com/@tiktok/video/6881450806688664838', 'tiktok/video-next-data-2020-10.html'],
  ['https://www.instagram.com/_tanshio_/', 'instagram/profile-sharedData-2021-04.html'],
  ['https://www.instagram.com/lena.park/', 'instagram/profile-polaris-json-2025-06.html'],
  ['https://www.instagram.com/lena.park/', 'instagram/profile-rendered-header-2025-06.html'],
  ['https://www.instagram.com/mila.moves/reels/', 'instagram/profile-reels-tab-2025-06.html'],
  ['https://www.instagram.com/alpen.kueche/', 'instagram/profile-meta-only-de-2025-06.html'],
  ['https://www.instagram.com/second.maker/', 'instagram/profile-stale-2025-06.html'],
  ['https://www.instagram.com/p/DJx7Qm2sT1a/', 'instagram/post-2025-06.html'],
  ['https://www.instagram.com/reel/DKr9Xy7uVw2/', 'instagram/reel-2025-06.html'],
  ['https://www.youtube.com/@orbitlab/videos', 'youtube/channel-c4TabbedHeader-videoRenderer-2023-12.html'],
  ['https://www.youtube.com/@trailnotes/videos', 'youtube/channel-dom-only-2026-04.html'],
  ['https://www.youtube.com/@spielwerk/videos', 'youtube/channel-pageHeaderViewModel-lockupViewModel-2026-05.html'],
  ['https://www.youtube.com/@pocketchef/shorts', 'youtube/channel-shorts-tab-2025-03.html'],
  ['https://www.youtube.com/@secondcreator', 'youtube/channel-stale-data-2026-05.html'],
  ['https://www.youtube.com/watch?v=kLabWatch01', 'youtube/watch-2026-06.html'],
  ['https://www.youtube.com/shorts/chefShort01', 'youtube/shorts-2026-02.html'],
];

export interface SampleGrade {
  page: string;
  file: string;
  grade: string;
  score: number | null;
  confidence: string;
  caps: string[];
  flags: string[];
  unscored: string | null;
}

export function sampleGrades(now: number): SampleGrade[] {
  return SAMPLE_PAGES.map(([href, file]) => {
    const window = new Window({ url: href });
    try {
      const doc = new window.DOMParser().parseFromString(readFileSync(new URL(`../test/fixtures/${file}`, import.meta.url), 'utf8'), 'text/html') as unknown as Document;
      const support = recognisePage(href);
      if (!support.supported) throw new Error(english(support.reason));
      const snapshot = support.reader.extract(doc, new URL(href), now);
      const assessment = assess(snapshot, { now });
      const extra = assessment as unknown as { provisional?: boolean; caps?: Array<{ grade: string; reason: string }> };
      return {
        page: href.replace('https://www.', ''),
        file,
        grade: assessment.grade === null ? '-' : `${assessment.grade}${extra.provisional ? ' (provisional)' : ''}`,
        score: assessment.score,
        confidence: assessment.confidence,
        caps: (extra.caps ?? []).map((cap) => `${cap.grade}: ${cap.reason}`),
        flags: assessment.flags.map((flag) => `${flag.severity} ${flag.id}`),
        unscored: assessment.unscoredReason ? english(assessment.unscoredReason) : null,
      };
    } finally {
      void window.happyDOM.close();
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--now');
  const now = at >= 0 ? Date.parse(process.argv[at + 1] ?? '') : Date.now();
  if (!Number.isFinite(now)) throw new Error('--now takes a date, e.g. 2026-12-07');
  const grades = sampleGrades(now);
  if (process.argv.includes('--json')) console.log(JSON.stringify(grades, null, 2));
  else {
    printRows(`Bundled sample pages, scored at ${new Date(now).toISOString().slice(0, 10)}`, [
      ['page', 'grade', 'score', 'confidence', 'caps', 'flags'],
      ...grades.map((row) => [row.page, row.grade, row.score === null ? '-' : String(row.score), row.confidence, row.caps.join('; '), row.flags.join(', ')]),
    ]);
  }
}

// The language of a creator's bio and captions, told by the browser's own detector
// (i18n.detectLanguage: local, no network). Hashtags, mentions and links are taken out first;
// texts too short to tell are left out.
import { browser } from 'wxt/browser';
import type { Detection } from './fit';
import type { Post } from '../schema/snapshot';

/** Shorter texts (after cleaning) are not worth asking about: the detector guesses. */
export const MIN_TEXT = 10;

export function cleanForDetection(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#@][\p{L}\p{N}_.]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type Detector = (text: string) => Promise<{ isReliable: boolean; languages: Array<{ language: string; percentage: number }> }>;

const browserDetector: Detector = (text) => browser.i18n.detectLanguage(text);

export async function detectLanguages(bio: string | null, posts: readonly Post[], detect: Detector = browserDetector): Promise<Detection[]> {
  const texts: Array<[Detection['source'], string]> = [
    ...(bio ? [['bio', bio] as [Detection['source'], string]] : []),
    ...posts.flatMap((post) => (post.caption ? [['caption', post.caption] as [Detection['source'], string]] : [])),
  ];
  const detections = await Promise.all(
    texts.map(async ([source, raw]): Promise<Detection | null> => {
      const text = cleanForDetection(raw);
      if ([...text].length < MIN_TEXT) return null;
      try {
        const result = await detect(text);
        const top = [...result.languages].sort((a, b) => b.percentage - a.percentage)[0];
        return { source, language: result.isReliable && top && top.language !== 'und' ? top.language : null };
      } catch {
        return { source, language: null };
      }
    }),
  );
  return detections.filter((detection): detection is Detection => detection !== null);
}

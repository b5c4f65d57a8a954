// Figures as both Instagram readings weigh them: embedded JSON is exact, and of several
// readings of one figure the most precise wins.
import { flatText } from '../../i18n/text';
import type { Count } from '../../schema/snapshot';
import { firstCount } from './meta';

export const NO_TOTAL_LIKES = flatText('pg_igNoTotalLikes');

export const exact = (value: number, source: Count['source']): Count => ({ value, min: value, max: value, source });
export const fromJson = (value: number | null | undefined): Count | null => (value == null ? null : exact(value, 'embedded-json'));

/** The most precise of several readings of one figure; the first (most trusted) on a tie. */
export function mostPrecise(...readings: (Count | null)[]): Count | null {
  let best: Count | null = null;
  for (const reading of readings) {
    if (reading && (best === null || reading.max - reading.min < best.max - best.min)) best = reading;
  }
  return best;
}

export function textCount(element: Element | null, lang: string | null): Count | null {
  const text = element?.textContent?.trim();
  return text ? firstCount(text, lang) : null;
}

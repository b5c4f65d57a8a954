// How many of a creator's tags fit on one line of the table's Tags column. A character budget,
// not a measurement: the same answer in every row and in tests without layout. The chips can still
// shrink with an ellipsis (Dashboard.css), so an estimate a few pixels off never makes a cell overflow.

/** Widths at the chips' 12 px, rounded up: a Chinese, Japanese or Korean character (or an emoji), and any other. */
const WIDE_CHARACTER = 12;
const NARROW_CHARACTER = 7;
/** A chip's padding and border. */
const CHIP_EDGES = 14;
const GAP = 4;
/** The "+N" chip that names the tags left out. */
const MORE_CHIP = 30;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f000}-\u{1faff}\u{20000}-\u{3fffd}]/u;

export function chipWidth(tag: string): number {
  let width = CHIP_EDGES;
  for (const character of tag) width += WIDE.test(character) ? WIDE_CHARACTER : NARROW_CHARACTER;
  return width;
}

/**
 * How many tags, from the first, fit in `width` pixels with room kept for a "+N" chip when some are
 * left out. At least one: a first tag too long for the cell is shown cut short.
 */
export function tagsThatFit(tags: readonly string[], width: number): number {
  let used = 0;
  let shown = 0;
  for (const [index, tag] of tags.entries()) {
    const needed = used + (shown > 0 ? GAP : 0) + chipWidth(tag);
    const moreChip = index < tags.length - 1 ? GAP + MORE_CHIP : 0;
    if (needed + moreChip > width) break;
    used = needed;
    shown += 1;
  }
  return Math.min(tags.length, Math.max(1, shown));
}

// How a ratio is written as a percentage, in messages and on screen alike: the one rule of
// lib/i18n/format's header. Counts are passed to messages as numbers ({n, number}), which write
// them in the reader's language.

// English and Chinese write a percentage alike ("12.60%", "1,234.50%"), so a sentence made once
// reads right in either language. Two decimals, as the published engagement figures and the tools
// marketers use give them: Instagram's and YouTube's figures sit below 1% and differ by hundredths
// (0.47%, 0.48%, 0.54%), which one decimal would make read alike.
const percentFormat = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** What two decimals cannot show: a ratio closer to zero than 0.005%, which is still not zero. */
const SMALLEST_SHOWN = 0.00005;

/**
 * Always two decimals: 0.04 -> "4.00%", 0.126 -> "12.60%", 0.0047 -> "0.47%", 0 -> "0.00%". A
 * ratio that is not zero but would round to it reads "<0.01%" (">-0.01%" below zero), never "0.00%".
 */
export function percent(ratio: number): string {
  if (ratio === 0) return percentFormat.format(0);
  if (Math.abs(ratio) < SMALLEST_SHOWN) return ratio > 0 ? '<0.01%' : '>-0.01%';
  return percentFormat.format(ratio);
}

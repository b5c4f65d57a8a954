// A figure written short ("1.2M", "≈21.5M") with what it stands for in full: in the tooltip for a
// mouse, and after it in words only a screen reader reads, since a tooltip reaches neither the
// keyboard nor a screen reader.
import { describeCount, formatCount } from '../../lib/i18n/format';
import { t } from '../../lib/i18n';
import type { Count } from '../../lib/schema/snapshot';

export function Figure({ text, note }: { text: string; note: string | undefined }) {
  if (note === undefined) return <>{text}</>;
  return (
    <>
      <span title={note} data-figure="">{text}</span>
      <span className="visually-hidden"> {t('num_figureNote', { note })}</span>
    </>
  );
}

/** A count as lists write it, with its exact figure, the range the page's rounding allows, or why it is unknown. */
export function CountFigure({ count }: { count: Count | null }) {
  return <Figure text={formatCount(count)} note={describeCount(count)} />;
}

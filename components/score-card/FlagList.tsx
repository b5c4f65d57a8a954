import { localeTag, say, t, type Text } from '../../lib/i18n';
import { evidenceLabel, severityLabel, type Assessment, type Flag, type Severity } from '../../lib/scoring';
import { mostChecksRan } from '../../lib/scoring/gates';

/** An evidence value: a number with the UI language's grouping (and up to 3 decimals), a Text in words. */
function evidenceValue(value: number | string | Text): string {
  if (typeof value === 'number') return new Intl.NumberFormat(localeTag()).format(value);
  return say(value);
}

function evidenceLine(flag: Flag): string {
  const items = Object.entries(flag.evidence).map(([name, value]) => t('pop_evidence', { name: say(evidenceLabel(name)), value: evidenceValue(value) }));
  if (flag.postIds && flag.postIds.length > 0) items.push(t('pop_flagPosts', { count: flag.postIds.length }));
  return items.join(' · ');
}

type FlagFacts = Pick<Assessment, 'flags' | 'checksRun' | 'checksTotal' | 'checksSummary'>;

/** "No warning signs" only when most of the checks ran; else how few could. */
function NoFlags({ assessment }: { assessment: FlagFacts }) {
  const most = mostChecksRan({ run: assessment.checksRun, total: assessment.checksTotal });
  return (
    <p className="muted small" data-testid="no-flags">
      {most ? t('pop_noFlags') : t('pop_noFlagsFewChecks', { run: assessment.checksRun, total: assessment.checksTotal })}
    </p>
  );
}

/**
 * The flags with their evidence, rules and sources, and how many checks ran. `noFlagsLine`: say
 * "no warning signs" here too (false where the top flags already say it).
 */
export function FlagList({ assessment, noFlagsLine = true }: { assessment: FlagFacts; noFlagsLine?: boolean }) {
  const { flags } = assessment;
  const ran = (
    <p className="muted small" data-testid="checks-ran">
      {say(assessment.checksSummary)}
    </p>
  );
  if (flags.length === 0) {
    return (
      <>
        {noFlagsLine ? <NoFlags assessment={assessment} /> : null}
        {ran}
      </>
    );
  }
  return (
    <>
      <ul className="flag-list" aria-label={t('pop_flags')}>
        {flags.map((flag) => (
          <li key={flag.id} className={`flag flag-${flag.severity}`} data-flag={flag.id}>
            <span className="flag-label">{say(severityLabel(flag.severity))}</span> {say(flag.message)}
            <div className="evidence">
              {evidenceLine(flag)}
              {t('pop_flagRule', { rule: say(flag.rule), source: say(flag.source) })}
            </div>
          </li>
        ))}
      </ul>
      {ran}
    </>
  );
}

const SEVERITY_ORDER: Record<Severity, number> = { risk: 0, warn: 1, info: 2 };
/** Flags on the card's first screen; the rest are counted and listed with the others below. */
export const TOP_FLAGS = 3;

/** The gravest flags in a line or two each, without their evidence (which the full list below gives). */
export function TopFlags({ assessment }: { assessment: FlagFacts }) {
  const flags = [...assessment.flags].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const more = flags.length - TOP_FLAGS;
  return (
    <section className="top-flags" aria-label={t('pop_topFlags')} data-testid="top-flags">
      {flags.length === 0 ? (
        <NoFlags assessment={assessment} />
      ) : (
        <ul className="flag-list">
          {flags.slice(0, TOP_FLAGS).map((flag) => (
            <li key={flag.id} className={`flag flag-${flag.severity} top-flag`} data-top-flag={flag.id} title={say(flag.message)}>
              <span className="top-flag-text">
                <span className="flag-label">{say(severityLabel(flag.severity))}</span> {say(flag.message)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {more > 0 ? <p className="small muted more-flags">{t('pop_moreFlags', { count: more })}</p> : null}
    </section>
  );
}

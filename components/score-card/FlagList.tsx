import { localeTag, say, t, type Text } from '../../lib/i18n';
import { evidenceLabel, severityLabel, type Assessment, type Flag } from '../../lib/scoring';
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

/** The flags with how many checks ran: "no warning signs" is said only when most of them ran. */
export function FlagList({ assessment }: { assessment: Pick<Assessment, 'flags' | 'checksRun' | 'checksTotal' | 'checksSummary'> }) {
  const { flags } = assessment;
  const ran = (
    <p className="muted small" data-testid="checks-ran">
      {say(assessment.checksSummary)}
    </p>
  );
  if (flags.length === 0) {
    const most = mostChecksRan({ run: assessment.checksRun, total: assessment.checksTotal });
    return (
      <>
        <p className="muted small" data-testid="no-flags">
          {most ? t('pop_noFlags') : t('pop_noFlagsFewChecks', { run: assessment.checksRun, total: assessment.checksTotal })}
        </p>
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

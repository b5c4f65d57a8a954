// The card's first screen, to be read in five seconds: who, the grade with its score and how sure
// it is, the verdict in a line and what holds the grade down, the key figures and the gravest flags;
// then what a seller asks first of the account.
import { describeCount, formatCount, platformName } from '../../lib/i18n/format';
import { say, t, type Text } from '../../lib/i18n';
import type { Snapshot } from '../../lib/schema/snapshot';
import { confidenceLabel, type Assessment } from '../../lib/scoring';
import { AccountFacts } from './AccountFacts';
import { TopFlags } from './FlagList';
import { KeyFigures } from './KeyFigures';
import { Tip } from './Tip';

function gradeName(assessment: Assessment): string {
  if (!assessment.grade) return t('pop_gradeNone');
  return t(assessment.provisional ? 'pop_gradeProvisional' : 'pop_grade', { grade: assessment.grade });
}

/** "48,213 followers" ("粉丝 48,213"); YouTube counts subscribers. */
function audience(snapshot: Snapshot): string | null {
  const followers = snapshot.creator.followers;
  if (followers === null) return null;
  return t(snapshot.platform === 'youtube' ? 'pop_identitySubscribers' : 'pop_identityFollowers', { count: formatCount(followers), n: followers.value });
}

/** Provisional, with the one thing that would firm it up (or that nothing the user can open would). */
function FirmUp({ assessment }: { assessment: Assessment }) {
  if (!assessment.provisional) return null;
  return (
    <p className="firm-up small" data-testid="firm-up">
      {assessment.firmUp ? t('pop_firmUp', { firmUp: say(assessment.firmUp) }) : t('pop_firmUpNone')}
    </p>
  );
}

export function CardSummary({ snapshot, assessment, sinceSaved }: { snapshot: Snapshot; assessment: Assessment; sinceSaved?: Text | undefined }) {
  const { creator } = snapshot;
  const followers = audience(snapshot);
  return (
    <div className="card-summary">
      <header className="card-head">
        <div className="identity">
          <h2 data-testid="creator-name">{creator.displayName ?? `@${creator.handle}`}</h2>
          <div className="muted small">
            {`@${creator.handle} · ${platformName(snapshot.platform)}`}
            {followers ? (
              <span data-testid="audience" title={describeCount(creator.followers)}>
                {` · ${followers}`}
              </span>
            ) : null}
            {creator.verified ? <span className="verified" title={t('pop_verifiedTitle')}> · ✓ {t('pop_verified')}</span> : null}
            {creator.privateAccount ? ` · ${t('pop_privateAccount')}` : null}
          </div>
          <div className="chips small">
            {assessment.tier ? (
              <span className="chip" title={say(assessment.tier.range)}>
                {assessment.tier.uncertain ? t('pop_nearBoundary', { tier: say(assessment.tier.label) }) : say(assessment.tier.label)}
              </span>
            ) : (
              <span className="chip">{t('pop_tierUnknown')}</span>
            )}
            {assessment.creatorClass ? (
              <Tip label={assessment.creatorClass.id} tip={say(assessment.creatorClass.reason)} className="chip class-chip" testId="creator-class" />
            ) : null}
            {assessment.provisional ? (
              <span className="chip provisional-chip" data-testid="provisional">
                {t('pop_provisional')}
              </span>
            ) : (
              <span className={`chip confidence-${assessment.confidence}`} data-testid="confidence">
                {t('pop_confidence', { level: say(confidenceLabel(assessment.confidence)) })}
              </span>
            )}
          </div>
        </div>
        <div className="grade-box">
          <span
            className={assessment.grade ? `grade grade-${assessment.grade}${assessment.provisional ? ' provisional' : ''}` : 'grade'}
            data-testid="grade"
            role="img"
            aria-label={gradeName(assessment)}
          >
            {assessment.grade ?? '–'}
          </span>
          <div className="small">{assessment.score === null ? t('pop_notScored') : <><strong data-testid="score">{assessment.score}</strong>/100</>}</div>
        </div>
      </header>

      <p className={assessment.grade ? 'verdict' : 'verdict notice'} data-testid="verdict">
        {say(assessment.verdict)}
      </p>
      {sinceSaved ? (
        <p className="since-saved small" data-testid="since-saved">
          {say(sinceSaved)}
        </p>
      ) : null}
      {assessment.caps.length > 0 ? (
        <ul className="caps small" aria-label={t('pop_caps')}>
          {assessment.caps.map((cap) => (
            <li key={cap.reason} data-cap={cap.reason}>
              {say(cap.text)}
            </li>
          ))}
        </ul>
      ) : null}
      <FirmUp assessment={assessment} />

      <KeyFigures snapshot={snapshot} assessment={assessment} />
      <TopFlags assessment={assessment} />
      {/* After the flags: the popup's first screen keeps the grade, figures and flags in sight. */}
      <AccountFacts snapshot={snapshot} />
    </div>
  );
}

import type { Flag } from '../lib/scoring';

const SEVERITY_LABEL: Record<Flag['severity'], string> = { info: 'Note', warn: 'Warning', risk: 'Risk' };

export function FlagList({ flags }: { flags: Flag[] }) {
  if (flags.length === 0) {
    return <p className="muted small" data-testid="no-flags">No warning signs on what this page shows.</p>;
  }
  return (
    <ul className="flag-list" aria-label="Flags">
      {flags.map((flag) => (
        <li key={flag.id} className={`flag flag-${flag.severity}`} data-flag={flag.id}>
          <span className="flag-label">{SEVERITY_LABEL[flag.severity]}</span> {flag.message}
          <div className="evidence">
            {Object.entries(flag.evidence)
              .map(([name, value]) => `${name}: ${typeof value === 'number' ? value.toLocaleString('en') : value}`)
              .join(' · ')}
            {flag.postIds && flag.postIds.length > 0 ? ` · ${flag.postIds.length} post${flag.postIds.length === 1 ? '' : 's'}` : ''}
            {' — rule: '}
            {flag.rule} ({flag.source})
          </div>
        </li>
      ))}
    </ul>
  );
}

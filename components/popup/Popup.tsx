// The popup: the page's card (reading it at once, or showing what the tab remembers), with at its
// foot the way into the side panel, and the keyboard shortcuts as the user has them.
import { useEffect, useState } from 'react';
import type { ShortcutAction } from '../../lib/background/shortcut';
import { t, type MessageKey } from '../../lib/i18n';
import type { Arrival } from '../../lib/reading/follow-tab';
import { CreatorPanel, type CreatorActions } from '../score-card/CreatorPanel';
import './Popup.css';

export interface PopupActions extends CreatorActions {
  /** Opens the side panel beside this window; null where the browser has none. */
  openSidePanel: (() => void) | null;
  /** The shortcuts bound now, in the manifest's order. */
  shortcuts(): Promise<{ keys: string; action: ShortcutAction }[]>;
}

const READ_AT_ONCE: Arrival = { show: 'read' };

const SHORTCUT_NAMES: Record<ShortcutAction, MessageKey> = { score: 'panel_keyScore', shortlist: 'panel_keyShortlist', sidePanel: 'panel_keySidePanel' };

function Shortcuts({ shortcuts }: { shortcuts: PopupActions['shortcuts'] }) {
  const [bound, setBound] = useState<Awaited<ReturnType<typeof shortcuts>>>([]);
  useEffect(() => {
    shortcuts().then(setBound, () => setBound([]));
  }, [shortcuts]);
  // None bound (or the browser would not say): no line at all.
  if (bound.length === 0) return null;
  const list = bound.map(({ keys, action }) => t('panel_shortcut', { keys, action: t(SHORTCUT_NAMES[action]) })).join(t('panel_shortcutSeparator'));
  return (
    <p className="small muted shortcuts" data-testid="shortcuts">
      {t('panel_shortcuts', { list })}
    </p>
  );
}

export function Popup({ actions }: { actions: PopupActions }) {
  const { openSidePanel } = actions;
  return (
    <CreatorPanel
      actions={actions}
      arrival={READ_AT_ONCE}
      className="popup"
      footAside={
        openSidePanel ? (
          <button type="button" className="link-button small" onClick={openSidePanel}>
            {t('panel_open')}
          </button>
        ) : null
      }
      footNote={<Shortcuts shortcuts={actions.shortcuts} />}
    />
  );
}

// Opening the side panel: Chrome's sidePanel (MV3) or Firefox's sidebar. Both refuse unless asked
// within a user's action (a click, a shortcut), so the opener is found first and called at once.
import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}

/** Opens the panel beside the given window; null where the browser has no side panel. */
export type SidePanelOpener = ((windowId: number) => Promise<void>) | null;

export function sidePanelOpener(): SidePanelOpener {
  const chromePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (chromePanel) return (windowId) => chromePanel.open({ windowId });
  const sidebar = (browser as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) return () => sidebar.open();
  return null;
}

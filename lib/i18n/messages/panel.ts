// Messages of the side panel (the score card beside the page, following the tab) and of what the
// popup adds around the card: the way into the panel and the keyboard shortcuts.
import { messages } from '../define';

export default messages(
  {
    panel_title: 'Creator Lens · side panel',
    panel_command: 'Open the side panel',
    panel_open: 'Open in side panel',
    panel_readThis: 'Read this page',
    panel_askToRead: 'A creator page. Read it to see the score card here.',
    panel_waiting: 'Waiting for the page to finish loading…',
    panel_noTab: 'No tab to follow in this window.',
    panel_readOnArrival: 'Read creator pages when the panel is open',
    panel_readOnArrivalHint: 'Only TikTok, Instagram and YouTube pages, which Creator Lens may already read. Off: the panel waits for “Read this page”.',
    panel_shortcuts: 'Shortcuts: {list}',
    panel_shortcut: '{keys} {action}',
    panel_shortcutSeparator: ' · ',
    panel_keyScore: 'score',
    panel_keyShortlist: 'shortlist',
    panel_keySidePanel: 'side panel',
  },
  {
    panel_title: 'Creator Lens · 侧边栏',
    panel_command: '打开侧边栏',
    panel_open: '在侧边栏中打开',
    panel_readThis: '读取此页面',
    panel_askToRead: '这是达人页面。读取后即可在此查看评分卡。',
    panel_waiting: '正在等待页面加载完成…',
    panel_noTab: '此窗口中没有可跟随的标签页。',
    panel_readOnArrival: '侧边栏打开时自动读取达人页面',
    panel_readOnArrivalHint: '仅限 Creator Lens 本就可以读取的 TikTok、Instagram 和 YouTube 页面。关闭时，侧边栏会等你点击“读取此页面”。',
    panel_shortcuts: '快捷键：{list}',
    panel_shortcut: '{keys} {action}',
    panel_shortcutSeparator: ' · ',
    panel_keyScore: '评分',
    panel_keyShortlist: '候选名单',
    panel_keySidePanel: '侧边栏',
  },
);

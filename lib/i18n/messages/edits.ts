// Messages of saving a creator's edits when the same fields were changed elsewhere meanwhile (another
// tab, the popup, the bulk bar): what changed, and the choice between the stored value and the user's.
import { messages } from '../define';

export default messages(
  {
    edit_conflictsIntro:
      'Not saved yet: while you were editing, {count, plural, one {a field you changed was} other {# fields you changed were}} also changed elsewhere (in another tab, the popup or the bulk actions). Choose what to keep; then all your changes are saved.',
    edit_changed:
      '{field, select, status {Status changed to {theirs} in the meantime.} price {Price per post changed to {theirs} in the meantime.} email {Contact e-mail changed to {theirs} in the meantime.} targetMarket {Target market changed to {theirs} in the meantime.} gradeOverride {Grade changed to {theirs} in the meantime.} doNotWork {Marked “do not work with” in the meantime: {theirs}.} other {Changed to {theirs} in the meantime.}}',
    edit_cleared:
      '{field, select, price {The price per post was removed in the meantime.} email {The contact e-mail was removed in the meantime.} targetMarket {The target market was removed in the meantime.} doNotWork {The “do not work with” mark was removed in the meantime.} other {Removed in the meantime.}}',
    edit_keep: 'Keep {value}',
    edit_keepRemoved: 'Keep it removed',
    edit_useMine: 'Use yours ({value})',
    edit_none: 'none',
    edit_notMarked: 'not marked',
    edit_gradeComputed: 'computed grade {grade}',
    edit_gradeComputedNone: 'the computed grade',
    edit_gradeByHand: '{grade} by hand ({reason})',
  },
  {
    edit_conflictsIntro:
      '尚未保存：你编辑期间，你改过的 {count, plural, other {# 项}}也在别处（另一个标签页、弹出窗口或批量操作）被修改了。请选择保留哪个值，然后你的修改会全部保存。',
    edit_changed:
      '{field, select, status {状态已在此期间改为“{theirs}”。} price {单条作品报价已在此期间改为 {theirs}。} email {联系邮箱已在此期间改为 {theirs}。} targetMarket {目标市场已在此期间改为“{theirs}”。} gradeOverride {等级已在此期间改为“{theirs}”。} doNotWork {此期间已被标记为“不合作”：{theirs}。} other {已在此期间改为“{theirs}”。}}',
    edit_cleared:
      '{field, select, price {单条作品报价已在此期间被删除。} email {联系邮箱已在此期间被删除。} targetMarket {目标市场已在此期间被删除。} doNotWork {“不合作”标记已在此期间被取消。} other {已在此期间被删除。}}',
    edit_keep: '保留“{value}”',
    edit_keepRemoved: '保持删除',
    edit_useMine: '用你的（{value}）',
    edit_none: '无',
    edit_notMarked: '未标记',
    edit_gradeComputed: '自动计算的等级 {grade}',
    edit_gradeComputedNone: '自动计算的等级',
    edit_gradeByHand: '手动设为 {grade}（{reason}）',
  },
);

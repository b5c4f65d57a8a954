// Messages of the CSV import at any size (lib/csv, the import dialog): reading and checking in
// steps with their progress, cancelling, a file too wide, a profile URL off its platform.
import { messages } from '../define';

export default messages(
  {
    imp_fileTooWide:
      'This file has {columns, plural, one {# column} other {# columns}}; Creator Lens reads at most {max, plural, one {# column} other {# columns}} (a shortlist export has {ours, number}). It looks like a table of something else: save only the columns of your creator list as CSV and import that. Nothing was imported.',
    imp_cellUrlOffPlatform: '“{value}” is not a profile address on {platform}: a {platform} profile URL starts with {scheme} and is on {host}.',
    imp_fileSummary:
      '{file}: {rows, plural, one {# row} other {# rows}}, {columns, plural, one {# column} other {# columns}}, separated by {delimiter, select, tab {tabs} semicolon {semicolons} pipe {vertical bars} other {commas}}.',
    imp_reading: 'Reading {file}: {rows, plural, one {# row} other {# rows}} so far…',
    imp_checking: 'Checking row {done, number} of {total, number}…',
    imp_writing: 'Importing row {done, number} of {total, number}…',
    imp_progressLabel: 'Import progress',
    imp_cancel: 'Cancel',
    imp_cancelled: 'Import cancelled. Nothing was imported; your shortlist is unchanged.',
  },
  {
    imp_fileTooWide:
      '此文件有 {columns, number} 列；Creator Lens 最多读取 {max, number} 列的文件（候选名单导出的文件有 {ours, number} 列）。它看起来是别的表格：请只把达人名单的列另存为 CSV 再导入。未导入任何内容。',
    imp_cellUrlOffPlatform: '“{value}”不是 {platform} 的网址：{platform} 主页链接必须以 {scheme} 开头，并位于 {host}。',
    imp_fileSummary:
      '{file}：{rows, number} 行，{columns, number} 列，以{delimiter, select, tab {制表符} semicolon {分号} pipe {竖线} other {逗号}}分隔。',
    imp_reading: '正在读取 {file}：已读 {rows, number} 行…',
    imp_checking: '正在检查第 {done, number} 行，共 {total, number} 行…',
    imp_writing: '正在导入第 {done, number} 行，共 {total, number} 行…',
    imp_progressLabel: '导入进度',
    imp_cancel: '取消',
    imp_cancelled: '已取消导入。未导入任何内容，候选名单保持不变。',
  },
);

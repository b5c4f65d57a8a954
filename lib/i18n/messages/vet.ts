// Messages of the command line that reads saved pages (scripts/vet): its usage, why a file could
// not be read, and the words of its summary. What a page's reader or the scoring says comes from
// their own areas (pages, scoring); only what the command adds is here.
import { messages } from '../define';

export default messages(
  {
    // ---- Usage: {command} and {option} are written as typed ----
    vet_usage: 'Usage: {command}',
    vet_unknownOption: 'Unknown option {option}.',
    vet_optionNeedsValue: 'The option {option} needs a value.',
    vet_unknownLanguage: 'Unknown language “{language}”: give one of {languages}.',
    vet_noFiles: 'No file given: name one or more saved pages.',

    // ---- Why a file was not read (the file's name goes before these) ----
    vet_unreadableFile:
      'The file could not be read ({reason, select, ENOENT {there is no such file} EISDIR {it is a folder} EACCES {permission denied} other {{reason}}}).',
    vet_notHtml: 'This file is not a saved web page: it holds no page markup. Save the page with the browser’s “Save page as…”.',
    vet_webArchive:
      'This file is a web archive in one file (MHTML), which the command does not read. Save the page again as “Webpage, complete” or “Webpage, HTML only”.',
    vet_noAddress: 'The file does not say which page it was saved from: give its address with {option}.',

    // ---- The summary, line by line ----
    vet_header: '{hasName, select, yes {{name} @{handle}} other {@{handle}}} · {platform} {kind, select, profile {profile} other {post}} · {file}',
    vet_figures: 'followers {followers} · following {following} · likes {likes} · posts {posts}',
    vet_assessment:
      'score {score} · confidence {confidence} · tier {tier} · {read, plural, one {# post read} other {# posts read}} · {run, number} of {total, plural, one {# check} other {# checks}} ran',
    vet_score: '{provisional, select, yes {{score, number} ({grade}, provisional)} other {{score, number} ({grade})}}',
    vet_notScored: 'not scored',
    vet_thisPost:
      'this post: views {views} · likes {likes} · comments {comments} · posted {posted}{sponsored, select, yes { · paid partnership} other {}}',
    vet_joined: 'joined {date}',
    vet_sells: 'sells: {marks}',
    vet_noSellerMarks: 'no marks',
    vet_category: 'category: {category}',
    vet_country: 'country: {country}',
    vet_notShownHere: 'not shown on this page: {facts}',
    vet_factJoined: 'joined date',
    vet_factSells: 'seller marks',
    vet_factCategory: 'category',
    vet_factCountry: 'country',
    vet_flag: '[{severity}] {message}',
    vet_notRead: 'not read: {reason}',
    vet_notice: 'note: {notice}',
    vet_savedBeforeReady: 'The page was saved before it had finished loading ({waiting}); figures it had not shown yet are missing.',
  },
  {
    vet_usage: '用法：{command}',
    vet_unknownOption: '未知选项 {option}。',
    vet_optionNeedsValue: '选项 {option} 需要一个值。',
    vet_unknownLanguage: '未知语言“{language}”：请使用 {languages} 之一。',
    vet_noFiles: '未指定文件：请给出一个或多个保存的页面。',

    vet_unreadableFile: '无法读取该文件（{reason, select, ENOENT {文件不存在} EISDIR {这是一个文件夹} EACCES {没有读取权限} other {{reason}}}）。',
    vet_notHtml: '该文件不是保存的网页：其中没有网页标记。请用浏览器的“网页另存为…”保存页面。',
    vet_webArchive: '该文件是单个文件的网页存档，本命令无法读取。请在“网页另存为…”中选择“网页，全部”重新保存页面。',
    vet_noAddress: '文件中没有注明它保存自哪个页面：请用 {option} 给出页面地址。',

    vet_header: '{hasName, select, yes {{name} @{handle}} other {@{handle}}} · {platform} {kind, select, profile {主页} other {作品}} · {file}',
    vet_figures: '粉丝 {followers} · 关注 {following} · 获赞 {likes} · 作品 {posts}',
    vet_assessment: '评分 {score} · 可信度{confidence} · 量级 {tier} · 已读取 {read, number} 条作品 · {total, number} 项检查中运行了 {run, number} 项',
    vet_score: '{provisional, select, yes {{score, number}（{grade}，暂定）} other {{score, number}（{grade}）}}',
    vet_notScored: '未评分',
    vet_thisPost: '本作品：播放 {views} · 点赞 {likes} · 评论 {comments} · 发布于 {posted}{sponsored, select, yes { · 付费合作} other {}}',
    vet_joined: '注册于 {date}',
    vet_sells: '带货：{marks}',
    vet_noSellerMarks: '无标记',
    vet_category: '类目：{category}',
    vet_country: '国家/地区：{country}',
    vet_notShownHere: '本页未显示：{facts}',
    vet_factJoined: '注册日期',
    vet_factSells: '带货标记',
    vet_factCategory: '类目',
    vet_factCountry: '国家/地区',
    vet_flag: '[{severity}] {message}',
    vet_notRead: '未读取：{reason}',
    vet_notice: '注意：{notice}',
    vet_savedBeforeReady: '页面在加载完成前就已保存（{waiting}）；页面当时尚未显示的数据缺失。',
  },
);

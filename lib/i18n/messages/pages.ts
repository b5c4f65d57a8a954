// Messages of page reading (lib/platforms, lib/reading):
// what could not be read and why. These Texts cross messages and storage, so their values are flat
// strings and numbers; where one sentence holds another (the pages Creator Lens reads, what a page
// was waiting for, a field's name), the inner words are a `select` written once below and put into
// each message that needs them.
import { messages } from '../define';

/** The pages Creator Lens reads, in a sentence. */
const SUPPORTED_EN =
  'TikTok profiles and videos (www.tiktok.com/@name), Instagram profiles, posts and reels (www.instagram.com/name/), YouTube channels, videos and Shorts (www.youtube.com/@name)';
const SUPPORTED_ZH =
  'TikTok 达人主页和视频（www.tiktok.com/@name）、Instagram 达人主页、作品和 Reels（www.instagram.com/name/）、YouTube 频道、视频和 Shorts（www.youtube.com/@name）';

/** Why a page on one of the three sites is not one Creator Lens reads ({page}: which case). */
const WHY_EN =
  '{page, select, ' +
  'tiktok {This TikTok page is not a creator profile or video.} ' +
  'instagram {This Instagram page is not a creator profile or post.} ' +
  "igHome {This is Instagram's home feed, not a creator's page.} " +
  'igStory {This is a story by @{handle}. Open their profile (www.instagram.com/{handle}/) to score the creator.} ' +
  "igSection {This Instagram page (/{section}/) is not a creator's profile or post.} " +
  'igNoCreator {This Instagram address does not name a creator.} ' +
  'igCreatorOther {This page of @{handle} is not their profile or one of their posts.} ' +
  'youtube {This YouTube page is not a channel or a video. Open a channel (youtube.com/@name) or one of its videos.} ' +
  'other {This page is not a creator page.}}';
const WHY_ZH =
  '{page, select, ' +
  'tiktok {这个 TikTok 页面不是达人主页或视频。} ' +
  'instagram {这个 Instagram 页面不是达人主页或作品。} ' +
  'igHome {这是 Instagram 首页信息流，不是达人的页面。} ' +
  'igStory {这是 @{handle} 的快拍。请打开其主页（www.instagram.com/{handle}/）为该达人评分。} ' +
  'igSection {这个 Instagram 页面（/{section}/）不是达人主页或作品。} ' +
  'igNoCreator {这个 Instagram 地址没有指向任何达人。} ' +
  'igCreatorOther {@{handle} 的这个页面既不是其主页，也不是其作品。} ' +
  'youtube {这个 YouTube 页面不是频道或视频。请打开一个频道（youtube.com/@name）或其中的视频。} ' +
  'other {此页面不是达人页面。}}';

/** A channel the page shows: by handle, by name, or unknown. */
const SHOWN_CHANNEL_EN = '{shownKind, select, handle {@{shown}} name {“{shown}”} other {another channel}}';
const SHOWN_CHANNEL_ZH = '{shownKind, select, handle {@{shown}} name {“{shown}”} other {另一个频道}}';
/** The channel a YouTube address names, as the address names it. */
const EXPECTED_CHANNEL_EN =
  '{expectedKind, select, handle {@{expected}} id {channel {expected}} custom {/c/{expected}} user {/user/{expected}} other {{expected}}}';
const EXPECTED_CHANNEL_ZH =
  '{expectedKind, select, handle {@{expected}} id {频道 {expected}} custom {/c/{expected}} user {/user/{expected}} other {{expected}}}';

/** What a page that has not caught up with its address is still waiting for ({what}: which case). */
const WAITING_EN =
  '{what, select, ' +
  'otherProfile {the page still shows @{shown}, not @{expected}} ' +
  'profileHeader {the profile header has not rendered yet} ' +
  'videoBy {the page still shows a video by @{author}} ' +
  'video {the video has not rendered yet} ' +
  'otherPost {the page still shows another post ({code})} ' +
  'post {the post has not rendered yet} ' +
  `otherChannel {the page still shows ${SHOWN_CHANNEL_EN}, not ${EXPECTED_CHANNEL_EN}} ` +
  'channelHeader {the channel header has not rendered yet} ' +
  'videoGrid {the video grid has not rendered yet} ' +
  'otherVideo {the page still shows video {shown}, not {expected}} ' +
  "videoDetails {the video's details have not rendered yet} " +
  'other {the page has not finished rendering}}';
const WAITING_ZH =
  '{what, select, ' +
  'otherProfile {页面仍在显示 @{shown}，而不是 @{expected}} ' +
  'profileHeader {主页头部尚未加载出来} ' +
  'videoBy {页面仍在显示 @{author} 的视频} ' +
  'video {视频尚未加载出来} ' +
  'otherPost {页面仍在显示另一条作品（{code}）} ' +
  'post {作品尚未加载出来} ' +
  `otherChannel {页面仍在显示 ${SHOWN_CHANNEL_ZH}，而不是 ${EXPECTED_CHANNEL_ZH}} ` +
  'channelHeader {频道头部尚未加载出来} ' +
  'videoGrid {视频列表尚未加载出来} ' +
  'otherVideo {页面仍在显示视频 {shown}，而不是 {expected}} ' +
  'videoDetails {视频详情尚未加载出来} ' +
  'other {页面尚未加载完成}}';

/** A figure or field of the page, as the subject of a sentence ({what}: which one). */
const FIELD_EN =
  '{what, select, ' +
  'followers {the follower count} following {the following count} totalLikes {the total like count} ' +
  'displayName {the display name} likes {the like count} comments {the comment count} shares {the share count} ' +
  'saves {the save count} views {the view count} postingDate {the posting date} postDate {the post date} ' +
  'postCount {the post count} channelName {the channel name} subscribers {the subscriber count} ' +
  'videoCount {the video count} uploadDate {the upload date} other {this figure}}';
/** The same at the start of a sentence: "The follower count is not shown on this page". */
const FIELD_START_EN = FIELD_EN.replace(/\{(the|this) /g, (_, word: string) => `{${word[0]!.toUpperCase()}${word.slice(1)} `);
const FIELD_ZH =
  '{what, select, ' +
  'followers {粉丝数} following {关注数} totalLikes {总点赞数} ' +
  'displayName {昵称} likes {点赞数} comments {评论数} shares {分享数} ' +
  'saves {收藏数} views {播放量} postingDate {发布日期} postDate {发布日期} ' +
  'postCount {作品数} channelName {频道名称} subscribers {订阅数} ' +
  'videoCount {视频数} uploadDate {上传日期} other {该数据}}';

/** A YouTube channel tab by its address name ({tab}); "unnamed" when the data names none. */
const TAB_EN = '{tab, select, unnamed {unnamed} other {{tab}}}';
const TAB_ZH =
  '{tab, select, featured {首页} videos {视频} shorts {Shorts} streams {直播} live {直播} playlists {播放列表} ' +
  'community {社区} posts {帖子} about {简介} podcasts {播客} releases {发行作品} store {商店} courses {课程} ' +
  'membership {会员} search {搜索} channels {频道} unnamed {未命名} other {{tab}}}';

const TIKTOK_KEEPS_EN = '(TikTok keeps it after in-app navigation), so only the visible page was read.';
const TIKTOK_KEEPS_ZH = '（TikTok 在应用内跳转后会保留这些数据），因此只读取了页面上显示的内容。';
const YOUTUBE_KEEPS_EN = '(YouTube keeps it after in-app navigation), so only the visible page was read.';
const YOUTUBE_KEEPS_ZH = '（YouTube 在应用内跳转后会保留这些数据），因此只读取了页面上显示的内容。';
const IG_LEFT_EN = 'Data Instagram left in the page describes';
const IG_LEFT_ZH = 'Instagram 留在页面中的数据描述的是';
const IG_STAYS_EN = '(it stays after in-app navigation), so only what names';
const IG_STAYS_ZH = '（应用内跳转后这些数据仍会保留），因此只读取了指明';

export default messages(
  {
    // ---- Pages Creator Lens does not read (recognisePage) ----
    pg_unreadableAddress: `Creator Lens reads ${SUPPORTED_EN}. Open one and try again.`,
    pg_siteUnsupported: WHY_EN,
    pg_unsupportedPage: `${WHY_EN} Creator Lens reads ${SUPPORTED_EN}.`,

    // ---- Waiting for the page (readiness) ----
    pg_waiting: WAITING_EN,
    pg_readAfterWait: `Read after waiting {seconds, number} s for the page (${WAITING_EN}); figures the page had not shown yet are missing.`,

    // ---- Notices: data of another page, left behind by in-app navigation ----
    pg_visibleOtherHandle: 'The visible page shows @{shown}, not @{expected}; its figures were not used.',
    pg_ttDataNoCreator: 'The embedded page data names no creator, so only the visible page was read.',
    pg_ttDataOtherProfile: `The embedded page data describes @{handle} ${TIKTOK_KEEPS_EN}`,
    pg_ttDataOtherVideo: `The embedded page data describes video {id} ${TIKTOK_KEEPS_EN}`,
    pg_ttDataAnotherVideo: `The embedded page data describes another video ${TIKTOK_KEEPS_EN}`,
    pg_ttVisibleVideoBy: 'The visible page shows a video by @{author}, not @{expected}; its figures were not used.',
    pg_igStaleHandles: `${IG_LEFT_EN} {names} ${IG_STAYS_EN} @{handle} was read.`,
    pg_igStaleOtherPosts: `${IG_LEFT_EN} other posts ${IG_STAYS_EN} this post was read.`,
    pg_igStalePost: `${IG_LEFT_EN} the post {code} ${IG_STAYS_EN} this post was read.`,
    pg_igStaleProfile: `${IG_LEFT_EN} @{handle}'s profile ${IG_STAYS_EN} this post was read.`,
    pg_igVisibleOtherPost: 'The visible page shows another post ({code}); its figures were not used.',
    pg_ytDataOtherChannel: `The embedded page data describes ${SHOWN_CHANNEL_EN} ${YOUTUBE_KEEPS_EN}`,
    pg_ytDataOtherPage: `The embedded page data describes another YouTube page ${YOUTUBE_KEEPS_EN}`,
    pg_ytDataOtherVideo: `The embedded page data describes video {id} ${YOUTUBE_KEEPS_EN}`,
    pg_ytDataOtherTab: `The embedded page data lists another tab of this channel (${TAB_EN}); the grid was read from the visible page.`,
    pg_ytVisibleOtherChannel: `The visible page shows ${SHOWN_CHANNEL_EN}, not ${EXPECTED_CHANNEL_EN}; its figures were not used.`,
    pg_ytChannelNotNamed: `The page does not show ${EXPECTED_CHANNEL_EN} itself; the channel on screen was read as that channel.`,
    pg_ytVisibleOtherVideo: 'The visible page shows video {shown}, not {expected}; its figures were not used.',

    // ---- Why a field is missing (each a line of its own under "What was not read"): shared ----
    pg_notShown: `${FIELD_START_EN} is not shown on this page`,
    pg_notReadable: `${FIELD_START_EN} is not readable on this page`,
    pg_hiddenOrUnreadable: `${FIELD_START_EN} is hidden or not readable on this page`,
    pg_profileUnreadable: 'The profile could not be read from this page',
    pg_noPostsInGrid: 'No posts are visible in the grid',

    // ---- Why a field is missing: TikTok ----
    pg_ttVideoCountOnlyInData: 'TikTok shows the video count only in its embedded page data, which is absent or describes another profile',
    pg_ttPrivate: 'The account is private: its videos are hidden',
    pg_ttNoVideosInGrid: 'No videos are visible in the grid',
    pg_ttGridViewsUnreadable: 'Some videos in the grid show no readable view count',
    pg_ttVideoViews: "TikTok shows a video's views only on the profile grid and in the embedded data of a freshly loaded video page",
    pg_ttSponsoredOnlyInData: 'Whether the video is a paid partnership is only in the embedded data of a freshly loaded page',
    pg_ttFollowersOnlyInData: 'The follower count is only in the embedded data of a freshly loaded video page',

    // ---- Why a field is missing: Instagram ----
    pg_igNothingDescribes: 'Nothing on this page describes @{handle} yet',
    pg_igDescriptionUnreadable: 'The page description shows "{shown}", which could not be read as a number',
    pg_igNoTotalLikes: "Instagram does not show a creator's total like count",
    pg_igTaggedTab: "The Tagged tab shows other accounts' posts; open the Posts or Reels tab",
    pg_igPrivate: 'The account is private: its posts are hidden',
    pg_igGridNotRendered: 'The post grid has not rendered and the page data lists no posts',
    pg_igGridHidesCounts: 'Instagram hides like and comment counts on the profile grid; open a post to read them',
    pg_igLikesTurnedOff: 'The creator turned off like counts on some posts',
    pg_igReelViewsUnreadable: 'Some reels in the grid show no readable view count',
    pg_igReelViewsOnReelsTab: 'Instagram shows reel view counts on the Reels tab only',
    pg_igCountsHidden: 'The creator hides like and view counts on this post',
    pg_igOnProfile: `A post page does not show ${FIELD_EN}; open @{handle}'s profile`,
    pg_igOwnerNotShown: 'Reading the page failed: Instagram has not shown whose post this is yet. Wait for the post to load and try again.',

    // ---- Why a field is missing: YouTube ----
    pg_ytNoFollowing: 'YouTube does not show how many channels a creator subscribes to',
    pg_ytNoTotalLikes: "YouTube does not show a channel's total likes",
    pg_ytChannelUnreadable: 'The channel could not be read from this page',
    pg_ytVideoUnreadable: 'The video could not be read from this page',
    pg_ytNoVideosInTab: 'No videos are visible in this tab',
    pg_ytTabNotUploads: 'This tab does not list the latest uploads: open the Videos or Shorts tab',
    pg_ytViewsUnreadable: 'Some videos show no readable view count (live, upcoming, or hidden)',
    pg_ytShortsNoDates: 'The Shorts grid shows no upload dates',
    pg_ytDatesUnreadable: 'Some videos show no readable upload date',
    pg_ytGridNoLikes: "YouTube's channel grid shows no like counts; a video's own page shows them",
    pg_ytGridNoComments: "YouTube's channel grid shows no comment counts; a video's own page shows them",
    pg_ytCommentsOff: 'The comment count is turned off or has not loaded yet (scroll to the comments)',
    pg_ytSponsoredFromPlayer: "Paid promotion is only known from the player's data, which is absent or describes another video",
    pg_ytVideoChannelUnreadable: "The video's channel could not be read from this page",
    pg_ytShortNoSubscribers: "A Short's page does not show the channel's subscriber count; the channel page does",
    pg_ytVideoNoVideoCount: "A video page does not show the channel's video count; the channel page does",

    // ---- Reading a tab: lib/reading, the link menu ----
    pg_movedWhileReading: 'The page moved to another address while it was being read. Try again.',
    pg_invalidSnapshot: 'What the page shows could not be read into a valid snapshot.',
    pg_readFailed: 'Reading the page failed: {reason}',
    pg_tabGone: 'That tab is gone ({reason}).',
    pg_tabUnreadable: 'Creator Lens could not read this tab ({reason}). Reload the page and try again.',
    pg_badResponse: 'The page sent back data Creator Lens does not understand. Reload the page and try again.',
    pg_linkNotOpened: 'The browser did not open the link.',

    // ---- The toolbar badge (tab-memory) ----
    pg_badgeGrade: 'Creator Lens: grade {grade} — click for the score card',
    pg_badgeProvisional: 'Creator Lens: provisional grade {grade}, on too little evidence — click for what would firm it up',
    pg_badgeNotScored: 'Creator Lens: not scored — click to see why',
  },
  {
    pg_unreadableAddress: `Creator Lens 可读取 ${SUPPORTED_ZH}。请打开其中一个页面后重试。`,
    pg_siteUnsupported: WHY_ZH,
    pg_unsupportedPage: `${WHY_ZH}Creator Lens 可读取 ${SUPPORTED_ZH}。`,

    pg_waiting: WAITING_ZH,
    pg_readAfterWait: `等待页面 {seconds, number} 秒后读取（${WAITING_ZH}）；页面当时尚未显示的数据缺失。`,

    pg_visibleOtherHandle: '页面上显示的是 @{shown}，而不是 @{expected}；其数据未被采用。',
    pg_ttDataNoCreator: '页面内嵌数据未指明达人，因此只读取了页面上显示的内容。',
    pg_ttDataOtherProfile: `页面内嵌数据描述的是 @{handle}${TIKTOK_KEEPS_ZH}`,
    pg_ttDataOtherVideo: `页面内嵌数据描述的是视频 {id}${TIKTOK_KEEPS_ZH}`,
    pg_ttDataAnotherVideo: `页面内嵌数据描述的是另一个视频${TIKTOK_KEEPS_ZH}`,
    pg_ttVisibleVideoBy: '页面上显示的是 @{author} 的视频，而不是 @{expected} 的视频；其数据未被采用。',
    pg_igStaleHandles: `${IG_LEFT_ZH} {names}${IG_STAYS_ZH} @{handle} 的内容。`,
    pg_igStaleOtherPosts: `${IG_LEFT_ZH}其他作品${IG_STAYS_ZH}此作品的内容。`,
    pg_igStalePost: `${IG_LEFT_ZH}作品 {code}${IG_STAYS_ZH}此作品的内容。`,
    pg_igStaleProfile: `${IG_LEFT_ZH} @{handle} 的主页${IG_STAYS_ZH}此作品的内容。`,
    pg_igVisibleOtherPost: '页面上显示的是另一条作品（{code}）；其数据未被采用。',
    pg_ytDataOtherChannel: `页面内嵌数据描述的是 ${SHOWN_CHANNEL_ZH}${YOUTUBE_KEEPS_ZH}`,
    pg_ytDataOtherPage: `页面内嵌数据描述的是另一个 YouTube 页面${YOUTUBE_KEEPS_ZH}`,
    pg_ytDataOtherVideo: `页面内嵌数据描述的是视频 {id}${YOUTUBE_KEEPS_ZH}`,
    pg_ytDataOtherTab: `页面内嵌数据列出的是该频道的另一个标签页（${TAB_ZH}）；视频列表已从页面上显示的内容读取。`,
    pg_ytVisibleOtherChannel: `页面上显示的是 ${SHOWN_CHANNEL_ZH}，而不是 ${EXPECTED_CHANNEL_ZH}；其数据未被采用。`,
    pg_ytChannelNotNamed: `页面本身没有显示 ${EXPECTED_CHANNEL_ZH}；已将页面上的频道当作该频道读取。`,
    pg_ytVisibleOtherVideo: '页面上显示的是视频 {shown}，而不是 {expected}；其数据未被采用。',

    pg_notShown: `此页面未显示${FIELD_ZH}`,
    pg_notReadable: `此页面上无法读取${FIELD_ZH}`,
    pg_hiddenOrUnreadable: `${FIELD_ZH}已隐藏，或在此页面上无法读取`,
    pg_profileUnreadable: '无法从此页面读取该主页',
    pg_noPostsInGrid: '作品列表中没有可见的作品',

    pg_ttVideoCountOnlyInData: 'TikTok 只在页面内嵌数据中提供视频数，而这些数据缺失或描述的是另一个主页',
    pg_ttPrivate: '该账号为私密账号：其视频不可见',
    pg_ttNoVideosInGrid: '作品列表中没有可见的视频',
    pg_ttGridViewsUnreadable: '作品列表中部分视频的播放量无法读取',
    pg_ttVideoViews: 'TikTok 只在主页作品列表和刚加载的视频页内嵌数据中显示视频播放量',
    pg_ttSponsoredOnlyInData: '视频是否为付费合作，只能从刚加载的页面的内嵌数据中得知',
    pg_ttFollowersOnlyInData: '粉丝数只在刚加载的视频页的内嵌数据中',

    pg_igNothingDescribes: '此页面上尚无关于 @{handle} 的内容',
    pg_igDescriptionUnreadable: '页面描述显示为“{shown}”，无法识别为数字',
    pg_igNoTotalLikes: 'Instagram 不显示达人的总点赞数',
    pg_igTaggedTab: '“被标记”标签页显示的是其他账号的作品；请打开“帖子”或“Reels”标签页',
    pg_igPrivate: '该账号为私密账号：其作品不可见',
    pg_igGridNotRendered: '作品列表尚未加载出来，页面数据中也没有作品',
    pg_igGridHidesCounts: 'Instagram 在主页作品列表中隐藏点赞数和评论数；请打开作品页读取',
    pg_igLikesTurnedOff: '达人在部分作品上关闭了点赞数显示',
    pg_igReelViewsUnreadable: '作品列表中部分 Reels 的播放量无法读取',
    pg_igReelViewsOnReelsTab: 'Instagram 只在 Reels 标签页显示 Reels 的播放量',
    pg_igCountsHidden: '达人隐藏了此作品的点赞数和播放量',
    pg_igOnProfile: `作品页不显示${FIELD_ZH}；请打开 @{handle} 的主页`,
    pg_igOwnerNotShown: '读取页面失败：Instagram 尚未显示这是谁的作品。请等作品加载完成后重试。',

    pg_ytNoFollowing: 'YouTube 不显示达人订阅了多少个频道',
    pg_ytNoTotalLikes: 'YouTube 不显示频道的总点赞数',
    pg_ytChannelUnreadable: '无法从此页面读取该频道',
    pg_ytVideoUnreadable: '无法从此页面读取该视频',
    pg_ytNoVideosInTab: '此标签页中没有可见的视频',
    pg_ytTabNotUploads: '此标签页不列出最新上传的视频：请打开“视频”或“Shorts”标签页',
    pg_ytViewsUnreadable: '部分视频的播放量无法读取（直播、即将发布或已隐藏）',
    pg_ytShortsNoDates: 'Shorts 列表不显示上传日期',
    pg_ytDatesUnreadable: '部分视频的上传日期无法读取',
    pg_ytGridNoLikes: 'YouTube 频道的视频列表不显示点赞数；视频自己的页面会显示',
    pg_ytGridNoComments: 'YouTube 频道的视频列表不显示评论数；视频自己的页面会显示',
    pg_ytCommentsOff: '评论数已关闭或尚未加载（请滚动到评论区）',
    pg_ytSponsoredFromPlayer: '是否为付费推广只能从播放器数据中得知，而这些数据缺失或描述的是另一个视频',
    pg_ytVideoChannelUnreadable: '无法从此页面读取该视频所属的频道',
    pg_ytShortNoSubscribers: 'Shorts 页面不显示频道的订阅数；频道页面会显示',
    pg_ytVideoNoVideoCount: '视频页面不显示频道的视频数；频道页面会显示',

    pg_movedWhileReading: '读取过程中页面跳转到了另一个地址。请重试。',
    pg_invalidSnapshot: '无法将页面内容读取为有效的快照。',
    pg_readFailed: '读取页面失败：{reason}',
    pg_tabGone: '该标签页已不存在（{reason}）。',
    pg_tabUnreadable: 'Creator Lens 无法读取此标签页（{reason}）。请刷新页面后重试。',
    pg_badResponse: '页面返回了 Creator Lens 无法识别的数据。请刷新页面后重试。',
    pg_linkNotOpened: '浏览器未能打开该链接。',

    pg_badgeGrade: 'Creator Lens：等级 {grade}，点击查看评分卡',
    pg_badgeProvisional: 'Creator Lens：暂定等级 {grade}，依据太少，点击查看如何确定',
    pg_badgeNotScored: 'Creator Lens：未评分，点击查看原因',
  },
);

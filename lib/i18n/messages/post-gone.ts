// Messages of a post page that says its post is gone: the popup's card for it, and the campaign's
// deliverables table from the day it was first seen gone.
import { messages } from '../define';

export default messages(
  {
    gone_title: 'This post is no longer available',
    gone_pageSays: 'This post is no longer available (the page says: “{says}”).',
    gone_nothingToScore: 'The page shows no figures, so there is nothing to score or save to the shortlist.',
    gone_since: 'no longer available since {date}',
    gone_notShown: 'not shown: the page says the post is no longer available',
    gone_neverUp: 'unknown: the post was gone at every reading',
  },
  {
    gone_title: '该作品已无法访问',
    gone_pageSays: '该作品已无法访问（页面显示：“{says}”）。',
    gone_nothingToScore: '页面上没有任何数据，因此无法评分，也无法存入候选名单。',
    gone_since: '自 {date} 起已不可访问',
    gone_notShown: '未显示：页面显示该作品已无法访问',
    gone_neverUp: '未知：每次读取时该作品都已无法访问',
  },
);

// Every message of the extension, by area. Each area lives in messages/<area>.ts with both languages.
import backup from './messages/backup';
import bounds from './messages/bounds';
import common from './messages/common';
import columns from './messages/columns';
import campaigns from './messages/campaigns';
import campaignWork from './messages/campaign-work';
import roi from './messages/roi';
import resultImport from './messages/result-import';
import results from './messages/results';
import campaignData from './messages/campaign-data';
import deliverables from './messages/deliverables';
import outreach from './messages/outreach';
import contact from './messages/contact';
import dashboard from './messages/dashboard';
import data from './messages/data';
import deals from './messages/deals';
import edits from './messages/edits';
import facts from './messages/facts';
import importing from './messages/import';
import importMore from './messages/import-more';
import options from './messages/options';
import layout from './messages/layout';
import numbers from './messages/numbers';
import pages from './messages/pages';
import postGone from './messages/post-gone';
import panel from './messages/panel';
import popup from './messages/popup';
import scoring from './messages/scoring';
import storage from './messages/storage';
import youtubeHome from './messages/youtube-home';
import vet from './messages/vet';
import visits from './messages/visits';
import welcome from './messages/welcome';

export const en = {
  ...common.en,
  ...scoring.en,
  ...pages.en,
  ...data.en,
  ...popup.en,
  ...dashboard.en,
  ...bounds.en,
  ...edits.en,
  ...importing.en,
  ...importMore.en,
  ...backup.en,
  ...storage.en,
  ...youtubeHome.en,
  ...vet.en,
  ...facts.en,
  ...visits.en,
  ...contact.en,
  ...campaigns.en,
  ...options.en,
  ...welcome.en,
  ...layout.en,
  ...panel.en,
  ...numbers.en,
  ...columns.en,
  ...campaignWork.en,
  ...roi.en,
  ...resultImport.en,
  ...results.en,
  ...campaignData.en,
  ...deliverables.en,
  ...postGone.en,
  ...outreach.en,
  ...deals.en,
};
export const zh_CN: Record<MessageKey, string> = {
  ...common.zh_CN,
  ...scoring.zh_CN,
  ...pages.zh_CN,
  ...data.zh_CN,
  ...popup.zh_CN,
  ...dashboard.zh_CN,
  ...bounds.zh_CN,
  ...edits.zh_CN,
  ...importing.zh_CN,
  ...importMore.zh_CN,
  ...backup.zh_CN,
  ...storage.zh_CN,
  ...youtubeHome.zh_CN,
  ...vet.zh_CN,
  ...facts.zh_CN,
  ...visits.zh_CN,
  ...contact.zh_CN,
  ...campaigns.zh_CN,
  ...options.zh_CN,
  ...welcome.zh_CN,
  ...layout.zh_CN,
  ...panel.zh_CN,
  ...numbers.zh_CN,
  ...columns.zh_CN,
  ...campaignWork.zh_CN,
  ...roi.zh_CN,
  ...resultImport.zh_CN,
  ...results.zh_CN,
  ...campaignData.zh_CN,
  ...deliverables.zh_CN,
  ...postGone.zh_CN,
  ...outreach.zh_CN,
  ...deals.zh_CN,
};
export type MessageKey = keyof typeof en;

// Every area of messages (lib/i18n/messages), for the tests that go through each of them.
import backup from '../../lib/i18n/messages/backup';
import bounds from '../../lib/i18n/messages/bounds';
import common from '../../lib/i18n/messages/common';
import columns from '../../lib/i18n/messages/columns';
import campaigns from '../../lib/i18n/messages/campaigns';
import campaignWork from '../../lib/i18n/messages/campaign-work';
import deliverables from '../../lib/i18n/messages/deliverables';
import contact from '../../lib/i18n/messages/contact';
import dashboard from '../../lib/i18n/messages/dashboard';
import data from '../../lib/i18n/messages/data';
import edits from '../../lib/i18n/messages/edits';
import facts from '../../lib/i18n/messages/facts';
import importing from '../../lib/i18n/messages/import';
import importMore from '../../lib/i18n/messages/import-more';
import options from '../../lib/i18n/messages/options';
import layout from '../../lib/i18n/messages/layout';
import numbers from '../../lib/i18n/messages/numbers';
import pages from '../../lib/i18n/messages/pages';
import panel from '../../lib/i18n/messages/panel';
import popup from '../../lib/i18n/messages/popup';
import scoring from '../../lib/i18n/messages/scoring';
import storage from '../../lib/i18n/messages/storage';
import youtubeHome from '../../lib/i18n/messages/youtube-home';
import vet from '../../lib/i18n/messages/vet';
import visits from '../../lib/i18n/messages/visits';
import welcome from '../../lib/i18n/messages/welcome';

export const AREAS = { common, scoring, pages, data, popup, dashboard, bounds, edits, importing, backup, storage, youtubeHome, vet, facts, visits, contact, campaigns, importMore, options, welcome, layout, panel, numbers, columns, campaignWork, deliverables };

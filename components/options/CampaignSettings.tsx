// The options page: named campaigns (markets, content languages, niche words, platforms, budget,
// minimum tier), one of them active. The popup shows how a creator fits the active one.
import { useEffect, useId, useRef, useState } from 'react';
import { activeCampaign, splitList, type Campaign, type CampaignSettings } from '../../lib/campaign/settings';
import { TIER_IDS } from '../../lib/schema/assessment';
import { tierShortName } from '../../lib/scoring';
import { CURRENCIES } from '../../lib/shortlist/pricing';
import { PLATFORMS } from '../../lib/schema/limits';
import { platformName } from '../../lib/i18n/format';
import { problem, say, t, text, type Text } from '../../lib/i18n';
import { useFocusLater } from '../shared/useFocusLater';

export interface CampaignStore {
  load(): Promise<CampaignSettings>;
  save(settings: CampaignSettings): Promise<void>;
}

interface Draft {
  name: string;
  targetMarkets: string;
  languages: string;
  keywords: string;
  platforms: Campaign['platforms'];
  amount: string;
  currency: string;
  perUsd: string;
  minTier: Campaign['minTier'];
}

const EMPTY_DRAFT: Draft = { name: '', targetMarkets: '', languages: '', keywords: '', platforms: [], amount: '', currency: 'USD', perUsd: '', minTier: null };

function toDraft(campaign: Campaign): Draft {
  return {
    name: campaign.name,
    targetMarkets: campaign.targetMarkets.join(', '),
    languages: campaign.languages.join(', '),
    keywords: campaign.keywords.join(', '),
    platforms: campaign.platforms,
    amount: campaign.budget ? String(campaign.budget.amount) : '',
    currency: campaign.budget?.currency ?? 'USD',
    perUsd: campaign.budget?.perUsd ? String(campaign.budget.perUsd) : '',
    minTier: campaign.minTier,
  };
}

/** The campaign a draft describes, or what is wrong with it. */
export function fromDraft(draft: Draft, id: string): { campaign: Campaign } | { error: Text } {
  const name = draft.name.trim();
  if (!name) return { error: text('pop_errName') };
  const languages = splitList(draft.languages).map((code) => code.toLowerCase());
  const bad = languages.find((code) => !/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(code));
  if (bad) return { error: text('pop_errLanguage', { code: bad }) };
  let budget: Campaign['budget'] = null;
  if (draft.amount.trim()) {
    const amount = Number(draft.amount.replace(/[,\s]/g, ''));
    if (!Number.isFinite(amount) || amount <= 0) return { error: text('pop_errBudget') };
    const perUsd = draft.perUsd.trim() ? Number(draft.perUsd.replace(',', '.')) : null;
    if (perUsd !== null && (!Number.isFinite(perUsd) || perUsd <= 0)) return { error: text('pop_errRate') };
    budget = { amount, currency: draft.currency, perUsd: draft.currency === 'USD' ? null : perUsd };
  }
  return {
    campaign: {
      id,
      name: name.slice(0, 100),
      targetMarkets: splitList(draft.targetMarkets),
      languages,
      keywords: splitList(draft.keywords),
      platforms: draft.platforms,
      budget,
      minTier: draft.minTier,
    },
  };
}

export function CampaignSettingsPage({ store, newId = () => crypto.randomUUID() }: { store: CampaignStore; newId?: () => string }) {
  const [settings, setSettings] = useState<CampaignSettings | null>(null);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const ids = useId();
  const page = useRef<HTMLElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const focusLater = useFocusLater();
  const find = (selector: string) => page.current?.querySelector<HTMLElement>(selector);
  /** The button that opened the form: New campaign, or the campaign's Edit. */
  const opener = (editing: string | 'new') => (editing === 'new' ? find('button.new-campaign') : find(`button[data-edit="${CSS.escape(editing)}"]`));

  // The form opened (New campaign, Edit): the keyboard goes to its first field.
  useEffect(() => {
    if (editing !== null) nameField.current?.focus();
  }, [editing]);

  /** Closes the form, the keyboard going back to the button that opened it. */
  const closeForm = () => {
    if (editing === null) return;
    const from = editing;
    setEditing(null);
    focusLater(() => opener(from));
  };

  useEffect(() => {
    store.load().then(setSettings, (failure: unknown) => setMessage({ text: t('pop_campaignsNotRead', { reason: problem(failure) }), error: true }));
  }, [store]);

  const persist = async (next: CampaignSettings, text: string) => {
    try {
      await store.save(next);
      setSettings(next);
      setMessage({ text, error: false });
      return true;
    } catch (failure) {
      setMessage({ text: t('pop_notSaved', { reason: problem(failure) }), error: true });
      return false;
    }
  };

  if (!settings) return <main className="options"><p className="muted">{t('pop_loading')}</p></main>;
  const active = activeCampaign(settings);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  return (
    <main className="options" ref={page}>
      <h1>{t('pop_campaigns')}</h1>
      <p className="muted">{t('pop_campaignsIntro')}</p>
      {message ? <p className={message.error ? 'error' : 'saved'} role={message.error ? 'alert' : 'status'}>{message.text}</p> : null}

      <fieldset className="campaign-list">
        <legend>{t('pop_activeCampaign')}</legend>
        <label>
          <input type="radio" name={`${ids}-active`} checked={active === null} onChange={() => void persist({ ...settings, activeId: null }, t('pop_noneActive'))} /> {t('pop_none')}
        </label>
        {settings.campaigns.map((campaign, index) => (
          <div key={campaign.id} className="campaign-row" data-campaign={campaign.name} data-campaign-id={campaign.id}>
            <label>
              <input type="radio" name={`${ids}-active`} checked={active?.id === campaign.id} onChange={() => void persist({ ...settings, activeId: campaign.id }, t('pop_nowActive', { name: campaign.name }))} /> {campaign.name}
            </label>
            <button type="button" data-edit={campaign.id} onClick={() => { setEditing(campaign.id); setDraft(toDraft(campaign)); setMessage(null); }}>{t('pop_edit')}</button>
            <button
              type="button"
              className="danger"
              onClick={() => {
                const next = settings.campaigns[index + 1];
                void persist(
                  { campaigns: settings.campaigns.filter((other) => other.id !== campaign.id), activeId: settings.activeId === campaign.id ? null : settings.activeId },
                  t('pop_deleted', { name: campaign.name }),
                ).then((deleted) => {
                  if (!deleted) return;
                  // Its form goes with it.
                  if (editing === campaign.id) setEditing(null);
                  // The row and its buttons are gone: the keyboard goes to the next row, else to New campaign.
                  focusLater(() =>
                    next
                      ? find(`[data-campaign-id="${CSS.escape(next.id)}"] input`)
                      : (find('button.new-campaign') ?? find('.campaign-list input')),
                  );
                });
              }}
            >
              {t('pop_delete')}
            </button>
          </div>
        ))}
      </fieldset>
      {editing === null ? (
        <button type="button" className="primary new-campaign" onClick={() => { setEditing('new'); setDraft(EMPTY_DRAFT); setMessage(null); }}>{t('pop_newCampaign')}</button>
      ) : (
        <form
          className="campaign-form"
          aria-label={editing === 'new' ? t('pop_newCampaign') : t('pop_editNamed', { name: draft.name })}
          onSubmit={(event) => {
            event.preventDefault();
            const id = editing === 'new' ? newId() : editing;
            const result = fromDraft(draft, id);
            if ('error' in result) {
              setMessage({ text: say(result.error), error: true });
              return;
            }
            const exists = settings.campaigns.some((campaign) => campaign.id === id);
            const campaigns = exists ? settings.campaigns.map((campaign) => (campaign.id === id ? result.campaign : campaign)) : [...settings.campaigns, result.campaign];
            // The first campaign becomes the active one.
            const activeId = settings.activeId ?? (settings.campaigns.length === 0 ? id : null);
            void persist({ campaigns, activeId }, t('pop_savedCampaign', { name: result.campaign.name })).then((saved) => saved && closeForm());
          }}
        >
          <label>{t('pop_fieldName')} <input ref={nameField} value={draft.name} onChange={(e) => set('name', e.target.value)} placeholder={t('pop_fieldNamePlaceholder')} /></label>
          <label>{t('pop_fieldMarkets')} <input value={draft.targetMarkets} onChange={(e) => set('targetMarkets', e.target.value)} placeholder="US, CA" /></label>
          <label>{t('pop_fieldLanguages')} <input value={draft.languages} onChange={(e) => set('languages', e.target.value)} placeholder="en, es" /></label>
          <label>{t('pop_fieldKeywords')} <input value={draft.keywords} onChange={(e) => set('keywords', e.target.value)} placeholder={t('pop_fieldKeywordsPlaceholder')} /></label>
          <fieldset>
            <legend>{t('pop_fieldPlatforms')}</legend>
            {PLATFORMS.map((platform) => (
              <label key={platform}>
                <input
                  type="checkbox"
                  checked={draft.platforms.includes(platform)}
                  onChange={(e) => set('platforms', e.target.checked ? [...draft.platforms, platform] : draft.platforms.filter((p) => p !== platform))}
                />{' '}
                {platformName(platform)}
              </label>
            ))}
          </fieldset>
          <div className="budget">
            <label>{t('pop_fieldBudget')} <input inputMode="decimal" value={draft.amount} onChange={(e) => set('amount', e.target.value)} placeholder="500" /></label>
            <label>{t('pop_fieldCurrency')}
              <select value={draft.currency} onChange={(e) => set('currency', e.target.value)}>
                {CURRENCIES.map((code) => <option key={code} value={code}>{code}</option>)}
              </select>
            </label>
            {draft.currency !== 'USD' ? (
              <label>{t('pop_fieldPerUsd', { currency: draft.currency })} <input inputMode="decimal" value={draft.perUsd} onChange={(e) => set('perUsd', e.target.value)} placeholder="7.2" /></label>
            ) : null}
          </div>
          <label>{t('pop_fieldMinTier')}
            <select value={draft.minTier ?? ''} onChange={(e) => set('minTier', (e.target.value || null) as Campaign['minTier'])}>
              <option value="">{t('pop_anyTier')}</option>
              {TIER_IDS.map((tier) => <option key={tier} value={tier}>{say(tierShortName(tier))}</option>)}
            </select>
          </label>
          <div className="actions">
            <button type="submit" className="primary">{t('pop_saveCampaign')}</button>
            <button type="button" onClick={closeForm}>{t('pop_cancel')}</button>
          </div>
        </form>
      )}
    </main>
  );
}

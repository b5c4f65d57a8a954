// The campaigns section of the options page: named campaigns (markets, content languages, niche
// words, platforms, budget, minimum tier), one of them active, and the currency new ones start in.
// The popup shows how a creator fits the active one.
import { useEffect, useId, useRef, useState } from 'react';
import { LANGUAGE_CODES, nameOf, REGION_CODES } from '../../lib/campaign/choices';
import { readRate } from '../../lib/campaign/money';
import { activeCampaign, splitList, type Campaign, type CampaignSettings } from '../../lib/campaign/settings';
import { TIER_IDS } from '../../lib/schema/assessment';
import { tierShortName } from '../../lib/scoring';
import { CURRENCIES } from '../../lib/shortlist/pricing';
import { problem, say, t, text, type Text } from '../../lib/i18n';
import { loadSettings, saveSettings } from '../../lib/settings';
import { useFocusLater } from '../shared/useFocusLater';
import { CodePicker } from '../shared/CodePicker';
import { PlatformChoice } from '../shared/PlatformChoice';

export interface CampaignStore {
  load(): Promise<CampaignSettings>;
  save(settings: CampaignSettings): Promise<void>;
}

interface Draft {
  name: string;
  targetMarkets: string[];
  languages: string[];
  keywords: string;
  platforms: Campaign['platforms'];
  amount: string;
  currency: string;
  perUsd: string;
  minTier: Campaign['minTier'];
}

/** The fields whose input can be refused, each told at its field. */
type CheckedField = 'name' | 'amount' | 'perUsd';

const emptyDraft = (currency: string): Draft => ({ name: '', targetMarkets: [], languages: [], keywords: '', platforms: [], amount: '', currency, perUsd: '', minTier: null });

/** A currency as offered: "Chinese Yuan (CNY)", "人民币（CNY）". */
const currencyLabel = (code: string) => t('opt_currencyOption', { name: nameOf('currency', code) ?? code, code });

/** A stored default that is no longer offered starts new campaigns in US dollars. */
const offeredCurrency = (code: string) => CURRENCIES.find((offered) => offered === code) ?? 'USD';

function toDraft(campaign: Campaign): Draft {
  return {
    name: campaign.name,
    targetMarkets: campaign.targetMarkets,
    languages: campaign.languages,
    keywords: campaign.keywords.join(', '),
    platforms: campaign.platforms,
    amount: campaign.budget ? String(campaign.budget.amount) : '',
    currency: campaign.budget?.currency ?? 'USD',
    perUsd: campaign.budget?.perUsd ? String(campaign.budget.perUsd) : '',
    minTier: campaign.minTier,
  };
}

/** The campaign a draft describes, or what is wrong with it and in which field. */
function fromDraft(draft: Draft, id: string): { campaign: Campaign } | { error: Text; field: CheckedField } {
  const name = draft.name.trim();
  if (!name) return { error: text('pop_errName'), field: 'name' };
  let budget: Campaign['budget'] = null;
  if (draft.amount.trim()) {
    const amount = Number(draft.amount.replace(/[,\s]/g, ''));
    if (!Number.isFinite(amount) || amount <= 0) return { error: text('pop_errBudget'), field: 'amount' };
    const rate = draft.currency === 'USD' ? { perUsd: null } : readRate(draft.perUsd);
    if ('error' in rate) return { error: rate.error, field: 'perUsd' };
    budget = { amount, currency: draft.currency, perUsd: rate.perUsd };
  }
  return {
    campaign: {
      id,
      name: name.slice(0, 100),
      targetMarkets: draft.targetMarkets,
      languages: draft.languages.map((code) => code.toLowerCase()),
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
  const [defaultCurrency, setDefaultCurrency] = useState('USD');
  const [draft, setDraft] = useState<Draft>(() => emptyDraft('USD'));
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [refused, setRefused] = useState<{ field: CheckedField; text: string } | null>(null);
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
    setRefused(null);
    focusLater(() => opener(from));
  };

  useEffect(() => {
    store.load().then(setSettings, (failure: unknown) => setMessage({ text: t('pop_campaignsNotRead', { reason: problem(failure) }), error: true }));
  }, [store]);
  useEffect(() => {
    // Unreadable settings read as their fallback (US dollars); loadSettings does not fail on them.
    loadSettings().then((stored) => setDefaultCurrency(offeredCurrency(stored.defaultCurrency)), () => undefined);
  }, []);

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

  if (!settings) {
    // Campaigns that could not be read say why, where they would be.
    return <section className="campaigns">{message ? <p className="error" role="alert">{message.text}</p> : <p className="muted">{t('pop_loading')}</p>}</section>;
  }
  const active = activeCampaign(settings);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  /** A checked field's id, and what ties it to the refusal shown under it. */
  const checked = (field: CheckedField) => ({
    id: `${ids}-${field}`,
    'aria-invalid': refused?.field === field ? true : undefined,
    'aria-describedby': refused?.field === field ? `${ids}-${field}-error` : undefined,
  });
  const refusal = (field: CheckedField) =>
    refused?.field === field ? (
      <p id={`${ids}-${field}-error`} className="error small" role="alert">
        {refused.text}
      </p>
    ) : null;

  return (
    <section className="campaigns" ref={page} aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t('pop_campaigns')}</h2>
      <p className="muted">{t('pop_campaignsIntro')}</p>
      {message ? <p className={message.error ? 'error' : 'saved'} role={message.error ? 'alert' : 'status'}>{message.text}</p> : null}

      <div className="field">
        <label htmlFor={`${ids}-default-currency`}>{t('opt_defaultCurrency')}</label>
        <select
          id={`${ids}-default-currency`}
          aria-describedby={`${ids}-default-currency-hint`}
          value={defaultCurrency}
          onChange={(event) => {
            const next = offeredCurrency(event.target.value);
            const before = defaultCurrency;
            setDefaultCurrency(next);
            saveSettings({ defaultCurrency: next }).catch((failure: unknown) => {
              setDefaultCurrency(before);
              setMessage({ text: t('settingNotSaved', { reason: problem(failure) }), error: true });
            });
          }}
        >
          {CURRENCIES.map((code) => <option key={code} value={code}>{currencyLabel(code)}</option>)}
        </select>
        <p id={`${ids}-default-currency-hint`} className="small muted">{t('opt_defaultCurrencyHint')}</p>
      </div>

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
            <button type="button" data-edit={campaign.id} onClick={() => { setEditing(campaign.id); setDraft(toDraft(campaign)); setMessage(null); setRefused(null); }}>{t('pop_edit')}</button>
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
        <button type="button" className="primary new-campaign" onClick={() => { setEditing('new'); setDraft(emptyDraft(defaultCurrency)); setMessage(null); setRefused(null); }}>{t('pop_newCampaign')}</button>
      ) : (
        <form
          className="campaign-form"
          noValidate
          aria-label={editing === 'new' ? t('pop_newCampaign') : t('pop_editNamed', { name: draft.name })}
          onSubmit={(event) => {
            event.preventDefault();
            const id = editing === 'new' ? newId() : editing;
            const result = fromDraft(draft, id);
            if ('error' in result) {
              setMessage(null);
              setRefused({ field: result.field, text: say(result.error) });
              // The keyboard goes to the field to mend.
              focusLater(() => find(`#${CSS.escape(`${ids}-${result.field}`)}`));
              return;
            }
            setRefused(null);
            const exists = settings.campaigns.some((campaign) => campaign.id === id);
            const campaigns = exists ? settings.campaigns.map((campaign) => (campaign.id === id ? result.campaign : campaign)) : [...settings.campaigns, result.campaign];
            // The first campaign becomes the active one.
            const activeId = settings.activeId ?? (settings.campaigns.length === 0 ? id : null);
            void persist({ campaigns, activeId }, t('pop_savedCampaign', { name: result.campaign.name })).then((saved) => saved && closeForm());
          }}
        >
          <div className="field">
            <label htmlFor={`${ids}-name`}>{t('pop_fieldName')}</label>
            <input ref={nameField} type="text" {...checked('name')} value={draft.name} onChange={(e) => set('name', e.target.value)} placeholder={t('pop_fieldNamePlaceholder')} />
            {refusal('name')}
          </div>
          <CodePicker
            kind="region"
            label={t('pop_fieldMarkets')}
            hint={t('opt_marketsHint')}
            codes={REGION_CODES}
            chosen={draft.targetMarkets}
            onChange={(next) => set('targetMarkets', next)}
            noMatch={(query) => t('opt_noMarketMatch', { query })}
          />
          <CodePicker
            kind="language"
            label={t('opt_fieldLanguages')}
            hint={t('opt_languagesHint')}
            codes={LANGUAGE_CODES}
            chosen={draft.languages}
            onChange={(next) => set('languages', next)}
            noMatch={(query) => t('opt_noLanguageMatch', { query })}
          />
          <div className="field">
            <label htmlFor={`${ids}-keywords`}>{t('pop_fieldKeywords')}</label>
            <input id={`${ids}-keywords`} type="text" value={draft.keywords} onChange={(e) => set('keywords', e.target.value)} placeholder={t('pop_fieldKeywordsPlaceholder')} />
          </div>
          <PlatformChoice chosen={draft.platforms} onChange={(next) => set('platforms', next)} />
          <div className="budget">
            <div className="field">
              <label htmlFor={`${ids}-amount`}>{t('pop_fieldBudget')}</label>
              <input type="text" inputMode="decimal" {...checked('amount')} value={draft.amount} onChange={(e) => set('amount', e.target.value)} placeholder="500" />
              {refusal('amount')}
            </div>
            <div className="field">
              <label htmlFor={`${ids}-currency`}>{t('pop_fieldCurrency')}</label>
              <select id={`${ids}-currency`} value={draft.currency} onChange={(e) => set('currency', e.target.value)}>
                {/* A campaign stored with a currency no longer offered keeps it. */}
                {(CURRENCIES.some((code) => code === draft.currency) ? CURRENCIES : [draft.currency, ...CURRENCIES]).map((code) => <option key={code} value={code}>{currencyLabel(code)}</option>)}
              </select>
            </div>
          </div>
          {draft.currency !== 'USD' ? (
            <div className="field rate">
              <label htmlFor={`${ids}-perUsd`}>{t('opt_rateLabel', { currency: draft.currency })}</label>
              <div className="rate-row">
                <span aria-hidden="true">{t('opt_rateOne')}</span>
                <input
                  type="text"
                  inputMode="decimal"
                  {...checked('perUsd')}
                  aria-describedby={[checked('perUsd')['aria-describedby'], `${ids}-rate-hint`].filter(Boolean).join(' ')}
                  value={draft.perUsd}
                  onChange={(e) => set('perUsd', e.target.value)}
                />
                <span aria-hidden="true">{draft.currency}</span>
              </div>
              {refusal('perUsd')}
              <p id={`${ids}-rate-hint`} className="small muted">{t('opt_rateHint', { currency: draft.currency })}</p>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={`${ids}-tier`}>{t('pop_fieldMinTier')}</label>
            <select id={`${ids}-tier`} value={draft.minTier ?? ''} onChange={(e) => set('minTier', (e.target.value || null) as Campaign['minTier'])}>
              <option value="">{t('pop_anyTier')}</option>
              {TIER_IDS.map((tier) => <option key={tier} value={tier}>{say(tierShortName(tier))}</option>)}
            </select>
          </div>
          <div className="actions">
            <button type="submit" className="primary">{t('pop_saveCampaign')}</button>
            <button type="button" onClick={closeForm}>{t('pop_cancel')}</button>
          </div>
        </form>
      )}
    </section>
  );
}

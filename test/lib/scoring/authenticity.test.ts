import { describe, expect, it } from 'vitest';
import { english } from '../../../lib/i18n';
import { accountAuthenticity, FAKE_THRESHOLD, type AccountSignals } from '../../../lib/scoring/authenticity';
import { accuracy, balancedAccuracy, confusion, precision, recall, rocAuc, specificity } from '../../../bench/metrics';

/** A plain, believable account on which no rule fires. */
const NEUTRAL: AccountSignals = {
  followers: 12_000,
  following: 450,
  posts: 210,
  bioLength: 80,
  handle: 'jane.cooks',
  fullName: 'Jane Miller',
  hasProfilePicture: true,
  isPrivate: false,
  hasExternalUrl: false,
};

const ids = (input: AccountSignals) => accountAuthenticity(input).signals.map((s) => s.id);

describe('accountAuthenticity: each rule', () => {
  it('fires nothing on the neutral account', () => {
    expect(accountAuthenticity(NEUTRAL)).toEqual({ risk: 0, enough: true, signals: [] });
  });

  const cases: Array<{ name: string; change: Partial<AccountSignals>; fires: string | null }> = [
    { name: '0 posts', change: { posts: 0 }, fires: 'no-posts' },
    { name: '2 posts', change: { posts: 2 }, fires: 'few-posts' },
    { name: '4 posts', change: { posts: 4 }, fires: null },
    { name: 'empty bio', change: { bioLength: 0 }, fires: 'empty-bio' },
    { name: 'short bio', change: { bioLength: 3 }, fires: null },
    { name: 'handle mostly digits', change: { handle: 'user84736' }, fires: 'handle-digits' },
    { name: 'one digit in a long handle', change: { handle: 'janecooks_daily2' }, fires: null },
    { name: 'following 10x followers', change: { followers: 100, following: 1_000 }, fires: 'following-ratio' },
    { name: 'following 3x followers', change: { followers: 100, following: 300 }, fires: 'following-ratio' },
    { name: 'following = followers', change: { followers: 300, following: 300 }, fires: null },
    { name: 'mass following, few followers', change: { followers: 1_800, following: 2_000 }, fires: 'mass-following' },
    { name: 'mass following by a big creator', change: { followers: 900_000, following: 2_000 }, fires: null },
    { name: 'following exactly 1,500', change: { followers: 1_400, following: 1_500 }, fires: null },
    { name: 'no profile picture', change: { hasProfilePicture: false }, fires: 'no-profile-picture' },
    { name: 'name equals handle', change: { handle: 'jane.cooks', fullName: 'JaneCooks' }, fires: 'name-is-handle' },
    { name: 'empty name', change: { fullName: '' }, fires: null },
    { name: 'link in bio', change: { hasExternalUrl: true }, fires: 'external-link' },
    { name: 'private account', change: { isPrivate: true }, fires: null },
  ];

  it.each(cases)('$name -> $fires', ({ change, fires }) => {
    expect(ids({ ...NEUTRAL, ...change })).toEqual(fires === null ? [] : [fires]);
  });

  it('gives every fired signal a message and evidence', () => {
    const result = accountAuthenticity({ ...NEUTRAL, handle: 'user84736', followers: 10, following: 2_000, posts: 0, bioLength: 0 });
    expect(result.signals.map((s) => s.id)).toEqual(['no-posts', 'empty-bio', 'handle-digits', 'following-ratio', 'mass-following']);
    for (const s of result.signals) {
      expect(english(s.message).length).toBeGreaterThan(10);
      expect(typeof s.evidence.weight).toBe('number');
    }
    expect(result.signals.find((s) => s.id === 'handle-digits')?.evidence).toMatchObject({ digits: 5, length: 9 });
    expect(result.signals.find((s) => s.id === 'following-ratio')?.evidence).toMatchObject({ ratio: 200 });
  });

  it('scales the digit rule with the share of digits', () => {
    const weight = (handle: string) =>
      Number(accountAuthenticity({ ...NEUTRAL, handle }).signals.find((s) => s.id === 'handle-digits')?.evidence.weight ?? 0);
    expect(weight('anna_smith12')).toBeGreaterThan(0);
    expect(weight('anna_smith12')).toBeLessThan(weight('anna19283746'));
  });

  it('lets a link in the bio lower the risk, never below 0', () => {
    expect(accountAuthenticity({ ...NEUTRAL, posts: 0 }).risk).toBeGreaterThan(accountAuthenticity({ ...NEUTRAL, posts: 0, hasExternalUrl: true }).risk);
    expect(accountAuthenticity({ ...NEUTRAL, hasExternalUrl: true }).risk).toBe(0);
  });
});

describe('accountAuthenticity: unknown inputs', () => {
  const unknowns: Array<{ name: string; change: Partial<AccountSignals> }> = [
    { name: 'posts', change: { posts: null } },
    { name: 'bio', change: { bioLength: null } },
    { name: 'followers', change: { followers: null } },
    { name: 'following', change: { following: null } },
    { name: 'profile picture (null)', change: { hasProfilePicture: null } },
    { name: 'profile picture (absent)', change: { hasProfilePicture: undefined } },
    { name: 'full name', change: { fullName: null } },
    { name: 'external link', change: { hasExternalUrl: null } },
  ];

  it.each(unknowns)('unknown $name adds nothing', ({ change }) => {
    const result = accountAuthenticity({ ...NEUTRAL, ...change });
    expect(result.risk).toBe(0);
    expect(result.signals).toEqual([]);
  });

  it('an unknown input removes a rule that would have fired', () => {
    // 0.925 in all, below the cap of 1, so that each removal shows.
    const suspicious: AccountSignals = { ...NEUTRAL, posts: 0, bioLength: 0, hasProfilePicture: false, followers: 100, following: 300 };
    const full = accountAuthenticity(suspicious).risk;
    expect(full).toBeLessThan(1);
    for (const change of [{ posts: null }, { bioLength: null }, { hasProfilePicture: null }, { followers: null }, { following: null }]) {
      expect(accountAuthenticity({ ...suspicious, ...change }).risk).toBeLessThan(full);
    }
  });

  it('is not enough with almost nothing known', () => {
    const bare: AccountSignals = { followers: null, following: null, posts: null, bioLength: null, handle: 'someone' };
    expect(accountAuthenticity(bare)).toEqual({ risk: 0, enough: false, signals: [] });
    expect(accountAuthenticity({ ...bare, followers: 100, posts: 3 }).enough).toBe(false);
    expect(accountAuthenticity({ ...bare, followers: 100, posts: 3, following: 50 }).enough).toBe(true);
  });

  it('still reports what it saw when not enough is known', () => {
    const result = accountAuthenticity({ followers: null, following: null, posts: 0, bioLength: null, handle: 'x1234567' });
    expect(result.enough).toBe(false);
    expect(result.signals.map((s) => s.id)).toEqual(['no-posts', 'handle-digits']);
  });
});

describe('accountAuthenticity: verdicts', () => {
  it('keeps an obviously genuine creator below the threshold', () => {
    const creator: AccountSignals = {
      followers: 245_000,
      following: 612,
      posts: 1_340,
      bioLength: 96,
      handle: '@mariabakes',
      fullName: 'Maria | Baking',
      hasProfilePicture: true,
      isPrivate: false,
      hasExternalUrl: true,
    };
    const result = accountAuthenticity(creator);
    expect(result.enough).toBe(true);
    expect(result.risk).toBeLessThan(FAKE_THRESHOLD);
  });

  it('keeps a real creator with a year in the handle and no bio below the threshold', () => {
    const result = accountAuthenticity({ ...NEUTRAL, handle: 'mike2019', bioLength: 0, followers: 80_000, following: 2_100 });
    expect(result.risk).toBeLessThan(FAKE_THRESHOLD);
  });

  it('puts a 0-post, empty-bio, digit-handle, mass-following account above it', () => {
    const result = accountAuthenticity({
      followers: 31,
      following: 3_400,
      posts: 0,
      bioLength: 0,
      handle: 'user_48213907',
      fullName: null,
      hasProfilePicture: null,
      isPrivate: null,
      hasExternalUrl: null,
    });
    expect(result.enough).toBe(true);
    expect(result.risk).toBeGreaterThanOrEqual(FAKE_THRESHOLD);
    expect(result.risk).toBeLessThanOrEqual(1);
  });

  it('caps the risk at 1', () => {
    const worst: AccountSignals = {
      followers: 0,
      following: 7_500,
      posts: 0,
      bioLength: 0,
      handle: 'a9876543',
      fullName: 'a9876543',
      hasProfilePicture: false,
      isPrivate: true,
      hasExternalUrl: false,
    };
    expect(accountAuthenticity(worst).risk).toBe(1);
  });

  it('has a threshold inside (0, 1)', () => {
    expect(FAKE_THRESHOLD).toBeGreaterThan(0);
    expect(FAKE_THRESHOLD).toBeLessThan(1);
  });
});

describe('bench metrics', () => {
  const auc: Array<{ name: string; scores: number[]; labels: (0 | 1)[]; expected: number }> = [
    // Pairs (pos, neg): (0.35,0.1) win, (0.35,0.4) loss, (0.8,*) 2 wins -> 3/4.
    { name: 'textbook example', scores: [0.1, 0.4, 0.35, 0.8], labels: [0, 0, 1, 1], expected: 0.75 },
    { name: 'perfect ranking', scores: [0.1, 0.2, 0.8, 0.9], labels: [0, 0, 1, 1], expected: 1 },
    { name: 'inverted ranking', scores: [0.9, 0.8, 0.2, 0.1], labels: [0, 0, 1, 1], expected: 0 },
    { name: 'all tied', scores: [0.5, 0.5, 0.5], labels: [1, 0, 0], expected: 0.5 },
    // Pairs: (0.5 vs 0.2) 1, (0.5 vs 0.5) 0.5, (0.9 vs both) 2 -> 3.5/4.
    { name: 'a tie across classes', scores: [0.2, 0.5, 0.5, 0.9], labels: [0, 1, 0, 1], expected: 0.875 },
  ];

  it.each(auc)('ROC AUC: $name', ({ scores, labels, expected }) => {
    expect(rocAuc(scores, labels)).toBeCloseTo(expected, 12);
  });

  it('ROC AUC is NaN with one class and rejects mismatched lengths', () => {
    expect(rocAuc([0.1, 0.2], [1, 1])).toBeNaN();
    expect(() => rocAuc([0.1], [1, 0])).toThrow();
  });

  it('confusion, precision, recall, balanced accuracy and accuracy at a threshold', () => {
    // Predicted fake (>= 0.5): 0.9 (fake), 0.6 (fake), 0.7 (genuine); 0.4 (fake) and 0.2 (genuine) below.
    const c = confusion([0.9, 0.6, 0.4, 0.2, 0.7], [1, 1, 1, 0, 0], 0.5);
    expect(c).toEqual({ tp: 2, fp: 1, tn: 1, fn: 1 });
    expect(recall(c)).toBeCloseTo(2 / 3, 12);
    expect(specificity(c)).toBeCloseTo(1 / 2, 12);
    expect(precision(c)).toBeCloseTo(2 / 3, 12);
    expect(balancedAccuracy(c)).toBeCloseTo(7 / 12, 12);
    expect(accuracy(c)).toBeCloseTo(3 / 5, 12);
  });

  it('counts a score equal to the threshold as positive', () => {
    expect(confusion([0.5], [1], 0.5)).toEqual({ tp: 1, fp: 0, tn: 0, fn: 0 });
  });

  it('balanced accuracy ignores class imbalance where accuracy does not', () => {
    // 9 genuine, 1 fake, everything predicted genuine: accuracy 90%, balanced accuracy 50%.
    const c = confusion(Array<number>(10).fill(0), [1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.5);
    expect(accuracy(c)).toBeCloseTo(0.9, 12);
    expect(balancedAccuracy(c)).toBeCloseTo(0.5, 12);
    expect(precision(c)).toBeNaN();
  });
});

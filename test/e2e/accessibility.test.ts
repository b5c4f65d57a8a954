// Accessibility in real Chromium with the built extension. On every surface (the popup with a
// score card, the popup on a page it cannot read, the shortlist with a detail view open, the
// options page, the welcome page, the shortlist's list of keys), in the light and the dark
// colour scheme: axe-core finds no WCAG 2.0/2.1 A or AA violation, field edges, placeholders and
// disabled controls reach their contrast (axe skips these), and every element Tab reaches shows a
// focus ring that can be seen. Then the popup and the shortlist are used with the keyboard alone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { axeViolations } from './axe';
import { launchWithExtension, sidePanelBeside, tabIdOf, type ExtensionBrowser } from './browser';

const TIKTOK = 'https://www.tiktok.com/@lena.makeup';
const TIKTOK_VIDEO = 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111';
const INSTAGRAM = 'https://www.instagram.com/lena.park/';
const YOUTUBE = 'https://www.youtube.com/@orbitlab/videos';
const OTHER = 'https://example.com/';

const SCHEMES = ['light', 'dark'] as const;

/** WCAG 2.4.7 and 1.4.11: a focus ring at least 2px wide and 3:1 against what it is drawn on. */
const MIN_RING_WIDTH = 2;
const MIN_RING_CONTRAST = 3;

/** More Tab presses than any surface has focusable elements: past it, focus is trapped. */
const MAX_TABS = 150;

let browser: ExtensionBrowser;

// Structural selectors, not words: the pages are being translated, and the checks hold in any language.
const SCORE_BUTTON = 'header.popup-head button';
const NOTE = 'form.save textarea';
const SAVE_BUTTON = 'form.save button[type="submit"]';
const SHORTLIST_BUTTON = 'footer.popup-foot button';

/** The popup for the tab showing `tab`, opened as a page (popup.html?tab=<id>). */
async function popupOn(tab: Page): Promise<Page> {
  const popup = await browser.context.newPage();
  // Tall enough that the whole score card is in view: nothing is judged off screen.
  await popup.setViewportSize({ width: 428, height: 2400 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser.worker, tab)}`);
  return popup;
}

async function popupFor(url: string): Promise<{ tab: Page; popup: Page }> {
  const tab = await browser.context.newPage();
  await tab.goto(url);
  return { tab, popup: await popupOn(tab) };
}

async function scoredPopupFor(url: string): Promise<{ tab: Page; popup: Page }> {
  const opened = await popupFor(url);
  await opened.popup.getByTestId('grade').waitFor();
  return opened;
}

async function saveFrom(url: string, note: string): Promise<void> {
  const { tab, popup } = await scoredPopupFor(url);
  await popup.locator(NOTE).fill(note);
  await popup.locator(SAVE_BUTTON).click();
  await popup.locator('[data-testid="save-status"].saved').waitFor();
  await popup.close();
  await tab.close();
}

/** The dashboard's Campaigns view, with or without creators saved. */
async function openCampaigns(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#campaigns`);
  await page.getByRole('button', { name: 'New campaign' }).waitFor();
  return page;
}

async function openDashboard(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  await page.locator('tr[data-creator]').first().waitFor();
  return page;
}

/**
 * What axe leaves out, measured in the page: the edge of every text field and select against what
 * surrounds it (WCAG 1.4.11, 3:1), the words on disabled controls and placeholders (held to 4.5:1
 * here, though WCAG excuses disabled controls), with opacity and see-through backgrounds blended.
 */
async function readabilityProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (colour: string): Rgba | null => {
      const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(colour.trim());
      return match ? [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])] : null;
    };
    const over = (top: Rgba, under: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + under[i]! * (1 - top[3])).concat(1) as Rgba;
    const luminance = (colour: Rgba) => {
      const [r, g, b] = colour.slice(0, 3).map((c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: Rgba, b: Rgba) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };
    const problems: string[] = [];
    const colourOf = (element: Element, value: string, what: string): Rgba => {
      const colour = parse(value);
      if (!colour) problems.push(`${nameOf(element)}: ${what} "${value}" is not a colour this check reads`);
      return colour ?? [0, 0, 0, 0];
    };
    const nameOf = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.getAttribute('type') ? `[type=${element.getAttribute('type')}]` : ''}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30)}"`;
    /** The colour the page paints behind `element` (its ancestors' backgrounds, blended). */
    const backdrop = (element: Element | null): Rgba => {
      const layers: Rgba[] = [];
      for (let node = element; node; node = node.parentElement) layers.push(colourOf(node, getComputedStyle(node).backgroundColor, 'background'));
      return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255, 1] as Rgba);
    };
    const opacityOf = (element: Element) => {
      let opacity = 1;
      for (let node: Element | null = element; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
      return opacity;
    };
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden' && !element.closest('.visually-hidden');
    };
    /** Text colour and background of `element` as painted, opacity included. */
    const painted = (element: Element, text: string) => {
      const behind = backdrop(element.parentElement);
      const opacity = opacityOf(element);
      const own = over(colourOf(element, getComputedStyle(element).backgroundColor, 'background'), behind);
      const fg = over(colourOf(element, text, 'text colour'), own);
      const fade = (colour: Rgba): Rgba => over([colour[0], colour[1], colour[2], opacity], behind);
      return { fg: fade(fg), bg: fade(own), behind };
    };

    for (const field of document.querySelectorAll('input, select, textarea')) {
      const type = field.getAttribute('type') ?? '';
      // Check boxes, radio buttons and file pickers are drawn by the browser itself.
      if (['checkbox', 'radio', 'file', 'hidden', 'range', 'color'].includes(type) || !visible(field)) continue;
      const style = getComputedStyle(field);
      const { bg, behind } = painted(field, style.color);
      const edge = style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0 ? over(colourOf(field, style.borderTopColor, 'border'), behind) : bg;
      const best = Math.max(contrast(edge, behind), contrast(edge, bg), contrast(bg, behind));
      if (best < 3) problems.push(`${nameOf(field)}: its edge has contrast ${best.toFixed(2)}:1 with what surrounds it (needs 3:1)`);
      const placeholder = field.getAttribute('placeholder');
      if (placeholder && (field as HTMLInputElement).value === '') {
        const hint = painted(field, getComputedStyle(field, '::placeholder').color);
        const ratio = contrast(hint.fg, hint.bg);
        if (ratio < 4.5) problems.push(`${nameOf(field)}: placeholder "${placeholder}" has contrast ${ratio.toFixed(2)}:1 (needs 4.5:1)`);
      }
    }
    for (const control of document.querySelectorAll('button:disabled, input:disabled, select:disabled, textarea:disabled')) {
      const type = control.getAttribute('type') ?? '';
      if (['checkbox', 'radio', 'file'].includes(type) || !visible(control)) continue;
      const hasWords = control.matches('button') ? (control.textContent ?? '').trim() !== '' : true;
      if (!hasWords) continue;
      const { fg, bg } = painted(control, getComputedStyle(control).color);
      const ratio = contrast(fg, bg);
      if (ratio < 4.5) problems.push(`${nameOf(control)}: disabled, its words have contrast ${ratio.toFixed(2)}:1 (needs 4.5:1)`);
    }
    return problems;
  });
}

interface FocusState {
  /** How the element reads in a failure message: tag, class, name. */
  name: string;
  index: number;
  focusVisible: boolean;
  outline: { style: string; width: number; color: string };
  boxShadow: string;
  /** Contrast of the outline colour against the first opaque background behind it. */
  ringContrast: number | null;
  rect: { x: number; y: number; width: number; height: number };
}

/**
 * What the focused element looks like, marked with data-a11y-focus=<index>; null when nothing
 * on the page has focus or the element was seen before (Tab went round).
 */
async function focusedState(page: Page, index: number): Promise<FocusState | null | 'again'> {
  return page.evaluate((next) => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body || element === document.documentElement) return null;
    if (element.dataset.a11yFocus !== undefined) return 'again';
    element.dataset.a11yFocus = String(next);
    const parse = (colour: string): [number, number, number, number] | null => {
      const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(colour);
      return match ? [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])] : null;
    };
    const luminance = ([r, g, b]: number[]) => {
      const [lr, lg, lb] = [r!, g!, b!].map((c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
    };
    // The ring is drawn outside the element: behind it is the nearest ancestor with a background.
    let behind: [number, number, number, number] | null = null;
    for (let node = element.parentElement; node && !behind; node = node.parentElement) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour && colour[3] > 0.5) behind = colour;
    }
    behind ??= parse(getComputedStyle(document.documentElement).backgroundColor) ?? [255, 255, 255, 1];
    const style = getComputedStyle(element);
    const seen = parse(style.outlineColor);
    // A see-through ring shows what is behind it.
    const ring = seen && behind.map((under, i) => (i < 3 ? seen[i]! * seen[3] + under * (1 - seen[3]) : 1));
    const [light, dark] = ring ? [luminance(ring), luminance(behind)].sort((a, b) => b - a) : [0, 0];
    const box = element.getBoundingClientRect();
    const label = element.getAttribute('aria-label') ?? element.getAttribute('placeholder') ?? (element.textContent ?? '').trim().slice(0, 40);
    return {
      name: `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}${element.getAttribute('type') ? `[type=${element.getAttribute('type')}]` : ''} "${label}"`,
      index: next,
      focusVisible: element.matches(':focus-visible'),
      outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth) || 0, color: style.outlineColor },
      boxShadow: style.boxShadow,
      ringContrast: ring ? (light! + 0.05) / (dark! + 0.05) : null,
      rect: { x: box.x, y: box.y, width: box.width, height: box.height },
    };
  }, index);
}

/** The element and a margin around it (where a ring is drawn), as pixels on screen. */
async function snapshotAround(page: Page, rect: FocusState['rect']): Promise<Buffer | null> {
  const viewport = page.viewportSize()!;
  const margin = 6;
  const x = Math.max(0, Math.floor(rect.x - margin));
  const y = Math.max(0, Math.floor(rect.y - margin));
  const width = Math.min(viewport.width, Math.ceil(rect.x + rect.width + margin)) - x;
  const height = Math.min(viewport.height, Math.ceil(rect.y + rect.height + margin)) - y;
  if (width <= 0 || height <= 0) return null;
  return page.screenshot({ clip: { x, y, width, height }, animations: 'disabled', caret: 'hide' });
}

/**
 * Checks the element that has focus: it matches :focus-visible, it draws an outline or shadow it
 * does not draw unfocused, the outline is wide enough and stands out from what is behind it, and
 * the pixels around it change (a ring clipped away by a scrolling box would not). Returns what is
 * wrong, empty when nothing is.
 */
async function checkFocusRing(page: Page, state: FocusState): Promise<string[]> {
  const problems: string[] = [];
  const focusedPixels = await snapshotAround(page, state.rect);
  const unfocused = await page.evaluate((index) => {
    const element = document.querySelector<HTMLElement>(`[data-a11y-focus="${index}"]`)!;
    element.blur();
    const style = getComputedStyle(element);
    return { outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`, boxShadow: style.boxShadow };
  }, state.index);
  const unfocusedPixels = await snapshotAround(page, state.rect);
  const refocused = await page.evaluate((index) => {
    const element = document.querySelector<HTMLElement>(`[data-a11y-focus="${index}"]`)!;
    element.focus({ preventScroll: true });
    return document.activeElement === element;
  }, state.index);
  if (!refocused) throw new Error(`${state.name} could not be focused again to go on from it`);

  const outline = `${state.outline.style} ${state.outline.width}px ${state.outline.color}`;
  const hasOutline = state.outline.style !== 'none' && state.outline.width > 0 && outline !== unfocused.outline;
  const hasShadow = state.boxShadow !== 'none' && state.boxShadow !== unfocused.boxShadow;
  if (!state.focusVisible) problems.push(`${state.name}: focused by Tab but does not match :focus-visible`);
  if (!hasOutline && !hasShadow) problems.push(`${state.name}: no outline or shadow when focused (${outline}; unfocused ${unfocused.outline})`);
  if (hasOutline && state.outline.width < MIN_RING_WIDTH) problems.push(`${state.name}: focus outline only ${state.outline.width}px wide`);
  if (hasOutline && state.ringContrast !== null && state.ringContrast < MIN_RING_CONTRAST) {
    problems.push(`${state.name}: focus outline ${state.outline.color} has contrast ${state.ringContrast.toFixed(2)}:1 with what is behind it`);
  }
  if (focusedPixels && unfocusedPixels && focusedPixels.equals(unfocusedPixels)) {
    problems.push(`${state.name}: looks the same focused and unfocused (the ring is hidden or clipped)`);
  }
  return problems;
}

/**
 * Tabs through the whole page from its start, checking each element's focus ring, until focus
 * leaves the page or comes round again. Returns the problems and the elements reached.
 */
async function walkFocusRings(page: Page): Promise<{ problems: string[]; reached: string[] }> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('[data-a11y-focus]')) delete (element as HTMLElement).dataset.a11yFocus;
  });
  await startFromTop(page);
  const problems: string[] = [];
  const reached: string[] = [];
  for (let index = 0; index < MAX_TABS; index++) {
    await page.keyboard.press('Tab');
    const state = await focusedState(page, index);
    if (state === null || state === 'again') return { problems, reached };
    reached.push(state.name);
    problems.push(...(await checkFocusRing(page, state)));
  }
  problems.push(`Tab never left the page after ${MAX_TABS} presses: focus is trapped`);
  return { problems, reached };
}

/**
 * Puts the keyboard at the start of the page, as on a fresh load: focus on a marker before
 * everything else (not itself in the Tab order), so the next Tab goes to the first focusable element.
 */
async function startFromTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.querySelector('[data-a11y-start]')?.remove();
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.dataset.a11yStart = '';
    document.body.prepend(start);
    start.focus({ preventScroll: true });
    start.addEventListener('blur', () => start.remove(), { once: true });
  });
}

/** Presses Tab until the focused element matches `selector`; fails when it is not reached. */
async function tabTo(page: Page, selector: string): Promise<number> {
  for (let presses = 1; presses <= MAX_TABS; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return presses;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused element's focus ring, checked as in the full walk. */
async function focusRingProblems(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('[data-a11y-focus]')) delete (element as HTMLElement).dataset.a11yFocus;
  });
  const state = await focusedState(page, 0);
  if (state === null || state === 'again') return ['nothing has focus'];
  return checkFocusRing(page, state);
}

const activeMatches = (page: Page, selector: string) => page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector);

/** Whether focus is on `selector` within a second (React may re-render first); what has it if not. */
async function focusSettlesOn(page: Page, selector: string): Promise<string> {
  for (let tries = 0; tries < 20; tries++) {
    if (await activeMatches(page, selector)) return selector;
    await page.waitForTimeout(50);
  }
  return page.evaluate(() => {
    const element = document.activeElement;
    return element === document.body || !element ? '<body> (focus was lost)' : element.outerHTML.slice(0, 120);
  });
}

beforeAll(async () => {
  browser = await launchWithExtension({
    [TIKTOK]: fixture('tiktok/profile-universal-2025-06.html'),
    [TIKTOK_VIDEO]: fixture('tiktok/video-universal-2025-06.html'),
    [INSTAGRAM]: fixture('instagram/profile-rendered-header-2025-06.html'),
    [YOUTUBE]: fixture('youtube/channel-c4TabbedHeader-videoRenderer-2023-12.html'),
    [OTHER]: '<!doctype html><title>Example</title><p>Not a creator page</p>',
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** The same checks on one surface in both colour schemes. */
function auditSurface(name: string, open: () => Promise<Page>) {
  describe(name, () => {
    let page: Page;
    beforeAll(async () => {
      page = await open();
    }, 120_000);

    for (const scheme of SCHEMES) {
      it(`has no WCAG A/AA violation in the ${scheme} scheme`, async () => {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        expect(await axeViolations(page)).toEqual([]);
      });

      it(`draws field edges at 3:1 and keeps disabled controls and placeholders readable in the ${scheme} scheme`, async () => {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await readabilityProblems(page)).toEqual([]);
      });

      it(`shows a visible focus ring on everything Tab reaches in the ${scheme} scheme`, async () => {
        await page.emulateMedia({ colorScheme: scheme });
        const { problems, reached } = await walkFocusRings(page);
        expect(reached.length).toBeGreaterThan(0);
        expect(problems).toEqual([]);
      }, 120_000);
    }
  });
}

describe('accessibility in Chromium', () => {
  auditSurface('the popup with a scored TikTok creator', async () => (await scoredPopupFor(TIKTOK)).popup);

  auditSurface('the popup on a page it cannot read', async () => {
    const { popup } = await popupFor(OTHER);
    await popup.getByTestId('popup-message').waitFor();
    return popup;
  });

  auditSurface('the shortlist with saved creators, a selected row and a detail view', async () => {
    await saveFrom(TIKTOK, 'first look');
    await saveFrom(TIKTOK, 'asked for rates');
    await saveFrom(INSTAGRAM, 'studio photos');
    await saveFrom(YOUTUBE, 'science channel');
    // Opening one of her posts adds it to her sample: the detail view lists it.
    const { tab, popup } = await popupFor(TIKTOK_VIDEO);
    // Said under "What was read", which is folded: there, not necessarily in sight.
    await popup.getByTestId('sample-status').waitFor({ state: 'attached' });
    await popup.close();
    await tab.close();

    const page = await openDashboard();
    await page.locator('tr[data-creator]').nth(2).waitFor();
    await page.locator('tr[data-creator="instagram:lena.park"] td.select input').check();
    await page.locator('button[data-open="tiktok:lena.makeup"]').click();
    await page.locator('[data-detail="tiktok:lena.makeup"] .score-card').waitFor();
    await page.locator('[data-detail] tr[data-post]').first().waitFor();
    return page;
  });

  auditSurface('the shortlist with every column shown and the column chooser open', async () => {
    // Saved here too, so that this surface can run alone.
    await saveFrom(TIKTOK, 'columns');
    const page = await openDashboard();
    await page.getByRole('button', { name: 'Columns' }).click();
    for (const box of await page.locator('.column-menu input[type="checkbox"]').all()) await box.check();
    await page.locator('tr[data-creator] td[data-column="email"]').first().waitFor();
    // Back to the defaults for the surfaces after this one, the list of columns left open.
    await page.evaluate("chrome.storage.local.remove('shortlistColumns')");
    return page;
  });

  auditSurface('the options page with a campaign and its form open', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 1400 });
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.locator('main.options button.new-campaign').click();
    await page.locator('form.campaign-form input').first().fill('Spring launch, US');
    await page.locator('form.campaign-form button[type="submit"]').click();
    await page.locator('[data-campaign="Spring launch, US"]').waitFor();
    await page.locator('main.options button.new-campaign').click();
    await page.locator('form.campaign-form').waitFor();
    // A chosen language (a chip with its remove button) and a currency that asks for a rate.
    await page.getByRole('combobox', { name: 'Content languages' }).fill('English');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove English' }).waitFor();
    await page.getByLabel('Currency', { exact: true }).selectOption('CNY');
    return page;
  });

  auditSurface('the options page with the list of languages open under the search field', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 1400 });
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.locator('main.options button.new-campaign').click();
    await page.getByRole('combobox', { name: 'Content languages' }).fill('an');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('listbox').waitFor();
    return page;
  });

  auditSurface('the Campaigns view with an active and an archived campaign', async () => {
    const page = await openCampaigns();
    for (const name of ['Autumn sale', 'Spring launch, US']) {
      await page.getByRole('button', { name: 'New campaign' }).click();
      await page.getByRole('dialog').getByLabel('Name', { exact: true }).fill(name);
      await page.getByRole('dialog').getByLabel('Budget per post').fill('60');
      await page.getByRole('button', { name: 'Save campaign' }).click();
      await page.getByText(`Saved “${name}”.`).waitFor();
    }
    await page.getByRole('button', { name: 'Archive' }).last().click();
    await page.getByRole('checkbox', { name: /Show archived campaigns/ }).check();
    await page.getByRole('button', { name: 'Unarchive' }).waitFor();
    return page;
  });

  auditSurface('the campaign dialog with a value refused at its field', async () => {
    const page = await openCampaigns();
    await page.getByRole('button', { name: 'New campaign' }).click();
    const dialog = page.getByRole('dialog', { name: 'New campaign' });
    await dialog.getByLabel('Name', { exact: true }).fill('Broken');
    await dialog.getByLabel('Currency', { exact: true }).selectOption('CNY');
    await dialog.getByLabel('CPA (cost per order)').fill('-5');
    await dialog.getByRole('button', { name: 'Save campaign' }).click();
    await dialog.getByText('Enter a number above 0, such as 12.5, or leave it empty.').waitFor();
    return page;
  });

  auditSurface('the welcome page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
    await page.locator('tr[data-command]').first().waitFor();
    return page;
  });

  auditSurface('the list of keys over the shortlist', async () => {
    const page = await openDashboard();
    await page.keyboard.press('?');
    await page.locator('dialog.key-help tr[data-command]').first().waitFor();
    return page;
  });

  describe('with the keyboard only', () => {
    it('scores, saves and opens the shortlist from the popup', async () => {
      // Opened again on a page it scored: the remembered result, which Score reads anew.
      const first = await scoredPopupFor(TIKTOK);
      await first.popup.close();
      const popup = await popupOn(first.tab);
      await popup.getByTestId('recalled').waitFor();
      await popup.emulateMedia({ colorScheme: 'light' });

      await startFromTop(popup);
      await tabTo(popup, SCORE_BUTTON);
      expect(await focusRingProblems(popup)).toEqual([]);
      await popup.keyboard.press('Enter');
      await expect.poll(() => popup.getByTestId('recalled').count()).toBe(0);
      await popup.getByTestId('grade').waitFor();
      // Focus stays where the user was, not thrown back to the top of the page (soft: the walk
      // goes on, so one run tells every problem).
      expect.soft(await focusSettlesOn(popup, SCORE_BUTTON), 'focus after Score again').toBe(SCORE_BUTTON);

      if (!(await activeMatches(popup, SCORE_BUTTON))) {
        await startFromTop(popup);
        await tabTo(popup, SCORE_BUTTON);
      }
      await tabTo(popup, NOTE);
      await popup.keyboard.type('keyboard only');
      // The foot's campaign line (when there are campaigns) arrives a moment after the card: the ring
      // is compared once the foot has its height, not across its growing.
      const footHeight = () => popup.locator('footer.popup-foot').evaluate((foot) => foot.getBoundingClientRect().height);
      await expect.poll(async () => {
        const before = await footHeight();
        await popup.waitForTimeout(150);
        return (await footHeight()) === before;
      }).toBe(true);
      await tabTo(popup, SAVE_BUTTON);
      expect(await focusRingProblems(popup)).toEqual([]);
      await popup.keyboard.press('Space');
      await popup.locator('[data-testid="save-status"].saved').waitFor();
      expect(await popup.locator(NOTE).inputValue()).toBe('');
      expect.soft(await focusSettlesOn(popup, SAVE_BUTTON), 'focus after Save').toBe(SAVE_BUTTON);

      if (!(await activeMatches(popup, SAVE_BUTTON))) {
        await startFromTop(popup);
        await tabTo(popup, SAVE_BUTTON);
      }
      await tabTo(popup, SHORTLIST_BUTTON);
      expect(await focusRingProblems(popup)).toEqual([]);
      const [dashboard] = await Promise.all([browser.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
      await dashboard.waitForLoadState();
      expect(dashboard.url()).toBe(`chrome-extension://${browser.extensionId}/dashboard.html`);
      await dashboard.close();
    });

    it('searches, sorts, opens a creator and closes the detail view in the shortlist', async () => {
      const page = await openDashboard();
      await page.emulateMedia({ colorScheme: 'light' });
      await expect.poll(() => page.locator('tr[data-creator]').count()).toBeGreaterThanOrEqual(3);
      await startFromTop(page);
      const order = () => page.locator('tr[data-creator]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-creator')));

      await tabTo(page, 'input[type="search"]');
      expect(await focusRingProblems(page)).toEqual([]);

      await tabTo(page, 'th button.sort');
      expect(await focusRingProblems(page)).toEqual([]);
      const header = page.locator('th:has(button.sort:focus)');
      expect(await header.getAttribute('aria-sort')).toBe('none');
      await page.keyboard.press('Enter');
      await expect.poll(() => header.getAttribute('aria-sort')).not.toBe('none');
      const firstDirection = await header.getAttribute('aria-sort');
      const sorted = await order();
      await page.keyboard.press('Enter');
      await expect.poll(() => header.getAttribute('aria-sort')).not.toBe(firstDirection);
      await expect.poll(order).toEqual([...sorted].reverse());
      expect(await activeMatches(page, 'th button.sort')).toBe(true);

      await tabTo(page, 'button[data-open]');
      expect(await focusRingProblems(page)).toEqual([]);
      const id = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.open!);
      const opener = `button[data-open="${id}"]`;
      await page.keyboard.press('Enter');
      const panel = page.locator(`[data-detail="${id}"]`);
      await panel.waitFor();
      // Focus moves into the panel, to its heading.
      await expect.poll(() => activeMatches(page, `[data-detail="${id}"] h2`)).toBe(true);

      await page.keyboard.press('Escape');
      await expect.poll(() => panel.count()).toBe(0);
      await expect.poll(() => activeMatches(page, opener)).toBe(true);

      await page.keyboard.press('Enter');
      await panel.waitFor();
      await expect.poll(() => activeMatches(page, `[data-detail="${id}"] h2`)).toBe(true);
      await tabTo(page, `[data-detail="${id}"] button.close`);
      expect(await focusRingProblems(page)).toEqual([]);
      await page.keyboard.press('Space');
      await expect.poll(() => panel.count()).toBe(0);
      await expect.poll(() => activeMatches(page, opener)).toBe(true);
      await page.close();
    });

    it('deletes a creator and undoes it in the shortlist', async () => {
      const page = await openDashboard();
      await page.emulateMedia({ colorScheme: 'light' });
      const rows = page.locator('tr[data-creator]');
      await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
      const before = await rows.count();
      await startFromTop(page);

      await tabTo(page, 'td.actions button.danger');
      const row = page.locator('tr[data-creator]:has(td.actions button:focus)');
      const id = (await row.getAttribute('data-creator'))!;
      await page.keyboard.press('Enter');
      // Asked to confirm: the confirming button takes the focus, so Enter again confirms.
      const confirm = `tr[data-creator="${id}"] td.actions button.danger`;
      expect.soft(await focusSettlesOn(page, confirm), 'focus after Delete').toBe(confirm);
      if (!(await activeMatches(page, confirm))) await page.locator(confirm).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => rows.count()).toBe(before - 1);

      // The row and its button are gone: focus goes to a neighbouring row or to the Undo the
      // status bar offers, not back to the top of the page.
      const undo = '.status-bar button';
      const nearby = `tr[data-creator] button, ${undo}`;
      expect.soft(await focusSettlesOn(page, nearby), 'focus after the deletion').toBe(nearby);
      if (!(await activeMatches(page, undo))) {
        await startFromTop(page);
        await tabTo(page, undo);
      }
      // The bar is drawn in inverted colours: its ring must show there too, in both schemes.
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await focusRingProblems(page), `Undo's focus ring, ${scheme}`).toEqual([]);
      }
      await page.keyboard.press('Enter');
      await expect.poll(() => rows.count()).toBe(before);
      expect(await page.locator(`tr[data-creator="${id}"]`).count()).toBe(1);
      await page.close();
    });
  });

  // Last: once the panel has a window of its own, it may be the browser's last focused window,
  // by which the popups of the other checks find their tab.
  auditSurface('the side panel with a creator read, and its setting', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(YOUTUBE);
    const panel = await sidePanelBeside(browser, tab);
    await panel.setViewportSize({ width: 428, height: 2400 });
    await panel.locator(SCORE_BUTTON).click();
    await panel.getByTestId('grade').waitFor();
    return panel;
  });
});

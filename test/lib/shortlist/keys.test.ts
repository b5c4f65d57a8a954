// The shortlist's keys: which press does what, and which presses are left to the field or the browser.
import { describe, expect, it } from 'vitest';
import { shortlistKey, takesTyping, type KeyPress, type KeyTarget } from '../../../lib/shortlist/keys';

const BUTTON: KeyTarget = { tagName: 'BUTTON' };
const SEARCH: KeyTarget = { tagName: 'INPUT', type: 'search' };
const NOTE: KeyTarget = { tagName: 'TEXTAREA' };

const press = (key: string, target: KeyTarget | null = BUTTON, held: Partial<Pick<KeyPress, 'ctrlKey' | 'altKey' | 'metaKey'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  target,
  ...held,
});

describe('the shortlist keys', () => {
  it.each([
    ['/', 'focusSearch'],
    ['j', 'nextCreator'],
    ['k', 'previousCreator'],
    ['?', 'showHelp'],
    ['J', null],
    ['Enter', null],
    ['Escape', null],
    ['x', null],
  ] as const)('%s on the page does %s', (key, action) => {
    expect(shortlistKey(press(key))).toBe(action);
    expect(shortlistKey(press(key, null))).toBe(action);
  });

  it.each([
    ['the search box', SEARCH],
    ['a text input without a type', { tagName: 'input' }],
    ['a note', NOTE],
    ['a select', { tagName: 'SELECT' }],
    ['an editable element', { tagName: 'DIV', isContentEditable: true }],
  ] as const)('leaves letters, "/" and "?" to %s, and Escape leaves it', (_name, target) => {
    for (const key of ['/', 'j', 'k', '?']) expect(shortlistKey(press(key, target))).toBeNull();
    expect(shortlistKey(press('Escape', target))).toBe('leaveField');
  });

  it.each(['checkbox', 'radio', 'button'])('steps on from a row\'s %s input, which takes no typing', (type) => {
    expect(takesTyping({ tagName: 'INPUT', type })).toBe(false);
    expect(shortlistKey(press('j', { tagName: 'INPUT', type }))).toBe('nextCreator');
  });

  it.each([
    ['Ctrl', { ctrlKey: true }],
    ['Alt', { altKey: true }],
    ['Cmd', { metaKey: true }],
  ] as const)('leaves every key with %s held to the browser', (_name, held) => {
    for (const key of ['/', 'j', 'k', '?']) expect(shortlistKey(press(key, BUTTON, held))).toBeNull();
    expect(shortlistKey(press('Escape', SEARCH, held))).toBeNull();
  });
});

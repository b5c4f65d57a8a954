// The languages and markets a campaign is picked from: named by the browser's Intl data in the UI
// language, found by either language's name or by the code, and a stored code that has no name
// still shown as itself.
import { describe, expect, it } from 'vitest';
import { choicesOf, LANGUAGE_CODES, nameOf, REGION_CODES, searchChoices } from '../../../lib/campaign/choices';
import { useLocale } from '../../helpers/i18n';

const firstFound = (kind: 'language' | 'region', codes: readonly string[], query: string) => searchChoices(choicesOf(kind, codes), query).map((choice) => choice.code)[0];

describe('choices in English', () => {
  it.each([
    ['a language by its English name', 'language', 'Spanish', 'es'],
    ['a language by part of its name, any case', 'language', 'portug', 'pt'],
    ['a language by its Chinese name', 'language', '西班牙语', 'es'],
    ['a language by its code before names holding it', 'language', 'es', 'es'],
    ['a country by its English name', 'region', 'germany', 'DE'],
    ['a country by its Chinese name', 'region', '德国', 'DE'],
    ['a country by its code', 'region', 'us', 'US'],
    ['an area sellers plan by', 'region', 'latin', '419'],
  ] as const)('finds %s', (_, kind, query, code) => {
    expect(firstFound(kind, kind === 'language' ? LANGUAGE_CODES : REGION_CODES, query)).toBe(code);
  });

  it('lists every offered code by a name of its own, in alphabetical order', () => {
    const languages = choicesOf('language', LANGUAGE_CODES);
    expect(languages.every((choice) => choice.name !== choice.code)).toBe(true);
    expect(choicesOf('region', REGION_CODES).every((choice) => choice.name !== choice.code)).toBe(true);
    const names = languages.map((choice) => choice.name);
    expect(names.slice(0, 3)).toEqual(['Afrikaans', 'Albanian', 'Amharic']);
    expect(new Set(LANGUAGE_CODES).size).toBe(LANGUAGE_CODES.length);
    expect(new Set(REGION_CODES).size).toBe(REGION_CODES.length);
  });

  it('finds nothing for words no name holds, and gives no name for a code the browser does not know', () => {
    expect(searchChoices(choicesOf('language', LANGUAGE_CODES), 'klingon')).toEqual([]);
    expect(nameOf('language', 'xx')).toBeNull();
    expect(nameOf('region', '东南亚')).toBeNull();
    expect(nameOf('currency', 'CNY')).toBe('Chinese Yuan');
  });
});

describe('choices in Chinese', () => {
  useLocale('zh_CN');

  it('names them in Chinese, and still finds them by their English names and codes', () => {
    const languages = choicesOf('language', LANGUAGE_CODES);
    expect(searchChoices(languages, 'Spanish').map((choice) => choice.name)).toEqual(['西班牙语']);
    expect(searchChoices(languages, '西班牙')[0]!.name).toBe('西班牙语');
    expect(searchChoices(choicesOf('region', REGION_CODES), 'vn')[0]!.name).toBe('越南');
    expect(nameOf('currency', 'IDR')).toBe('印度尼西亚卢比');
  });
});

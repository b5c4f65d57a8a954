// Every message exists in English and Simplified Chinese, parses, and asks for the same values in
// both; the _locales files the build writes hold all of them.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../helpers/message-areas';
import { en, zh_CN } from '../../../lib/i18n/dictionary';
import { english, localeOf, say, setLocale, t, text } from '../../../lib/i18n';
import { localeFiles, messagesJson } from '../../../lib/i18n/locale-files';


function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

describe('the dictionaries', () => {
  it('have the same keys in English and Chinese, with no key in two areas', () => {
    const seen = new Map<string, string>();
    for (const [area, { en: english, zh_CN: chinese }] of Object.entries(AREAS)) {
      expect(Object.keys(chinese).sort(), `area ${area}`).toEqual(Object.keys(english).sort());
      for (const key of Object.keys(english)) {
        expect(seen.get(key), `key ${key} in ${area} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, area);
      }
    }
    expect(Object.keys(zh_CN).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s: parses in both languages, with the same values, and is translated', (key) => {
    const k = key as keyof typeof en;
    const english = en[k];
    const chinese = zh_CN[k];
    expect(english.trim().length).toBeGreaterThan(0);
    expect(chinese.trim().length).toBeGreaterThan(0);
    const englishArgs = argumentsOf(parse(english, { ignoreTag: true }));
    const chineseArgs = argumentsOf(parse(chinese, { ignoreTag: true }));
    expect([...chineseArgs].sort()).toEqual([...englishArgs].sort());
  });

  it("keys suit the browser's messages.json (letters, digits, underscores)", () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});

describe('the _locales files', () => {
  it('hold every message in both languages, with "$" escaped for the browser', () => {
    const files = Object.fromEntries(localeFiles().map((file) => [file.relativeDest, JSON.parse(file.contents) as Record<string, { message: string }>]));
    expect(Object.keys(files['_locales/en/messages.json']!).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(files['_locales/zh_CN/messages.json']!).sort()).toEqual(Object.keys(en).sort());
    expect(files['_locales/zh_CN/messages.json']!.extName!.message).toBe(zh_CN.extName);
    expect(JSON.parse(messagesJson({ price: '$30-$90' })).price.message).toBe('$$30-$$90');
  });
});

describe('t and say', () => {
  it('render in the UI language, fill values and nested texts', () => {
    setLocale('zh_CN');
    try {
      expect(t('languageAuto', { browser: 'en-US' })).toBe('跟随浏览器（en-US）');
      expect(say(text('settingNotSaved', { reason: text('unknown') }))).toBe('设置未能保存：未知');
      expect(english(text('unknown'))).toBe('unknown');
    } finally {
      setLocale('en');
    }
    expect(t('unknown')).toBe('unknown');
  });


  it("shows an older record's plain sentence as it is, and an unknown key as the key", () => {
    expect(say('An English sentence from an older version')).toBe('An English sentence from an older version');
    expect(say({ key: 'noSuchKey' } as never)).toBe('noSuchKey');
    expect(say(null)).toBe('');
  });

  it.each([
    ['zh-CN', 'zh_CN'],
    ['zh-TW', 'zh_CN'],
    ['zh', 'zh_CN'],
    ['en-US', 'en'],
    ['de', 'en'],
    ['', 'en'],
  ] as const)('browser language %s -> %s', (language, locale) => {
    expect(localeOf(language)).toBe(locale);
  });
});

// One area's messages in both languages. The Chinese object must have exactly the English keys: a
// missing or extra key is a type error (and test/i18n.test.ts checks the built dictionaries too).
// Messages use ICU MessageFormat (intl-messageformat): {name}, {count, plural, one {# post} other {# posts}},
// {n, number}; a literal apostrophe before { or } is written ''.
export function messages<const E extends Record<string, string>>(en: E, zh_CN: { [K in keyof E]: string }) {
  return { en, zh_CN };
}

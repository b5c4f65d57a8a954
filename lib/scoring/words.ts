// Lists and names inside Texts. A list is a chain of Texts, one separator each, so every language
// writes its own separators ("a, b" / "a、b"); names (sources, tags, codes) stay as they are.
import { text, type Text, type TextParam } from '../i18n/text';

const JOINS = { comma: 'sc_joinComma', semicolon: 'sc_joinSemicolon', andThe: 'sc_joinAndThe' } as const;
export type Join = keyof typeof JOINS;

/** The items as one list: a single item as itself, none as ''. */
export function joinTexts(items: readonly TextParam[], join: Join = 'comma'): TextParam {
  if (items.length === 0) return '';
  return items.slice(1).reduce<TextParam>((list, item) => text(JOINS[join], { list, item }), items[0]!);
}

/** Each item once (Texts compared by key and values, as JSON), in first-seen order. */
export function unique<T extends TextParam>(items: readonly T[]): T[] {
  const kept: T[] = [];
  for (const item of items) {
    // Items of different kinds or keys never write the same JSON: it is written only to tell
    // apart items that share a key, which is rare.
    const seen = kept.some((other) => sameKind(other, item) && JSON.stringify(other) === JSON.stringify(item));
    if (!seen) kept.push(item);
  }
  return kept;
}

/** Two Texts of one key, two strings or two numbers. */
function sameKind(a: TextParam, b: TextParam): boolean {
  return typeof a === 'object' && typeof b === 'object' ? a.key === b.key : typeof a === typeof b;
}

/** Names shown as they are in every language: sources, studies, brands. */
export function names(value: string): Text {
  return text('sc_names', { names: value });
}

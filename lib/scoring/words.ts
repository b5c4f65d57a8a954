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

/** Each item once (Texts compared by key and values), in first-seen order. */
export function unique<T extends TextParam>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = JSON.stringify(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Names shown as they are in every language: sources, studies, brands. */
export function names(value: string): Text {
  return text('sc_names', { names: value });
}

// Whether a Text (a message key with values) renders to a real English sentence: a known key, no
// placeholder left unfilled, not empty. For property tests that see many generated messages.
import { english, type LooseText } from '../../lib/i18n';
import { en } from '../../lib/i18n/dictionary';

/** Why `value` is not a readable English sentence, or null when it is one. */
export function sentenceProblem(value: LooseText | string | null | undefined): string | null {
  if (value === null || value === undefined) return 'no message';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty sentence' : null;
  if (!Object.hasOwn(en, value.key)) return `unknown message key ${JSON.stringify(value.key)}`;
  const template = en[value.key as keyof typeof en];
  const words = english(value);
  if (words.trim() === '') return `${value.key} renders empty`;
  // lib/i18n falls back to the bare template when a value the message needs is missing.
  if (/\{\s*\w+\s*[,}]/.test(template) && words === template) return `${value.key} was rendered without its values ${JSON.stringify(value.params ?? {})}`;
  return null;
}

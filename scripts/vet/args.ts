// The command's options, read with Node's own parser; what is wrong with them is said in words.
import { parseArgs } from 'node:util';
import { text, type Locale, type Text } from '../../lib/i18n';

export const COMMAND = 'npm run vet -- [--json] [--lang en|zh-CN] [--url URL] FILE...';

/** The languages the command speaks, as `--lang` takes them. */
const LANGUAGES: Record<string, Locale> = { en: 'en', 'zh-cn': 'zh_CN', zh_cn: 'zh_CN' };

export interface Options {
  files: string[];
  json: boolean;
  url: string | null;
  locale: Locale;
  help: boolean;
}

/** A misuse of the command: its stable id (for --json) and what to say. */
export interface UsageProblem {
  error: 'unknown-option' | 'missing-value' | 'unknown-language' | 'no-files';
  text: Text;
}

const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  url: { type: 'string' },
  lang: { type: 'string' },
} as const;

/**
 * The options, or what is wrong with them. `json` and `locale` are read first, so a problem is
 * told in the language (and the form) the user asked for.
 */
export function readOptions(args: string[]): { options: Options; problem: UsageProblem | null } {
  const { values, positionals, tokens } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const lang = typeof values.lang === 'string' ? values.lang : null;
  const locale = lang === null ? undefined : LANGUAGES[lang.toLowerCase()];
  const options: Options = {
    files: positionals,
    json: values.json === true,
    url: typeof values.url === 'string' && !values.url.startsWith('-') ? values.url : null,
    locale: locale ?? 'en',
    help: values.help === true,
  };
  return { options, problem: problemOf(tokens, options, lang, locale) };
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

function problemOf(tokens: Token[], options: Options, lang: string | null, locale: Locale | undefined): UsageProblem | null {
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(OPTIONS, token.name)) return { error: 'unknown-option', text: text('vet_unknownOption', { option: token.rawName }) };
    const takesValue = OPTIONS[token.name as keyof typeof OPTIONS].type === 'string';
    // `--url --json`: the next option is not the address.
    if (takesValue && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      return { error: 'missing-value', text: text('vet_optionNeedsValue', { option: token.rawName }) };
    }
  }
  if (lang !== null && locale === undefined) {
    return { error: 'unknown-language', text: text('vet_unknownLanguage', { language: lang, languages: 'en, zh-CN' }) };
  }
  if (options.files.length === 0 && !options.help) return { error: 'no-files', text: text('vet_noFiles') };
  return null;
}

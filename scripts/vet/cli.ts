// What `npm run vet` does (./main runs it with the process's arguments and console).
// Reads saved pages (a browser's "Save page as") with the extension's own extractors and
// scoring, and prints a summary per file, or JSON with --json, in English or in Chinese
// (--lang zh-CN). Exit status: 0 when every file was read, 2 when some file was not (why goes
// to stderr: a sentence, or with --json one JSON object per line with its `error` id), 1 on misuse.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Window } from 'happy-dom';
import { say, t, text, type Locale, type Text } from '../../lib/i18n';
import { errorText } from '../../lib/i18n/text';
import { COMMAND, readOptions } from './args';
import { formatReport, VetFailure, vetPage, type VetReport } from './report';

/** Where the command writes: each call one line (or one block) on stdout or stderr. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** One line on stderr for a file that was not read, or for a misuse of the command. */
function tell(io: Output, json: boolean, error: string, sentence: Text, locale: Locale, file?: string): void {
  const message = say(sentence, locale);
  if (json) io.err(JSON.stringify(file === undefined ? { error, message } : { file, error, message }));
  else io.err(file === undefined ? message : `${file}: ${message}`);
}

function readFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new VetFailure('unreadable-file', text('vet_unreadableFile', { reason: code ?? message }));
  }
}

/** Runs the command on its arguments; returns the exit status. */
export function runVet(args: string[], io: Output): number {
  const { options, problem } = readOptions(args);
  const { json, locale } = options;
  const usage = t('vet_usage', { command: COMMAND }, locale);
  if (options.help) {
    io.out(usage);
    return 0;
  }
  if (problem !== null) {
    tell(io, json, problem.error, problem.text, locale);
    if (!json) io.err(usage);
    return 1;
  }
  const reports: VetReport[] = [];
  let status = 0;
  for (const file of options.files) {
    const window = new Window();
    try {
      const html = readFile(file);
      const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
      reports.push(vetPage(basename(file), html, doc, options.url, Date.now(), locale));
    } catch (error) {
      // A failure the command did not foresee is told like a reader's: "Reading the page failed: …".
      const failure = error instanceof VetFailure ? error : new VetFailure('pg_readFailed', errorText(error));
      tell(io, json, failure.error, failure.text, locale, file);
      status = 2;
    } finally {
      void window.happyDOM.close();
    }
  }
  if (json) {
    if (reports.length > 0 || options.files.length > 1) {
      io.out(JSON.stringify(options.files.length === 1 ? reports[0] : reports, null, 2));
    }
  } else {
    for (const report of reports) io.out(`${formatReport(report, locale)}\n`);
  }
  return status;
}

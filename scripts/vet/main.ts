// npm run vet -- [--json] [--url URL] FILE...
// Reads saved pages (a browser's "Save page as") with the extension's own extractors and
// scoring, and prints a summary per file, or JSON with --json. Exit status: 0 when every file
// was read, 2 when some file is not a supported page (its reason goes to stderr), 1 on misuse.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Window } from 'happy-dom';
import { english } from '../../lib/i18n';
import { errorText } from '../../lib/i18n/text';
import { formatReport, UnsupportedPage, vetPage, type VetReport } from './report';

const USAGE = 'usage: npm run vet -- [--json] [--url URL] FILE...';

function parseArgs(args: string[]) {
  const files: string[] = [];
  let json = false;
  let url: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--url') url = args[++i] ?? null;
    else if (arg === '--help' || arg === '-h') return null;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length === 0 || (args.includes('--url') && url === null)) return null;
  return { files, json, url };
}

function main(): number {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  if (options === null) {
    console.error(USAGE);
    return 1;
  }
  const reports: VetReport[] = [];
  let status = 0;
  for (const file of options.files) {
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch (error) {
      console.error(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      status = 2;
      continue;
    }
    const window = new Window();
    try {
      const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
      reports.push(vetPage(basename(file), html, doc, options.url, Date.now()));
    } catch (error) {
      // An extractor's error carries its sentence: printed in words, never as a message key.
      console.error(error instanceof UnsupportedPage ? error.message : `${file}: could not be read (${english(errorText(error))})`);
      status = 2;
    } finally {
      void window.happyDOM.close();
    }
  }
  if (options.json) {
    if (reports.length > 0 || options.files.length > 1) {
      console.log(JSON.stringify(options.files.length === 1 ? reports[0] : reports, null, 2));
    }
  } else {
    for (const report of reports) console.log(`${formatReport(report)}\n`);
  }
  return status;
}

process.exitCode = main();

// Checks a backup file in a worker, so the page stays free to draw and answer while every record
// is parsed and checked: in the page, a million creators' check made it wait up to 256 ms at a
// time, mostly collecting the garbage of the parsed records. Where a worker cannot run (outside a
// browser, or a browser that refuses the worker's script), the check runs in the page as before.
import { checkBackupFile, type CheckProgress, type CheckResult } from './backup-read';
import type { CheckAnswer, CheckRequest } from './backup-check-worker';
import { cancelled } from './backup-write';

export function checkBackupFileAside(
  file: Blob,
  currentSchemaVersion: number,
  options: { signal?: AbortSignal; onProgress?(progress: CheckProgress): void } = {},
): Promise<CheckResult> {
  const { signal, onProgress } = options;
  if (typeof Worker === 'undefined') return checkBackupFile(file, currentSchemaVersion, options);
  if (signal?.aborted) return Promise.reject(cancelled(signal));
  const worker = new Worker(new URL('./backup-check-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<CheckResult>((resolve, reject) => {
    let answered = false;
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      end();
      reject(cancelled(signal));
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event: MessageEvent<CheckAnswer>) => {
      answered = true;
      const answer = event.data;
      if ('progress' in answer) return onProgress?.(answer.progress);
      end();
      if ('result' in answer) resolve(answer.result);
      else reject(answer.failure);
    };
    // A worker that could not start (its script refused) has said nothing: the page checks instead.
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      if (!answered) resolve(checkBackupFile(file, currentSchemaVersion, options));
      else reject(new Error(event.message || 'the check stopped'));
    };
    worker.postMessage({ file, currentSchemaVersion } satisfies CheckRequest);
  });
}

// The backup check's worker: checks the file it is sent (./backup-read's checkBackupFile) and
// answers with its progress, then its result or the error that stopped it.
import { checkBackupFile, type CheckProgress, type CheckResult } from './backup-read';

/** What the worker is sent. */
export interface CheckRequest {
  file: Blob;
  currentSchemaVersion: number;
}

/** What the worker answers. */
export type CheckAnswer = { progress: CheckProgress } | { result: CheckResult } | { failure: unknown };

const scope = self as unknown as { onmessage: ((event: MessageEvent<CheckRequest>) => void) | null; postMessage(answer: CheckAnswer): void };

scope.onmessage = (event) => {
  const { file, currentSchemaVersion } = event.data;
  checkBackupFile(file, currentSchemaVersion, { onProgress: (progress) => scope.postMessage({ progress }) }).then(
    (result) => scope.postMessage({ result }),
    (failure: unknown) => scope.postMessage({ failure }),
  );
};

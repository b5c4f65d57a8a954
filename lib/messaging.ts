// The one place messages are sent and received. Every receiver validates what it gets with
// zod and ignores anything that is not ours or not well formed.
import { browser, type Browser } from 'wxt/browser';
import {
  errorMessage,
  errorText,
  failure,
  flatText,
  ReadPageResponseSchema,
  ScoreTabRequestSchema,
  type ReadPageResponse,
  type ScoreTabRequest,
} from './schema';

type Sender = Browser.runtime.MessageSender;
type Schema<T> = { safeParse(data: unknown): { success: true; data: T } | { success: false } };

/** Checks an answer from another context; a malformed one becomes a clear error. */
export function parseResponse(raw: unknown): ReadPageResponse {
  const parsed = ReadPageResponseSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // A reading whose figures are out of bounds (a page reader's answer is checked only here).
  const reading = raw as { ok?: unknown; snapshot?: unknown } | null;
  if (reading?.ok === true && typeof reading.snapshot === 'object' && reading.snapshot !== null) return failure('extract-failed', flatText('pg_invalidSnapshot'));
  return failure('bad-response', flatText('pg_badResponse'));
}

/**
 * Registers a handler for one kind of message. Messages from other extensions or that do
 * not match the schema are ignored, so they can neither trigger work nor change anything.
 */
function listen<T>(schema: Schema<T>, handle: (message: T, sender: Sender) => Promise<ReadPageResponse>): () => void {
  const listener = (raw: unknown, sender: Sender, sendResponse: (answer: unknown) => void): true | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return undefined;
    handle(parsed.data, sender).then(sendResponse, (error: unknown) =>
      sendResponse(failure('extract-failed', errorText(error))),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export const onScoreTab = (handle: (message: ScoreTabRequest, sender: Sender) => Promise<ReadPageResponse>) =>
  listen(ScoreTabRequestSchema, handle);


/** Popup -> background. */
export async function requestScore(tabId: number): Promise<ReadPageResponse> {
  const message: ScoreTabRequest = { type: 'score-tab', tabId };
  try {
    return parseResponse(await browser.runtime.sendMessage(message));
  } catch (error) {
    return failure('page-unreachable', flatText('pg_noBackground', { reason: errorMessage(error) }));
  }
}

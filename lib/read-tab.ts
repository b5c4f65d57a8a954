// Reading a tab and checking the answer (lib/inject-reader does the injecting).
import { injectReader } from './inject-reader';
import { parseResponse } from './messaging';
import type { ReadPageResponse } from './schema';

export async function readTab(tabId: number): Promise<ReadPageResponse> {
  const reading = await injectReader(tabId);
  return 'unchecked' in reading ? parseResponse(reading.unchecked) : reading;
}

// Reading a tab and checking the answer where it arrives (./inject does the injecting).
import { injectReader } from './inject';
import { parseResponse } from './check';
import type { ReadPageResponse } from '../schema/reading';

export async function readTab(tabId: number): Promise<ReadPageResponse> {
  const reading = await injectReader(tabId);
  return 'unchecked' in reading ? parseResponse(reading.unchecked) : reading;
}

// Importing a CSV of any size: the long steps (reading, checking) work through the rows in
// slices of a few milliseconds and give the page back between slices, so the dialog keeps
// painting its progress and a click on Cancel is heard. A cancelled step throws ImportCancelled.

/** How a long step reports and stops: progress as (rows done, rows in all), and a signal to cancel. */
export interface StepControl {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** Thrown when the user cancels a step; nothing was written. */
export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled');
    this.name = 'ImportCancelled';
  }
}

// Well under the 50 ms a task may take before the browser counts it as long; the rest of the
// page (painting, a click on Cancel) runs between slices.
const SLICE_MS = 25;

/** Gives the page a turn: a macrotask, so input and painting come first. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportCancelled();
}

/** Keeps time for one long step: `due()` says when a slice is over, `pause()` yields and checks for Cancel. */
export class Pacer {
  private sliceStart = performance.now();

  constructor(private readonly control: StepControl = {}) {}

  due(): boolean {
    return performance.now() - this.sliceStart > SLICE_MS;
  }

  /** A new slice, after the page had a turn some other way (an IndexedDB request awaited). */
  restart(): void {
    this.sliceStart = performance.now();
  }

  async pause(done: number, total: number): Promise<void> {
    this.control.onProgress?.(done, total);
    await yieldToPage();
    throwIfCancelled(this.control.signal);
    this.sliceStart = performance.now();
  }
}

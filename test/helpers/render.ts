// Renders React components into happy-dom for tests, one fresh root per test.
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  container: HTMLDivElement;
  render(node: ReactNode): Promise<void>;
  /** Lets IndexedDB and live queries settle until `check` passes; fails naming `what` and showing the page. */
  until(check: () => boolean, what: string): Promise<void>;
}

/** Call at the top of a test file; the returned object is filled in before each test. */
export function useReactRoot(): Mounted {
  let root: Root;
  const mounted = {
    container: document.createElement('div'),
    async render(node: ReactNode) {
      await act(async () => root.render(node));
    },
    async until(check: () => boolean, what: string) {
      for (let i = 0; i < 100; i++) {
        if (check()) return;
        await act(async () => {
          await new Promise((resolve) => setTimeout(resolve, 10));
        });
      }
      throw new Error(`Timed out waiting for ${what}: ${mounted.container.innerHTML.slice(0, 1500)}`);
    },
  };
  beforeEach(() => {
    mounted.container = document.createElement('div');
    document.body.append(mounted.container);
    root = createRoot(mounted.container);
  });
  afterEach(() => {
    act(() => root.unmount());
    mounted.container.remove();
  });
  return mounted;
}

/**
 * happy-dom lays nothing out: give scroll boxes a height so virtualized tables render their
 * rows. Call at the top of a test file.
 */
export function useLayoutHeight(height = 800): void {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
  });
  afterAll(() => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
  });
}

/** Sets a field's value as typing or choosing does, and lets React handle the event. */
export async function enterValue(element: HTMLInputElement | HTMLSelectElement, value: string): Promise<void> {
  const proto = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

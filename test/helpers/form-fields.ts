// Fills in a form as a user does: a field found by its label as the user reads it (whole, else from
// its start), a value typed or chosen in it.
import { act } from 'react';

export function fieldIn(container: Element, label: string): HTMLInputElement | HTMLSelectElement {
  const labels = [...container.querySelectorAll('label')];
  const found = labels.find((l) => l.textContent === label) ?? labels.find((l) => l.textContent?.startsWith(label));
  if (!found) throw new Error(`No field labelled “${label}”`);
  return document.getElementById(found.htmlFor) as HTMLInputElement | HTMLSelectElement;
}

export async function typeIn(container: Element, label: string, value: string): Promise<void> {
  const field = fieldIn(container, label);
  const proto = field instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    field.focus();
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, value);
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

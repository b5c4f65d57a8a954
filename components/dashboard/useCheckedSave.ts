// The save of a dialog whose fields are checked before anything is stored: the refusals at their
// fields, a store that failed said inside the dialog, and the keyboard taken to what needs mending.
import { useRef, useState } from 'react';
import { problem, type Text } from '../../lib/i18n';
import { useFocusLater } from '../shared/useFocusLater';

/** A draft read: every field's refusal, or the store it allows. */
export type Checked<F extends string> = { errors: Partial<Record<F, Text>> } | { store: () => Promise<void> };

/** `failureClass` names the element that says a store failed, for the keyboard to go to. */
export function useCheckedSave<F extends string>(failureClass: string) {
  const [errors, setErrors] = useState<Partial<Record<F, Text>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusLater = useFocusLater();
  const failureShown = () => form.current?.querySelector<HTMLElement>(`.${failureClass}`);

  const save = (checked: () => Checked<F>, notSaved: (reason: string) => string) => {
    if (busy) return;
    const made = checked();
    if ('errors' in made) {
      setErrors(made.errors);
      setFailure(null);
      // The keyboard goes to the first field to mend, in the order of the form.
      focusLater(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? failureShown());
      return;
    }
    setErrors({});
    setBusy(true);
    made.store().then(
      () => setBusy(false),
      (failed: unknown) => {
        setBusy(false);
        setFailure(notSaved(problem(failed)));
        focusLater(failureShown);
      },
    );
  };
  const clear = () => {
    setErrors({});
    setFailure(null);
  };
  return { errors, failure, busy, form, save, clear };
}

// A dialog's form whose fields are checked before saving: above the fields, why the save failed, or
// that some fields need a change (each says why beside it).
import type { ReactNode, RefObject } from 'react';

interface Props {
  form: RefObject<HTMLFormElement | null>;
  onSubmit(): void;
  /** Why the save failed, or a refusal of the whole form; null when none. */
  failure: string | null;
  /** The element saying so, for the keyboard to go to (./useCheckedSave). */
  failureClass: string;
  /** Some field was refused: `fixFields` says to look beside each. */
  refused: boolean;
  fixFields: string;
  children: ReactNode;
}

export function CheckedForm({ form, onSubmit, failure, failureClass, refused, fixFields, children }: Props) {
  return (
    <form
      ref={form}
      className="campaign-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {failure ? (
        <p className={`error ${failureClass}`} role="alert" tabIndex={-1}>
          {failure}
        </p>
      ) : refused ? (
        <p className="error small" role="alert">{fixFields}</p>
      ) : null}
      {children}
    </form>
  );
}

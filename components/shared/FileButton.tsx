// A file picker drawn as a button in the UI language. The browser's own control says "Choose File"
// and "No file chosen" in the browser's language whatever the UI language is: here it is an
// invisible <input type="file"> over a label styled as a button. The input keeps the keyboard
// focus (the label draws the ring, see theme.css), the accessible name and dropped files.
import { forwardRef } from 'react';
import { t } from '../../lib/i18n';

export interface FileButtonProps {
  /** The words on the button ("Import CSV file…"). */
  label: string;
  /** The control's accessible name. */
  name: string;
  accept: string;
  /** The chosen file's name, when one is; the tooltip says it (or that none is chosen). */
  fileName?: string | null;
  onChoose(file: File | undefined): void;
}

export const FileButton = forwardRef<HTMLInputElement, FileButtonProps>(function FileButton({ label, name, accept, fileName, onChoose }, ref) {
  return (
    <label className="file-button">
      <input
        ref={ref}
        type="file"
        className="file-input"
        accept={accept}
        aria-label={name}
        // Shown on hover instead of the browser's own "No file chosen".
        title={fileName ?? t('dash_noFileChosen')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // The same file can be chosen again (after fixing it in a spreadsheet, after Cancel).
          event.target.value = '';
          onChoose(file);
        }}
      />
      {label}
    </label>
  );
});

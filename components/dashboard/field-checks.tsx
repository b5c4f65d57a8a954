// A form's refusals at their fields: each checked field's id, marked invalid and tied to its message
// when refused, and the message itself beside it.
import { say, type Text } from '../../lib/i18n';

export function fieldChecks<F extends string>(ids: string, errors: Partial<Record<F, Text>>) {
  const fieldId = (field: F) => `${ids}-${field}`;
  return {
    fieldId,
    checked: (field: F) => ({
      id: fieldId(field),
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby': errors[field] ? `${fieldId(field)}-error` : undefined,
    }),
    refusal: (field: F) =>
      errors[field] ? (
        <p id={`${fieldId(field)}-error`} className="error small">
          {say(errors[field])}
        </p>
      ) : null,
  };
}

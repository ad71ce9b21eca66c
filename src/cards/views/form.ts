import { renderCard, type AdaptiveCard } from '../render.js';
import { executeAction, intentAction, VERBS } from './actions.js';

export interface FormField {
  /** The input id: the key its value comes back under. */
  id: string;
  label: string;
  value?: string;
  placeholder?: string;
  /** A hint under the input ("letters and digits only"). */
  hint?: string;
  /** What is wrong with the value submitted (shown in red under the input). */
  error?: string;
  required?: boolean;
  /** `email` / `tel` give the matching keyboard; `choice` a drop-down of `choices`. */
  kind?: 'text' | 'email' | 'tel' | 'choice';
  choices?: Array<{ title: string; value: string }>;
  maxLength?: number;
}

export interface FormView {
  title: string;
  subtitle: string;
  fields: FormField[];
  /** The intent the form submits to (it proposes; a confirmation card follows). */
  intent: string;
  /** Entities sent back with the values (the customer id ...). */
  entities?: Record<string, unknown>;
  submitTitle?: string;
  /** "2 fields need a fix" after a submit with errors. */
  errorSummary?: string;
}

/**
 * A form card (cards/form.json): inputs with labels, hints and the field errors of the last
 * submit, then one Action.Execute `submit` (with an Action.Submit fallback) and Cancel.
 */
export function formCard(view: FormView): AdaptiveCard {
  return renderCard('form', {
    title: view.title,
    subtitle: view.subtitle,
    hasErrorSummary: Boolean(view.errorSummary),
    errorSummary: view.errorSummary ?? '',
    fields: view.fields.map((f) => {
      const kind = f.kind === 'choice' ? 'choice' : 'text';
      return {
        id: f.id,
        label: f.label,
        value: f.value ?? '',
        placeholder: f.placeholder ?? '',
        style: f.kind === 'email' ? 'Email' : f.kind === 'tel' ? 'Tel' : 'Text',
        kind,
        required: f.required ?? false,
        requiredMessage: `${f.label} is required.`,
        maxLength: f.maxLength ?? 256,
        choices: f.choices ?? [],
        hasHint: Boolean(f.hint),
        hint: f.hint ?? '',
        hasError: Boolean(f.error),
        error: f.error ?? '',
      };
    }),
    actions: [
      executeAction(
        view.submitTitle ?? 'Review the change',
        VERBS.submit,
        { intent: view.intent, entities: view.entities ?? {} },
        'positive',
      ),
      intentAction('Cancel', 'cancel'),
    ],
  });
}

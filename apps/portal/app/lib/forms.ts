import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form'
import { useSubmit } from 'react-router'
import type { Conflict, FieldErrors as DomainFieldErrors } from '@bt/domain'
import type { RowError } from '#app/components/ui/row-errors.tsx'

/** Field errors as the server returns them: dotted field name → Dutch messages. */
export type FieldErrors = DomainFieldErrors

/** What a form shows when it must be shown again: messages, an import's row errors, a stale edit's saved record. */
export interface FormProblem<TCurrent = unknown> extends Partial<Conflict<TCurrent>> {
  fieldErrors?: FieldErrors
  formError?: string
  /** Per-row problems of an import or bulk change. */
  rowErrors?: RowError[]
}

/**
 * What an action returns when a form must be shown again (`formAction` in server/forms.server.ts):
 * the problem plus what the user posted and which of the page's forms it was, so the form shows the
 * input again without JavaScript too. `TCurrent` is the record a stale edit (409) carries.
 */
export interface FormFailure<TCurrent = unknown, TValues = Record<string, unknown>> extends FormProblem<TCurrent> {
  intent?: string
  values: TValues
}

/**
 * react-hook-form on top of a plain `<Form method="post">`, checked by the server only: the route
 * action parses the posted form with the domain schema (`formAction`, server/forms.server.ts) and
 * answers field errors, with JavaScript and without it alike. The schemas and zod stay out of the
 * browser's JavaScript (issue 20, ADR 040). `errorFor(name)` gives the server's message for a field.
 */
export function useValidatedForm(options: { defaultValues?: DefaultValues<FieldValues>; serverErrors?: FieldErrors | null } = {}) {
  // The form holds what the user typed (plain strings and lists, any names, including names built
  // at run time like 'fields.partners.0.name'); the server checks it into the schema's output.
  const form = useForm<FieldValues>({ defaultValues: options.defaultValues })
  const submit = useSubmit()
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    // React's synthetic submit event wraps a native SubmitEvent (it carries the clicked button).
    const target = (event.nativeEvent as SubmitEvent).submitter ?? event.currentTarget
    void form.handleSubmit(() => submit(target as HTMLFormElement))(event)
  }
  const errorFor = (name: string): string | undefined => options.serverErrors?.[name]?.[0]
  // What a field component needs for one form value: its id (the name unless given), the server's
  // message for it and the registration; spread it last so the registration wins as before.
  const field = (name: string, id: string = name) => ({ id, error: errorFor(name), ...form.register(name) })
  return { form, onSubmit, errorFor, field }
}

/** Submitted form values: texts, repeated texts, and nested groups ('parameters.scope'). */
export interface FormValues {
  [name: string]: string | string[] | FormValues
}

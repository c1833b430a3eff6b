import { zodResolver } from '@hookform/resolvers/zod'
import { get, useForm, type DefaultValues, type FieldValues } from 'react-hook-form'
import { useSubmit } from 'react-router'
import type { z } from 'zod'
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
 * react-hook-form with the domain schema as resolver, on top of a plain `<Form method="post">`: with
 * JavaScript the fields are checked in the browser first; without it the route action checks the
 * same schema (STYLE.md §9-10). `errorFor(name)` gives the browser's or the server's message.
 */
export function useValidatedForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  options: { defaultValues?: DefaultValues<FieldValues>; serverErrors?: FieldErrors | null } = {},
) {
  // The form holds what the user typed (plain strings and lists, any names, including names built
  // at run time like 'fields.partners.0.name') until zod checks it into the schema's output.
  const checked: z.ZodType<FieldValues, FieldValues> = schema
  const form = useForm<FieldValues>({
    resolver: zodResolver(checked),
    defaultValues: options.defaultValues,
    mode: 'onTouched',
  })
  const submit = useSubmit()
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    // React's synthetic submit event wraps a native SubmitEvent (it carries the clicked button).
    const target = (event.nativeEvent as SubmitEvent).submitter ?? event.currentTarget
    void form.handleSubmit(() => submit(target as HTMLFormElement))(event)
  }
  const errorFor = (name: string): string | undefined => {
    const error: unknown = get(form.formState.errors, name)
    const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : undefined
    return (typeof message === 'string' ? message : undefined) ?? options.serverErrors?.[name]?.[0]
  }
  return { form, onSubmit, errorFor }
}

/** Submitted form values: texts, repeated texts, and nested groups ('parameters.scope'). */
export interface FormValues {
  [name: string]: string | string[] | FormValues
}

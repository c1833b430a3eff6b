import { zodResolver } from '@hookform/resolvers/zod'
import { get, useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form'
import { useSubmit } from 'react-router'
import type { z } from 'zod'

/** Field errors as the server returns them: dotted field name → Dutch messages. */
export type FieldErrors = Record<string, string[] | undefined>

/** What an action returns when a form must be shown again. */
export interface FormFailure {
  fieldErrors?: FieldErrors
  formError?: string
}

/**
 * react-hook-form with the domain schema as resolver, on top of a plain `<Form method="post">`: with
 * JavaScript the fields are checked in the browser first; without it the route action checks the
 * same schema (STYLE.md §9-10). `errorFor(name)` gives the browser's or the server's message.
 */
export function useValidatedForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  options: { defaultValues?: DefaultValues<z.input<S>>; serverErrors?: FieldErrors | null } = {},
) {
  const form = useForm<z.input<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>>,
    defaultValues: options.defaultValues,
    mode: 'onTouched',
  })
  const submit = useSubmit()
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const target = (event.nativeEvent as SubmitEvent).submitter ?? event.currentTarget
    void form.handleSubmit(() => submit(target as HTMLFormElement))(event)
  }
  const errorFor = (name: string): string | undefined =>
    ((get(form.formState.errors, name) as { message?: string } | undefined)?.message) ?? options.serverErrors?.[name]?.[0]
  return { form, onSubmit, errorFor }
}

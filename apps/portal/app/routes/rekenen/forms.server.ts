import { data, type UNSAFE_DataWithResponseInit as DataWithResponseInit } from 'react-router'
import type { FormFailure } from '#app/lib/forms.ts'
import { formAction } from '#app/server/forms.server.ts'

/** Submitted form values: texts, repeated texts, and nested groups ('parameters.scope'). */
export interface FormValues {
  [name: string]: string | string[] | FormValues
}

/** A /rekenen form that must be shown again: the failure plus what the user submitted. */
export interface CalcFormFailure extends FormFailure {
  rowErrors?: unknown
  values: FormValues
}

/**
 * `formAction` for /rekenen: when the form must be shown again (400, 409, …) the submitted values
 * go back with the failure, so the form keeps the user's input without JavaScript too.
 */
export async function calcFormAction<T>(
  values: FormValues,
  run: () => Promise<T>,
): Promise<T | DataWithResponseInit<CalcFormFailure>> {
  const result = await formAction(run)
  if (isDataWithInit(result) && (result.init?.status ?? 200) >= 400) {
    return data<CalcFormFailure>(
      { ...(result.data as FormFailure), values },
      result.init ?? undefined,
    )
  }
  return result as T
}

// React Router exports DataWithResponseInit as a type only; it marks instances with `type`.
function isDataWithInit(value: unknown): value is DataWithResponseInit<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'DataWithResponseInit'
  )
}

/** No cache keeps a computed result or a client history. */
export const NO_STORE = { 'Cache-Control': 'no-store' }

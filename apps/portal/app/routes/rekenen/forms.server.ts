/** Submitted form values: texts, repeated texts, and nested groups ('parameters.scope'). */
export interface FormValues {
  [name: string]: string | string[] | FormValues
}

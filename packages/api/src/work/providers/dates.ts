// Made once: creating a DateTimeFormat costs about 60 µs, formatting with it under 1 µs (issue 20).
const LONG_DATE = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' })

/** An ISO calendar date as Dutch text on a work list: '2026-07-01' → '1 juli 2026'. */
export const longDateNl = (iso: string) => LONG_DATE.format(new Date(`${iso}T00:00:00Z`))

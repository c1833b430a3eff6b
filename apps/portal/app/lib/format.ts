const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })
const dateLong = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** 18130231 → "18.130.231". */
export function formatInteger(value: number): string {
  return integer.format(value)
}

/** "2020-12-07" → "7 december 2020". */
export function formatIsoDate(iso: string): string {
  return dateLong.format(new Date(`${iso}T00:00:00Z`))
}

/** The page title shown in the browser tab. */
export function pageTitle(title: string): string {
  return `${title} – Beschermd Thuis`
}

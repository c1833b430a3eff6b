import { NVO_AGREEMENT_THEMES, suggestThemes, type NvoAgreementKey } from '@bt/domain'
import { Button } from '@utrecht/component-library-react'
import { useEffect, useState } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import { themeLabel } from './labels.ts'

/** "Thema: Toegang en landelijke toegankelijkheid": the themes an NvO agreement covers, shown under its box (works without JavaScript). */
export function nvoThemesHint(nvoAgreement: NvoAgreementKey): string {
  const themes = NVO_AGREEMENT_THEMES[nvoAgreement]
  return `${themes.length === 1 ? 'Thema' : "Thema's"}: ${themes.map(themeLabel).join('; ')}`
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  return typeof value === 'string' && value ? [value] : []
}

/**
 * With JavaScript: the themes the ticked NvO agreements suggest that are not ticked yet, and a button
 * that ticks them (issue 19 item 7). Without JavaScript the hint under each NvO box says the same.
 */
export function ThemeSuggestion({ form }: { form: UseFormReturn<FieldValues> }) {
  // Rendered only after hydration: the button needs JavaScript.
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  const chosen = asList(form.watch('fields.nvoAgreements'))
  const ticked = asList(form.watch('fields.themes'))
  const missing = suggestThemes(chosen).filter((theme) => !ticked.includes(theme))
  return (
    <div className="bt-theme-suggestion" role="status">
      {hydrated && missing.length > 0 ? (
        <p className="utrecht-paragraph">
          De gekozen NvO-afspraken passen bij {missing.length === 1 ? 'het thema' : "de thema's"}{' '}
          {missing.map((theme) => `“${themeLabel(theme)}”`).join(', ')}.{' '}
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => form.setValue('fields.themes', [...ticked, ...missing], { shouldDirty: true, shouldValidate: true })}
          >
            {missing.length === 1 ? 'Vink dit thema aan' : "Vink deze thema's aan"}
          </Button>
        </p>
      ) : null}
    </div>
  )
}

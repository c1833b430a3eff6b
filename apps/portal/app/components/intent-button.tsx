import { Button } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'

/** A primary submit button that posts `intent=<intent>`, for actions that handle several intents; off while busy. */
export function IntentButton({ intent, busy, children }: { intent: string; busy: boolean; children: ReactNode }) {
  return (
    <Button type="submit" name="intent" value={intent} appearance="primary-action-button" disabled={busy}>
      {children}
    </Button>
  )
}

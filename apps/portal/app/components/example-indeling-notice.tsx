import { Alert, Paragraph } from '@utrecht/component-library-react'

/** Shown while the regional indeling is the example shipped with the portal, not the legal one. */
export function ExampleIndelingNotice() {
  return (
    <Alert type="warning">
      <Paragraph>
        <strong>Voorbeeldindeling.</strong> De indeling van gemeenten in regio&apos;s is een voorbeeld, afgeleid
        uit openbare regionale documenten. Een beheerder kan de officiële indeling importeren.
      </Paragraph>
    </Alert>
  )
}

/** Shown on every page while demo data is present, so no one mistakes it for real data. */
export function DemoBanner() {
  return (
    <div className="bt-demo-banner" role="note" aria-label="Demo-omgeving">
      <p>
        <strong>Demo-omgeving.</strong> De accounts, afspraken en bedragen zijn fictief. Gebruik hier geen echte
        gegevens.
      </p>
    </div>
  )
}

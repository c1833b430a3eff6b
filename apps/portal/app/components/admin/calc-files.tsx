// The calculation tables on /beheer/rekendata: what each holds, and the file-or-pasted-text field per table.
import { FieldShell, TextAreaField } from '#app/components/form-field.tsx'

/** The three calculation tables an administrator imports, with the columns and an example of each. */
export const CALC_FILES = [
  {
    name: 'historicalCsv',
    label: 'Historische bedragen per centrumgemeente',
    columns: 'gemeentecode, bedrag (euro, hoogstens twee decimalen)',
    example: 'gemeentecode;bedrag\nGM0193;140096291\nGM0014;98500000,50',
  },
  {
    name: 'measuresCsv',
    label: 'Maatstaven met hun gewicht',
    columns: 'maatstaf, omschrijving, gewicht, per_inwoner (ja of nee, mag ontbreken)',
    example:
      'maatstaf,omschrijving,gewicht,per_inwoner\ninwoners,Inwoners,40,ja\nlage_inkomens,Huishoudens met een laag inkomen,400,nee',
  },
  {
    name: 'valuesCsv',
    label: 'Maatstafwaarden per gemeente',
    columns: 'gemeentecode, maatstaf, waarde; elke gemeente heeft een waarde voor elke maatstaf',
    example: 'gemeentecode,maatstaf,waarde\nGM0193,inwoners,1\nGM0193,lage_inkomens,6120',
  },
] as const
type FileName = (typeof CALC_FILES)[number]['name']

/** One table's upload: a CSV file, or its content pasted when no file is chosen. */
export function FileOrText({
  file,
  value,
  error,
}: {
  file: (typeof CALC_FILES)[number]
  value: string
  error?: string
}) {
  const name: FileName = file.name
  return (
    <fieldset className="utrecht-form-fieldset bt-fieldset">
      <legend className="utrecht-form-fieldset__legend">{file.label}</legend>
      <p className="utrecht-paragraph bt-field__hint">Kolommen: {file.columns}.</p>
      <pre className="bt-example">{file.example}</pre>
      <FieldShell id={`${name}File`} label="CSV-bestand" hint="Hoogstens 2 MB.">
        {(describedBy) => (
          <input
            id={`${name}File`}
            name={`${name}File`}
            type="file"
            accept=".csv,text/csv"
            className="bt-file"
            aria-describedby={describedBy}
          />
        )}
      </FieldShell>
      <TextAreaField
        id={name}
        label="Of plak de inhoud"
        hint="Wordt alleen gebruikt als u geen bestand kiest."
        error={error}
        className="bt-textarea bt-textarea--code"
        name={name}
        rows={5}
        spellCheck={false}
        defaultValue={value}
      />
    </fieldset>
  )
}

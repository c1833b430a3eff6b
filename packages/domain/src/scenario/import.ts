import { z } from 'zod'
import { euros, year } from './numbers.ts'

// Importing real calculation data (/beheer/rekendata)

/** At most this many characters per CSV (342 municipalities × a handful of measures is about 100 KB). */
export const MAX_CALC_CSV_LENGTH = 2_000_000

const csvText = (what: string) =>
  z
    .string({ error: `Kies een CSV-bestand met ${what} of plak de inhoud.` })
    .trim()
    .min(1, { error: `Kies een CSV-bestand met ${what} of plak de inhoud.` })
    .max(MAX_CALC_CSV_LENGTH, { error: 'Het bestand is te groot (hoogstens 2 MB).' })

/** An administrator imports real tables: historical amounts, measures with weights, measure values. */
export const CalcDatasetImportSchema = z.object({
  label: z
    .string({ error: 'Geef de gegevensset een naam.' })
    .trim()
    .min(2, { error: 'Een naam heeft minstens 2 tekens.' })
    .max(120, { error: 'Een naam heeft hoogstens 120 tekens.' }),
  budgetYear: year('het begrotingsjaar'),
  macroBudgetEuros: euros('het macrobudget', { min: 1 }),
  historicalCsv: csvText('historische bedragen'),
  measuresCsv: csvText('maatstaven'),
  valuesCsv: csvText('maatstafwaarden'),
})
export type CalcDatasetImportInput = z.input<typeof CalcDatasetImportSchema>

/** At most this many rows in a published-amounts sheet (342 municipalities, with room to spare). */
export const MAX_PUBLISHED_ROWS = 2_000

/**
 * The rekenbestand's published amounts per municipality (issue 18 item 5), as read from a CSV or
 * XLSX sheet: each row with its own row number and its cells keyed by the header.
 */
export const PublishedAmountsImportSchema = z.object({
  rows: z
    .array(
      z.object({
        row: z.number().int().min(2).max(1_000_000),
        cells: z.record(z.string().max(100), z.string().max(200)),
      }),
    )
    .min(1, { error: 'Het bestand bevat geen rijen onder de kopregel.' })
    .max(MAX_PUBLISHED_ROWS, {
      error: `Het bestand heeft meer dan ${MAX_PUBLISHED_ROWS} rijen; één rij per gemeente is genoeg.`,
    }),
})
export type PublishedAmountsImportInput = z.input<typeof PublishedAmountsImportSchema>

import { z } from 'zod'
import { INT4_MAX } from '../input-limits.ts'
import { RegionSlugSchema } from '../codes.ts'
import { IndicatorPeriodSchema } from './periods.ts'
import { MAX_INDICATOR_IMPORT_ROWS } from './import-rows.ts'
import { VALUE_STATES } from './values.ts'

const KEY = z.string().trim().min(1).max(60)
const CELL = z.string().max(500).default('')

/** One value typed in the entry form: the cells as text, checked against the catalogue by the service. */
export const EnteredValueSchema = z.object({
  indicatorKey: KEY,
  state: z.enum(VALUE_STATES, { error: 'Kies een status.' }),
  value: CELL,
  numerator: CELL,
  denominator: CELL,
})

/** The entry form of one region and period (region-reported indicators only). */
export const SaveIndicatorValuesSchema = z.object({
  regionSlug: RegionSlugSchema,
  period: IndicatorPeriodSchema,
  values: z.array(EnteredValueSchema).max(100),
})
export type SaveIndicatorValuesInput = z.input<typeof SaveIndicatorValuesSchema>

/** Which region and period the entry form is for. */
export const IndicatorEntryRefSchema = z.object({ regionSlug: RegionSlugSchema, period: IndicatorPeriodSchema })

/** A region's own explanation beside one of its figures; version null for the first one. */
export const SaveIndicatorExplanationSchema = z.object({
  regionSlug: RegionSlugSchema,
  indicatorKey: KEY,
  body: z.string().trim().max(2000, { error: 'Een toelichting is hoogstens 2.000 tekens.' }),
  version: z.number().int().positive().max(INT4_MAX).nullable(),
})

/** Rows of an import file (cells keyed by header, as read from CSV or XLSX), checked and staged. */
export const PreviewIndicatorImportSchema = z.object({
  filename: z.string().trim().max(200).default(''),
  rows: z
    .array(z.record(z.string(), z.string().max(1000)))
    .max(MAX_INDICATOR_IMPORT_ROWS, { error: `Een bestand heeft hoogstens ${MAX_INDICATOR_IMPORT_ROWS.toLocaleString('nl-NL')} regels.` }),
  /** The staged import to append to when a large file is sent in batches; null for the first batch. */
  importId: z.number().int().positive().max(INT4_MAX).nullable().default(null),
  /** Row number of the first row in this batch (header is row 1), so errors name the file's rows. */
  firstRowNumber: z.number().int().min(2).max(INT4_MAX).default(2),
  /**
   * Check the rows and stage nothing: for the batches after one that was refused, so every error in
   * the file is named (the refused import is gone; importId is ignored).
   */
  checkOnly: z.boolean().optional(),
})
export type PreviewIndicatorImportInput = z.input<typeof PreviewIndicatorImportSchema>

/** Commit a staged import (all rows or none). */
export const CommitIndicatorImportSchema = z.object({ importId: z.number().int().positive().max(INT4_MAX) })

/** One indicator by key. */
export const IndicatorKeySchema = z.object({ key: KEY })

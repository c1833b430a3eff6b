import {
  assessNewClient,
  determineResponsibleMunicipality,
  type BwHistoryEvent,
  type CalcErrorPath,
} from '@bt/calc'
import { listMunicipalitiesWithRegion, listRegionCodes, type DB, type Kysely } from '@bt/db'
import { DomainError, itemAt, type ResidenceCheck } from '@bt/domain'
import { translateCalcErrors } from './errors.ts'

// The woonplaatsbeginsel check (DOMAIN.md §6.2, §6.4, §8). A client's history is special-category
// personal data (GDPR art. 9): this service computes and returns. It writes no row, no audit entry
// and no log line, and its errors name form fields, never the history.

function invalid(field: string, message: string): never {
  throw new DomainError('INVALID', message, { fieldErrors: { [field]: [message] } })
}

/** calc's path (filtered rows) → the form field (the row's place in the form). */
function residenceFieldOf(input: ResidenceCheck, path: CalcErrorPath): string {
  const [list, index, field] = path
  if ((list === 'addresses' || list === 'bwEpisodes') && typeof index === 'number') {
    return `${list}.${input[list][index]?.formIndex ?? index}.${field === 'endDate' ? 'endDate' : 'startDate'}`
  }
  if (list === 'history' && typeof index === 'number') {
    const episodes = input.bwEpisodes.length
    if (index < episodes) return `bwEpisodes.${itemAt(input.bwEpisodes, index).formIndex}.startDate`
    return `applications.${input.applications[index - episodes]?.formIndex ?? 0}.date`
  }
  return typeof list === 'string' ? list : 'reportDate'
}

/**
 * Decide the responsible municipality for one client (the 12-month rule, the address on the day
 * before, or the reporting municipality with the safety net) and whether the client is new in the
 * region where they report. Unknown municipality codes and bad periods are field errors.
 */
export async function checkResidence(db: Kysely<DB>, input: ResidenceCheck) {
  const [municipalities, regions] = await Promise.all([
    listMunicipalitiesWithRegion(db, { onDate: input.reportDate }),
    listRegionCodes(db),
  ])
  const byCode = new Map(municipalities.map((m) => [m.code, m]))
  const requireKnown = (code: string, field: string) =>
    byCode.get(code) ?? invalid(field, `Gemeente ${code} bestaat niet.`)
  const reporting = requireKnown(input.reportingMunicipalityCode, 'reportingMunicipalityCode')
  input.addresses.forEach((a) =>
    requireKnown(a.municipalityCode, `addresses.${a.formIndex}.municipalityCode`),
  )
  input.bwEpisodes.forEach((e) =>
    requireKnown(e.municipalityCode, `bwEpisodes.${e.formIndex}.municipalityCode`),
  )
  input.applications.forEach((a) =>
    requireKnown(a.municipalityCode, `applications.${a.formIndex}.municipalityCode`),
  )
  if (!reporting.regionCode)
    invalid(
      'reportingMunicipalityCode',
      `Gemeente ${reporting.name} hoort op de meldingsdatum bij geen regio.`,
    )
  const region = regions.find((r) => r.code === reporting.regionCode)
  const regionMunicipalityCodes = municipalities
    .filter((m) => m.regionCode === reporting.regionCode)
    .map((m) => m.code)

  const history: BwHistoryEvent[] = [
    ...input.bwEpisodes.map((e) => ({
      kind: 'use' as const,
      municipalityCode: e.municipalityCode,
      startDate: e.startDate,
      ...(e.endDate ? { endDate: e.endDate } : {}),
    })),
    ...input.applications.map((a) => ({
      kind: 'application' as const,
      municipalityCode: a.municipalityCode,
      date: a.date,
    })),
  ]
  const { decision, assessment } = translateCalcErrors(
    () => ({
      decision: determineResponsibleMunicipality({
        ...(input.applicationDate ? { applicationDate: input.applicationDate } : {}),
        ...(input.bwStartDate ? { bwStartDate: input.bwStartDate } : {}),
        reportingMunicipalityCode: input.reportingMunicipalityCode,
        addresses: input.addresses.map((a) => ({
          municipalityCode: a.municipalityCode,
          startDate: a.startDate,
          ...(a.endDate ? { endDate: a.endDate } : {}),
        })),
        bwEpisodes: input.bwEpisodes.map((e) => ({
          providingMunicipalityCode: e.municipalityCode,
          startDate: e.startDate,
          ...(e.endDate ? { endDate: e.endDate } : {}),
        })),
        recentBwMonths: input.recentBwMonths,
      }),
      assessment: assessNewClient({
        reportDate: input.reportDate,
        regionMunicipalityCodes,
        history,
        lookbackDays: input.lookbackDays,
      }),
    }),
    (path) => residenceFieldOf(input, path),
  )
  const name = (code: string) => byCode.get(code)?.name ?? code
  const matched = assessment.matchedEventIndex
  return {
    responsible: {
      municipalityCode: decision.responsibleMunicipalityCode,
      municipalityName: name(decision.responsibleMunicipalityCode),
      reason: decision.reason,
      safetyNet: decision.safetyNet,
      referenceDate: decision.referenceDate,
      referenceKind: decision.referenceKind,
      dayBeforeDate: decision.dayBeforeDate,
      addressOnDayBefore: decision.addressOnDayBefore
        ? {
            ...decision.addressOnDayBefore,
            municipalityName: name(decision.addressOnDayBefore.municipalityCode),
          }
        : null,
      lastBwEpisode: decision.lastBwEpisode
        ? {
            ...decision.lastBwEpisode,
            municipalityName: name(decision.lastBwEpisode.providingMunicipalityCode),
          }
        : null,
    },
    newClient: {
      isNewClient: assessment.isNewClient,
      reason: assessment.reason,
      windowStartDate: assessment.windowStartDate,
      windowEndDate: assessment.windowEndDate,
      region: { code: reporting.regionCode, name: region?.name ?? reporting.regionCode },
      matchedEvent:
        matched === null
          ? null
          : matched < input.bwEpisodes.length
            ? {
                kind: 'use' as const,
                row: itemAt(input.bwEpisodes, matched).formIndex + 1,
                municipalityName: name(itemAt(history, matched).municipalityCode),
              }
            : {
                kind: 'application' as const,
                row: itemAt(input.applications, matched - input.bwEpisodes.length).formIndex + 1,
                municipalityName: name(itemAt(history, matched).municipalityCode),
              },
    },
  }
}

// The audit log's actions: a closed list, each with its Dutch label for the logbooks (/beheer/logboek
// and a region's logboek). An action the api writes must be listed here; the type makes it so.

/** Every action written to the audit log, with its label in the logbooks. */
export const AUDIT_ACTION_LABELS = {
  'agreement.created': 'Afspraak aangemaakt',
  'agreement.updated': 'Afspraak gewijzigd',
  'agreement.delayed': 'Vertraging vastgelegd',
  'agreement.published': 'Afspraak gepubliceerd',
  'comment.added': 'Reactie geplaatst',
  'agreement.co_authors_set': 'Mede-auteurs van een afspraak gewijzigd',
  'bottleneck.co_authors_set': 'Mede-auteurs van een knelpunt gewijzigd',
  'meeting.created': 'Overleg gepland',
  'meeting.participants_set': 'Deelnemers aan een overleg gewijzigd',
  'meeting.item_added': 'Agendapunt toegevoegd',
  'meeting.item_moved': 'Agendapunt verplaatst',
  'meeting.item_removed': 'Agendapunt verwijderd',
  'meeting.outcome_recorded': 'Besluit bij een agendapunt vastgelegd',
  'meeting.action_added': 'Actiepunt toegevoegd',
  'meeting.closed': 'Overleg gesloten (notulen vastgelegd)',
  'meeting.action_done': 'Actiepunt afgerond',
  'nvo_level.set': 'NvO-niveau vastgesteld',
  'plan_element.saved': 'Planonderdeel opgeslagen',
  'plan_element.published': 'Planonderdeel gepubliceerd',
  'financial_agreement.saved': 'Financiële afspraak opgeslagen',
  'financial_agreement.published': 'Financiële afspraak gepubliceerd',
  'vision.version_added': 'Versie van de regiovisie toegevoegd',
  'vision.adoption_recorded': 'Vaststelling van de regiovisie vastgelegd',
  'vision.adoption_confirmed': 'Vaststelling van de regiovisie bevestigd',
  'plan.adoption_recorded': 'Vaststelling van het uitvoeringsplan vastgelegd',
  'plan.adoption_confirmed': 'Vaststelling van het uitvoeringsplan bevestigd',
  'attachment.uploaded': 'Bijlage toegevoegd',
  'region.renamed': 'Regionaam gewijzigd',
  'user.created': 'Gebruiker aangemaakt',
  'user.updated': 'Gebruiker gewijzigd',
  'user.password_link_issued': 'Nieuwe wachtwoordlink gemaakt',
  'user.password_set': 'Wachtwoord ingesteld',
  'reference_text.updated': 'Tekst gewijzigd',
  'indeling.imported': 'Regio-indeling geïmporteerd',
  'calc_dataset.imported': 'Rekendata geïmporteerd',
  'calc_dataset.published_imported': 'Gepubliceerde bedragen en Wmo-integratie-uitkering geïmporteerd',
  'scenario.saved': 'Scenario opgeslagen',
  'scenario.region_choice_marked': 'Scenario gemarkeerd als keuze van de regio',
  'scenario.reference_marked': 'Scenario aangewezen als referentiescenario',
  'indicator.created': 'Indicator toegevoegd',
  'indicator.updated': 'Indicator gewijzigd',
  'indicator_import.committed': 'Indicatorwaarden geïmporteerd',
  'indicator_values.saved': 'Indicatorwaarden ingevoerd',
  'indicator_explanation.saved': 'Toelichting bij indicator opgeslagen',
  'municipality.validity_set': 'Geldigheid van een gemeente gewijzigd',
  'municipality.merger_added': 'Samengevoegde gemeente toegevoegd',
  'decision_moment.added': 'Besluitmoment toegevoegd',
  'sub_line.status_set': 'Status van een bouwsteenonderdeel gewijzigd',
  'building_block.text_set': 'Toelichting of implementatie van een bouwsteen gewijzigd',
  'bottleneck.created': 'Knelpunt gemeld',
  'bottleneck.updated': 'Knelpunt gewijzigd',
  'bottleneck.state_changed': 'Status van een knelpunt gewijzigd',
  'bottleneck.commented': 'Reactie bij een knelpunt geplaatst',
  'signal_thresholds.saved': 'Drempels voor signalen gewijzigd',
  'edition.opened': 'Editie geopend',
  'edition.picture_saved': 'Beeld in de editie opgeslagen',
  'edition.picture_submitted': 'Beeld in de editie ingediend',
  'edition.picture_returned': 'Beeld teruggestuurd met opmerkingen',
  'edition.picture_approved': 'Beeld goedgekeurd',
  'edition.picture_confirmed': 'Beeld bevestigd door de regio',
  'edition.frozen': 'Editie bevroren',
} as const

/** An action in the audit log ("agreement.published"). */
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS

/** The Dutch label of a stored action; an action from before this list keeps its key. */
export function auditActionLabel(action: string): string {
  // hasOwn has checked the key, so the cast names a listed action
  return Object.hasOwn(AUDIT_ACTION_LABELS, action) ? AUDIT_ACTION_LABELS[action as AuditAction] : action
}

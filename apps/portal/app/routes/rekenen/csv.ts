import type { ScenarioParametersInput } from '@bt/domain'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formDataToObject } from '#app/server/forms.server.ts'
import type { Route } from './+types/csv'
import { csvResponse } from '#app/server/scenario-csv.server.ts'

// POST /rekenen/csv: the parameters of a computed (unsaved) scenario in, its result as CSV out.
// A POST keeps the parameters out of the address: a result is shared only as a saved scenario.
export async function action({ request, context }: Route.ActionArgs) {
  requireActor(context, request)
  const values = formDataToObject(await request.formData())
  // The API parses the form values with the scenario schema; bad values answer 400.
  const result = await getApi(context)
    .calc.run(values as ScenarioParametersInput)
    .catch(toRouteError)
  return csvResponse(result, 'rekenen')
}

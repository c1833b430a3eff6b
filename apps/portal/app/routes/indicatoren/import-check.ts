// POST /indicatoren/importeren/controle: the import page's check with JavaScript (ADR 038). The file is
// read once here and checked in batches; the answer streams one progress line per batch and ends with
// what the page's own action would answer. Without JavaScript the page posts to its action instead.
import { requestContext, getApi, requireActor } from '#app/server/api.server.ts'
import { checkAnswerNow, readIndicatorFile, readIndicatorUpload, streamedCheck } from '#app/server/indicator-import.server.ts'
import type { Route } from './+types/import-check'

export async function action({ request, context }: Route.ActionArgs) {
  requireActor(context, request)
  const upload = await readIndicatorUpload(request)
  if (!upload.ok) return checkAnswerNow({ fieldErrors: { file: [upload.message] } }, upload.status)
  const file = await readIndicatorFile(upload)
  if (!file.ok) return checkAnswerNow(file.problem, file.status)
  const { requestId } = context.get(requestContext)
  return streamedCheck(getApi(context), { filename: file.filename, rows: file.rows, requestId })
}

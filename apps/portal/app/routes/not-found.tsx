import { NO_HYDRATION } from '#app/lib/hydration.ts'
import { notFound } from '#app/server/api.server.ts'

/** Nothing here needs JavaScript: served as plain HTML (lib/hydration.ts). */
export const handle = NO_HYDRATION

/** Every unknown path answers 404 through the root's error page. */
export function loader(): never {
  notFound()
}

export default function NotFound() {
  return null
}

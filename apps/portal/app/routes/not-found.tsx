import { notFound } from '#app/server/api.server.ts'

/** Every unknown path answers 404 through the root's error page. */
export function loader(): never {
  notFound()
}

export default function NotFound() {
  return null
}

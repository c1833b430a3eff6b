// HTTP helpers for the portal: status codes of tRPC errors, without importing the server internals.
export { getHTTPStatusCodeFromError } from '@trpc/server/http'
export { TRPCError } from '@trpc/server'
export { trpcCodeOf } from './errors.ts'

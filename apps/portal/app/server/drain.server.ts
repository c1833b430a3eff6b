import type { IncomingMessage, ServerResponse } from 'node:http'

type Listener = (...args: unknown[]) => void

/**
 * compression forwards `res.on('drain', …)` to its zlib stream but not `removeListener`
 * (expressjs/compression#135, open), so each `res.once('drain')` stays on that stream for the rest
 * of the response. React Router's Node adapter waits on one per write that meets backpressure, so a
 * large page sent to a slow reader piles them up (MaxListenersExceededWarning past ten) and every
 * later drain walks them all. Mounted right after compression, this gives the response one drain
 * listener of its own and runs `once('drain')` and `off('drain')` on a list it keeps.
 */
export function oneDrainListener(_req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const waiting: Listener[] = []
  let listening = false
  const once = res.once.bind(res)
  const removeListener = res.removeListener.bind(res)
  // The casts: one function stands for the overloads of once/removeListener, which differ in types only.
  res.once = ((event: string | symbol, listener: Listener) => {
    if (event !== 'drain') return once(event, listener)
    waiting.push(listener)
    if (!listening) {
      listening = true
      res.on('drain', () => {
        for (const waiter of waiting.splice(0)) waiter()
      })
    }
    return res
    // (see above: the overloads differ in types only)
  }) as ServerResponse['once']
  res.removeListener = res.off = ((event: string | symbol, listener: Listener) => {
    const index = event === 'drain' ? waiting.indexOf(listener) : -1
    if (index === -1) return removeListener(event, listener)
    waiting.splice(index, 1)
    return res
    // (see above: the overloads differ in types only)
  }) as ServerResponse['removeListener']
  next()
}

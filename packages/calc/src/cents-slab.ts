// Fresh arrays of cents for many results, cut from large shared buffers (issue 18, speed: the
// batch of scenario-batch.ts returns about ten arrays per variation). A Float64Array of its own
// costs about a microsecond (its memory lives outside the JavaScript heap and is counted by the
// collector); a view into a slab costs tens of nanoseconds. The views are ordinary Float64Arrays,
// zero-filled and never shared; a slab is freed once none of its views is referenced. Internal.

/** Returns a zero-filled Float64Array of the given length. */
export type TakeCents = (length: number) => Float64Array

/** A source of fresh arrays cut from slabs of `slabLength` doubles (longer requests get their own). */
export function centsSlab(slabLength = 32_768): TakeCents {
  let slab = new Float64Array(0)
  let used = 0
  return (length) => {
    if (used + length > slab.length) {
      slab = new Float64Array(Math.max(slabLength, length))
      used = 0
    }
    const view = slab.subarray(used, used + length)
    used += length
    return view
  }
}

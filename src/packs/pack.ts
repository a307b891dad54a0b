/** Pack types live in the model (the engine reads them); packs re-export them for pack authors. */
import type { Pack } from "../model/pack.js";

export { definePack, PACK_LISTS, type Pack, type PackPolicy } from "../model/pack.js";

/**
 * A bundled pack with its notes put back: each pack's notes live in its own `notes.ts`, so the
 * packs `compilePolicy` loads (`src/packs/core.ts`) carry none and a browser bundle drops them.
 * Call it with a `@__PURE__` annotation, so an unused result is dropped too.
 *
 * @param pack - the pack without its notes (`XX_CORE`)
 * @param notes - its notes
 * @returns the same pack with `notes`
 */
export function withNotes<P extends Pack>(
  pack: P,
  notes: readonly string[],
): Omit<P, "notes"> & { readonly notes: readonly string[] } {
  return { ...pack, notes };
}

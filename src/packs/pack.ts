/** Pack types live in the model (the engine reads them); packs re-export them for pack authors. */
export { definePack, PACK_LISTS, type Pack, type PackPolicy } from "../model/pack.js";

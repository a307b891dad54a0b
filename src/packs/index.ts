/**
 * Jurisdiction packs: the law as data, with citations. `consentry/packs`.
 *
 * @packageDocumentation
 */
import { CA } from "./ca/index.js";
import { DE } from "./de/index.js";
import { DK } from "./dk/index.js";
import { EU } from "./eu/index.js";
import { FI } from "./fi/index.js";
import { FR } from "./fr/index.js";
import { GB } from "./gb/index.js";
import { NO } from "./no/index.js";
import type { Pack } from "./pack.js";
import { SE } from "./se/index.js";
import { US } from "./us/index.js";
import { US_FL } from "./us-fl/index.js";
import { US_STATE_PACKS } from "./us-states/index.js";

export type { Pack, PackPolicy } from "./pack.js";
export { definePack } from "./pack.js";
export {
  type Overlay,
  OverlaySchema,
  overlayPack,
  parseOverlay,
  safeParseOverlay,
} from "./us-overlay/index.js";
export {
  defineState,
  type Evidence,
  STATE_CHECKED,
  type StateData,
  type StateRuleMeta,
  statePack,
  stateRules,
  US_STATE_CODES,
  US_STATE_DATA,
  US_STATE_PACKS,
} from "./us-states/index.js";
export { CA, DE, DK, EU, FI, FR, GB, NO, SE, US, US_FL };

/** Every bundled pack by its code: the countries, the US federal pack, and every US state, DC and territory. */
export const BUNDLED_PACKS: Readonly<Record<string, Pack>> = {
  EU,
  NO,
  DK,
  SE,
  FI,
  DE,
  FR,
  GB,
  US,
  "US-FL": US_FL,
  ...US_STATE_PACKS,
  CA,
};

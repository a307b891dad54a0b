/**
 * Jurisdiction packs: the law as data, with citations. `consentry/packs`.
 *
 * @packageDocumentation
 */
import { AT } from "./at/index.js";
import { AU } from "./au/index.js";
import { BE } from "./be/index.js";
import { BG } from "./bg/index.js";
import { CA } from "./ca/index.js";
import { CH } from "./ch/index.js";
import { CY } from "./cy/index.js";
import { CZ } from "./cz/index.js";
import { DE } from "./de/index.js";
import { DK } from "./dk/index.js";
import { EE } from "./ee/index.js";
import { ES } from "./es/index.js";
import { EU } from "./eu/index.js";
import { FI } from "./fi/index.js";
import { FR } from "./fr/index.js";
import { GB } from "./gb/index.js";
import { GR } from "./gr/index.js";
import { HR } from "./hr/index.js";
import { HU } from "./hu/index.js";
import { IE } from "./ie/index.js";
import { IS } from "./is/index.js";
import { IT } from "./it/index.js";
import { LI } from "./li/index.js";
import { LT } from "./lt/index.js";
import { LU } from "./lu/index.js";
import { LV } from "./lv/index.js";
import { MT } from "./mt/index.js";
import { NL } from "./nl/index.js";
import { NO } from "./no/index.js";
import { NZ } from "./nz/index.js";
import type { Pack } from "./pack.js";
import { PL } from "./pl/index.js";
import { PT } from "./pt/index.js";
import { RO } from "./ro/index.js";
import { SE } from "./se/index.js";
import { SI } from "./si/index.js";
import { SK } from "./sk/index.js";
import { TR } from "./tr/index.js";
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
export {
  AT,
  AU,
  BE,
  BG,
  CA,
  CH,
  CY,
  CZ,
  DE,
  DK,
  EE,
  ES,
  EU,
  FI,
  FR,
  GB,
  GR,
  HR,
  HU,
  IE,
  IS,
  IT,
  LI,
  LT,
  LU,
  LV,
  MT,
  NL,
  NO,
  NZ,
  PL,
  PT,
  RO,
  SE,
  SI,
  SK,
  TR,
  US,
  US_FL,
};

/** Every bundled pack by its code: the countries, the US federal pack, and every US state, DC and territory. */
export const BUNDLED_PACKS: Readonly<Record<string, Pack>> = {
  EU,
  NO,
  DK,
  SE,
  FI,
  DE,
  FR,
  ES,
  IT,
  NL,
  PL,
  BE,
  IE,
  AT,
  PT,
  CZ,
  SK,
  HR,
  LU,
  SI,
  HU,
  RO,
  BG,
  GR,
  CY,
  MT,
  EE,
  LV,
  LT,
  IS,
  LI,
  CH,
  GB,
  US,
  "US-FL": US_FL,
  ...US_STATE_PACKS,
  CA,
  AU,
  NZ,
  TR,
};

// Written by scripts/split-notes.ts from BUNDLED_PACKS in ./index.ts: do not edit.
import { AT_CORE } from "./at/index.js";
import { AU_CORE } from "./au/index.js";
import { BE_CORE } from "./be/index.js";
import { BG_CORE } from "./bg/index.js";
import { CA_CORE } from "./ca/index.js";
import { CH_CORE } from "./ch/index.js";
import { CY_CORE } from "./cy/index.js";
import { CZ_CORE } from "./cz/index.js";
import { DE_CORE } from "./de/index.js";
import { DK_CORE } from "./dk/index.js";
import { EE_CORE } from "./ee/index.js";
import { ES_CORE } from "./es/index.js";
import { EU_CORE } from "./eu/index.js";
import { FI_CORE } from "./fi/index.js";
import { FR_CORE } from "./fr/index.js";
import { GB_CORE } from "./gb/index.js";
import { GR_CORE } from "./gr/index.js";
import { HR_CORE } from "./hr/index.js";
import { HU_CORE } from "./hu/index.js";
import { IE_CORE } from "./ie/index.js";
import { IS_CORE } from "./is/index.js";
import { IT_CORE } from "./it/index.js";
import { LI_CORE } from "./li/index.js";
import { LT_CORE } from "./lt/index.js";
import { LU_CORE } from "./lu/index.js";
import { LV_CORE } from "./lv/index.js";
import { MT_CORE } from "./mt/index.js";
import { NL_CORE } from "./nl/index.js";
import { NO_CORE } from "./no/index.js";
import { NZ_CORE } from "./nz/index.js";
import type { Pack } from "./pack.js";
import { PL_CORE } from "./pl/index.js";
import { PT_CORE } from "./pt/index.js";
import { RO_CORE } from "./ro/index.js";
import { SE_CORE } from "./se/index.js";
import { SI_CORE } from "./si/index.js";
import { SK_CORE } from "./sk/index.js";
import { TR_CORE } from "./tr/index.js";
import { US_CORE } from "./us/index.js";
import { US_FL_CORE } from "./us-fl/index.js";
import { US_STATE_PACKS_CORE } from "./us-states/index.js";

/**
 * Every bundled pack by its code, as `BUNDLED_PACKS` has them but without their notes: what
 * `compilePolicy` and `safeCompilePolicy` load, so the core bundle carries no prose for people.
 */
export const BUNDLED_PACKS_CORE: Readonly<Record<string, Pack>> = {
  EU: EU_CORE,
  NO: NO_CORE,
  DK: DK_CORE,
  SE: SE_CORE,
  FI: FI_CORE,
  DE: DE_CORE,
  FR: FR_CORE,
  ES: ES_CORE,
  IT: IT_CORE,
  NL: NL_CORE,
  PL: PL_CORE,
  BE: BE_CORE,
  IE: IE_CORE,
  AT: AT_CORE,
  PT: PT_CORE,
  CZ: CZ_CORE,
  SK: SK_CORE,
  HR: HR_CORE,
  LU: LU_CORE,
  SI: SI_CORE,
  HU: HU_CORE,
  RO: RO_CORE,
  BG: BG_CORE,
  GR: GR_CORE,
  CY: CY_CORE,
  MT: MT_CORE,
  EE: EE_CORE,
  LV: LV_CORE,
  LT: LT_CORE,
  IS: IS_CORE,
  LI: LI_CORE,
  CH: CH_CORE,
  GB: GB_CORE,
  US: US_CORE,
  "US-FL": US_FL_CORE,
  ...US_STATE_PACKS_CORE,
  CA: CA_CORE,
  AU: AU_CORE,
  NZ: NZ_CORE,
  TR: TR_CORE,
};

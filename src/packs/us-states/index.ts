/**
 * The US states (but Florida, which has its own pack), the District of Columbia and the
 * territories: one data file each under `data/`, turned into packs by `statePack`.
 *
 * @packageDocumentation
 */
import type { Pack } from "../../model/pack.js";
import { AK } from "./data/ak.js";
import { AL } from "./data/al.js";
import { AR } from "./data/ar.js";
import { AS } from "./data/as.js";
import { AZ } from "./data/az.js";
import { CA } from "./data/ca.js";
import { CO } from "./data/co.js";
import { CT } from "./data/ct.js";
import { DC } from "./data/dc.js";
import { DE } from "./data/de.js";
import { GA } from "./data/ga.js";
import { GU } from "./data/gu.js";
import { HI } from "./data/hi.js";
import { IA } from "./data/ia.js";
import { ID } from "./data/id.js";
import { IL } from "./data/il.js";
import { IN } from "./data/in.js";
import { KS } from "./data/ks.js";
import { KY } from "./data/ky.js";
import { LA } from "./data/la.js";
import { MA } from "./data/ma.js";
import { MD } from "./data/md.js";
import { ME } from "./data/me.js";
import { MI } from "./data/mi.js";
import { MN } from "./data/mn.js";
import { MO } from "./data/mo.js";
import { MP } from "./data/mp.js";
import { MS } from "./data/ms.js";
import { MT } from "./data/mt.js";
import { NC } from "./data/nc.js";
import { ND } from "./data/nd.js";
import { NE } from "./data/ne.js";
import { NH } from "./data/nh.js";
import { NJ } from "./data/nj.js";
import { NM } from "./data/nm.js";
import { NV } from "./data/nv.js";
import { NY } from "./data/ny.js";
import { OH } from "./data/oh.js";
import { OK } from "./data/ok.js";
import { OR } from "./data/or.js";
import { PA } from "./data/pa.js";
import { PR } from "./data/pr.js";
import { RI } from "./data/ri.js";
import { SC } from "./data/sc.js";
import { SD } from "./data/sd.js";
import { TN } from "./data/tn.js";
import { TX } from "./data/tx.js";
import { UT } from "./data/ut.js";
import { VA } from "./data/va.js";
import { VI } from "./data/vi.js";
import { VT } from "./data/vt.js";
import { WA } from "./data/wa.js";
import { WI } from "./data/wi.js";
import { WV } from "./data/wv.js";
import { WY } from "./data/wy.js";
import { STATE_NOTES } from "./notes.js";
import { type StateData, statePack } from "./state.js";

export {
  defineState,
  type Evidence,
  STATE_CHECKED,
  type StateData,
  type StateRuleMeta,
  statePack,
  stateRuleEnd,
  stateRuleStart,
  stateRules,
} from "./state.js";

/**
 * Every state's data as its file has it, by code, without notes (they are in `./notes.ts`):
 * what the packs `compilePolicy` loads are built from.
 */
const _DATA: Readonly<Record<string, StateData>> = Object.fromEntries(
  [
    AK,
    AL,
    AR,
    AS,
    AZ,
    CA,
    CO,
    CT,
    DC,
    DE,
    GA,
    GU,
    HI,
    IA,
    ID,
    IL,
    IN,
    KS,
    KY,
    LA,
    MA,
    MD,
    ME,
    MI,
    MN,
    MO,
    MP,
    MS,
    MT,
    NC,
    ND,
    NE,
    NH,
    NJ,
    NM,
    NV,
    NY,
    OH,
    OK,
    OR,
    PA,
    PR,
    RI,
    SC,
    SD,
    TN,
    TX,
    UT,
    VA,
    VI,
    VT,
    WA,
    WI,
    WV,
    WY,
  ].map((s) => [s.code, s]),
);

/** Every state's data, by code (`US-CT`), with its notes. Florida is in its own pack (`US-FL`). */
export const US_STATE_DATA: Readonly<Record<string, StateData>> = /* @__PURE__ */ _withNotes(_DATA);

/**
 * Every state's pack, by code, Florida's aside, as `US_STATE_PACKS` has them but without the
 * states' own notes: what `compilePolicy` loads (`src/packs/core.ts`).
 */
export const US_STATE_PACKS_CORE: Readonly<Record<string, Pack>> = _packs(_DATA);

/** Every state's pack, by code (`US-CT`), Florida's aside, with its notes. */
export const US_STATE_PACKS: Readonly<Record<string, Pack>> = /* @__PURE__ */ _packs(US_STATE_DATA);

/** The states' data with their notes from `./notes.ts` (called pure: unused, it is dropped). */
function _withNotes(data: Readonly<Record<string, StateData>>): Record<string, StateData> {
  return Object.fromEntries(
    Object.values(data).map((s) => [s.code, { ...s, notes: STATE_NOTES[s.code] ?? [] }]),
  );
}

/** Each state's pack, by code. */
function _packs(data: Readonly<Record<string, StateData>>): Record<string, Pack> {
  return Object.fromEntries(Object.values(data).map((s) => [s.code, statePack(s)]));
}

/** The codes of every US state, DC and territory pack, Florida's included, sorted. */
export const US_STATE_CODES: readonly string[] = [...Object.keys(_DATA), "US-FL"].sort();

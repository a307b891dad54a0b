import { defineState } from "../state.js";

/** Puerto Rico: telemarketing calls 9 a.m.–9 p.m. (secondary). */
export const PR = defineState({
  code: "US-PR",
  name: "Puerto Rico",
  alsoCodes: ["PR"],
  notes: [],
  hours: [
    {
      key: "HOURS",
      description: "Telemarketing calls only between 9 a.m. and 9 p.m.",
      law: "Ley Núm. 210 de 28 de agosto de 2003, 10 L.P.R.A. § 4031 et seq.",
      section: "10 L.P.R.A. § 4033",
      url: "https://bvirtualogp.pr.gov/ogp/Bvirtual/leyesreferencia/PDF/2-ingles/210-2003.pdf",
      evidence: "secondary",
      from: "2003-08-28",
      windows: [{ from: "09:00", until: "21:00" }],
    },
  ],
});

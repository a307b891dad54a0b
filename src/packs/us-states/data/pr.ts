import { defineState } from "../state.js";

/** Puerto Rico: telemarketing calls 9 a.m.–9 p.m. (secondary). */
export const PR = defineState({
  code: "US-PR",
  name: "Puerto Rico",
  alsoCodes: ["PR"],
  notes: [
    "The hours rest on a law firm's newsletter and a summary of Ley 210-2003 (10 L.P.R.A. § 4031 et seq.); the statute's text was not read. The stricter reading is taken.",
    "Customers coded PR (ISO 3166-1) get these rules too; the federal pack applies only to US and US-xx codes, so code Puerto Rico customers US-PR to get the federal rules as well.",
    "A Puerto Rico do-not-call list was claimed by one low-quality source only: not modelled.",
  ],
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

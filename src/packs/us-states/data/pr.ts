import { defineState } from "../state.js";

/** Puerto Rico: telemarketing calls 9 a.m.–9 p.m. (secondary). */
export const PR = defineState({
  code: "US-PR",
  name: "Puerto Rico",
  alsoCodes: ["PR"],
  notes: [
    "The hours rest on a law firm's newsletter and a summary of Ley 210-2003 (10 L.P.R.A. § 4031 et seq.); the statute's text was not read. The stricter reading is taken.",
    "Searched again on 2026-12-04: codexpr.ai's summary of Ley 210-2003 ('Ley para la Prevención del Fraude en el Telemercadeo', P. del S. 754) says it forbids, among abusive practices, 'llamadas fuera de horario' (calls outside set hours), and Ley 193-2018 amended its Articles 9 and 11 only; the Article with the hours and its words were not reached. The 9 a.m.–9 p.m. window stays as encoded (secondary). A 'Ley 273-2003' do-not-call law named by one low-quality page (stateregstoday.com) was not confirmed: not modelled.",
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

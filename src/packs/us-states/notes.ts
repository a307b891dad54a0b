// The states' own notes (data/<st>.ts keeps `notes: []`), kept out of the core bundle: the packs
// `compilePolicy` loads have none. Edit them here; scripts/split-notes.ts moves any notes written
// into a data file back here.

/** Each state's notes, by code (`US-CT`): cautious readings, rules left out, what was not found. */
export const STATE_NOTES: Readonly<Record<string, readonly string[]>> = {
  "US-AK": [
    "The statute has no consent exception: automated marketing calls are denied even with written consent (cautious, as the text reads).",
    "No start date is recorded (in force since ever, the strict reading; checked 2026-12-04): the ban's present wording, (a)(4) 'a telephonic advertisement or a telephone solicitation', comes from SCS CSHB 15(FIN) (23rd Legislature, 2003–04, akleg.gov), whose effective day was not found; the same ban stood as (a)(2) before it (HB 448, 22nd Legislature, 2002, amends it as existing law), and was first proposed in SB 239 and HB 109 (19th Legislature, 1995–96, which added AS 45.50.475). The enacting session law and its effective day were not found; AS 45.50.475's history line was not seen.",
  ],
  "US-AL": [
    "The PSC's Telephone Rules (r. 770-X-5, Rule T-17 among them) were adopted by order of 10 December 1992 in Docket 15957 (the order's text on docstoc, secondary, checked 2026-12-04); the rule's later amendments were not traced: the start is that of the rules.",
    "Cautious: Rule T-17(1) is worded for automated solicitation calls; its hours, Sunday and holiday bans are applied to every marketing call and text, as the compilers do.",
    "Holidays: the state holidays of Ala. Code § 1-3-8 from the holiday tables (Confederate Memorial Day, Jefferson Davis' birthday and the federal days, a Saturday holiday observed on the Friday, a Sunday one on the Monday).",
    "Left out: Mardi Gras, a holiday only in Baldwin and Mobile counties (Easter-based, and the engine does not know a customer's county): add it as a dated overlay where it matters.",
    "Alabama's own do-not-call database (Ala. Code § 8-19C-2) was merged into the National Do Not Call Registry in 2003 by secondary accounts; not modelled as a separate register.",
  ],
  "US-AR": [
    "The only exceptions are order-status information to a purchaser and a reply to a call the person made: automated marketing calls are denied even with consent (cautious).",
    "Arkansas's database may include the Arkansas registrants of the national registry (§ 4-99-404): not modelled as a separate register.",
    "No start date is recorded (in force since ever, the strict reading): the history line of § 5-63-204 (the Acts that enacted and amended it) was not found in the copy read (instalawyer.io, checked 2026-12-04).",
  ],
  "US-AS": [
    "No territorial telemarketing statute was found.",
    "Customers coded AS (ISO 3166-1) get this pack too; the federal pack applies only to US and US-xx codes, so code them US-AS to get the federal rules.",
  ],
  "US-AZ": [
    "Automated calls and texts need prior permission or an existing business relationship (A.R.S. § 13-2919), and calls and texts to numbers on the National registry are barred (§ 44-1282, 2023): no stricter than the federal rules as modelled.",
  ],
  "US-CA": [
    "Left out: an ADAD call needs a prior agreement or a live announcement asking consent first (§§ 2873–2874); the federal written-consent rule applies.",
    "Live calls: nothing stricter than the federal rules; California's own list never took effect (the national registry applies).",
    "US-CA-ADAD-HOURS carries no start (in force since ever, the strict reading; checked 2026-12-04): the article on automatic dialing-announcing devices dates from 1 January 1980 (§ 2871, last updated Jan. 1, 1980, california.public.law from leginfo), and the Legislative Counsel's digests of AB 2721 (2000) and AB 870 (2001) describe the hours of § 2872 as existing law; the statute that set the 9 p.m.–9 a.m. hours of § 2872(c) and its day were not found.",
  ],
  "US-CO": [
    "Solicitors must update their copy within 30 days after the start of every calendar quarter (§ 6-1-904(4)): a check older than a quarter (92 days) counts as stale.",
    "Exemptions applied: prior express invitation or permission (a consent), an established business relationship now or in the last 18 months (546 days), an inquiry in the last 30 days. Charities, political and poll calls are not marketing here.",
    "Hours: nothing stricter than the federal window was found.",
  ],
  "US-CT": [
    "Connecticut's 'no sales solicitation calls' listing is by law identical to the National Do Not Call Registry (§ 42-288a(a)): screening the federal register (US-DNC) satisfies it, so there is no separate register.",
    "Cautious: written consent is asked of every marketing call and text, live ones included; the statute's exclusions (a reply to the consumer's own inquiry, an existing customer who has not opted out, business-to-business) are not modelled.",
    "Calls and texts to a Connecticut area code are presumed to take place in Connecticut (§ 42-288(c)): a call or text to a number with a Connecticut area code is held to the US-CT rules whatever the customer's jurisdiction (the engine presumes the area code's state, src/model/area-codes.ts).",
  ],
  "US-DC": [
    "The only exception is a preexisting business relationship where the call concerns goods or services already ordered or bought; the engine cannot tell what a call is about, so every automated marketing call is denied (cautious).",
    "Live calls: 8 a.m.–9 p.m. (§ 22-3226.08), the federal window; at most 15 rings.",
    "No start date is recorded (in force since ever, the strict reading; checked 2026-12-04): a secondary summary (github.com/sustany/dvg wiki, 'District of Columbia') says the ban was enacted in 1991; the D.C. Law and its effective day (the section's credit line on code.dccouncil.gov) were not seen.",
  ],
  "US-DE": ["The Attorney General gives 8 a.m.–9 p.m. and the national registry."],
  "US-GA": ["Georgia's no-call list is the national registry (PSC)."],
  "US-GU": [
    "Telephonic sellers register with the Attorney General (5 GCA § 32301 et seq.): a duty of the sender, not modelled.",
    "Customers coded GU (ISO 3166-1) get this pack too; the federal pack applies only to US and US-xx codes, so code them US-GU to get the federal rules.",
  ],
  "US-HI": [
    "A phone may not ring more than ten times (HRS § 481P-3): a duty of the caller, not modelled. No state list was confirmed.",
  ],
  "US-IA": ["Bills for a state no-call list were not enacted as far as seen."],
  "US-ID": [
    "The National registry may serve as the Idaho list (Idaho Code § 48-1003A); its three-month grace is more lenient than the federal 31 days.",
  ],
  "US-IL": [
    "The hours of 815 ILCS 305/15(a) were cut off in the text read; compliance vendors give 9 a.m.–9 p.m. The stricter reading is taken.",
    "Left out: securities solicitors' hours (815 ILCS 5/8b, a sector rule).",
    "US-IL-ADAD-HOURS carries no start (in force since ever, the strict reading; checked 2026-12-04): the Act is P.A. 87-275 (source line of 815 ILCS 305/1 and 305/10 on ilga.gov), and Section 15 was amended by P.A. 91-182 (eff. 1 January 2000); whether the hours come from either, and P.A. 87-275's effective day, were not confirmed.",
  ],
  "US-IN": [
    "The list is published quarterly (1 January, 1 April, 1 July, 1 October): a check older than a quarter (92 days) counts as stale.",
    "Cautious: Indiana has no general existing-business-relationship exemption (only some sectors, with one): only the consumer's express request overrides the list.",
    "Texts to wireless numbers are telephone sales calls since HEA 1273 (2011). Business numbers are not covered.",
    "Dated from 1 January 2002: IC 24-4.7 was added by P.L.189-2001 (the credit lines 'As added by P.L.189-2001, SEC.1' of IC 24-4.7-3 on law.justia.com, statute copy), and the ban on calling listed numbers took effect on 1 January 2002 (the Indiana Daily Student, idsnews.com: 'The law goes into effect Jan. 1, 2002'; the AP in the Cincinnati Enquirer, 18 February 2002: businesses had to check the list 'after Jan. 1'; secondary, checked 2026-12-04). The act's own effective-date section was not seen.",
    "HEA 1273 (2011), which brought wireless and VoIP numbers and texts (SMS, MMS) under the list, was signed on 13 May 2011 and took effect at once (Lexology and law.hukuki.net accounts, secondary, checked 2026-12-04). The rule is one register, so it is not split at that day: holding texts and wireless numbers to the list from 2002 is the stricter reading.",
  ],
  "US-KS": [
    "The Kansas list defers to the National registry, consulted at least every 30 days (K.S.A. 50-670a): the federal 31 days is within a day of it; objections to an existing business honoured five years (a withdrawal in the ledger blocks for good).",
  ],
  "US-KY": [
    "Kentucky's zero call list has been kept as part of the National Do Not Call Registry since 2007 (KRS 367.46994; AG): the federal register (US-DNC) covers it.",
    "The 10 a.m. start rests on compliance vendors' summaries; the items of KRS 367.46955 that were read (1)–(7) do not show it. The stricter reading is taken.",
    "Automated calling equipment is allowed only between 8 a.m. and 9 p.m. (KRS 367.461(2)(e)): the federal window, not repeated.",
    "The consent rule is dated from 14 July 1992: KRS 367.463, the consent that KRS 367.461(2)(a) points to, was 'Created 1992 Ky. Acts ch. 32, sec. 2, effective July 14, 1992' (its history line on lawserver.com and legalfix.com, statute copies, checked 2026-12-04). KRS 367.461's own history line was not seen; the written-consent condition cannot predate § 367.463.",
    "Cautious: KRS 367.463(1) also lets a person consent to a single automated call when a live operator introduces it or by a keypad response; only a written consent (§ 367.463(2)) is accepted here.",
    "US-KY-HOURS carries no start: KRS 367.46955 was amended in 2002 (02RS HB 47: zero call list, prerecorded-voice ban, legislature.ky.gov record) and later (VoIP), but where the 10 a.m. start comes from, and since when, was not found (checked 2026-12-04). In force since ever, the strict reading.",
  ],
  "US-LA": [
    "The no-call list rule is dated from the Telephone Solicitation Relief Act of 2001 (Acts 2001, No. 40, eff. 24 May 2001, credit line of R.S. 45:844.11 on legis.la.gov, checked 2026-12-04); the database had to run by 1 January 2002 (§ 844.13(A)(1)). The hours and holiday rules of R.S. 45:811 (Acts 1991, No. 917) carry no start: that act's effective day was not confirmed (in force since ever, the strict reading). Checked 2026-12-04: the credit lines of R.S. 45:810, 45:812 and 45:814 (legis.la.gov, theusufruct.com) read 'Acts 1991, No. 917, §1.' with no effective day, and § 45:811's own credit line was not seen, so later amendments of its hours or holiday clause are not excluded.",
    "The three blackouts (8 January, 30 August, 1 November) rest on § 45:811(3) as well and carry no start either. § 1:55(A)(1) already listed the three days in 2018 (the statute as quoted by KPLC, 12 December 2018), and HB 248 (2022), which struck Robert E. Lee Day and Confederate Memorial Day, kept Huey P. Long Day (The Advocate, 6 June 2022); both secondary, checked 2026-12-04.",
    "Holidays: the holiday tables give the Louisiana holidays (Mardi Gras, Good Friday, Election Day and the federal days); the blackouts add the other state-wide days of La. R.S. 1:55(A)(1): 8 January (Battle of New Orleans), 30 August (Huey P. Long Day), 1 November (All Saints' Day). A secondary source says only holidays the LPSC identifies count; the stricter reading (every § 1:55 day) is taken.",
    "Left out: Inauguration Day (Baton Rouge only) and the whole-Saturday holidays of some parishes (the engine does not know a customer's parish). Holidays the governor declares are proclaimed days: load them as a dated overlay.",
    "The Louisiana list is one list with the Louisiana numbers of the National registry; the statute has the LPSC update it monthly (its FAQ says quarterly): a check older than 31 days counts as stale (cautious).",
    "Cautious: no existing-business-relationship exemption is applied to the Louisiana list (its exemptions were not read in full).",
    "During a state of emergency declared by the governor, telephonic solicitation is banned (La. R.S. 45:844.31; an LPSC order bans it without exemptions while the Emergency Operations Center is active): a dated overlay, not a permanent rule.",
  ],
  "US-MA": [
    "The registry is updated at least quarterly and includes the Commonwealth part of the national database: a check older than a quarter (92 days) counts as stale.",
    "Cautious: the exemptions of c. 159C § 1 (existing business relationship and others) were not read; only the consumer's express request overrides the registry.",
    "Cautious: the ban on recorded-message sales calls is applied to every automated marketing call (the engine does not tell an autodialed live call from a recorded one).",
    "The recorded-message ban of 201 CMR 12.02(4) is dated like the hours and the registry, from 1 January 2003: the Office of Consumer Affairs and Business Regulation says the Do Not Call Act (St. 2002, c. 265, M.G.L. c. 159C) 'became effective on January 1, 2003' (mass.gov/ocabr, 'The law', checked 2026-12-04); 201 CMR 12.00 implements that Act. The regulation's own promulgation day was not seen; if it was later, 1 January 2003 is the earlier bound and the stricter reading.",
  ],
  "US-MD": [
    "The hours and the three-message limit rest on news and law-firm accounts of the Act (WMAR, DNC.com); the consent rule and its exemptions were read in § 14-4502's text.",
    "The limit counts calls and texts together ('three calls or text messages'): every marketing message on the same topic in 24 hours counts, whatever the channel (cautious: an e-mail on the topic counts too).",
    "The exemptions of § 14-4502(a)(1) (isolated transactions, nonprofits, business-to-business by a solicitor of three years' standing, a single reply to an inquiry…) are not modelled.",
    "Maryland has no state do-not-call list: the National Do Not Call Registry applies.",
  ],
  "US-ME": [
    "The hours and the one-call-in-8-hours limit were read in the text of 10 M.R.S. § 1498 as LD 392 (2003) shows it; its current wording was not verified. A public code repository's state table (found 2026-12-04) says it read all of chapter 225 on mainelegislature.org and that § 1498(3) still bars an automated telephone calling device outside weekdays 9 a.m.–5 p.m. (and that § 1498(7)'s registration is repealed): secondary, in agreement.",
    "No start is recorded for `US-ME-AUTOMATED-HOURS` and `US-ME-AUTOMATED-1PER8H` (checked 2026-12-04): LD 392 of the 121st Legislature (legislature.maine.gov, LD039201-1) amends '10 MRSA §1498, sub-§3, as amended by PL 1991, c. 524, §2', whose text already holds the weekday 9 a.m.–5 p.m. window and the one call in each 8-hour period; § 1498 was enacted by PL 1989, c. 775 (same bill). Whether the window dates from 1989 or 1991, and the effective day of either act, were not read. Undated, the rules bind at every instant (the stricter reading).",
    "Cautious: the 8-hour limit counts every marketing call to the number, live ones included (the history does not say which calls were automated).",
    "Maine's do-not-call registry may be the National Do Not Call Registry (§ 1499-B(4)): the federal register covers it. A proposed ban of automated sales calls to mobile numbers was not confirmed: not modelled.",
  ],
  "US-MI": [
    "MCL 445.111a (the recorded-message ban) is in force in its present text from 31 March 2003: the act's history on legislature.mi.gov reads 'Am. 2002, Act 612, Eff. Mar. 31, 2003', and a 2018 bill recites § 1a as last amended by 2002 PA 612 (checked 2026-12-04). § 445.111c (the hours) was amended by 2006 PA 133; when its hours began was not found, so that rule carries no start. Searched again on 2026-12-04 (legislature.mi.gov act history, lawserver, cliclaw, uslegal): the copies show § 445.111c(1)(a) but not the hours clause or its history; `US-MI-HOURS` stays undated (binds at every instant, the stricter reading).",
    "The 9 a.m. start rests on a compliance vendor's table; MCL 445.111c was read only to (1)(a). The stricter reading is taken. Found on 2026-12-04: the window is in MCL 750.540e(1)(f) (malicious use of telecommunications services), 'Making an unsolicited commercial telephone call between the hours of 9 p.m. and 9 a.m.', such a call being 'a call made by a person or recording device, on behalf of a person, corporation, or other entity, soliciting business or contributions' (Grand Valley State University police's summary of the statute; two public code repositories' state tables cite § 750.540e(f) for 9 a.m.–9 p.m.): the rule now cites it. Secondary: the section's text on legislature.mi.gov was not read. The section asks malicious intent to annoy; the engine applies the window to every marketing call (cautious). § 750.540e was added by 1969 PA 328, effective 20 March 1970 (People v. Taravella, 133 Mich. App. 515 (1984)); whether (1)(f) was in it was not read, and 1970 lies before the 1987 floor of the state dates: no start recorded.",
    "'Telephone solicitation' is a voice communication (MCL 445.111): the hours are applied to calls; texts keep the federal window.",
    "Cautious: the recorded-message ban is applied to every automated marketing call.",
    "Michigan's do-not-call list (MCL 445.111a) is understood to be the national one: not modelled as a separate register.",
  ],
  "US-MN": [
    "The 9 a.m.–9 p.m. window rests on secondary sources: a compliance vendor's table (believed Minn. Stat. § 325E.30) and, found on 2026-12-04, two public code repositories' state tables that cite § 325E.30 for every sales call (not only automated ones), one of them quoting its heading 'TIME OF DAY LIMIT' and saying it bars a 'commercial telephone solicitation' (defined in § 325E.26 as an unsolicited call to a residential subscriber) before 9 a.m. or after 9 p.m. The section's own words were not read (revisor.mn.gov did not answer in the search corpora). Stricter reading, from 2026-12-04: the window binds live marketing calls too (the rule keeps its id `US-MN-ADAD-HOURS`); before, it bound automated calls only.",
    "Left out: an ADAD message needs the subscriber's consent or a live operator first (§ 325E.27); the federal written-consent rule applies.",
    "No start is recorded for `US-MN-ADAD-HOURS` (checked 2026-12-04): the Attorney General's ADAD memoranda (2012, 2014, 2016) quote §§ 325E.26–325E.27 and State by Humphrey v. Casino Marketing Group (Minn. 1992) applies §§ 325E.26–.31, so the act stood by 1992; § 325E.30's hours and its history line were not read. Undated, the rule binds at every instant (the stricter reading).",
    "Minnesota's list is tied to the National Do Not Call Registry: not modelled as a separate register.",
  ],
  "US-MO": [
    "Lists are disseminated quarterly: a check older than a quarter (92 days) counts as stale. The Missouri list includes the Missouri part of the national database (§ 407.1101(3)).",
    "'Telephone solicitation' is a voice communication: the list binds calls; texts are held to the federal register only.",
    "The business-contact exemption (§ 407.1095(3)) is 180 days, shorter than the federal 18 months: a purchase or an inquiry within 180 days overrides the list.",
  ],
  "US-MP": [
    "No territorial telemarketing statute was found.",
    "Customers coded MP (ISO 3166-1) get this pack too; the federal pack applies only to US and US-xx codes, so code them US-MP to get the federal rules.",
  ],
  "US-MS": [
    "In force from 1 July 2003: the Mississippi Telephone Solicitation Act (Laws 2003, ch. 478), per the Public Service Commission (psc.state.ms.us/nocall/nocall.html, checked 2026-12-04).",
    "The statute says Central Standard Time. During daylight saving time 8 a.m. CST is 9 a.m. local and 8 p.m. CST is 9 p.m. local; the window valid under both readings is 9 a.m.–8 p.m. local, used all year (cautious: it gives up 8–9 a.m. in winter).",
    "Holidays: the ban on legal holidays was in the PSC's rule 39 Miss. Admin. Code Pt. I R. 1:28, repealed after enforcement moved to the Attorney General (2023 HB 1225); the AG's office confirmed Sunday calls are banned but holiday calls are not (a compliance vendor's account, secondary). No holiday rule.",
    "Texts are telephone solicitations (§ 77-3-705(d), 2023). The no-call list's update period was not read; one secondary source says it must be obtained monthly: a check older than 31 days counts as stale (cautious). Searched again on 2026-12-04: § 77-3-707 was read in a statute copy (legalfix.com): a solicitor may not call without having 'purchased the \"no-calls\" database' nor call a consumer who 'has given notice ... of his or her objection to receiving telephone solicitations' (subsections (1)–(2)); the statute sets no update period, which is left to the regulator's rules (§ 77-3-715; the PSC's rules and, since 2023 HB 1225, the Attorney General's were not read). A consumer guide (legalclarity.org) says a registration takes effect about two months after it is made. 31 days is kept as the cautious reading. The list includes the Mississippi part of the national registry (§ 77-3-717).",
    "Left out: recorded-message calls only with an established business relationship (§ 77-3-723(2)); the federal written-consent rule applies.",
  ],
  "US-MT": ["MCA § 30-14-1412(1)(d): 8 a.m.–9 p.m., the federal window."],
  "US-NC": [
    "Left out: prerecorded messages only after a live operator's approval (N.C.G.S. § 75-104); the federal written-consent rule applies.",
  ],
  "US-ND": [
    "Hours 8 a.m.–9 p.m. (N.D.C.C. § 51-28-05); the AG uses the National registry as the state list, with 30 days to delete numbers.",
  ],
  "US-NE": [
    "Left out: no automatic dialing-announcing device solicitation to mobile, paging or other charged numbers (Neb. Rev. Stat. § 86-244; primary): the engine does not yet take the contact point's line type into this rule; prerecorded messages on Sundays and holidays only 1 p.m.–9 p.m. (291 NAC ch. 11 § 3; secondary).",
  ],
  "US-NH": [
    "The list is the one the FTC administers (RSA 359-E:7); the federal 31 days is stricter than New Hampshire's quarterly update.",
  ],
  "US-NJ": [
    "Hours 8 a.m.–9 p.m. (N.J.S.A. § 56:8-128(d)), the federal window; a claim that New Jersey moved to 8 p.m. in 2024 is contradicted by the statute text. The list may be the National registry.",
  ],
  "US-NM": [
    "Left out: automated or prerecorded solicitation needs both an established business relationship and the person's consent to hear the message (§ 57-12-22(A)); the federal written-consent rule applies.",
    "The statute text read is the 2006 code; later amendments were not checked.",
    "No start is recorded for `US-NM-HOURS` (checked 2026-12-04): the 2006 code copy on law.justia.com shows § 57-12-22(B)(5) but no history line, and none was found elsewhere. Undated, the rule binds at every instant (the stricter reading).",
  ],
  "US-NV": [
    "The live-call hours (9 a.m.–8 p.m.) rest on a compliance vendor's table; another secondary source says 8 a.m.–9 p.m. The stricter reading is taken, and it also covers the 9 a.m.–9 p.m. window of NRS 597.814 for automated calls.",
    "NRS 597.814 was read on 2026-12-04 in a statute copy (contactcentercompliance.com): a device for automatic dialing and announcing may not place 'A call that is received by a telephone located in this state during the period between 9 p.m. and 9 a.m.' (subsection 2(a), not 1(b) as cited before). No start is recorded for `US-NV-HOURS`: neither NRS 228.590's hours nor either section's history line was read, so the rule binds at every instant (the stricter reading).",
    "Left out: an automated call must begin with a live voice giving the business's name, address and number, and a number whose person hung up may not be called again (NRS 597.814): duties of the caller, not modelled.",
    "Nevada's registry is the Nevada part of the National Do Not Call Registry (NRS 228.540): the federal register covers it.",
  ],
  "US-NY": [
    "Hours 8 a.m.–9 p.m. unless the customer consents to another time (GBL § 399-z(2)); the list is the national registry.",
    "During a declared state of emergency or disaster emergency no unsolicited telemarketing sales call may be made to a person in the county, city, town or village it covers (GBL § 399-z(5-a), in force from 2019-12-18; statutory words quoted by two law firms, secondary): load the declaration as a dated overlay (see docs/law/us-states.md).",
  ],
  "US-OH": [
    "Telephone solicitors register with the Attorney General (ORC ch. 4719): a duty of the sender, not modelled.",
  ],
  "US-OK": [
    "The 8 p.m. end (down from 9 p.m. before 1 November 2022) and the three-call limit rest on the enrolled bill's title and secondary accounts; § 775C.4's words were not read. Searched again on 2026-12-04: the enrolled HB 3168 on legiplex shows its title ('providing the time frame during which a commercial telephone seller or salesperson may make commercial solicitation phone calls; prohibiting ... a specified number of commercial telephone solicitation phone calls to a person over a specified time frame') but the search excerpts stop before Section 4; the Senate's account of the bill (27 April 2022, as reported by Bartlesville Radio) lists 'Sales calls before 8 a.m. and after 8 p.m.' and 'More than three sales calls within a 24-hour period on the same matter'; DNC.com's account agrees (8:00 a.m.–8:00 p.m., three calls per 24 hours), and so does a public code repository's state table that cites 15 O.S. § 775C.1 et seq. for 08:00–20:00 local and at most three calls in 24 hours on the same subject, noting that 'called party' has no consumer or residential limit. The encoding is confirmed by these secondary sources only and unchanged. A 'commercial telephonic sales call' is made 'by telephone call, text message, or voicemail transmission' (§ 775C.2(3)(b), read on self-law.org): the hours apply to texts too.",
    "Cautious: the three-call limit counts every marketing message on the same topic in 24 hours, whatever the channel (calls, texts and voicemails alike; an e-mail on the topic counts too).",
    "Calls to an Oklahoma area code are presumed to be made to a person in Oklahoma: a call or text to a number with an Oklahoma area code is held to the US-OK rules whatever the customer's jurisdiction (the engine presumes the area code's state, src/model/area-codes.ts).",
    "No start is recorded for `US-OK-ADAD-HOURS` (checked 2026-12-04): § 755.1 was read in copies (self-law.org, lexace.ai, contactcentercompliance.com) that show no history line. A Senate press release of January 2005 (oksenate.gov, 'Corn Files Bill to Enhance the Oklahoma Consumer Protection Act') describes S.B. 30 (2005) as bringing in the 20-second disconnect and the 9 a.m.–9 p.m. limit, ADADs then having 'not ... any restrictions'; whether and when S.B. 30 became law was not found. Undated, the rule binds at every instant (the stricter reading).",
    "The Telemarketer Restriction Act's registry (15 O.S. § 775B.3) was not confirmed to be separate from the national one: not modelled as a separate register.",
    "The Act's 26 exemptions (isolated transactions, licensed brokers, appointment setting…) are not modelled: every sender is held to it.",
  ],
  "US-OR": ["Oregon designates the National registry as its list."],
  "US-PA": [
    "Holidays: the holiday tables give Pennsylvania's days (Flag Day and the federal ones, a Saturday holiday observed on the Friday, a Sunday one on the Monday); the blackouts add Election Day. Left out: Good Friday (Easter-based: add it as a dated overlay).",
    "Cautious: 44 P.S. § 11 makes every Saturday after noon a legal half-holiday (secondary sources); Act 73 bans solicitation on legal holidays, so Saturday calls and texts are held to the morning.",
    "The holiday ban and the list do not reach calls to a person with an established business relationship in the last 12 months (365 days) or calls with the person's express invitation (secondary): the list is overridden by both; the holiday rules are applied to every marketing call (cautious).",
    "The list is issued quarterly and binds 30 days after the first quarterly list that carries a number; a check older than a quarter (92 days) counts as stale (cautious). Business numbers may be listed too.",
    "Pending, not encoded: SB 992 (2025–26) would ban Sunday telemarketing and limit hours to 9 a.m.–7 p.m.; no enactment was found.",
  ],
  "US-PR": [
    "The hours rest on a law firm's newsletter and a summary of Ley 210-2003 (10 L.P.R.A. § 4031 et seq.); the statute's text was not read. The stricter reading is taken.",
    "Searched again on 2026-12-04: codexpr.ai's summary of Ley 210-2003 ('Ley para la Prevención del Fraude en el Telemercadeo', P. del S. 754) says it forbids, among abusive practices, 'llamadas fuera de horario' (calls outside set hours), and Ley 193-2018 amended its Articles 9 and 11 only; the Article with the hours and its words were not reached. The 9 a.m.–9 p.m. window stays as encoded (secondary). A 'Ley 273-2003' do-not-call law named by one low-quality page (stateregstoday.com) was not confirmed: not modelled.",
    "Customers coded PR (ISO 3166-1) get these rules too; the federal pack applies only to US and US-xx codes, so code Puerto Rico customers US-PR to get the federal rules as well.",
    "A Puerto Rico do-not-call list was claimed by one low-quality source only: not modelled.",
  ],
  "US-RI": [
    "The holiday rules come with the hours of operation of § 5-61-2 (P.L. 1999, ch. 456, history of § 5-61-3.6 on webserver.rilin.state.ri.us, checked 2026-12-04) and carry the same start as the hours.",
    "Cautious: the hours of § 5-61-3.6 bind 'telephonic sellers' as § 5-61-2 defines them; they are applied to every marketing call and text to a Rhode Island customer.",
    "Holidays: the holiday tables give the federal holidays (a Saturday holiday observed on the Friday, a Sunday one on the Monday) and Victory Day; the blackouts add Rhode Island Independence Day (4 May), Election Day in even years and the Monday the state observes a Saturday holiday. Both the Friday and the Monday are kept (cautious).",
    "The statute's holiday exception is worded for Monday to Friday; a holiday on a Saturday is also kept free of calls (cautious). Days the governor or the General Assembly appoint are proclaimed days: load them as a dated overlay.",
  ],
  "US-SC": [
    "Texts and calls to a South Carolina area code are telephone solicitations (§ 37-21-20(6)); a call or text to a number with a South Carolina area code is held to the US-SC rules whatever the customer's jurisdiction (the engine presumes the area code's state).",
    "A do-not-contact request must be honoured for at least five years (§ 37-21-70(A)): a withdrawal in the ledger blocks for good, which is stricter.",
    "No start is recorded for `US-SC-ADAD-HOURS` (checked 2026-12-04): a statute copy of § 16-17-446 (getpocketlaw.com) gives 'HISTORY: 1988 Act No. 656, Section 2; 1991 Act No. 89, Section 1', but which act set the 7 p.m.–8 a.m. ban and on what day either took effect (South Carolina acts usually take effect on the Governor's approval) was not read. Undated, the rule binds at every instant (the stricter reading). The copy notes Cahaly v. LaRosa (4th Cir. 2015) on the section's validity: it is held as written (cautious).",
    "Left out: ADAD calls are allowed only on request, for a debt or with a business relationship (§ 16-17-446); the federal written-consent rule applies.",
  ],
  "US-SD": [
    "'Time in this state': South Dakota has Central and Mountain time; the window is read in the recipient's zone (and in both when unknown).",
    "In force from 1 July 1991 (checked 2026-12-04): the source note of SDCL 37-30-28 on legis.state.sd.us reads 'Source: SL 1991, ch 322, § 7' and names no other act or date, and an act of a regular session that prescribes no date takes effect on the first day of July after its passage (SDCL 2-14-16, as quoted by a news account; the section heading listed on sdlegislature.gov). Primary history line; the session law's own text was not read.",
  ],
  "US-TN": [
    "The register's start is taken as 1 May 2000, the day T.C.A. § 65-4-405(a) required the database in operation (statute copy on statutes.laws.com, checked 2026-12-04); the TRA's page says operational by 1 July 2000: the earlier day is the stricter reading.",
    "The register is updated at the beginning of each month (Tenn. Comp. R. & Regs. 1220-04-11-.03(4)): a check older than 31 days counts as stale.",
    "Exemptions applied: express invitation or permission, a business relationship in the previous 12 months (365 days). The exemption for a business making no more than three calls or texts a week is not modelled.",
  ],
  "US-TX": [
    "§§ 301.051 and 304.051–304.052 are in force from 1 April 2009, the nonsubstantive recodification (Acts 2007, 80th Leg., ch. 885 (H.B. 2278), § 2.01; credit line of § 304.051 on instalawyer/casetext, checked 2026-12-04; § 301.051's own credit line was not read). Like duties stood before in former Bus. & Com. Code chapter 37 (§ 37.02, permissible hours; Acts 1991, ch. 494, eff. 1 January 1992) and chapters 43 and 44 (the no-call list from H.B. 472, Acts 2001, ch. 1429): not modelled before 2009.",
    "§ 301.051's words were not read: searched again on 2026-12-04, instalawyer.io lists it as 'Sec. 301.051. TELEPHONE SOLICITATION REQUIREMENTS. (a) This section does not...' but no excerpt reaches its hours; former § 37.02 ('SOLICITOR IDENTITY; PERMISSIBLE HOURS; DISCONNECT', 2005 code on law.justia.com) is cut off before its hours too. A public code repository's state table (found 2026-12-04) says it read § 301.051 on statutes.capitol.texas.gov (via an archive) and texas.public.law: the hours are in § 301.051(b)(2) and bind a 'consumer telephone call', 'an unsolicited call made to a residential telephone number' for a consumer good or service (§ 301.001(4)); the engine applies them to every marketing call (cautious). The hours (Monday–Saturday 9 a.m.–9 p.m., Sunday noon–9 p.m.) stay as encoded, on secondary sources.",
    "The hours are read in the recipient's own zone (El Paso and Hudspeth counties are on Mountain time); a customer with no zone is held to both Texas zones.",
    "The Texas no-call list (quarterly, 1 January, 1 April, 1 July, 1 October) includes the Texas part of the National Do Not Call Registry; a check older than a quarter (92 days) counts as stale, although § 304.052 allows 60 days after each publication (cautious).",
    "The established-business-relationship exemption of § 304.004(2) states no time limit; the federal 18 months (546 days) is used (cautious). The one-year rule for a terminated relationship is not modelled.",
    "SB 140 (in force 2025-09-01) makes texts 'telephone solicitations' (chapters 302 and 304); the November 2025 settlement that exempts consent-based texts from chapter 302 registration does not touch hours or the no-call list. Registration with the Secretary of State (chapter 302) is a duty of the sender, not modelled.",
  ],
  "US-UT": [
    "Cautious: the hours, Sunday and holiday bans yield to the called person's prior express consent (§ 13-25a-103(3)); the engine applies them to every marketing call and text.",
    "Holidays: the holiday tables give Utah's days (Pioneer Day and the federal ones, a Saturday holiday observed on the Friday, a Sunday one on the Monday). The 2026 text of § 63G-1-301 (in force 2026-05-06 to 2026-12-31) moves Juneteenth to the Monday before when 19 June is Tuesday to Friday: a blackout adds that Monday. Left out: Good Friday (2026 text; Easter-based: add it as a dated overlay); the version in force from 2027-01-01 was not read.",
    "No start is recorded for `US-UT-HOURS` and `US-UT-HOLIDAYS` (checked 2026-12-04): H.B. 260 (2002, le.utah.gov) proposed to change the hours and days of § 13-25a-103(3) but did not become law (S.B. 194 of 2003 amends the section 'as last amended by Chapter 77, Laws of Utah 1998'); S.B. 194 (Laws 2003, ch. 263, effective 5 May 2003 per its status page) amended it, and so did two acts of 2004 (Laws 2004, chs. 90 and 263, as H.B. 102 of 2022 lists them; S.B. 27 of 2004 amends the section 'as last amended by Chapter 263, Laws of Utah 2003'). Which of the 1998, 2003 and 2004 texts first read as the present one (9 p.m.–8 a.m., Sunday, legal holiday, 'residential telephone or cellular telephone', 'without prior express consent') was not read. Undated, the rules bind at every instant (the stricter reading).",
    "Days the governor proclaims are proclaimed days: load them as a dated overlay.",
  ],
  "US-VA": [
    "Hours 8 a.m.–9 p.m. (Va. Code § 59.1-511), the federal window. A do-not-call request must be honoured for at least ten years (§ 59.1-514(A)); from 2026-01-01 a text 'STOP' or 'UNSUBSCRIBE' is such a request (SB 1339, secondary): a withdrawal in the ledger blocks for good, which is stricter.",
    "Texts to a Virginia area code are telephone solicitation calls (2020): a call or text to a number with a Virginia area code is held to the US-VA rules whatever the customer's jurisdiction (the engine presumes the area code's state).",
  ],
  "US-VI": [
    "12A V.I.C. ch. 6 regulates telemarketing practices (secondary, thin); nothing stricter confirmed.",
    "Customers coded VI (ISO 3166-1) get this pack too; the federal pack applies only to US and US-xx codes, so code them US-VI to get the federal rules.",
  ],
  "US-VT": ["Vermont's robocall rule is coextensive with the federal TCPA (9 V.S.A. § 2464e)."],
  "US-WA": [
    "RCW 19.190.060 (texts) comes from Laws 2003, ch. 137 (history on app.leg.wa.gov, checked 2026-12-04); its start, 27 July 2003, is the general 90-day effective date of that session's acts, not read in the session law.",
    "After a 'do not call' request a commercial telephone solicitor may not call that number for at least a year (RCW 19.158.110(2)): a withdrawal in the ledger blocks for good, which is stricter.",
    "RCW 80.36.400 (automatic dialing and announcing devices) was read on 2026-12-04 in a statute copy whose credit line is '[1986 c 281 § 2.]' alone, with the 1986 legislative finding; a 2007 bill (SSB 5276, lawfilesext.leg.wa.gov) amending 'RCW 80.36.400 and 1986 c 281 s 2' quotes the same subsection (2) and did not become law (the copy shows no later act). `US-WA-ADAD` stays undated: its start, the effective date of Laws 1986, ch. 281, was not read, and a 1986 date lies before the 1987 floor of the state dates (state.ts); undated, it binds at every instant, the stricter reading.",
    "Cautious: the automatic-dialing ban of RCW 80.36.400 is applied to every automated marketing call (the engine does not tell an autodialed live call from a prerecorded one).",
  ],
  "US-WI": [
    "The state registry is the Wisconsin part of the National registry, checked at least every 31 days (ATCP 127.80): the federal register covers it.",
  ],
  "US-WV": [
    "W. Va. Code § 46A-6F-601(a)(4): 8 a.m.–9 p.m., Monday through Sunday, the federal window.",
  ],
  "US-WY": [
    "The 8 p.m. end of calling hours rests on a compliance vendor's summary; W.S. § 40-12-302 was not read. The stricter reading is taken. Searched again on 2026-12-04: cliclaw.com's Wyoming page lists § 40-12-302 ('Telephone solicitations') but the excerpts stop in § 40-12-301; the Attorney General's pages for consumers and businesses describe the DMA list (enrolled 'for more than sixty (60) days'), the exemptions and the disclosures, and name no calling hours. A public code repository's state table (found 2026-12-04) quotes § 40-12-302(d) as barring an unsolicited telephonic sales call 'to a consumer before the hour of 8 a.m. or after 8 p.m. local time at the consumer's location', read, it says, in the Legislature's Title 40 PDF: the section is now cited as § 40-12-302(d) with those words. The hours stay as encoded (secondary: the PDF itself was not read). 'Consumer' is a purchaser of consumer goods or services (§ 40-12-301(a)(ii)–(iii)); the window is applied to every marketing call (cautious).",
    "No start is recorded for `US-WY-HOURS`, `US-WY-DNC` and `US-WY-AUTOMATED` (checked 2026-12-04): the copies of §§ 40-12-301 and 40-12-303 (law.justia.com 2016, lexace.ai, counselstack) show no history line; the article (§§ 40-12-301 to 40-12-305) was created by 2001 Enrolled Act No. 108 (House Bill 91, 'providing for an effective date'; the enrolled act on legisweb.state.wy.us, primary), so none of the three began before the 2001 General Session; the act's effective-date section was not reached in the search excerpts, and one low-quality secondary page (reversephonedb.com, citing a 'State Telephone Regulation Report') says the law took effect in July 2002, not confirmed. Undated, the rules bind at every instant (the stricter reading; a start in 2001 or 2002 would only relax them before it).",
    "The do-not-call list Wyoming names is the DMA (now ANA) Telephone Preference Service list; whether it is still published was not verified. Its check is held to 60 days (the AG's 'more than 60 days' rule, cautious).",
    "The AG's pages disagree on the small-caller exemption (250 or 225 calls a year): not modelled, every sender is held to the law.",
    "Cautious: § 40-12-303(a) bans automated selection or dialing and recorded messages; (b) lets an autodialer with live messages through on conditions. The engine cannot tell the two apart, so every automated marketing call is denied.",
  ],
};

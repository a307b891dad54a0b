/**
 * NANP area codes (NPAs) of the United States, by the state, district or territory they serve.
 *
 * Source: the North American Numbering Plan Administrator's NPA database, `npa_report.csv`
 * ("File Date, 11/26/2025"; https://nanpa.com/reports/npa-reports), read in the copy at
 * github.com/taus9/trim-npa-report (file `npa_report.csv`, commit 0dd079f of 2025-11-26) and
 * checked 2026-12-04. The table holds every code whose USE is `G` (geographic), COUNTRY `US` and
 * ASSIGNED `Yes`: 380 codes, the state from LOCATION (`CNMI` is US-MP). 375 were in service on
 * the file date; five were assigned and not yet in service (465 NY, planned 18 June 2026; 471 MS,
 * 30 January 2026; 483 AL, 23 February 2026; 565 GA and 761 KY, no date) and are held here too: a
 * number with an assigned code can only be of that state, and a presumed state only ever adds
 * restrictions. The first version, written from memory, lacked 357 (CA), 621 (TX) and 729 (TN),
 * in service in 2025, and those five; every other code and state matched the file.
 * Codes assigned after the file date are missing: a number whose area code is not here presumes
 * no state (the customer's own jurisdiction still binds). Non-geographic codes (toll-free 8XX,
 * 5XX, 900) presume none; Canadian and Caribbean NANP codes are not US jurisdictions and are left
 * out.
 */
const _BY_STATE: Readonly<Record<string, string>> = {
  "US-AL": "205 251 256 334 483 659 938",
  "US-AK": "907",
  "US-AZ": "480 520 602 623 928",
  "US-AR": "327 479 501 870",
  "US-CA":
    "209 213 279 310 323 341 350 357 369 408 415 424 442 510 530 559 562 619 626 628 650 657 661 669 707 714 738 747 760 805 818 820 831 837 840 858 909 916 925 949 951",
  "US-CO": "303 719 720 748 970 983",
  "US-CT": "203 475 860 959",
  "US-DE": "302",
  "US-DC": "202 771",
  "US-FL":
    "239 305 321 324 352 386 407 448 561 645 656 689 727 728 754 772 786 813 850 863 904 941 954",
  "US-GA": "229 404 470 478 565 678 706 762 770 912 943",
  "US-HI": "808",
  "US-ID": "208 986",
  "US-IL": "217 224 309 312 331 447 464 618 630 708 730 773 779 815 847 861 872",
  "US-IN": "219 260 317 463 574 765 812 930",
  "US-IA": "319 515 563 641 712",
  "US-KS": "316 620 785 913",
  "US-KY": "270 364 502 606 761 859",
  "US-LA": "225 318 337 457 504 985",
  "US-ME": "207",
  "US-MD": "227 240 301 410 443 667",
  "US-MA": "339 351 413 508 617 774 781 857 978",
  "US-MI": "231 248 269 313 517 586 616 679 734 810 906 947 989",
  "US-MN": "218 320 507 612 651 763 924 952",
  "US-MS": "228 471 601 662 769",
  "US-MO": "235 314 417 557 573 636 660 816 975",
  "US-MT": "406",
  "US-NE": "308 402 531",
  "US-NV": "702 725 775",
  "US-NH": "603",
  "US-NJ": "201 551 609 640 732 848 856 862 908 973",
  "US-NM": "505 575",
  "US-NY":
    "212 315 329 332 347 363 465 516 518 585 607 624 631 646 680 716 718 838 845 914 917 929 934",
  "US-NC": "252 336 472 704 743 828 910 919 980 984",
  "US-ND": "701",
  "US-OH": "216 220 234 283 326 330 380 419 436 440 513 567 614 740 937",
  "US-OK": "405 539 572 580 918",
  "US-OR": "458 503 541 971",
  "US-PA": "215 223 267 272 412 445 484 570 582 610 717 724 814 835 878",
  "US-RI": "401",
  "US-SC": "803 821 839 843 854 864",
  "US-SD": "605",
  "US-TN": "423 615 629 729 731 865 901 931",
  "US-TX":
    "210 214 254 281 325 346 361 409 430 432 469 512 621 682 713 726 737 806 817 830 832 903 915 936 940 945 956 972 979",
  "US-UT": "385 435 801",
  "US-VT": "802",
  "US-VA": "276 434 540 571 686 703 757 804 826 948",
  "US-WA": "206 253 360 425 509 564",
  "US-WV": "304 681",
  "US-WI": "262 274 353 414 534 608 715 920",
  "US-WY": "307",
  "US-PR": "787 939",
  "US-VI": "340",
  "US-GU": "671",
  "US-MP": "670",
  "US-AS": "684",
};

const _NPA = new Map<string, string>();
for (const [state, codes] of Object.entries(_BY_STATE))
  for (const npa of codes.split(" ")) _NPA.set(npa, state);

/** The jurisdiction (`US-FL`) an area code (`"305"`) serves, or `undefined` when none is known. */
export function areaCodeJurisdiction(npa: string): string | undefined {
  return _NPA.get(npa);
}

/** Every area code in the table with its jurisdiction, in ascending order of code. */
export function usAreaCodes(): readonly (readonly [npa: string, jurisdiction: string])[] {
  return [..._NPA.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/**
 * The area code of a NANP number: an E.164 `+1` number, or a 10- or 11-digit national one
 * (`(305) 555-0100`, `1-305-555-0100`), separators ignored. `undefined` for anything else: a
 * number of another country, or an address that is not a number.
 */
export function nanpAreaCode(address: string): string | undefined {
  const s = address.replace(/[\s().-]/g, "");
  const m = /^(?:\+1|1)?([2-9]\d{2})[2-9]\d{6}$/.exec(s);
  if (m === null || (s.startsWith("+") && !s.startsWith("+1"))) return undefined;
  return m[1];
}

/**
 * The jurisdiction a telephone number's area code presumes (Fla. Stat. § 501.059(8)(d): a call to
 * a Florida area code is presumed made to a Florida resident), or `undefined`.
 *
 * @example
 * presumedJurisdiction("+13055550100"); // => "US-FL"
 * presumedJurisdiction("+442079460000"); // => undefined
 */
export function presumedJurisdiction(address: string): string | undefined {
  const npa = nanpAreaCode(address);
  return npa === undefined ? undefined : _NPA.get(npa);
}

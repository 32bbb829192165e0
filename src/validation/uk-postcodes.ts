/**
 * UK postcodes as Royal Mail issues them, not only their shape: the outward code's area must be one of
 * the 121 postcode areas (plus the Crown Dependencies' GY, JE, IM and the non-geographic BF and BX),
 * the letter after a district digit exists only in central London (`EC1A`, `SW1A`, `W1A`, `N1C`), and
 * the inward code's letters never include C I K M O V. `GIR 0AA` is the one historical exception.
 */

const AREAS = new Set(
  (
    'AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY ' +
    'E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN ' +
    'LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP ' +
    'SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
);

/** Areas with districts such as `W1A` (one letter) or `EC1A`, `SW1A`, `WC2N` (two letters). */
const LETTER_DISTRICT_AREAS = new Set(['E', 'N', 'W', 'EC', 'NW', 'SE', 'SW', 'WC']);

/** Outward code (area letters, district digits, optional district letter), space, inward code. */
const SHAPE = /^([A-Z]{1,2})(\d{1,2})([A-Z]?) ?\d[ABD-HJLNP-UW-Z]{2}$/;

/** Whether a normalised (upper-case, single-spaced) value is a postcode Royal Mail could have issued. */
export function isUkPostcode(value: string): boolean {
  if (value === 'GIR 0AA' || value === 'GIR0AA') return true;
  const match = SHAPE.exec(value);
  if (!match) return false;
  const [, area = '', district = '', districtLetter = ''] = match;
  if (!AREAS.has(area)) return false;
  if (districtLetter === '') return true;
  // A lettered district is one digit and a letter, and only in the central London areas.
  return district.length === 1 && LETTER_DISTRICT_AREAS.has(area);
}

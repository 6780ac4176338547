/**
 * The numbers in a text, normalised to values for the number check (ADR 0019). Digits with
 * thousands separators (1,000 / 1.000 / 1 000 by the locale's decimal mark), decimals and
 * percentages; an English scale word or a Chinese multiplier after them (3.5 million, 3.5万);
 * Chinese numerals (十二, 百分之五); English number words and month names next to a number
 * (weak). Full-width digits count as digits. Each number says whether it is "strong" (written
 * in digits, or a Chinese numeral of two characters or more): only strong numbers are reported
 * as missing or extra; weak ones (one, 三个, 第一) only satisfy a strong one on the other side.
 */
import { CHINESE_NUMERAL_RUN, DIGIT_MULTIPLIER, isNumeralIdiom, multiplierValue, readChineseNumeral } from './chinese-numerals';

export interface ExtractedNumber {
  /** The value as a canonical string (12 significant digits), so 35000 and 3.5万 compare equal. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly strong: boolean;
}

/** Locales whose decimal mark is a comma (primary language subtag). */
const COMMA_DECIMAL = new Set(['de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'pl', 'cs', 'sk', 'sv', 'da', 'nb', 'no', 'fi', 'tr', 'id', 'ro', 'hu', 'uk', 'el', 'bg', 'hr', 'sl', 'sr', 'lt', 'lv', 'et', 'vi']);

export function decimalMarkOf(locale: string | undefined): '.' | ',' {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return COMMA_DECIMAL.has(language) ? ',' : '.';
}

/** Full-width digits and marks to ASCII, one code unit for one, so offsets stay. */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF0C\uFF0E\uFF05\uFF10-\uFF1A]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

function canonical(value: number): string {
  return String(Number(value.toPrecision(12)));
}

const SCALES: Readonly<Record<string, number>> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6 };
const WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function digitPattern(decimal: '.' | ','): RegExp {
  const group = decimal === '.' ? "[,\u00A0\u202F '’]" : "[.\u00A0\u202F '’]";
  const mark = decimal === '.' ? '\\.' : ',';
  // Grouped (1,000,000) or plain digits, then a decimal part; a following scale word or multiplier is read separately.
  return new RegExp(`\\d{1,3}(?:(${group})\\d{3}(?!\\d))(?:\\1\\d{3}(?!\\d))*(?:${mark}\\d+)?|\\d+(?:${mark}\\d+)?`, 'gu');
}
const PATTERNS = { '.': digitPattern('.'), ',': digitPattern(',') } as const;
// The word patterns below are ASCII (and U+00A0), so they go without the u flag: V8 matches them
// two to four times faster without it, the 10,000-segment check budget (issue 10) is spent here,
// and case-insensitive /u would also let ſ and K (U+017F, U+212A) stand for s and k.
const SCALE_AFTER = /^[ \u00A0]?(hundred|thousand|million|billion|trillion|bn|mn)\b/iu;
const WORD_NUMBER = /\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen)(?:-(one|two|three|four|five|six|seven|eight|nine))?(?:[ \u00A0](hundred|thousand|million|billion|trillion))?\b/gi;
/** A capitalised month name (weak, so a sentence-initial modal "May" costs nothing but a masked 5). */
const MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/g;
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
};
const ORDINAL = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\b/gi;
/** A time of day, 16:00 or 4 p.m.: its numbers are weak (4 p.m. is 4 and 16), so only the source's hour is checked. */
const TIME = /\b(\d{1,2})(?::(\d{2}))?(?:[ \u00A0]?([ap])\.?m\b\.?)|\b(\d{1,2}):(\d{2})\b/gi;
/** A measure word or date character after a single Chinese numeral: 三个, 五年, 两名 (weak numbers). */
const KILO_AFTER = /^[米克瓦卡帕赫]/u;
const MEASURE_AFTER = /^[个名位人年月日号天次岁家项元件条种所座辆台只本张层点分秒周倍米吨届期批级]/u;

/** Every number in the text, in order. locale decides the decimal mark ("." unless a comma-decimal language). */
export function extractNumbers(text: string, locale?: string): ExtractedNumber[] {
  const folded = foldWidth(text);
  const decimal = decimalMarkOf(locale);
  const found: ExtractedNumber[] = [];
  const covered = new Uint8Array(folded.length);
  const add = (value: number, start: number, end: number, strong: boolean): void => {
    if (!Number.isFinite(value)) return;
    found.push({ value: canonical(value), start, end, strong });
    covered.fill(1, start, end);
  };
  for (const match of folded.matchAll(TIME)) {
    const hour = Number(match[1] ?? match[4]);
    const minutes = Number(match[2] ?? match[5] ?? 0);
    const end = match.index + match[0].length;
    add(hour, match.index, end, false);
    if (hour < 12) add(hour + 12, match.index, end, false);
    if (hour > 12) add(hour - 12, match.index, end, false);
    if (minutes !== 0) add(minutes, match.index, end, false);
    if (minutes === 30) add(0.5, match.index, end, false); // 四点半: "half"
  }
  for (const match of folded.matchAll(PATTERNS[decimal])) {
    const start = match.index;
    if (covered[start] === 1) continue;
    let end = start + match[0].length;
    const before = folded[start - 1];
    if (before !== undefined && /[\p{L}\d]/u.test(before) && !/[\p{Script=Han}]/u.test(before)) continue; // "A4", "COVID19": codes, not numbers
    if (before === '-' && /\p{Lu}[\p{L}]*$/u.test(folded.slice(Math.max(0, start - 12), start - 1))) continue; // "COVID-19", "Ka-52": names (not "post-90s")
    const plain = match[1] === undefined ? match[0] : match[0].split(match[1]).join('');
    let value = Number(decimal === ',' ? plain.replace(',', '.') : plain);
    const rest = folded.slice(end, end + 12);
    if (/^s\b/u.test(rest) && value % 10 === 0) {
      // A decade (1990s, 90s, 九十年代, 90后): weak, as 1990 and 90.
      add(value, start, end + 1, false);
      if (value >= 100) add(value % 100, start, end + 1, false);
      continue;
    }
    if (rest.startsWith('成')) {
      add(value * 10, start, end + 1, true); // 6成 = 60%
      continue;
    }
    // 9000多万: "more than 90 million"; the 多 (余, 来) sits between the digits and the multiplier.
    const approximate = /^[多余来]/u.test(rest) ? 1 : 0;
    const multiplier = DIGIT_MULTIPLIER.exec(rest.slice(approximate).replace(/千(?=[米克瓦卡帕赫])/u, '_'));
    const scale = SCALE_AFTER.exec(rest);
    if (multiplier) {
      value *= multiplierValue(multiplier[0]);
      end += approximate + multiplier[0].length;
    } else if (scale) {
      value *= SCALES[scale[1]!.toLowerCase()]!;
      end += scale[0].length;
    }
    add(value, start, end, true);
  }
  for (const match of folded.matchAll(/百分之([〇零一二两三四五六七八九十百千点.\d]+)/gu)) {
    const value = percentValue(match[1]!);
    if (value !== undefined) add(value, match.index, match.index + match[0].length, true);
  }
  for (const match of folded.matchAll(CHINESE_NUMERAL_RUN)) {
    if (covered[match.index] === 1) continue;
    const start = match.index;
    const end = start + match[0].length;
    // 五千米 is 5 kilometres (千米, 千克, 千瓦: kilo-), not 5000 metres.
    const run = /千$/u.test(match[0]) && KILO_AFTER.test(folded.slice(end, end + 1)) ? match[0].slice(0, -1) : match[0];
    if (run === '') continue;
    const value = isNumeralIdiom(run) ? undefined : (readChineseNumeral(run) ?? (/^[百千万亿]/u.test(run) ? readChineseNumeral(`一${run}`) : undefined));
    if (value === undefined) continue;
    // 万亩, 百姓: a run that starts with a unit is read (one 万) but never reported.
    const strong = [...run].length >= 2 && !/^[百千万亿]/u.test(run);
    if (folded[end] === '成') {
      add(value * 10, start, end + 1, false); // 四成 = 40%
      continue;
    }
    if (!strong && !MEASURE_AFTER.test(folded.slice(end, end + 1)) && folded[start - 1] !== '第') continue;
    add(value, start, end, strong);
  }
  for (const match of folded.matchAll(WORD_NUMBER)) {
    let value = WORDS[match[1]!.toLowerCase()]! + (match[2] ? WORDS[match[2].toLowerCase()]! : 0);
    if (match[3]) value *= SCALES[match[3].toLowerCase()]!;
    add(value, match.index, match.index + match[0].length, false);
  }
  for (const match of folded.matchAll(MONTH)) {
    const name = match[1]!.toLowerCase();
    add(MONTHS[name]!, match.index, match.index + match[0].length, false);
  }
  for (const match of folded.matchAll(ORDINAL)) add(ORDINALS[match[1]!.toLowerCase()]!, match.index, match.index + match[0].length, false);
  return found.sort((a, b) => a.start - b.start);
}

/** 百分之五 = 5, 百分之三点五 = 3.5, 百分之12 = 12. */
function percentValue(numeral: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/u.test(numeral)) return Number(numeral);
  const [whole, fraction] = numeral.split('点');
  const value = readChineseNumeral(whole!);
  if (value === undefined) return undefined;
  if (fraction === undefined) return value;
  const digits = [...fraction].map((char) => readChineseNumeral(char));
  return digits.every((digit) => digit !== undefined && digit < 10) ? Number(`${value}.${digits.join('')}`) : undefined;
}

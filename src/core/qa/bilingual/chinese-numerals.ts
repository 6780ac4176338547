/**
 * Chinese numerals read as numbers, for the number check (ADR 0019): 十二 = 12, 三百五十 = 350,
 * 两万 = 20000, 二〇二一 = 2021, and the multipliers after digits (3.5万 = 35000, 2亿 = 2e8,
 * 1.2万亿 = 1.2e12). Approximations (三四十, 两三个) and idioms (千万 "must", 万一 "in case",
 * 百姓 "the people") are not numbers and give nothing.
 */

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** A run of numeral characters; the reader decides whether it is a number. */
export const CHINESE_NUMERAL_RUN = /[〇零一二两三四五六七八九十百千万亿]+/gu;

/** Multipliers that may follow a number written in digits: 万, 亿, 万亿, 千万, 百万, 千. */
export const DIGIT_MULTIPLIER = /^(?:万亿|千亿|百亿|千万|百万|十万|万|亿|千)/u;

const IDIOMS = new Set(['千万', '万一', '一一', '一五一十', '十之八九', '一二', '三三两两', '万万', '千千万万', '一万步']);

/** The value of a multiplier word (万亿 = 1e12, 千万 = 1e7). */
export function multiplierValue(word: string): number {
  let value = 1;
  for (const char of word) value *= UNITS[char] ?? BIG[char] ?? 1;
  return value;
}

/**
 * The value of a numeral run, or undefined when it is not read as a number: a run must begin
 * with a digit character or 十 (so 百姓, 万人 and 千万 are left alone), and two digit characters
 * in a row are only a number when the run has no units (二〇二一, read digit by digit, three
 * characters at least).
 */
export function isNumeralIdiom(run: string): boolean {
  return IDIOMS.has(run);
}

export function readChineseNumeral(run: string): number | undefined {
  if (IDIOMS.has(run)) return undefined;
  const first = run[0]!;
  if (DIGITS[first] === undefined && first !== '十') return undefined;
  const chars = [...run];
  if (chars.every((char) => DIGITS[char] !== undefined)) {
    if (chars.length === 1) return DIGITS[first];
    return chars.length >= 3 || run.includes('〇') ? Number(chars.map((char) => DIGITS[char]).join('')) : undefined;
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of chars) {
    const value = DIGITS[char];
    if (value !== undefined) {
      if (digit !== undefined && value !== 0 && digit !== 0) return undefined; // 三四十: an approximation
      digit = value;
      continue;
    }
    const unit = UNITS[char];
    if (unit !== undefined) {
      section += (digit ?? 1) * unit;
      digit = undefined;
      continue;
    }
    const big = BIG[char]!;
    section += digit ?? 0;
    digit = undefined;
    if (section === 0 && total === 0) return undefined;
    total = (total + section) * big;
    section = 0;
  }
  return total + section + (digit ?? 0);
}

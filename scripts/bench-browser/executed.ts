// How much of the scripts a page fetched it actually ran: the text of every function (and block) V8's
// coverage counted as executed, the rest left out, gzipped. It bounds what splitting the chunks further
// could save: code that ran before a form first rendered (or during a journey) could not load after it.
import { gzipSync } from 'node:zlib';

export interface CoveredRange {
  readonly startOffset: number;
  readonly endOffset: number;
  readonly count: number;
}

export interface CoveredFunction {
  readonly ranges: readonly CoveredRange[];
}

/**
 * The source with every range V8 counted zero times removed. V8's ranges nest (a function, then the blocks
 * inside it whose count differs), so the widest are applied first and each narrower one overrides them; of
 * two ranges over the same text, the one that did not run decides, so the figure stays a lower bound.
 */
export function executedText(source: string, functions: readonly CoveredFunction[]): string {
  const ran = new Uint8Array(source.length);
  const ranges = functions.flatMap((fn) => fn.ranges);
  ranges.sort((a, b) => b.endOffset - b.startOffset - (a.endOffset - a.startOffset) || b.count - a.count);
  for (const range of ranges) ran.fill(range.count > 0 ? 1 : 0, range.startOffset, range.endOffset);
  let text = '';
  let from = -1;
  for (let at = 0; at <= source.length; at += 1) {
    if (at < source.length && ran[at] === 1) {
      if (from < 0) from = at;
    } else if (from >= 0) {
      text += source.slice(from, at);
      from = -1;
    }
  }
  return text;
}

/** The gzip size (level 9, as the bench server measures what it serves) of the text that ran. */
export function executedGzipBytes(source: string, functions: readonly CoveredFunction[]): number {
  return gzipSync(executedText(source, functions), { level: 9 }).length;
}

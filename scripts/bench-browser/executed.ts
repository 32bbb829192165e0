// How much of what a first render fetched it actually ran: the text of every function (and block) V8's
// coverage counted as executed, the rest left out, gzipped. It bounds what splitting the first-render chunk
// further could save: code that ran before the form first rendered cannot load after it.
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
 * inside it that did not run), so the widest are applied first and each narrower one overrides them.
 */
export function executedText(source: string, functions: readonly CoveredFunction[]): string {
  const ran = new Uint8Array(source.length);
  const ranges = functions.flatMap((fn) => fn.ranges);
  ranges.sort((a, b) => b.endOffset - b.startOffset - (a.endOffset - a.startOffset));
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

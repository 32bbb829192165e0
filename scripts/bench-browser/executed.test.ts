import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { executedGzipBytes, executedText } from './executed';

const source = 'function used(a){if(a){return 1}else{return 2}}function unused(){return 3}used(1);';
const span = (text: string) => {
  const start = source.indexOf(text);
  return { startOffset: start, endOffset: start + text.length };
};

// As V8 reports it: the script, then each function with the blocks inside it that did not run.
const coverage = [
  { ranges: [{ ...span(source), count: 1 }] },
  {
    ranges: [
      { ...span('function used(a){if(a){return 1}else{return 2}}'), count: 1 },
      { ...span('else{return 2}'), count: 0 },
    ],
  },
  { ranges: [{ ...span('function unused(){return 3}'), count: 0 }] },
];

describe('the bench measure of what a first render ran', () => {
  it('keeps the functions and blocks that ran, and leaves out a function never called and a branch not taken', () => {
    expect(executedText(source, coverage)).toBe('function used(a){if(a){return 1}}used(1);');
  });

  it('reads nested ranges in any order: a narrower range decides over the one around it', () => {
    expect(executedText(source, [...coverage].reverse())).toBe(executedText(source, coverage));
  });

  it('lets a range that did not run decide over one of the same span that did', () => {
    const sameSpan = [
      ...coverage,
      { ranges: [{ ...span('used(1);'), count: 0 }] },
      { ranges: [{ ...span('used(1);'), count: 1 }] },
    ];
    expect(executedText(source, sameSpan)).toBe('function used(a){if(a){return 1}}');
  });

  it('gives the gzip size of that text, smaller than the whole when something did not run', () => {
    const ranText = 'function used(a){if(a){return 1}}used(1);';
    expect(executedGzipBytes(source, coverage)).toBe(gzipSync(ranText, { level: 9 }).length);
    expect(executedGzipBytes(source, [{ ranges: [{ ...span(source), count: 1 }] }])).toBe(
      gzipSync(source, { level: 9 }).length,
    );
  });
});

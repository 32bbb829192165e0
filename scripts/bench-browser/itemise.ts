// Where each KB of a journey goes: every file the site served, in the phase it was fetched in, with its gzip size.
import type { Served } from './server';

export type Phase = 'before first render' | 'until idle' | 'during the journey';

export interface FetchedFile {
  readonly phase: Phase;
  readonly path: string;
  readonly gzipBytes: number;
}

/** When each phase ended (epoch ms, the machine's clock, as the server stamps what it serves). */
export interface PhaseEnds {
  readonly firstRender: number;
  readonly idle: number;
}

/** The files served, each in the phase it was fetched in. */
export function itemise(served: readonly Served[], ends: PhaseEnds): FetchedFile[] {
  return served.map(({ path, gzipBytes, at }) => ({
    path,
    gzipBytes,
    phase: at <= ends.firstRender ? 'before first render' : at <= ends.idle ? 'until idle' : 'during the journey',
  }));
}

const PHASES: readonly Phase[] = ['before first render', 'until idle', 'during the journey'];
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const fileCount = (count: number): string => `${count} file${count === 1 ? '' : 's'}`;

/** The lines that list a journey's files by phase, each phase with its total, in the order they were fetched. */
export function itemisedLines(journey: string, files: readonly FetchedFile[]): string[] {
  const total = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  const lines = [`\n${journey}: ${kb(total)} gzip in ${fileCount(files.length)}`];
  for (const phase of PHASES) {
    const inPhase = files.filter((file) => file.phase === phase);
    const bytes = inPhase.reduce((sum, file) => sum + file.gzipBytes, 0);
    lines.push(`  ${phase}: ${kb(bytes)} in ${fileCount(inPhase.length)}`);
    for (const file of inPhase) lines.push(`    ${kb(file.gzipBytes).padStart(8)}  ${file.path}`);
  }
  return lines;
}

// Token parameters that name uploaded files must name existing files with the purpose that field needs.
import type { FilePurpose, StoredFile } from './state';
import type { JsonValue } from './json';
import { isJsonObject } from './json';
import type { PathSegment } from './schema-walker';

export interface FileReferenceProblem {
  path: PathSegment[];
  fileId: string;
  reason: 'missing' | 'wrong_purpose';
  expected: FilePurpose;
  actual?: FilePurpose;
}

/** The purpose a field requires, read from its path; null for fields that hold no file id. */
export function requiredFilePurpose(path: readonly PathSegment[]): FilePurpose | null {
  const [last, parent, grandparent, greatGrandparent] = [...path].reverse();
  // v2: documents.{primary,secondary}_verification.front_back.{front,back}
  if ((last === 'front' || last === 'back') && parent === 'front_back') return 'identity_document';
  // v1: [company.]verification.{document,additional_document}.{front,back}
  if (
    (last === 'front' || last === 'back') &&
    (parent === 'document' || parent === 'additional_document') &&
    grandparent === 'verification'
  ) {
    return path.includes('company') ? 'additional_verification' : 'identity_document';
  }
  // v1 documents.{company_authorization,passport,visa}.files[i]; v2 every {type:"files", files:[…]} document.
  if (typeof last === 'number' && parent === 'files' && greatGrandparent === 'documents') return 'account_requirement';
  return null;
}

export function findFileReferenceProblems(
  params: JsonValue | undefined,
  files: ReadonlyMap<string, StoredFile>,
  livemode: boolean,
): FileReferenceProblem[] {
  const problems: FileReferenceProblem[] = [];
  const visit = (value: JsonValue | undefined, path: PathSegment[]): void => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (isJsonObject(value)) for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
    else if (typeof value === 'string' && value !== '') {
      const expected = requiredFilePurpose(path);
      if (expected === null) return;
      const file = files.get(value);
      if (file === undefined || file.livemode !== livemode)
        problems.push({ path, fileId: value, reason: 'missing', expected });
      else if (file.purpose !== expected)
        problems.push({ path, fileId: value, reason: 'wrong_purpose', expected, actual: file.purpose });
    }
  };
  visit(params, []);
  return problems;
}

export function describeFileProblem(problem: FileReferenceProblem): string {
  if (problem.reason === 'missing') return `No such file upload: '${problem.fileId}'`;
  return `The file '${problem.fileId}' was uploaded with purpose '${problem.actual ?? ''}', but this field needs a file with purpose '${problem.expected}'.`;
}

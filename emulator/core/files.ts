// POST /v1/files (multipart upload of identity and verification documents) and GET /v1/files/{id}.
import { keyFromAuthorization } from './api-keys';
import { authenticate } from './auth';
import { fnv1aDigest, MAX_FILE_BYTES, type FileKind, MIME_TYPE_BY_KIND, sniffFileKind } from './file-types';
import { newId } from './ids';
import type { JsonObject } from './json';
import { jsonResponse, v1Error, type ErrorContext, type V1ErrorDetails } from './responses';
import { retrieveV1 } from './retrieve-v1';
import type { PreparedCall, RouteContext } from './routes';
import { FILE_PURPOSES, type FilePurpose, type StoredFile } from './state';

function isFilePurpose(value: unknown): value is FilePurpose {
  return FILE_PURPOSES.some((purpose) => purpose === value);
}

function isFile(value: FormDataEntryValue | null): value is File {
  return value !== null && typeof value !== 'string';
}

function describeUpload(purpose: FormDataEntryValue | null, file: FormDataEntryValue | null): JsonObject {
  const params: JsonObject = {};
  if (purpose !== null) params.purpose = typeof purpose === 'string' ? purpose : '(file)';
  if (file !== null) params.file = isFile(file) ? { name: file.name, type: file.type, size: file.size } : file;
  return params;
}

export async function createFile(context: RouteContext): Promise<PreparedCall | Response> {
  const contentType = context.request.headers.get('Content-Type') ?? '';
  const headerKey = keyFromAuthorization(context.request.headers.get('Authorization'));
  let form: FormData | null = null;
  if (contentType.toLowerCase().startsWith('multipart/form-data')) {
    try {
      form = await context.request.formData();
    } catch {
      form = null;
    }
  }
  const formKey = form?.get('key');
  const apiKey = authenticate(headerKey ?? (typeof formKey === 'string' ? formKey : null));
  if (apiKey instanceof Response) return apiKey;
  const errorContext: ErrorContext = { requestId: context.requestId, livemode: apiKey.livemode };
  if (form === null) {
    return v1Error(
      400,
      { message: 'Files must be uploaded as multipart/form-data with the fields `purpose` and `file`.' },
      errorContext,
    );
  }
  const purpose = form.get('purpose');
  const file = form.get('file');
  context.record.params = describeUpload(purpose, file);
  const bytes = isFile(file) ? new Uint8Array(await file.arrayBuffer()) : null;
  const params: JsonObject = { ...describeUpload(purpose, file), digest: bytes === null ? null : fnv1aDigest(bytes) };
  return {
    apiKey,
    params,
    execute: () => {
      const upload = checkUpload(purpose, file, bytes);
      if ('problem' in upload) return v1Error(400, upload.problem, errorContext);
      return storeFile(context, upload, apiKey.livemode);
    },
  };
}

interface CheckedUpload {
  purpose: FilePurpose;
  file: File;
  size: number;
  kind: FileKind;
}

function checkUpload(
  purpose: FormDataEntryValue | null,
  file: FormDataEntryValue | null,
  bytes: Uint8Array | null,
): CheckedUpload | { problem: V1ErrorDetails } {
  const problem = (details: V1ErrorDetails): { problem: V1ErrorDetails } => ({ problem: details });
  if (purpose === null)
    return problem({ code: 'parameter_missing', param: 'purpose', message: 'Missing required param: purpose.' });
  if (!isFilePurpose(purpose)) {
    return problem({
      code: 'parameter_invalid_enum',
      param: 'purpose',
      message: `Invalid purpose: must be one of ${FILE_PURPOSES.join(', ')}`,
    });
  }
  if (!isFile(file) || bytes === null)
    return problem({ code: 'parameter_missing', param: 'file', message: 'Missing required param: file.' });
  if (bytes.length === 0)
    return problem({ code: 'file_empty', param: 'file', message: 'The file you uploaded is empty.' });
  if (bytes.length > MAX_FILE_BYTES) {
    return problem({
      code: 'file_too_large',
      param: 'file',
      message: `The file is ${bytes.length} bytes; files may be at most ${MAX_FILE_BYTES} bytes (10 MB).`,
    });
  }
  const kind = sniffFileKind(bytes.subarray(0, 8));
  if (kind === null)
    return problem({ code: 'file_type_unsupported', param: 'file', message: 'The file must be a JPEG, PNG or PDF.' });
  const expectedMime = MIME_TYPE_BY_KIND[kind];
  if (file.type.split(';')[0]?.trim().toLowerCase() !== expectedMime) {
    return problem({
      code: 'file_type_mismatch',
      param: 'file',
      message: `The file's content is ${kind.toUpperCase()} but it was sent as '${file.type || '(no type)'}'; send it as '${expectedMime}'.`,
    });
  }
  return { purpose, file, size: bytes.length, kind };
}

function storeFile(context: RouteContext, { purpose, file, size, kind }: CheckedUpload, livemode: boolean): Response {
  const id = newId.file();
  const body: JsonObject = {
    id,
    object: 'file',
    created: Math.floor(context.now().getTime() / 1000),
    expires_at: null,
    filename: file.name,
    links: null,
    purpose,
    size,
    title: null,
    type: kind,
    url: null,
  };
  const stored: StoredFile = {
    id,
    purpose,
    filename: file.name,
    mimeType: file.type,
    size,
    type: kind,
    livemode,
    body,
  };
  context.state.files.set(id, stored);
  return jsonResponse(200, body);
}

export function retrieveFile(context: RouteContext): PreparedCall | Response {
  return retrieveV1(
    context,
    (id, apiKey) => {
      const file = context.state.files.get(id);
      return file !== undefined && file.livemode === apiKey.livemode ? file.body : undefined;
    },
    { param: 'id', noun: 'file upload' },
  );
}

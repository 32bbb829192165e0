// Building Stripe-shaped responses. Every API answer is JSON; CORS and Request-Id are added by the pipeline.
import type { JsonObject, JsonValue } from './json';

export function jsonResponse(status: number, body: JsonValue, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

export type V1ErrorType = 'invalid_request_error' | 'api_error' | 'idempotency_error';

export interface V1ErrorDetails {
  type?: V1ErrorType;
  code?: string;
  param?: string;
  message: string;
}

/** Context that every error body needs: the request id makes up `request_log_url`. */
export interface ErrorContext {
  requestId: string;
  livemode: boolean;
}

export function v1ErrorBody(details: V1ErrorDetails, context: ErrorContext): JsonObject {
  const error: JsonObject = { type: details.type ?? 'invalid_request_error' };
  if (details.code !== undefined) error.code = details.code;
  if (details.param !== undefined) error.param = details.param;
  error.message = details.message;
  if (details.code !== undefined)
    error.doc_url = `https://docs.stripe.com/error-codes/${details.code.replaceAll('_', '-')}`;
  error.request_log_url = `https://dashboard.stripe.com/${context.livemode ? '' : 'test/'}logs/${context.requestId}`;
  return { error };
}

export function v1Error(
  status: number,
  details: V1ErrorDetails,
  context: ErrorContext,
  headers?: Record<string, string>,
): Response {
  return jsonResponse(status, v1ErrorBody(details, context), headers);
}

export type V2InvalidFieldCode = 'unknown' | 'invalid_type' | 'invalid_value' | 'missing';

export interface V2InvalidField {
  path: string;
  code: V2InvalidFieldCode;
  message: string;
}

export interface V2ErrorDetails {
  type?: V1ErrorType;
  code: string;
  message: string;
  invalidFields?: V2InvalidField[];
}

export function v2ErrorBody(details: V2ErrorDetails): JsonObject {
  const error: JsonObject = {
    type: details.type ?? 'invalid_request_error',
    code: details.code,
    message: details.message,
  };
  if (details.invalidFields !== undefined) {
    error.invalid_fields = details.invalidFields.map((field) => ({
      path: field.path,
      code: field.code,
      message: field.message,
    }));
  }
  return { error };
}

export function v2Error(status: number, details: V2ErrorDetails, headers?: Record<string, string>): Response {
  return jsonResponse(status, v2ErrorBody(details), headers);
}

import type { Socket } from 'node:net';
import { ApiError, ERROR_STATUS, type ErrorCode } from '@placard/contract';

const REASONS: Partial<Record<number, string>> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

const ANSWERS: Record<string, [ErrorCode, string]> = {
  HPE_HEADER_OVERFLOW: ['headers_too_large', 'Send at most 16 KB of address and headers.'],
  ERR_HTTP_REQUEST_TIMEOUT: ['request_timeout', 'The request took too long to arrive.'],
};

/**
 * Node's HTTP parser refuses some requests before any route sees them (a URL
 * and headers over 16 KB, bytes that are not HTTP, a head that never
 * finishes) and answers with a bare status line. This answers them in the
 * contract's envelope instead, so that every error a client can provoke
 * reads the same. A connection the client already dropped gets nothing.
 */
export function answerUnreadableRequest(error: Error & { code?: string; rawPacket?: Buffer }, socket: Socket): void {
  const inProgress = Reflect.get(socket, '_httpMessage') as { headersSent?: boolean } | null | undefined;
  if (error.code === 'ECONNRESET' || !socket.writable || inProgress?.headersSent) {
    socket.destroy();
    return;
  }
  const [code, message] = ANSWERS[error.code ?? ''] ?? ['bad_request', 'The request is not valid HTTP.'];
  const status = ERROR_STATUS[code];
  const body = JSON.stringify(new ApiError(code, message).toJSON());
  // An answer to HEAD has no body, even this one: the client would read it as a next answer.
  const head = error.rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status] ?? 'Error'}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${head ? '' : body}`,
  );
}

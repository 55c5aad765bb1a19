/**
 * HTTP error types thrown by handlers and turned into responses by the router.
 */

export const STATUS_TEXT = Object.freeze({
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
});

export class HttpError extends Error {
  /**
   * @param {number} status HTTP status code
   * @param {string} [message] human readable message
   * @param {object} [details] extra data serialised into the body
   */
  constructor(status, message = STATUS_TEXT[status] ?? 'Error', details = undefined) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.details = details;
    this.expose = status < 500;
  }

  toJSON() {
    const body = { error: this.expose ? this.message : STATUS_TEXT[500], status: this.status };
    if (this.expose && this.details !== undefined) {
      body.details = this.details;
    }
    return body;
  }
}

export class NotFoundError extends HttpError {
  constructor(path) {
    super(404, `No route matches ${path}`);
    this.name = 'NotFoundError';
  }
}

export class MethodNotAllowedError extends HttpError {
  constructor(method, allowed = []) {
    super(405, `${method} is not allowed`, { allowed });
    this.name = 'MethodNotAllowedError';
    this.allowed = allowed;
  }
}

export const isHttpError = (err) => err instanceof HttpError || Number.isInteger(err?.status);

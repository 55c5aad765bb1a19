import { STATUS_TEXT } from './errors.js';

/**
 * Chainable response helper: res.status(201).set('X-Id', id).json({ ok: true }).
 */
export class Response {
  constructor(raw) {
    this.raw = raw;
    this.statusCode = 200;
    this.headers = new Map([['x-powered-by', 'tiny-router']]);
    this.sent = false;
  }

  status(code) {
    if (!Number.isInteger(code) || code < 100 || code > 599) {
      throw new RangeError(`invalid status code: ${code}`);
    }
    this.statusCode = code;
    return this;
  }

  set(name, value) {
    this.headers.set(name.toLowerCase(), String(value));
    return this;
  }

  send(body = '') {
    if (this.sent) throw new Error('response already sent');
    const payload = Buffer.isBuffer(body) ? body : Buffer.from(String(body), 'utf8');
    if (!this.headers.has('content-type')) {
      this.set('content-type', 'text/plain; charset=utf-8');
    }
    this.set('content-length', payload.length);
    this.raw.writeHead(this.statusCode, Object.fromEntries(this.headers));
    this.raw.end(payload);
    this.sent = true;
    return this;
  }

  json(data, space = 0) {
    return this.set('content-type', 'application/json; charset=utf-8').send(JSON.stringify(data, null, space));
  }

  html(markup) {
    return this.set('content-type', 'text/html; charset=utf-8').send(markup);
  }

  redirect(location, code = 302) {
    return this.status(code).set('location', location).send(`Redirecting to ${location}`);
  }

  sendStatus(code) {
    return this.status(code).send(STATUS_TEXT[code] ?? String(code));
  }

  /** @param {{maxAge?: number, httpOnly?: boolean, path?: string}} options */
  cookie(name, value, { maxAge, httpOnly = true, path = '/' } = {}) {
    const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${path}`];
    if (maxAge !== undefined) parts.push(`Max-Age=${Math.floor(maxAge)}`);
    if (httpOnly) parts.push('HttpOnly');
    return this.set('set-cookie', parts.join('; '));
  }
}

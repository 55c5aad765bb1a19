import { parseQuery } from './utils/query.mjs';

/**
 * A thin wrapper around Node's IncomingMessage with parsed URL parts.
 */
export class Request {
  constructor(raw, { trustProxy = false } = {}) {
    const { method = 'GET', url = '/', headers = {} } = raw;
    const [pathname, search = ''] = url.split('?', 2);

    this.raw = raw;
    this.method = method.toUpperCase();
    this.url = url;
    this.path = pathname.replace(/\/{2,}/g, '/') || '/';
    this.query = parseQuery(search);
    this.headers = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    this.params = {};
    this.body = undefined;
    this.state = new Map();
    this.trustProxy = trustProxy;
  }

  get(name) {
    return this.headers[name.toLowerCase()];
  }

  get ip() {
    const forwarded = this.trustProxy ? this.get('x-forwarded-for') : undefined;
    if (forwarded) {
      return forwarded.split(',')[0].trim();
    }
    return this.raw.socket?.remoteAddress ?? '0.0.0.0';
  }

  get contentType() {
    const header = this.get('content-type') ?? '';
    return header.split(';')[0].trim().toLowerCase();
  }

  is(...types) {
    const type = this.contentType;
    return types.some((t) => (t.includes('/') ? t === type : type.endsWith(`/${t}`)));
  }

  accepts(type) {
    const accept = this.get('accept') ?? '*/*';
    return accept === '*/*' || accept.split(',').some((part) => part.trim().startsWith(type));
  }

  async *chunks() {
    for await (const chunk of this.raw) {
      yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    }
  }
}

import { HttpError } from '../errors.js';
import { parseQuery } from '../utils/query.mjs';

const KB = 1024;

const parsers = {
  'application/json': (text) => {
    try {
      return text.length ? JSON.parse(text) : {};
    } catch (err) {
      throw new HttpError(400, 'Malformed JSON body', { reason: err.message });
    }
  },
  'application/x-www-form-urlencoded': (text) => parseQuery(text),
  'text/plain': (text) => text,
};

async function readBody(req, limit) {
  const chunks = [];
  let received = 0;
  for await (const chunk of req.chunks()) {
    received += chunk.length;
    if (received > limit) {
      throw new HttpError(413, `Body exceeds ${Math.round(limit / KB)} KB`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Parses JSON, urlencoded and plain text bodies into req.body.
 * @param {{limit?: number, strict?: boolean}} options
 */
export function bodyParser({ limit = 100 * KB, strict = false } = {}) {
  return async (req, res, next) => {
    if (['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(req.method)) {
      return next();
    }
    const parse = parsers[req.contentType];
    if (!parse) {
      if (strict) throw new HttpError(415, `Cannot parse ${req.contentType || 'unknown type'}`);
      return next();
    }
    req.body = parse(await readBody(req, limit));
    await next();
  };
}

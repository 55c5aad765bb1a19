/**
 * Request logger middleware. Formats: 'tiny' | 'dev' | custom function(info) => string.
 */

const COLORS = { 2: 32, 3: 36, 4: 33, 5: 31 };

const colorize = (status, text) => `\x1b[${COLORS[Math.floor(status / 100)] ?? 0}m${text}\x1b[0m`;

const formats = {
  tiny: ({ method, path, status, ms }) => `${method} ${path} ${status} - ${ms.toFixed(1)} ms`,
  dev: ({ method, path, status, ms, size }) =>
    `${method.padEnd(6)} ${colorize(status, status)} ${path} ${ms.toFixed(1)}ms ${size ?? '-'}b`,
};

export function logger(format = 'tiny', { stream = process.stdout, skip = () => false } = {}) {
  const render = typeof format === 'function' ? format : formats[format];
  if (!render) {
    throw new Error(`unknown log format "${format}", expected one of: ${Object.keys(formats).join(', ')}`);
  }

  return async function logRequest(req, res, next) {
    const start = process.hrtime.bigint();
    try {
      await next();
    } finally {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const info = {
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms,
        size: res.headers.get('content-length'),
      };
      if (!skip(req, res)) {
        stream.write(render(info) + '\n');
      }
    }
  };
}

export const silent = () => logger('tiny', { skip: () => true });

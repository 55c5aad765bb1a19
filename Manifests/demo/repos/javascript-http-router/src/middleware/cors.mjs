/**
 * CORS middleware. `origin` may be '*', a string, an array of strings, a RegExp or a predicate.
 */

const DEFAULTS = {
  origin: '*',
  methods: ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE'],
  allowedHeaders: ['content-type', 'authorization'],
  credentials: false,
  maxAge: 600,
};

function resolveOrigin(option, requestOrigin) {
  switch (true) {
    case option === '*':
      return '*';
    case typeof option === 'string':
      return option;
    case Array.isArray(option):
      return option.includes(requestOrigin) ? requestOrigin : false;
    case option instanceof RegExp:
      return option.test(requestOrigin ?? '') ? requestOrigin : false;
    case typeof option === 'function':
      return option(requestOrigin) ? requestOrigin : false;
    default:
      return false;
  }
}

export default function cors(options = {}) {
  const config = { ...DEFAULTS, ...options };
  const { methods, allowedHeaders, credentials, maxAge } = config;

  return (req, res, next) => {
    const origin = resolveOrigin(config.origin, req.get('origin'));
    if (origin === false) return next();

    res.set('access-control-allow-origin', origin);
    if (origin !== '*') res.set('vary', 'Origin');
    if (credentials) res.set('access-control-allow-credentials', 'true');

    if (req.method === 'OPTIONS' && req.get('access-control-request-method')) {
      res
        .set('access-control-allow-methods', methods.join(','))
        .set('access-control-allow-headers', allowedHeaders.join(','))
        .set('access-control-max-age', maxAge);
      return res.status(204).send();
    }
    return next();
  };
}

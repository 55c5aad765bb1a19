/** @jsx h */
/**
 * Server-rendered status pages written with JSX and a tiny `h` string renderer.
 */
import { STATUS_TEXT } from '../errors.js';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (value) => String(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);

export function h(tag, props, ...children) {
  if (typeof tag === 'function') return tag({ ...props, children });
  const attrs = Object.entries(props ?? {})
    .filter(([, v]) => v !== false && v != null)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k === 'className' ? 'class' : k}="${escape(v)}"`))
    .join('');
  const inner = children.flat(Infinity).map((c) => (c?.__html ? c.__html : escape(c ?? ''))).join('');
  return { __html: `<${tag}${attrs}>${inner}</${tag}>` };
}

const Layout = ({ title, children }) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <title>{title}</title>
    </head>
    <body className="status-page">{children}</body>
  </html>
);

export const StatusPage = ({ status, message, routes = [] }) => (
  <Layout title={`${status} ${STATUS_TEXT[status] ?? ''}`}>
    <h1 className={status >= 500 ? 'error' : 'warning'}>{status}</h1>
    <p>{message}</p>
    {routes.length > 0 && (
      <ul>
        {routes.map((route) => (
          <li key={route.pattern}>
            <code>{route.method}</code> {route.pattern}
          </li>
        ))}
      </ul>
    )}
  </Layout>
);

export function renderStatusPage(props) {
  return '<!doctype html>' + StatusPage(props).__html;
}

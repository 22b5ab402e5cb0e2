// Local HTTP server for the Certif Pro reconstruction (127.0.0.1 only, no network access).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { DIST, ensureBuilt, RECONSTRUCTION, ROOT } from './platform-build.mjs';

export const BASE = '/webapp/rncp/';

const MOUNTS = [
  [`${BASE}static/dsfr/`, path.join(ROOT, 'node_modules/@gouvfr/dsfr/dist')],
  [`${BASE}static/quill/`, path.join(ROOT, 'node_modules/quill/dist')],
  [`${BASE}static/app/`, path.join(RECONSTRUCTION, 'styles')],
  [`${BASE}assets/`, DIST],
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Resolves a URL path to a file inside one of the mounted folders, or null. */
function staticFile(urlPath) {
  if (urlPath === '/favicon.ico')
    return path.join(ROOT, 'node_modules/@gouvfr/dsfr/dist/favicon/favicon.ico');
  for (const [prefix, dir] of MOUNTS) {
    if (!urlPath.startsWith(prefix)) continue;
    const file = path.resolve(dir, `.${decodeURIComponent(urlPath.slice(prefix.length - 1))}`);
    return file.startsWith(`${dir}${path.sep}`) ? file : null;
  }
  return null;
}

function send(res, status, type, body, method) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(method === 'HEAD' ? undefined : body);
}

function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return send(res, 405, 'text/plain', 'Méthode non autorisée');
  if (url.pathname === '/' || url.pathname === '/webapp/rncp') {
    res.writeHead(302, { Location: BASE });
    return res.end();
  }
  const isAsset =
    MOUNTS.some(([prefix]) => url.pathname.startsWith(prefix)) || url.pathname === '/favicon.ico';
  if (isAsset) {
    const file = staticFile(url.pathname);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return send(res, 404, 'text/plain; charset=utf-8', 'Fichier introuvable', req.method);
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    return send(res, 200, type, fs.readFileSync(file), req.method);
  }
  // Every application path gets the single-page shell; the client router renders the page.
  const status = url.pathname.startsWith(BASE) ? 200 : 404;
  const shell = fs.readFileSync(path.join(RECONSTRUCTION, 'index.html'));
  return send(res, status, TYPES['.html'], shell, req.method);
}

/**
 * Starts the reconstruction on 127.0.0.1. `port: 0` picks a free port.
 * `build: 'auto'` (default) rebuilds only when sources changed; `false` never builds.
 */
export async function startPlatform({ port = 4173, build = 'auto', log = () => {} } = {}) {
  if (build) await ensureBuilt({ force: build === 'force', log });
  const server = http.createServer(handle);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}${BASE}`;
  const close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url, close, server };
}

import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const HERE = fileURLToPath(new URL('.', import.meta.url));
// Excalidraw loads its hand-drawn fonts by URL at run time; they are served
// from the installed package so the board works offline.
const FONTS = join(HERE, '../../node_modules/@excalidraw/excalidraw/dist/prod');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface ServedBoard {
  url: string;
  close(): Promise<void>;
}

/** Builds the one-page Excalidraw app with Vite and serves it on 127.0.0.1. */
export async function serveBoard(): Promise<ServedBoard> {
  const outDir = mkdtempSync(join(tmpdir(), 'sidecue-board-'));
  await build({
    root: HERE,
    configFile: false,
    // Rollup's notes about annotations in dependencies are noise here; errors still show.
    logLevel: 'error',
    plugins: [react()],
    define: { 'process.env.IS_PREACT': JSON.stringify('false') },
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 100_000 },
  });
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const candidates = path === '/' ? [join(outDir, 'index.html')] : [join(outDir, path), join(FONTS, path)];
    const file = candidates.find((candidate) => isFile(candidate) && !path.includes('..'));
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

function isFile(path: string) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

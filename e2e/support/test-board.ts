/**
 * A whiteboard the journeys paste into, built from a folder of its own under
 * e2e/ (e2e/excalidraw-board/ is one): index.html and main.tsx, with a
 * package.json and package-lock.json of its own, so the board's framework and
 * its React never enter Sidecue's dependency tree. The folder's packages are
 * installed (npm ci) by the e2e global setup, outside any test's time limit,
 * and again whenever its lockfile is newer than the install; then Vite builds the page
 * and a small server serves it on 127.0.0.1. Nothing leaves the machine.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { ROOT } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface TestBoardOptions {
  /** Folders (relative to the board's folder) served after the built page: files the board fetches by URL at run time. */
  assetDirs?: string[];
  /** Vite `define` entries the board's packages expect. */
  define?: Record<string, string>;
}

export interface ServedBoard {
  url: string;
  close(): Promise<void>;
}

/** Runs `npm ci` in the board's folder when its packages are missing or older than its lockfile. */
export function installBoard(boardDir: string) {
  // npm writes this copy of the lockfile into node_modules on every install.
  const installed = join(boardDir, 'node_modules', '.package-lock.json');
  const lockfile = join(boardDir, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lockfile).mtimeMs) return;
  console.log(`Installing the test board's packages in ${boardDir} (npm ci)…`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: boardDir, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Installs every test board's packages that need it: the folders e2e/*-board/ with a package.json. */
export function installTestBoards() {
  const e2eDir = join(ROOT, 'e2e');
  for (const entry of readdirSync(e2eDir)) {
    const boardDir = join(e2eDir, entry);
    if (entry.endsWith('-board') && existsSync(join(boardDir, 'package.json'))) installBoard(boardDir);
  }
}

/** Installs the board's packages if needed (a no-op after the global setup), builds its page with Vite and serves it on 127.0.0.1. */
export async function serveTestBoard(boardDir: string, { assetDirs = [], define = {} }: TestBoardOptions = {}): Promise<ServedBoard> {
  installBoard(boardDir);
  const outDir = mkdtempSync(join(tmpdir(), 'sidecue-board-'));
  // Vite resolves the page's imports (React included) from the board's own node_modules.
  await build({
    root: boardDir,
    configFile: false,
    // Rollup's notes about annotations in dependencies are noise here; errors still show.
    logLevel: 'error',
    plugins: [react()],
    define,
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 100_000 },
  });
  const roots = [outDir, ...assetDirs.map((dir) => join(boardDir, dir))];
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const candidates = path === '/' ? [join(outDir, 'index.html')] : roots.map((root) => join(root, path));
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

/**
 * The panel's JavaScript, read from the build: the scripts sidepanel.html
 * loads and everything they import statically is what the first screen pays
 * for; chunks reached only through dynamic import() (the lazy sections) load
 * when first opened. Sizes raw and gzipped (level 9, as a server would).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Chunk {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleResult {
  firstLoad: Chunk[];
  /** Fetched with the page (a modulepreload link) but run only when needed: the shipped deck. */
  preloaded: Chunk[];
  lazy: Chunk[];
  firstLoadRaw: number;
  firstLoadGzip: number;
  lazyRaw: number;
  lazyGzip: number;
}

/** Target for what the first screen loads and runs (issue #14). */
export const FIRST_LOAD_GZIP_BUDGET = 100 * 1024;

const STATIC = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;
const DYNAMIC = /\bimport\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g;

function links(file: string, pattern: RegExp, extensionDir: string): string[] {
  const source = readFileSync(join(extensionDir, file), 'utf8');
  return [...source.matchAll(pattern)].map((match) => relative(extensionDir, normalize(join(extensionDir, dirname(file), match[1]!))));
}

function closure(roots: string[], extensionDir: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    links(file, STATIC, extensionDir).forEach(visit);
  };
  roots.forEach(visit);
  return seen;
}

function size(file: string, extensionDir: string): Chunk {
  const bytes = readFileSync(join(extensionDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function benchBundle(extensionDir: string, page = 'sidepanel.html'): BundleResult {
  const html = readFileSync(join(extensionDir, page), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*\bsrc="\/?([^"]+\.js)"/g)].map((match) => match[1]!);
  const first = closure(entries, extensionDir);
  const preloads = [...html.matchAll(/<link[^>]*\brel="modulepreload"[^>]*\bhref="\/?([^"]+\.js)"/g)].map((match) => match[1]!);
  const preloadedOnly = preloads.filter((file) => !first.has(file));
  const lazyRoots = [...first].flatMap((file) => links(file, DYNAMIC, extensionDir));
  const reachable = closure(lazyRoots, extensionDir);
  // A lazy chunk's own dynamic imports are lazy too.
  for (let grew = true; grew; ) {
    grew = false;
    for (const file of [...reachable]) {
      for (const next of links(file, DYNAMIC, extensionDir)) {
        if (!reachable.has(next)) {
          closure([next], extensionDir).forEach((f) => reachable.add(f));
          grew = true;
        }
      }
    }
  }
  const firstLoad = [...first].map((file) => size(file, extensionDir));
  const preloaded = preloadedOnly.map((file) => size(file, extensionDir));
  const lazy = [...reachable].filter((file) => !first.has(file) && !preloadedOnly.includes(file)).map((file) => size(file, extensionDir));
  const sum = (chunks: Chunk[], key: 'raw' | 'gzip') => chunks.reduce((total, chunk) => total + chunk[key], 0);
  return {
    firstLoad,
    preloaded,
    lazy,
    firstLoadRaw: sum(firstLoad, 'raw'),
    firstLoadGzip: sum(firstLoad, 'gzip'),
    lazyRaw: sum(lazy, 'raw'),
    lazyGzip: sum(lazy, 'gzip'),
  };
}

import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROME_UNDER_TEST = join(ROOT, '.output/e2e-chrome');
export const SCREENSHOTS = join(ROOT, '.output/screenshots');

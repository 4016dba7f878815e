/**
 * Figures as they are said aloud in the deck: "460", "1.4 k", "2 M", "$12,800",
 * "$1.2 M", "144 GB". Three significant figures at most; a back-of-envelope
 * number that claims more precision than its inputs misleads.
 */
const round3 = (value: number) => Number(value.toPrecision(3));

const grouped = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

export function formatCount(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${grouped(round3(value / 1e9), 2)} B`;
  if (abs >= 1e6) return `${grouped(round3(value / 1e6), 2)} M`;
  if (abs >= 1e4) return `${grouped(round3(value / 1e3), 1)} k`;
  if (abs >= 100) return grouped(round3(value));
  return grouped(round3(value), 2);
}

export function formatMoney(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs >= 1e9) return `${sign}$${grouped(round3(abs / 1e9), 2)} B`;
  if (abs >= 1e6) return `${sign}$${grouped(round3(abs / 1e6), 2)} M`;
  if (abs >= 100) return `${sign}$${grouped(round3(abs))}`;
  return `${sign}$${grouped(round3(abs), 2)}`;
}

const BYTE_UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'];

/** Decimal units (1 GB = 1,000,000,000 bytes), as cloud bills count them. */
export function formatBytes(bytes: number): string {
  let unit = 0;
  let value = bytes;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${grouped(round3(value), 2)} ${BYTE_UNITS[unit]}`;
}

export function formatMs(value: number): string {
  return `${grouped(round3(value), 1)} ms`;
}

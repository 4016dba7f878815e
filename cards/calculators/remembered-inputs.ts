import { storage } from '@wxt-dev/storage';
import { calculatorInputsKey as keyOf } from '../storage/storage-keys';
import { z } from '../zod-setup';

/**
 * What the user typed into a calculator, kept on this device so the figures
 * they worked out are still there when the panel opens again. Inputs are kept
 * as typed (strings, and lists of rows of strings), one storage key per
 * calculator so two calculators saving at once never overwrite each other.
 */
export type CalculatorInputs = Record<string, string | Record<string, string>[]>;

const TEXT_MAX = 1_000;
const storedInputsSchema = z.record(z.string(), z.unknown());
const storedFieldSchema = z.union([
  z.string().check(z.maxLength(TEXT_MAX)),
  z.array(z.record(z.string(), z.string().check(z.maxLength(TEXT_MAX)))).check(z.maxLength(50)),
]);

/**
 * The stored inputs laid over `defaults`, field by field; a field stored in
 * the wrong shape (or not at all) keeps its default. Undefined when nothing
 * usable is stored.
 */
export function rememberedInputs<T extends CalculatorInputs>(stored: unknown, defaults: T): T | undefined {
  const parsed = storedInputsSchema.safeParse(stored);
  if (!parsed.success) return undefined;
  const merged: CalculatorInputs = { ...defaults };
  let any = false;
  for (const [name, fallback] of Object.entries(defaults)) {
    const value = storedFieldSchema.safeParse(parsed.data[name]);
    if (!value.success || Array.isArray(value.data) !== Array.isArray(fallback)) continue;
    merged[name] = value.data;
    any = true;
  }
  return any ? (merged as T) : undefined;
}

export async function loadInputs<T extends CalculatorInputs>(calculatorId: string, defaults: T): Promise<T | undefined> {
  return rememberedInputs(await storage.getItem(keyOf(calculatorId)), defaults);
}

export async function saveInputs(calculatorId: string, inputs: CalculatorInputs): Promise<void> {
  await storage.setItem(keyOf(calculatorId), inputs);
}

/** Back to the guide's figures: forgets what was typed. */
export async function forgetInputs(calculatorId: string): Promise<void> {
  await storage.removeItem(keyOf(calculatorId));
}

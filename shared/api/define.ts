// Helpers to declare contract methods: an input and an output zod schema per method.
import type { z } from "zod";
import "../model/zod-locale";

/** A contract method: what the renderer sends and what it gets back. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  /** One line for people reading the contract. */
  readonly doc: string;
}

/** Declares one contract method (keeps the literal types of the schemas). */
export function method<I extends z.ZodType, O extends z.ZodType>(doc: string, input: I, output: O): MethodSpec<I, O> {
  return { input, output, doc };
}

import type { z } from 'zod';
import type { Permission } from '../permissions';

/** A phantom marker carrying the output type of a method; it holds no value at run time. */
export interface OutputType<T> {
  readonly __output?: T;
}

export function output<T>(): OutputType<T> {
  return {};
}

/**
 * `public` methods work before anyone has signed in (the sign-in screen needs them); every other
 * method names the permission the caller's role must hold (see `permissions.ts`).
 */
export type Access = 'public' | Permission;

export interface MethodDefinition<
  TInput extends z.ZodType = z.ZodType,
  TOutput = unknown,
  TAccess extends Access = Access,
> {
  input: TInput;
  output: OutputType<TOutput>;
  /** Kept as a literal type: main hands public methods a different call context. */
  access: TAccess;
}

export function method<TInput extends z.ZodType, TOutput, const TAccess extends Access>(
  definition: MethodDefinition<TInput, TOutput, TAccess>,
): MethodDefinition<TInput, TOutput, TAccess> {
  return definition;
}

/**
 * Plain JSON as it crosses IPC and the web host alike. Electron's structured clone would carry a
 * `Date`, a `Map` or bytes, but the web host's JSON would turn them into strings or `{}`: the two
 * transports must not disagree, so outputs and event payloads may only be JSON.
 */
export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };

/**
 * `T` itself when every part of it is plain JSON, otherwise a type naming the offending part, so
 * that `method({ output: output<Date>() })` fails to compile with a readable message.
 */
export type JsonSafe<T> = [T] extends [JsonValue]
  ? T
  : T extends undefined
    ? T // optional properties; JSON.stringify drops them, structured clone keeps them absent too
    : T extends null
      ? T // `Interface | null`: the union is checked member by member
      : T extends (...args: never[]) => unknown
        ? { __notJson: 'a function' }
        : T extends Date
          ? { __notJson: 'a Date: send an ISO-8601 string' }
          : T extends Map<unknown, unknown> | Set<unknown>
            ? { __notJson: 'a Map or Set: send an array or a plain object' }
            : T extends ArrayBufferLike | ArrayBufferView
              ? { __notJson: 'bytes: write a file in main and send its path' }
              : T extends readonly (infer Item)[]
                ? readonly JsonSafe<Item>[] extends T
                  ? T
                  : JsonSafe<Item>[]
                : T extends object
                  ? { [K in keyof T]: JsonSafe<T[K]> }
                  : { __notJson: 'a value JSON cannot carry' };

/** True when `T` is plain JSON (used by the compile-time checks of the contract). */
export type IsJsonSafe<T> = [T] extends [JsonSafe<T>] ? true : false;

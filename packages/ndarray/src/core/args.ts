/** The one argument convention of every public Stride function: NumPy's positional parameters and a trailing options object, both validated at run time. */
import { ARRAY_KEY, type ArrayProtocol, DTYPES, type DType, ERROR_MARKER } from '@stride/protocol';
import { ValueError } from '../errors.js';

/**
 * The dtypes whose elements read back as JS numbers or booleans (everything but int64, uint64 and
 * complex). Reductions of these give JS numbers: see "Integers" in the migration table.
 */
export type OrdinaryDType = 'bool' | 'int8' | 'uint8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'float32' | 'float64';

/** The numeric (non-bool) {@link OrdinaryDType}s. */
export type NumericDType = Exclude<OrdinaryDType, 'bool'>;

/** Nested JS arrays of numbers (what `array()` makes an int32 or float64 array of). */
export type NestedNumbers = number | readonly NestedNumbers[];

/** Nested JS arrays of booleans (what `array()` makes a bool array of). */
export type NestedBooleans = boolean | readonly NestedBooleans[];

/** Nested JS arrays of numbers or booleans. */
export type NestedReals = number | boolean | readonly NestedReals[];

/** TypedArrays whose elements are JS numbers. */
export type NumberTypedArray =
  | Float64Array
  | Float32Array
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array;

/**
 * Inputs whose elements are JS numbers or booleans (no bigint, no complex): `sum`, `mean`, `max`,
 * ... of these are typed `number`, so `const t: number = sum(a)` needs no cast.
 */
export type RealInput = NestedReals | NumberTypedArray | ArrayOf<OrdinaryDType>;

/**
 * An array (NDArray or any protocol object) known to hold one of the dtypes `D`: `NDArray<'int32'>`
 * is one. Structural, so that function signatures can name it without naming NDArray's methods.
 */
export interface ArrayOf<D extends DType> extends ArrayProtocol {
  readonly dtype: D;
  readonly shape: readonly number[];
}

/** As {@link RealInput} without booleans: `max`/`min` of these are `number`. */
export type NumberInput = NestedNumbers | NumberTypedArray | ArrayOf<NumericDType>;

/**
 * A wrong argument type, an unknown option, or a parameter in the wrong place. A `TypeError`
 * (so `e instanceof TypeError` holds) that carries the `Symbol.for('stride.error')` marker.
 *
 * @example
 * ```ts
 * try { sum([1, 2], { axes: 0 }); } catch (e) { e instanceof TypeError; } // true
 * ```
 */
export class ArgumentError extends TypeError {
  readonly [ERROR_MARKER] = true;
  constructor(message: string) {
    super(message);
    this.name = 'TypeError';
  }
}

/** Short description of a value for error messages: `'0' (string)`, `NDArray float64 [2, 3]`. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return `${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)} (string)`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${String(v)} (${typeof v})`;
  if (typeof v === 'bigint') return `${v}n (bigint)`;
  if (typeof v === 'function') return `a function${v.name ? ` ${v.name}` : ''}`;
  if (typeof v === 'symbol') return String(v);
  if (typeof v === 'object') {
    const o = v as Record<PropertyKey, unknown>;
    if (typeof o[ARRAY_KEY] === 'function') {
      const shape = (o as { shape?: unknown }).shape;
      const dtype = (o as { dtype?: unknown }).dtype;
      const name = (v as object).constructor?.name ?? 'array';
      return `${name}${typeof dtype === 'string' ? ` ${dtype}` : ''}${Array.isArray(shape) ? ` [${shape.join(', ')}]` : ''}`;
    }
    if (Array.isArray(v)) return `an array of length ${v.length}`;
    if (ArrayBuffer.isView(v)) return `a ${(v as object).constructor.name}`;
    if (isPlainObject(v)) {
      const keys = Object.keys(v);
      return `an object {${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}}`;
    }
    return `a ${(v as object).constructor?.name ?? 'object'}`;
  }
  return typeof v;
}

/** True for `{...}` literals and `Object.create(null)` objects: the only values read as an options object. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

/** `fn: name must be <expected>, got <value>` as an {@link ArgumentError}. */
export function argumentError(fn: string, name: string, expected: string, got: unknown): ArgumentError {
  return new ArgumentError(`${fn}: ${name} must be ${expected}, got ${describeValue(got)}`);
}

/**
 * Validates (and may normalise) one parameter. Throws an {@link ArgumentError} naming `fn` and
 * `name` when the value has the wrong type; returns the value to use otherwise.
 */
export type Check<T = unknown> = (value: unknown, fn: string, name: string) => T;

/** A check from a predicate and the phrase that describes what it accepts. */
export function rule<T>(expected: string, test: (v: unknown) => boolean, convert?: (v: unknown) => T): Check<T> {
  const check = (v: unknown, fn: string, name: string): T => {
    if (!test(v)) throw argumentError(fn, name, expected, v);
    return convert ? convert(v) : (v as T);
  };
  Object.defineProperty(check, 'expected', { value: expected });
  return check;
}

function expectedOf(c: Check): string {
  return (c as unknown as { expected?: string }).expected ?? 'valid';
}

const isInt = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v);
const isIntArray = (v: unknown): boolean => Array.isArray(v) && v.every(isInt);

/**
 * NumPy's dtype spellings accepted wherever a dtype is: Stride's names plus `'float'`, `'f8'`,
 * `'int'`, `'i4'`, `'complex'`, `'c16'`, `'bool_'`, `'double'`, ... (`'int'` is int32 here, the
 * default integer dtype; NumPy's is int64 on Linux).
 */
const DTYPE_ALIASES: Record<string, DType> = {
  bool_: 'bool',
  '?': 'bool',
  b1: 'bool',
  i1: 'int8',
  byte: 'int8',
  u1: 'uint8',
  ubyte: 'uint8',
  i2: 'int16',
  short: 'int16',
  u2: 'uint16',
  ushort: 'uint16',
  i4: 'int32',
  int: 'int32',
  intc: 'int32',
  u4: 'uint32',
  uint: 'uint32',
  uintc: 'uint32',
  i8: 'int64',
  long: 'int64',
  longlong: 'int64',
  intp: 'int64',
  int_: 'int64',
  u8: 'uint64',
  ulong: 'uint64',
  ulonglong: 'uint64',
  uintp: 'uint64',
  f4: 'float32',
  single: 'float32',
  float: 'float64',
  f8: 'float64',
  double: 'float64',
  float_: 'float64',
  c8: 'complex64',
  csingle: 'complex64',
  complex: 'complex128',
  c16: 'complex128',
  cdouble: 'complex128',
  complex_: 'complex128',
};

/**
 * The canonical dtype for a name or NumPy alias (`'f8'` → `'float64'`), or `undefined` when the
 * name is unknown. Byte-order prefixes `<`, `=`, `|` are accepted; `>` (big-endian) is not.
 */
export function resolveDType(name: unknown): DType | undefined {
  if (typeof name !== 'string') return undefined;
  if (Object.hasOwn(DTYPES, name)) return name as DType;
  const n = name.length > 1 && (name[0] === '<' || name[0] === '=' || name[0] === '|') ? name.slice(1) : name;
  if (Object.hasOwn(DTYPES, n)) return n as DType;
  return Object.hasOwn(DTYPE_ALIASES, n) ? DTYPE_ALIASES[n] : undefined;
}

/** The building blocks of signatures: one check per kind of parameter. */
export const is = {
  /** Anything (the function body checks it). */
  any: ((v: unknown) => v) as Check<unknown>,
  boolean: rule<boolean>('a boolean', (v) => typeof v === 'boolean'),
  number: rule<number>('a number', (v) => typeof v === 'number'),
  finite: rule<number>('a finite number', (v) => typeof v === 'number' && Number.isFinite(v)),
  int: rule<number>('an integer', isInt),
  nonNegInt: rule<number>('a non-negative integer', (v) => isInt(v) && (v as number) >= 0),
  positiveInt: rule<number>('a positive integer', (v) => isInt(v) && (v as number) > 0),
  string: rule<string>('a string', (v) => typeof v === 'string'),
  func: rule<(...a: never[]) => unknown>('a function', (v) => typeof v === 'function'),
  /** One axis, several, or `null` for all axes. */
  axis: rule<number | number[] | null>(
    'an integer, an array of integers or null',
    (v) => v === null || isInt(v) || isIntArray(v),
  ),
  /** Exactly one axis. */
  axisInt: rule<number>('an integer axis', isInt),
  /** A shape: a non-negative integer or an array of them. */
  shape: rule<number | number[]>(
    'a non-negative integer or an array of non-negative integers',
    (v) => (isInt(v) && (v as number) >= 0) || (isIntArray(v) && (v as number[]).every((d) => d >= 0)),
  ),
  /** A dtype name or NumPy alias, normalised to Stride's name. */
  dtype: rule<DType>(
    'a dtype name such as "float64", "int32" or "f8"',
    (v) => resolveDType(v) !== undefined,
    resolveDType as (v: unknown) => DType,
  ),
  /** An array of the protocol (NDArray included). */
  protocolArray: rule<object>(
    'an array (an object with Symbol.for("stride.array"))',
    (v) => typeof v === 'object' && v !== null && typeof (v as Record<PropertyKey, unknown>)[ARRAY_KEY] === 'function',
  ),
  /** Anything `asarray` may take: protocol object, TypedArray, nested array, number, bigint, boolean, `{re, im}`. */
  arrayLike: rule<unknown>(
    'an array, a TypedArray, a nested array or a scalar',
    (v) =>
      typeof v === 'number' ||
      typeof v === 'bigint' ||
      typeof v === 'boolean' ||
      Array.isArray(v) ||
      ArrayBuffer.isView(v) ||
      (typeof v === 'object' &&
        v !== null &&
        (typeof (v as Record<PropertyKey, unknown>)[ARRAY_KEY] === 'function' || isComplexScalar(v))),
  ),
  /** One of the listed strings. */
  oneOf<const S extends string>(...values: S[]): Check<S> {
    return rule<S>(
      `one of ${values.map((s) => JSON.stringify(s)).join(', ')}`,
      (v) => typeof v === 'string' && (values as string[]).includes(v),
    );
  },
  /**
   * One of the listed strings, where any other string is a wrong *value* (NumPy's ValueError, as
   * `sort(a, { kind: 'bogo' })`) and a non-string a wrong *type* (an {@link ArgumentError}).
   */
  choice<const S extends string>(...values: S[]): Check<S> {
    const expected = `one of ${values.map((s) => JSON.stringify(s)).join(', ')}`;
    const check = (v: unknown, fn: string, name: string): S => {
      if (typeof v !== 'string') throw argumentError(fn, name, expected, v);
      if (!(values as string[]).includes(v))
        throw new ValueError(`${fn}: ${name} must be ${expected}, got ${describeValue(v)}`);
      return v as S;
    };
    Object.defineProperty(check, 'expected', { value: expected });
    return check;
  },
  /** A number in [lo, hi]. */
  between(lo: number, hi: number): Check<number> {
    return rule<number>(`a number in [${lo}, ${hi}]`, (v) => typeof v === 'number' && v >= lo && v <= hi);
  },
  /** `null` allowed besides what `c` accepts. */
  nullable<T>(c: Check<T>): Check<T | null> {
    const e = `${expectedOf(c)} or null`;
    return rule<T | null>(
      e,
      (v) => v === null || accepts(c, v),
      (v) => (v === null ? null : c(v, '', '')),
    );
  },
  /** `null` read as "not given" (NumPy's `None` default): it comes back as `undefined`. */
  orNone<T>(c: Check<T>): Check<T | undefined> {
    return rule<T | undefined>(
      `${expectedOf(c)} or null`,
      (v) => v === null || accepts(c, v),
      (v) => (v === null ? undefined : c(v, '', '')),
    );
  },
  /** Either of several checks (the first that accepts). */
  or<A, B>(a: Check<A>, b: Check<B>): Check<A | B> {
    const e = `${expectedOf(a)} or ${expectedOf(b)}`;
    return rule<A | B>(
      e,
      (v) => accepts(a, v) || accepts(b, v),
      (v) => (accepts(a, v) ? a(v, '', '') : b(v, '', '')),
    );
  },
  /** An array whose every element passes `c`. */
  arrayOf<T>(c: Check<T>): Check<T[]> {
    return rule<T[]>(
      `an array of ${expectedOf(c).replace(/^an? /, '')}s`,
      (v) => Array.isArray(v) && v.every((x) => accepts(c, x)),
      (v) => (v as unknown[]).map((x) => c(x, '', '')),
    );
  },
};

function isComplexScalar(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  const k = Object.keys(v);
  return k.length === 2 && typeof v.re === 'number' && typeof v.im === 'number';
}

function accepts(c: Check, v: unknown): boolean {
  try {
    c(v, '', '');
    return true;
  } catch {
    return false;
  }
}

/**
 * For functions with no optional parameters (`fliplr(m)`, `nonzero(a)`): anything passed after
 * the inputs is an {@link ArgumentError} rather than silently ignored.
 *
 * @example
 * ```ts
 * noExtra([], 'fliplr');          // undefined
 * noExtra([{ axis: 0 }], 'fliplr'); // throws TypeError
 * ```
 */
export function noExtra(rest: readonly unknown[], fn: string): void {
  for (const v of rest) {
    if (v !== undefined) {
      throw new ArgumentError(`${fn}: takes no options or further arguments, got ${describeValue(v)}`);
    }
  }
}

/** What {@link signature} builds: reads `rest` (the arguments after the required ones) into one options object. */
export type ArgsParser<T> = (rest: readonly unknown[], fn?: string) => T;

/**
 * Builds the parser of one function's optional parameters. `positional` lists, in NumPy's order,
 * the parameters NumPy accepts positionally after the required ones; `checks` has one check per
 * accepted name (positional or keyword-only). The parser:
 * - takes the last argument as the options object when it is a plain object (`{...}`), unless
 *   it is a complex scalar `{re, im}` standing in a positional slot whose check accepts it;
 * - throws an {@link ArgumentError} for too many positional arguments, an unknown option (listing
 *   the known ones), a parameter given both positionally and as an option, or a value its check
 *   rejects (`sum: axis must be an integer, an array of integers or null, got "0" (string)`);
 * - leaves out parameters that are `undefined` (NumPy's default applies), and returns the
 *   checked, normalised values (a dtype alias comes back as Stride's name).
 *
 * @param name - the public function's name, used in every message
 * @param positional - parameters accepted positionally, in order
 * @param checks - one check per parameter name
 * @returns a parser of the arguments after the required ones; its optional second argument
 * overrides the function name in messages (one parser shared by a family: `parse(rest, 'nansum')`)
 *
 * @example
 * ```ts
 * const parse = signature<{ axis?: number; keepdims?: boolean }>('sum', ['axis'], { axis: is.axis, keepdims: is.boolean });
 * parse([0]);                     // { axis: 0 }
 * parse([{ axis: 1, keepdims: true }]); // { axis: 1, keepdims: true }
 * parse([0, { axis: 1 }]);        // throws TypeError: sum: axis given both positionally and as an option
 * ```
 */
export function signature<T extends object>(
  name: string,
  positional: readonly string[],
  checks: { readonly [K in keyof T]-?: Check },
): ArgsParser<T> {
  const table = checks as unknown as Record<string, Check>;
  for (const p of positional) if (!Object.hasOwn(table, p)) throw new Error(`signature ${name}: no check for ${p}`);
  const known = Object.keys(table);
  return (rest: readonly unknown[], fn: string = name): T => {
    let n = rest.length;
    if (n === 0) return {} as T;
    while (n > 0 && rest[n - 1] === undefined) n--;
    let options: Record<string, unknown> | undefined;
    if (n > 0 && isPlainObject(rest[n - 1])) {
      const last = rest[n - 1];
      const slot = positional[n - 1];
      const asValue = slot !== undefined && isComplexScalar(last) && accepts(table[slot] as Check, last);
      if (!asValue) {
        options = last as Record<string, unknown>;
        n--;
      }
    }
    if (n > positional.length) {
      throw new ArgumentError(
        positional.length === 0
          ? `${fn}: takes no positional arguments after its inputs, got ${describeValue(rest[0])}; pass options as an object {${known.join(', ')}}`
          : `${fn}: takes at most ${positional.length} positional argument${positional.length > 1 ? 's' : ''} (${positional.join(', ')}) before the options object, got ${n}`,
      );
    }
    const out: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      const name = positional[i] as string;
      const v = rest[i];
      if (v !== undefined) out[name] = (table[name] as Check)(v, fn, name);
    }
    if (options) {
      for (const key of Object.keys(options)) {
        if (!Object.hasOwn(table, key)) {
          throw new ArgumentError(
            `${fn}: unknown option ${JSON.stringify(key)} (known options: ${known.join(', ') || 'none'})`,
          );
        }
        const v = options[key];
        if (v === undefined) continue;
        if (Object.hasOwn(out, key)) throw new ArgumentError(`${fn}: ${key} given both positionally and as an option`);
        out[key] = (table[key] as Check)(v, fn, key);
      }
    }
    return out as T;
  };
}

type Plain = Record<string, unknown>;

function isObject(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Merge `source` into `target` recursively; used to apply partial note updates from PATCH bodies. */
export function deepMerge(target: Plain, source: Plain): Plain {
  for (const key in source) {
    if (isObject(source[key])) {
      target[key] = deepMerge(isObject(target[key]) ? target[key] : {}, source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

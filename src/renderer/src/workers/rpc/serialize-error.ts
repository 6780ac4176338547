/**
 * Errors cross the worker boundary as plain data: structured clone keeps neither an error's
 * class nor its fields. The worker sends the class name and the error's own fields, without
 * importing any error class (so no worker bundle grows); the window rebuilds the class from
 * them (error-codecs.ts).
 */
export type SerializedError = { type: string; message: string; data: Record<string, unknown> };

function isPlain(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value) || (typeof value === 'object' && !(value instanceof Error));
}

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { type: 'Error', message: String(error), data: {} };
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) if (key !== 'name' && key !== 'cause' && isPlain(value)) data[key] = value;
  return { type: error.name, message: error.message, data };
}

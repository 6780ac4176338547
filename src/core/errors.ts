/**
 * What to tell a person about an error of unknown shape: its message when it is an Error
 * (ours carry a sentence written for the translator), otherwise its text. The one place
 * this is decided, for main, the workers and the renderer alike.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return String(error);
  } catch {
    // An object whose toString throws (or Object.create(null)) still gets a sentence.
    return 'an unknown error';
  }
}

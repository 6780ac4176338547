/** Why a write was refused. The message is written for the translator; the code is for the UI. */
type StorageErrorCode = 'not-found' | 'in-trash' | 'invalid-title' | 'invalid-language' | 'nested-durability' | 'stale-revision';

export class StorageError extends Error {
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message: string) {
    super(message);
    this.name = 'StorageError';
    this.code = code;
  }
}

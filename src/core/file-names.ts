/**
 * File names Glossa suggests when it saves something (an export, a backup of a damaged
 * document): made from a title the translator wrote, so they hold nothing a file system
 * refuses (Windows is the strictest: \ / : * ? " < > | and control characters).
 */

/** A title as the stem of a file name: forbidden characters become spaces, at most 80 characters. */
export function fileStem(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what file names must not hold
  return title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'article';
}

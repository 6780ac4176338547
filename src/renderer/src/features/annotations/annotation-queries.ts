// Renderer: small reads the annotation feature needs beyond the repository's list.
import type { Annotation } from '@core/model';
import { getAnnotation, type GlossaDatabase } from '../../db';

export async function listAnnotationsByIds(db: GlossaDatabase, ids: readonly string[]): Promise<Annotation[]> {
  const rows = await Promise.all(ids.map((id) => getAnnotation(db, id)));
  return rows.filter((row): row is Annotation => row !== undefined && !row.deletedAt);
}

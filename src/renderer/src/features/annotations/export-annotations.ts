// Renderer: File › Export Annotations (Web Annotation JSON-LD) and Export Annotated Article (HTML).
import type { Host } from '@core/host';
import type { Annotation } from '@core/model';
import { toWebAnnotationCollection } from '@core/formats/annotations/web-annotation';
import { toAnnotatedHtml } from '@core/formats/annotations/annotated-html';
import { fileStem } from '@core/file-names';
import { flushPendingWrites, getDocument, listAnnotations, type GlossaDatabase } from '../../db';

export async function exportAnnotations(db: GlossaDatabase, host: Host, docId: string, format: 'jsonld' | 'html'): Promise<string | null> {
  // Card text typed a moment ago is stored first; if that fails, what is stored is exported.
  await flushPendingWrites().catch(() => undefined);
  const document = await getDocument(db, docId);
  if (!document) throw new Error('This document no longer exists.');
  const annotations: Annotation[] = await listAnnotations(db, docId);
  const info = await host.getAppInfo();
  const stem = fileStem(document.title);
  const result =
    format === 'jsonld'
      ? await host.saveFile({
          title: 'Export annotations',
          suggestedName: `${stem}.annotations.jsonld`,
          mimeType: 'application/ld+json',
          filters: [{ name: 'Web Annotation JSON-LD', extensions: ['jsonld', 'json'] }],
          data: JSON.stringify(
            toWebAnnotationCollection(document, annotations, { generator: { name: info.name, version: info.version } }),
            null,
            2,
          ),
        })
      : await host.saveFile({
          title: 'Export annotated article',
          suggestedName: `${stem}.annotated.html`,
          mimeType: 'text/html',
          filters: [{ name: 'HTML', extensions: ['html'] }],
          data: toAnnotatedHtml(document, annotations, { notes: 'margin', generatedAt: new Date() }),
        });
  return result.saved ? result.location : null;
}

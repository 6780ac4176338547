// Renderer: annotations whose words were deleted. Listed above the article, never dropped.
import { useAnnotationRows } from './use-annotations';
import { AnnotationCard } from './annotation-card';

export function OrphanList() {
  const annotations = useAnnotationRows();
  const orphans = annotations.filter((annotation) => annotation.anchorState === 'orphan');
  if (orphans.length === 0) return null;
  return (
    <details className="orphans" open>
      <summary>
        {orphans.length === 1 ? '1 annotation lost its words' : `${orphans.length} annotations lost their words`} (undo restores
        them, or delete them here)
      </summary>
      <div className="orphan-cards" aria-label="Annotations whose words were deleted">
        {orphans.map((annotation) => (
          <AnnotationCard key={annotation.id} annotation={annotation} />
        ))}
      </div>
    </details>
  );
}

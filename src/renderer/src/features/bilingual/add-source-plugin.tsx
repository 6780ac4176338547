// Renderer: File › Add Source… on a monolingual document: choose the source file, check the
// pairs, and a bilingual copy opens. Mounted inside the article editor (it reads the paragraphs).
import { useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { alignUnits, splitSource, type Alignment } from '@core/align';
import { DOCUMENT_FILE_FILTER } from '@core/formats/documents/document-format';
import { errorMessage } from '@core/errors';
import type { DocumentRecord as DocumentSummary } from '@core/model';
import { useCommand } from '../../commands';
import { useDatabase } from '../../db';
import { useHost } from '../../host/context';
import { importDocument } from '../../editor/import/import-document';
import { useNotices } from '../../ui/notices';
import { AddSourceDialog } from './add-source-dialog';
import { createAlignedCopy } from './add-source';

interface Proposal {
  sourceFileName: string;
  sources: string[];
  targets: string[];
  alignment: Alignment;
}

export function AddSourcePlugin({ document, onOpen }: { document: DocumentSummary; onOpen(documentId: string): void }) {
  const [editor] = useLexicalComposerContext();
  const db = useDatabase();
  const host = useHost();
  const { notify } = useNotices();
  const [proposal, setProposal] = useState<Proposal | null>(null);

  const start = async () => {
    const [file] = await host.openFiles({ title: 'Add source', multiple: false, filters: [DOCUMENT_FILE_FILTER] });
    if (!file) return;
    if (!file.ok) return notify('error', `Could not add “${file.name}” as the source: ${file.reason}.`);
    const source = await importDocument(file);
    const targets = editor
      .getEditorState()
      .read(() => $getRoot().getChildren().map((block) => block.getTextContent().trim()))
      .filter((paragraph) => paragraph !== '');
    if (targets.length === 0) return notify('error', `“${document.title}” has no paragraphs to pair a source with.`);
    const sources = splitSource(source.plainText, document.sourceLang, targets.length);
    if (sources.length === 0) return notify('error', `Could not add “${file.name}” as the source: it has no text.`);
    setProposal({ sourceFileName: file.name, sources, targets, alignment: alignUnits(sources, targets) });
  };

  useCommand('file.addSource', () => void start().catch((error: unknown) => notify('error', errorMessage(error))), { enabled: document.bilingual === undefined });

  if (!proposal) return null;
  return (
    <AddSourceDialog
      documentTitle={document.title}
      sourceFileName={proposal.sourceFileName}
      sources={proposal.sources}
      targets={proposal.targets}
      proposed={proposal.alignment}
      onClose={() => setProposal(null)}
      onCreate={async (alignment) => {
        try {
          const created = await createAlignedCopy(db, { document, sourceFileName: proposal.sourceFileName, sources: proposal.sources, targets: proposal.targets, alignment });
          setProposal(null);
          onOpen(created.id);
          notify('info', `Made “${created.title}”: ${alignment.pairs.length} segments with their source from “${proposal.sourceFileName}”. “${document.title}” is unchanged.`);
        } catch (error) {
          notify('error', `Could not make the bilingual copy: ${errorMessage(error)}`);
        }
      }}
    />
  );
}

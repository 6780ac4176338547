// Renderer: the article every new library starts with, bundled with the app.
import sampleText from '../../../../../resources/samples/zhejiang-executive-meeting.en.txt?raw';
import { articleFromText } from '../../editor/import/import-document';
import type { CreateDocumentInput } from '../../db';

const SAMPLE_TITLE = 'Provincial government holds 60th executive meeting';

export async function makeSampleDocument(): Promise<CreateDocumentInput> {
  const article = articleFromText(sampleText, SAMPLE_TITLE);
  return {
    title: SAMPLE_TITLE,
    origin: { kind: 'sample', name: 'zhejiang-executive-meeting.en.txt' },
    editorState: article.editorState,
    plainText: article.plainText,
    wordCount: article.wordCount,
  };
}

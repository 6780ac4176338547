// Renderer: how a feature asks the shell to show a glossary (and a term in it).
import { createContext, useContext } from 'react';

export interface GlossaryNavigation {
  openGlossary(glossaryId: string, termId?: string): void;
}

export const GlossaryNavigationContext = createContext<GlossaryNavigation>({ openGlossary: () => undefined });

export function useGlossaryNavigation(): GlossaryNavigation {
  return useContext(GlossaryNavigationContext);
}

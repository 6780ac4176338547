// Renderer: a margin card reports its height, now and whenever it changes, so the margin
// can lay the cards out without overlaps (docs/adr/0005-margin-layout.md).
import { useLayoutEffect, useRef } from 'react';

export function useCardHeight(id: string, onHeight?: (id: string, height: number) => void) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !onHeight) return;
    const observer = new ResizeObserver(() => onHeight(id, element.offsetHeight));
    observer.observe(element);
    onHeight(id, element.offsetHeight);
    return () => observer.disconnect();
  }, [id, onHeight]);
  return ref;
}

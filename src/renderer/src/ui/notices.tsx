// Renderer: messages for the translator. Errors stay until dismissed so a reason is never missed.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  text: string;
}

interface NoticeApi {
  notify(tone: Notice['tone'], text: string): void;
}

const NoticeContext = createContext<NoticeApi | null>(null);
let nextNoticeId = 1;

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((notice) => notice.id !== id)), []);
  const notify = useCallback(
    (tone: Notice['tone'], text: string) => {
      const id = nextNoticeId++;
      setNotices((all) => [...all.slice(-4), { id, tone, text }]);
      if (tone === 'info') setTimeout(() => dismiss(id), 5000);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ notify }), [notify]);
  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="notices" aria-live="polite">
        {notices.map((notice) => (
          <div key={notice.id} className="notice" data-tone={notice.tone} role={notice.tone === 'error' ? 'alert' : 'status'}>
            <p>{notice.text}</p>
            <button type="button" aria-label="Dismiss message" onClick={() => dismiss(notice.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotices(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotices must be used inside <NoticeProvider>');
  return api;
}
